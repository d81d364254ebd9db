import Foundation
import XLSX

/// Render: the fill-in form a unit completes (Mẫu số 1-HĐCĐ for a CĐCS, 2-HĐCĐ for an upper unit).
///
/// Labels are locked and the sheet protected without a password, so only `Số lượng` and
/// `Ghi chú` take input; `Số lượng` accepts whole numbers from 0 to 10^15 only. The reader finds
/// the table by its header row and the unit and period by their labelled cells. A unit with targets
/// for the year (else for the half-year) the period ends in gets a read-only `Kế hoạch` column before
/// `Số lượng`, its target beside each targeted indicator.
public struct TemplateForm {
    /// The form's only sheet.
    public static let sheetName = "Báo cáo"
    /// The labels the reader looks for (followed by the value in the next cell to the right).
    public static let unitLabel = "Mã đơn vị:", periodLabel = "Kỳ báo cáo:"
    /// The table's header, the official forms' columns with the indicator code first.
    public static let header = ["Mã chỉ tiêu", "Nội dung", "Đơn vị tính", "Số lượng", "Ghi chú"]

    /// A value typed into a `Số lượng` cell (tests fill forms the way people do).
    enum Entry {
        case number(Int64)
        case text(String)
    }

    let input: InputData
    let unit: Int
    let period: Period
    /// Values already in the `Số lượng` column, by indicator code: empty for a blank form.
    let entries: [String: Entry]

    /// Prepares the blank form of `unit` for `period`.
    public init(input: InputData, unit: Int, period: Period) {
        self.init(input: input, unit: unit, period: period, entries: [:])
    }

    /// Prepares the form of `unit` for `period` with some `Số lượng` cells filled in.
    init(input: InputData, unit: Int, period: Period, entries: [String: Entry]) {
        self.input = input
        self.unit = unit
        self.period = period
        self.entries = entries
    }

