import Foundation
import XLSX

/// `Tổng hợp`: the federation's figures in the official layout, with last year's and the change.
struct SummarySheet {
    let report: Report
    let styles: ReportStyles

    /// Column widths in characters: TT, Chỉ tiêu, ĐVT, this period, last year, change, %, note.
    static let widths: [Double] = [5, 40, 9, 14, 14, 13, 9, 15]

    private enum Column {
        static let number = 0, name = 1, measure = 2, current = 3, previous = 4, change = 5, percent = 6, note = 7
    }

    func write(into sheet: Worksheet) throws(XLSXError) {
        let settings = report.input.settings
        try layOutPage(sheet)
        try sheet.merge(firstRow: 0, firstColumn: 0, lastRow: 0, lastColumn: 2, text: settings.superiorName, format: styles.centeredBold)
        try sheet.merge(firstRow: 1, firstColumn: 0, lastRow: 1, lastColumn: 2, text: settings.federationName, format: styles.centeredBold)
        try sheet.merge(firstRow: 0, firstColumn: 3, lastRow: 0, lastColumn: 7, text: "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", format: styles.centeredBold)
        try sheet.merge(firstRow: 1, firstColumn: 3, lastRow: 1, lastColumn: 7, text: "Độc lập - Tự do - Hạnh phúc", format: styles.centeredBoldUnderlined)
        let title = "BÁO CÁO TỔNG HỢP SỐ LIỆU HOẠT ĐỘNG CÔNG ĐOÀN \(report.period.titleLabel)"
        try sheet.merge(firstRow: 3, firstColumn: 0, lastRow: 3, lastColumn: 7, text: title, format: styles.title)
        try sheet.setRow(3, height: 36)
        let cutoff = settings.cutoff(for: report.period)
        let cutoffText = "(Số liệu tính đến ngày \(VietnameseFormat.day(cutoff.day))/\(VietnameseFormat.month(cutoff.month))/\(cutoff.year))"
        try sheet.merge(firstRow: 4, firstColumn: 0, lastRow: 4, lastColumn: 7, text: cutoffText, format: styles.subtitle)
        let headerRow = 6
        let headers = ["TT", "Chỉ tiêu", "Đơn vị tính", report.period.label, report.period.sameLastYear?.label ?? "Cùng kỳ năm trước", "Tăng, giảm", "Tỷ lệ %", "Ghi chú"]
        for (column, text) in headers.enumerated() { try sheet.write(text, row: headerRow, column: column, format: styles.header) }
        try sheet.setRow(headerRow, height: 48)
        try sheet.repeatRows(first: headerRow, last: headerRow)
        var row = headerRow + 1
        let catalogue = report.input.catalogue
        for section in catalogue.sections {
            try sheet.write(section.code, row: row, column: Column.number, format: styles.sectionNumber)
            try sheet.write(section.heading.uppercased(), row: row, column: Column.name, format: styles.sectionText)
            try sheet.setRow(row, height: RowHeight.points(for: [(section.heading.uppercased(), Self.widths[Column.name] * 0.85, 12)]))
            for column in Column.measure...Column.note { try sheet.writeBlank(row: row, column: column, format: styles.sectionText) }
            row += 1
            var line = 0
            for (position, indicator) in catalogue.indicators.enumerated() where indicator.section == section.code {
                line += 1
                try writeLine(sheet, row: row, number: line, position: position, indicator: indicator)
                row += 1
            }
        }
        try writeSignatures(sheet, from: row + 1)
    }

    private func layOutPage(_ sheet: Worksheet) throws(XLSXError) {
        try sheet.setPaper(.a4)
        try sheet.setOrientation(.portrait)
        try sheet.setMargins(left: 30, right: 15, top: 20, bottom: 20)
        try sheet.fitToPages(width: 1, height: 0)
        try sheet.centerHorizontally()
        try sheet.setFooter("&CTrang &P/&N")
        for (column, width) in Self.widths.enumerated() { try sheet.setColumns(column, column, width: width) }
    }

