import Foundation
import XLSX

/// One wide xlsx report, as an upper unit consolidates its CĐCS: a title, then a header row
/// `Mã đơn vị | Kỳ | indicator codes…` and one row per CĐCS with numeric cells (the layout
/// `unionstats` reads as a wide sheet, `Ingest/SheetReader`).
struct WideSheet {
    /// Rows above the header: a title and an empty row.
    static let headerRow = 2

    private let workbook: Workbook
    private let sheet: Worksheet
    private let period: String
    private var row = WideSheet.headerRow + 1

    /// Starts the workbook at `path` with its title and header for `indicators` (in order).
    init(path: String, indicators: [ReportableIndicator], quarter: Quarter) throws(GeneratorError) {
        period = quarter.label
        do {
            workbook = try Workbook(path: path)
            // A fixed creation time (1 July 2021), so the same arguments give the same bytes.
            try workbook.setProperties(
                DocumentProperties(
                    title: "Số liệu CĐCS \(quarter.label) (giả lập)",
                    created: Date(timeIntervalSince1970: 1_625_097_600)))
            sheet = try workbook.addWorksheet(named: "Tổng hợp CĐCS")
            try sheet.write(
                "BÁO CÁO SỐ LIỆU CÁC CÔNG ĐOÀN CƠ SỞ QUÝ \(quarter.number)/\(quarter.year)", row: 0, column: 0)
            try sheet.write("Mã đơn vị", row: Self.headerRow, column: 0)
            try sheet.write("Kỳ", row: Self.headerRow, column: 1)
            for (offset, indicator) in indicators.enumerated() {
                try sheet.write(indicator.code, row: Self.headerRow, column: 2 + offset)
            }
        } catch {
            throw .file("cannot start the workbook \(path): \(error)")
        }
    }

    /// Writes one CĐCS's row: its code, the period and `values` as numbers.
    mutating func writeRow(unit: String, values: [Int]) throws(GeneratorError) {
        do {
            try sheet.write(unit, row: row, column: 0)
            try sheet.write(period, row: row, column: 1)
            for (offset, value) in values.enumerated() {
                try sheet.write(value, row: row, column: 2 + offset)
            }
        } catch {
            throw .file("cannot write row \(row + 1) of the wide sheet: \(error)")
        }
        row += 1
    }

    /// Writes the file.
    func close() throws(GeneratorError) {
        do { try workbook.close() } catch {
            throw .file("cannot write the workbook \(workbook.path): \(error)")
        }
    }

    /// The catalogue and its reportable indicators, extended with flows `extra_01…` until there are
    /// `count` (a catalogue with more keeps its first `count` reportable indicators for the sheet).
    static func extend(
        _ catalogue: String, _ indicators: [ReportableIndicator], to count: Int
    ) -> (String, [ReportableIndicator]) {
        guard indicators.count < count else { return (catalogue, Array(indicators.prefix(count))) }
        var text = catalogue
        if !text.hasSuffix("\n") { text += "\n" }
        var extended = indicators
        for number in 1...count - indicators.count {
            let code = "extra_" + ProvinceLayout.padded(number, width: 2)
            text +=
                "\(code),IV,Chỉ tiêu bổ sung \(number) (giả lập),Extra indicator \(number) (synthetic),lượt,flow,,,,up\n"
            extended.append(ReportableIndicator(code: code, kind: .flow, isMoney: false, figure: nil))
        }
        return (text, extended)
    }
}
