import Foundation
import Testing

@testable import XLSX

/// Measures reading speed on a large file; skipped unless `XLSX_READER_BENCH` names an .xlsx path.
///
/// `XLSX_READER_BENCH=/tmp/wide.xlsx swift test -c release --filter ReaderBenchmark`
/// reads every worksheet of the file and prints rows, cells and seconds. When the file does not exist,
/// it is first written with this module's writer: one sheet of 20,000 rows × 50 numeric columns
/// (1,000,000 cells; whole numbers and numbers with two decimals alternate by column).
@Suite("Reader benchmark")
struct ReaderBenchmark {
    private static let path = ProcessInfo.processInfo.environment["XLSX_READER_BENCH"]

    @Test(
        "Read every worksheet of $XLSX_READER_BENCH and report the time",
        .enabled(if: ReaderBenchmark.path != nil))
    func readLargeFile() throws {
        let url = URL(fileURLWithPath: try #require(Self.path))
        if !FileManager.default.fileExists(atPath: url.path) { try writeWideSheet(to: url) }
        let clock = ContinuousClock()
        var rows = 0
        var cells = 0
        let elapsed = try clock.measure {
            let document = try XLSXDocument(url: url)
            for info in document.sheets where info.isWorksheet {
                try document.forEachRow(inSheet: info.name) { row in
                    rows += 1
                    cells += row.cells.count
                }
            }
        }
        let seconds = Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18
        print(
            "XLSX reader benchmark: \(url.path): \(rows) rows, \(cells) cells in "
                + String(format: "%.2f", seconds) + " s")
        #expect(cells > 0)
    }

    /// Writes 20,000 rows × 50 numeric columns with the module's writer in constant-memory mode.
    private func writeWideSheet(to url: URL) throws {
        let workbook = try Workbook(path: url.path, options: .init(constantMemory: true))
        let sheet = try workbook.addWorksheet(named: "Data")
        for row in 0..<20_000 {
            for column in 0..<50 {
                let value = row * 50 + column
                if column % 2 == 0 {
                    try sheet.write(value, row: row, column: column)
                } else {
                    try sheet.write(Double(value) * 1.25, row: row, column: column)
                }
            }
        }
        try workbook.close()
    }
}
