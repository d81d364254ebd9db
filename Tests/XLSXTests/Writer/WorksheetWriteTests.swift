import Foundation
import TestSupport
import Testing

@testable import XLSX

@Suite("Writing cells")
struct WorksheetWriteTests {
    /// A workbook with one sheet in a fresh temporary directory.
    final class Fixture {
        let directory: TemporaryFolder
        let workbook: Workbook
        let sheet: Worksheet
        var url: URL { directory.url.appendingPathComponent("cells.xlsx") }

        init() throws {
            directory = try TemporaryFolder()
            workbook = try Workbook(path: directory.path("cells.xlsx"))
            sheet = try workbook.addWorksheet(named: "Sheet1")
        }
    }

    struct Cell: Sendable, CustomTestStringConvertible {
        let row: Int
        let column: Int
        var testDescription: String { "(\(row), \(column))" }
    }

    static let outsideGrid = [
        Cell(row: -1, column: 0),
        Cell(row: 0, column: -1),
        Cell(row: 1_048_576, column: 0),
        Cell(row: 0, column: 16_384),
        Cell(row: Int.max, column: Int.max),
        Cell(row: Int.min, column: 2),
    ]

    @Test("Cells outside Excel's grid are refused by every writer", arguments: outsideGrid)
    func outOfRange(_ cell: Cell) throws {
        let fixture = try Fixture()
        let sheet = fixture.sheet
        let expected = XLSXError.cellOutOfRange(row: cell.row, column: cell.column)
        #expect(throws: expected) { try sheet.write("x", row: cell.row, column: cell.column) }
        #expect(throws: expected) { try sheet.write(1.0, row: cell.row, column: cell.column) }
        #expect(throws: expected) { try sheet.write(Int64(1), row: cell.row, column: cell.column) }
        #expect(throws: expected) { try sheet.writeBlank(row: cell.row, column: cell.column, format: nil) }
        #expect(throws: expected) { try sheet.writeComment("ghi chú", row: cell.row, column: cell.column) }
        #expect(throws: expected) {
            try sheet.writeFormula("=1", cachedNumber: 1, row: cell.row, column: cell.column)
        }
        #expect(throws: expected) {
            try sheet.writeFormula("=\"a\"", cachedText: "a", row: cell.row, column: cell.column)
        }
    }

    @Test("The last cell of the grid, XFD1048576, is accepted")
    func lastCellAccepted() throws {
        let fixture = try Fixture()
        try fixture.sheet.write("góc", row: 1_048_575, column: 16_383)
        try fixture.workbook.close()
        let sheet = try XLSXDocument(url: fixture.url).sheet(named: "Sheet1")
        #expect(sheet.cell("XFD1048576")?.value == .text("góc"))
        #expect(sheet.cellCount == 1)
    }

    @Test("Out-of-range message uses one-based row and column numbers")
    func outOfRangeMessage() {
        #expect(
            XLSXError.cellOutOfRange(row: 1_048_576, column: 2).errorDescription
                == "Cell (row 1048577, column 3) is outside Excel's grid of 1,048,576 rows × 16,384 columns")
    }

    @Test(
        "Integers within ±2^53 are accepted",
        arguments: [
            Int64(0), 1, -1, 9_007_199_254_740_992, -9_007_199_254_740_992, 123_456_789,
        ])
    func exactIntegers(_ value: Int64) throws {
        let fixture = try Fixture()
        try fixture.sheet.write(value, row: 0, column: 0)
        try fixture.workbook.close()
        // Read back exactly: the literal in the file is the integer itself, not a rounded neighbour.
        let cell = try XLSXDocument(url: fixture.url).sheet(named: "Sheet1").value(row: 0, column: 0)
        guard case .number(let literal) = cell else {
            Issue.record("expected a number, got \(cell)")
            return
        }
        #expect(Decimal(string: literal) == Decimal(value))
    }

    @Test(
        "Integers beyond ±2^53 are refused rather than rounded",
        arguments: [
            Int64(9_007_199_254_740_993), -9_007_199_254_740_993, Int64.max, Int64.min,
        ])
    func inexactIntegers(_ value: Int64) throws {
        let fixture = try Fixture()
        #expect(throws: XLSXError.integerNotExactlyRepresentable(value: value, cell: "C5")) {
            try fixture.sheet.write(value, row: 4, column: 2)
        }
    }

    @Test("NaN and infinities are refused", arguments: [Double.nan, .infinity, -.infinity])
    func nonFinite(_ value: Double) throws {
        let fixture = try Fixture()
        #expect {
            try fixture.sheet.write(value, row: 0, column: 0)
        } throws: { error in
            guard case .nonFiniteNumber(_, "A1") = error as? XLSXError else { return false }
            return true
        }
    }

    @Test("Text of 32,767 characters is accepted, 32,768 refused")
    func textLengthLimit() throws {
        let fixture = try Fixture()
        try fixture.sheet.write(String(repeating: "a", count: 32_767), row: 0, column: 0)
        #expect(throws: XLSXError.textTooLong(length: 40_000, cell: "C5")) {
            try fixture.sheet.write(String(repeating: "ệ", count: 40_000), row: 4, column: 2)
        }
        #expect(throws: XLSXError.textTooLong(length: 32_768, cell: "A2")) {
            try fixture.sheet.writeFormula(
                "=A1", cachedText: String(repeating: "b", count: 32_768), row: 1, column: 0)
        }
        #expect(
            XLSXError.textTooLong(length: 40_000, cell: "C5").errorDescription
                == "Text of 40000 characters in cell C5 exceeds Excel's limit of 32,767")
    }

    @Test("Decomposed text of 32,767 precomposed characters is accepted (length is counted after NFC)")
    func textLengthCountedAfterNFC() throws {
        let fixture = try Fixture()
        let decomposed = String(repeating: "ệ", count: 32_767).decomposedStringWithCanonicalMapping
        #expect(decomposed.unicodeScalars.count > 32_767)
        try fixture.sheet.write(decomposed, row: 0, column: 0)
    }

    @Test("Text with a NUL character is refused instead of being cut short by C")
    func nulCharacter() throws {
        let fixture = try Fixture()
        #expect(throws: XLSXError.nulCharacter(what: "Text for cell B1")) {
            try fixture.sheet.write("trước\u{0}sau", row: 0, column: 1)
        }
        #expect(throws: XLSXError.nulCharacter(what: "Worksheet name 'a\u{0}b'")) {
            try fixture.workbook.addWorksheet(named: "a\u{0}b")
        }
        #expect(throws: XLSXError.nulCharacter(what: "Page footer")) { try fixture.sheet.setFooter("&C\u{0}") }
    }

    @Test("Formulas are validated: empty and over-long formulas are refused")
    func formulaValidation() throws {
        let fixture = try Fixture()
        #expect(throws: XLSXError.emptyFormula(cell: "B2")) {
            try fixture.sheet.writeFormula("=", cachedNumber: 0, row: 1, column: 1)
        }
        let long = "=" + String(repeating: "1+", count: 4_096) + "1"
        #expect(throws: XLSXError.formulaTooLong(length: long.count, cell: "A1")) {
            try fixture.sheet.writeFormula(long, cachedNumber: 0, row: 0, column: 0)
        }
    }

    @Test("Text, numbers, formulas with cached values and merges land in the sheet XML")
    func contentIsWritten() throws {
        let fixture = try Fixture()
        let sheet = fixture.sheet
        let workbook = fixture.workbook
        let title = try workbook.format(CellStyle().bolded().aligned(.center, vertical: .center))
        let thousands = try workbook.format(CellStyle().formatted("#,##0"))
        try sheet.merge(
            firstRow: 0, firstColumn: 0, lastRow: 0, lastColumn: 3,
            text: "Báo cáo công đoàn".decomposedStringWithCanonicalMapping, format: title)
        try sheet.write(1_234_567, row: 1, column: 0, format: thousands)
        try sheet.write(0.25, row: 2, column: 0)
        try sheet.writeFormula("=SUM(A2:A3)", cachedNumber: 1_234_567.25, row: 3, column: 0, format: thousands)
        try sheet.writeFormula("=\"Tổng \"&\"số\"", cachedText: "Tổng số", row: 4, column: 0)
        try sheet.write("", row: 5, column: 0, format: title)
        try workbook.close()

        let archive = try ZipArchive(url: fixture.url)
        let xml = try archive.data("xl/worksheets/sheet1.xml")
        #expect(xml.containsSubsequence(Array("<mergeCell ref=\"A1:D1\"/>".utf8)))
        #expect(xml.containsSubsequence(Array("<f>SUM(A2:A3)</f><v>1234567.25</v>".utf8)))
        #expect(xml.containsSubsequence(Array("<v>1234567</v>".utf8)))
        #expect(xml.containsSubsequence(Array("<c r=\"A6\" s=".utf8)))
        let strings = try archive.data("xl/sharedStrings.xml")
        #expect(strings.containsSubsequence(Array("Báo cáo công đoàn".precomposedStringWithCanonicalMapping.utf8)))
        let styles = try archive.text("xl/styles.xml")
        #expect(styles.contains("formatCode=\"#,##0\""))
    }

    @Test("Merges of one cell, inverted ranges and overlapping merges are refused")
    func mergeValidation() throws {
        let fixture = try Fixture()
        let sheet = fixture.sheet
        #expect(throws: XLSXError.mergeOfSingleCell(cell: "B2")) {
            try sheet.merge(firstRow: 1, firstColumn: 1, lastRow: 1, lastColumn: 1, text: "x")
        }
        #expect(throws: XLSXError.invertedRange(firstRow: 3, firstColumn: 0, lastRow: 1, lastColumn: 2)) {
            try sheet.merge(firstRow: 3, firstColumn: 0, lastRow: 1, lastColumn: 2)
        }
        try sheet.merge(firstRow: 0, firstColumn: 0, lastRow: 0, lastColumn: 5, text: "Tiêu đề")
        #expect(throws: XLSXError.overlappingMerge(range: "F1:G2", existingRange: "A1:F1")) {
            try sheet.merge(firstRow: 0, firstColumn: 5, lastRow: 1, lastColumn: 6)
        }
        try sheet.merge(firstRow: 1, firstColumn: 0, lastRow: 1, lastColumn: 5, text: "Phụ đề")
    }

    @Test("Column widths, row heights and comments are validated")
    func layoutValidation() throws {
        let fixture = try Fixture()
        let sheet = fixture.sheet
        try sheet.setColumns(0, 0, width: 6)
        try sheet.setColumns(1, 3, width: 25, hidden: true)
        try sheet.setRow(0, height: 30)
        try sheet.freezePanes(row: 3, column: 1)
        try sheet.autofilter(firstRow: 2, firstColumn: 0, lastRow: 10, lastColumn: 3)
        try sheet.writeComment("Số liệu tạm tính", row: 2, column: 2)
        #expect(throws: XLSXError.columnWidthOutOfRange(width: 300)) { try sheet.setColumns(0, 1, width: 300) }
        #expect(throws: XLSXError.rowHeightOutOfRange(height: -1)) { try sheet.setRow(1, height: -1) }
        #expect(throws: XLSXError.invertedRange(firstRow: 0, firstColumn: 4, lastRow: 0, lastColumn: 2)) {
            try sheet.setColumns(4, 2, width: 10)
        }
        #expect(throws: XLSXError.cellOutOfRange(row: 0, column: 16_384)) { try sheet.setColumns(0, 16_384, width: 1) }
        #expect(throws: XLSXError.commentTooLong(length: 32_768, cell: "A1")) {
            try sheet.writeComment(String(repeating: "c", count: 32_768), row: 0, column: 0)
        }
        try fixture.workbook.close()
        let archive = try ZipArchive(url: fixture.url)
        #expect(archive.names.contains("xl/comments1.xml"))
    }
}