    /// Writes the form to `path`.
    public func write(to path: String) throws(XLSXError) {
        let workbook = try Workbook(path: path)
        let info = input.tree.units[unit]
        let isGrassroots = info.level == .grassroots
        try workbook.setProperties(
            DocumentProperties(
                title: "Báo cáo \(period.label) - \(info.name)", author: input.settings.federationName,
                comments: "Mẫu nhập liệu tạo bởi unionstats \(ToolVersion.current); chỉ điền cột Số lượng và Ghi chú."))
        let sheet = try workbook.addWorksheet(named: Self.sheetName)
        let base = CellStyle(fontName: "Times New Roman", fontSize: 12, vertical: .center)
        let label = try workbook.format(base)
        let bold = try workbook.format(base.bolded())
        let title = try workbook.format(base.sized(13).bolded().aligned(.center).wrapping())
        let italicCentered = try workbook.format(base.italicized().aligned(.center))
        let header = try workbook.format(
            base.bolded().bordered(.thin).aligned(.center).wrapping().filled(RGB(0xF2F2F2)))
        let section = try workbook.format(base.bolded().bordered(.thin))
        let text = try workbook.format(base.bordered(.thin).wrapping())
        let code = try workbook.format(base.sized(10).bordered(.thin).colored(RGB(0x595959)))
        let centered = try workbook.format(base.bordered(.thin).aligned(.center))
        let entry = try workbook.format(base.bordered(.thin).formatted("#,##0").filled(RGB(0xFFF2CC)).unlocked())
        let note = try workbook.format(base.bordered(.thin).wrapping().filled(RGB(0xFFF2CC)).unlocked())
        let targets = planTargets
        let targetWhole = try targets.isEmpty ? nil : workbook.format(base.bordered(.thin).formatted("#,##0"))
        let targetHundredths = try targets.isEmpty ? nil : workbook.format(base.bordered(.thin).formatted("#,##0.00"))
        let headings =
            targets.isEmpty
            ? Self.header
            : Array(Self.header[0..<3]) + [
                "Kế hoạch \(targets.first.map { Self.lowercasedFirst($0.period.label) } ?? "")"
            ] + Array(Self.header[3...])
        let valueColumn = targets.isEmpty ? 3 : 4
        let lastColumn = headings.count - 1
        // The federation has no parent in the tree: its superior is the one settings.csv names.
        let parent = info.parent.map { input.tree.units[$0].name } ?? input.settings.superiorName
        try sheet.write("Công đoàn cấp trên: \(parent)", row: 0, column: 0, format: label)
        try sheet.write(isGrassroots ? "Mẫu số 1-HĐCĐ" : "Mẫu số 2-HĐCĐ", row: 0, column: lastColumn, format: bold)
        try sheet.write("Đơn vị báo cáo: \(info.name)", row: 1, column: 0, format: bold)
        try sheet.write(Self.unitLabel, row: 2, column: 0, format: label)
        try sheet.write(info.code, row: 2, column: 1, format: bold)
        try sheet.write(Self.periodLabel, row: 3, column: 0, format: label)
        try sheet.write(period.description, row: 3, column: 1, format: bold)
        try sheet.write(period.label, row: 3, column: 2, format: label)
        let heading =
            isGrassroots ? "BÁO CÁO HOẠT ĐỘNG CÔNG ĐOÀN CƠ SỞ" : "BÁO CÁO TỔNG HỢP SỐ LIỆU VỀ HOẠT ĐỘNG CÔNG ĐOÀN"
        try sheet.merge(
            firstRow: 5, firstColumn: 0, lastRow: 5, lastColumn: lastColumn, text: "\(heading) \(period.titleLabel)",
            format: title)
        try sheet.setRow(5, height: 36)
        let cutoff = input.settings.cutoff(for: period)
        try sheet.merge(
            firstRow: 6, firstColumn: 0, lastRow: 6, lastColumn: lastColumn,
            text:
                "(Số liệu tính đến ngày \(VietnameseFormat.day(cutoff.day))/\(VietnameseFormat.month(cutoff.month))/\(cutoff.year))",
            format: italicCentered)
        let headerRow = 8
        for (column, heading) in headings.enumerated() {
            try sheet.write(heading, row: headerRow, column: column, format: header)
        }
        var row = headerRow + 1
        let catalogue = input.catalogue
        for sectionInfo in catalogue.sections {
            try sheet.writeBlank(row: row, column: 0, format: section)
            try sheet.write("\(sectionInfo.code). \(sectionInfo.heading)", row: row, column: 1, format: section)
            for column in 2...lastColumn { try sheet.writeBlank(row: row, column: column, format: section) }
            row += 1
            for indicator in catalogue.indicators where indicator.section == sectionInfo.code && indicator.isReportable
            {
                try sheet.write(indicator.code, row: row, column: 0, format: code)
                try sheet.write(indicator.nameVi, row: row, column: 1, format: text)
                try sheet.write(indicator.measure, row: row, column: 2, format: centered)
                if let targetWhole, let targetHundredths {
                    let target = targets.first { catalogue[$0.indicator].code == indicator.code }
                    let format = indicator.hasTwoDecimals ? targetHundredths : targetWhole
                    if let target {
                        try sheet.writeTarget(target.value, row: row, column: 3, format: format)
                    } else {
                        try sheet.writeBlank(row: row, column: 3, format: format)
                    }
                }
                switch entries[indicator.code] {
                case .number(let value)?: try sheet.write(value, row: row, column: valueColumn, format: entry)
                case .text(let text)?: try sheet.write(text, row: row, column: valueColumn, format: entry)
                case nil: try sheet.writeBlank(row: row, column: valueColumn, format: entry)
                }
                try sheet.writeBlank(row: row, column: valueColumn + 1, format: note)
                try sheet.setRow(row, height: RowHeight.points(for: [(indicator.nameVi, 48, 12)]))
                row += 1
            }
        }
        let lastRow = row - 1
        try sheet.dataValidation(
            firstRow: headerRow + 1, firstColumn: valueColumn, lastRow: lastRow, lastColumn: valueColumn,
            DataValidation(
                .wholeNumber(.between(0, 1_000_000_000_000_000)),
                inputTitle: "Số lượng",
                inputMessage:
                    "Nhập số nguyên không âm (người, đơn vị, đồng...). Không gõ chữ hay đơn vị tính; để trống nếu không có số liệu.",
                errorTitle: "Số không hợp lệ",
                errorMessage: "Chỉ nhập số nguyên từ 0 trở lên, không có phần thập phân, không có chữ."))
        let place = input.settings.place.isEmpty ? "" : "\(input.settings.place), "
        try sheet.write(
            "\(place)ngày … tháng … năm \(period.year)", row: row + 1, column: valueColumn, format: italicCentered)
        try sheet.write("NGƯỜI LẬP BIỂU", row: row + 2, column: 1, format: bold)
        try sheet.write(
            isGrassroots ? "TM. BAN CHẤP HÀNH" : "TM. BAN THƯỜNG VỤ", row: row + 2, column: valueColumn, format: bold)
        try sheet.write("CHỦ TỊCH", row: row + 3, column: valueColumn, format: bold)
        let widths: [Double] = targets.isEmpty ? [20, 48, 10, 16, 24] : [20, 44, 9, 15, 16, 22]
        for (column, width) in widths.enumerated() { try sheet.setColumns(column, column, width: width) }
        try sheet.freezePanes(row: headerRow + 1, column: 0)
        try sheet.setPaper(.a4)
        try sheet.setOrientation(.portrait)
        try sheet.setMargins(left: 30, right: 15, top: 20, bottom: 20)
        try sheet.fitToPages(width: 1, height: 0)
        try sheet.repeatRows(first: headerRow, last: headerRow)
        try sheet.protect(options: ProtectionOptions())
        try workbook.close()
    }

    /// The unit's targets the form shows: those for the year the period ends in, else those for its
    /// half-year; all of one period, so that the column's heading can name it.
    var planTargets: [Target] {
        let applying = input.targets.targets(of: input.tree.units[unit].code, applyingTo: period)
        let year = applying.filter { $0.period.length == .year }
        return year.isEmpty ? applying : year
    }

    /// "Năm 2021" → "năm 2021", for "Kế hoạch năm 2021".
    static func lowercasedFirst(_ text: String) -> String { text.prefix(1).lowercased() + text.dropFirst() }
}