    private func writeLine(_ sheet: Worksheet, row: Int, number: Int, position: Int, indicator: Indicator) throws(XLSXError) {
        let federation = report.input.tree.root
        let hundredths = indicator.hasTwoDecimals
        let valueFormat = hundredths ? styles.hundredths : styles.whole
        try sheet.write(Int64(number), row: row, column: Column.number, format: styles.lineNumber)
        try sheet.write(indicator.nameVi, row: row, column: Column.name, format: styles.lineText)
        try sheet.write(indicator.measure, row: row, column: Column.measure, format: styles.lineCentered)
        let current = report.current.value(unit: federation, indicator: position)
        let previous = report.previous?.value(unit: federation, indicator: position)
        for (value, column) in [(current, Column.current), (previous, Column.previous)] {
            if let value {
                try sheet.writeValue(value, hundredths: hundredths, row: row, column: column, format: valueFormat)
            } else {
                try sheet.writeBlank(row: row, column: column, format: valueFormat)
            }
        }
        let currentCell = CellReference.a1(row: row, column: Column.current)
        let previousCell = CellReference.a1(row: row, column: Column.previous)
        let change = Comparison.change(from: previous, to: current)
        let changeFormula = "=IF(OR(\(currentCell)=\"\",\(previousCell)=\"\"),\"\",\(currentCell)-\(previousCell))"
        if let change {
            try sheet.writeFormula(changeFormula, cachedNumber: PlainNumber.cellValue(change, hundredths: hundredths), row: row, column: Column.change, format: valueFormat)
        } else {
            try sheet.writeFormula(changeFormula, cachedText: "", row: row, column: Column.change, format: valueFormat)
        }
        let percentFormula = "=IF(OR(\(currentCell)=\"\",\(previousCell)=\"\",\(previousCell)=0),\"\",ROUND((\(currentCell)-\(previousCell))/\(previousCell),4))"
        if let percent = Comparison.changePercentHundredths(from: previous, to: current) {
            try sheet.writeFormula(percentFormula, cachedNumber: Double(percent) / 10_000, row: row, column: Column.percent, format: styles.percent)
        } else {
            try sheet.writeFormula(percentFormula, cachedText: "", row: row, column: Column.percent, format: styles.percent)
        }
        let note = coverageNote(position: position, indicator: indicator)
        try sheet.write(note, row: row, column: Column.note, format: styles.note)
        try sheet.setRow(row, height: RowHeight.points(for: [
            (indicator.nameVi, Self.widths[Column.name], 12), (note, Self.widths[Column.note], 10),
        ]))
    }

    /// "47/48 CĐCS" when the federation's figure does not yet cover every grassroots unit.
    private func coverageNote(position: Int, indicator: Indicator) -> String {
        guard indicator.kind.isAdditive else { return "" }
        let federation = report.input.tree.root
        let expected = report.input.tree.grassrootsCount[federation]
        let reporting = report.current.reporting(unit: federation, indicator: position)
        if report.current.status(unit: federation, indicator: position) == .missing { return "Chưa có số liệu" }
        return reporting < expected ? "Số liệu của \(reporting)/\(expected) CĐCS" : ""
    }

    private func writeSignatures(_ sheet: Worksheet, from row: Int) throws(XLSXError) {
        let settings = report.input.settings
        let day = Calendar.vietnam.dateComponents([.day, .month, .year], from: report.generated)
        let dateLine = VietnameseFormat.placeAndDate(place: settings.place, day: day.day ?? 1, month: day.month ?? 1, year: day.year ?? report.period.year)
        try sheet.merge(firstRow: row, firstColumn: 3, lastRow: row, lastColumn: 7, text: dateLine, format: styles.subtitle)
        try sheet.merge(firstRow: row + 1, firstColumn: 0, lastRow: row + 1, lastColumn: 2, text: settings.preparerTitle, format: styles.centeredBold)
        try sheet.merge(firstRow: row + 1, firstColumn: 3, lastRow: row + 1, lastColumn: 7, text: settings.signerOnBehalf, format: styles.centeredBold)
        try sheet.merge(firstRow: row + 2, firstColumn: 3, lastRow: row + 2, lastColumn: 7, text: settings.signerTitle, format: styles.centeredBold)
        try sheet.merge(firstRow: row + 6, firstColumn: 0, lastRow: row + 6, lastColumn: 2, text: settings.preparerName, format: styles.centeredBold)
        try sheet.merge(firstRow: row + 6, firstColumn: 3, lastRow: row + 6, lastColumn: 7, text: settings.signerName, format: styles.centeredBold)
    }
}
