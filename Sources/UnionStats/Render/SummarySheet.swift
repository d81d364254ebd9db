import Foundation
import XLSX

/// What the federation's summary table shows: a title and up to three columns of values.
struct SummaryContent {
    /// The input (settings, tree, catalogue).
    let input: InputData
    /// The title in capitals.
    let title: String
    /// "(Số liệu tính đến ngày …)", or nil.
    let cutoffLine: String?
    /// The period shown, its label and values.
    let currentLabel: String
    let current: PeriodValues
    /// Year to date, for quarters.
    let yearToDate: (label: String, values: PeriodValues)?
    /// The period compared with.
    let previousLabel: String
    let previous: PeriodValues?
    /// The date on the place-and-date line.
    let generated: Date
    /// Whether changes are coloured green or red by the indicator's direction (comparisons, not the signed report).
    let coloursChanges: Bool
    /// The form's name at top right ("Mẫu số 2-HĐCĐ"), or nil.
    let formName: String?

    /// The content of a report's `Tổng hợp`.
    init(report: Report) {
        let settings = report.input.settings
        let cutoff = settings.cutoff(for: report.period)
        input = report.input
        title = "BÁO CÁO TỔNG HỢP SỐ LIỆU HOẠT ĐỘNG CÔNG ĐOÀN \(report.period.titleLabel)"
        cutoffLine = "(Số liệu tính đến ngày \(VietnameseFormat.day(cutoff.day))/\(VietnameseFormat.month(cutoff.month))/\(cutoff.year))"
        currentLabel = report.period.label
        current = report.current
        yearToDate = report.yearToDate.map { (TimeSpan.yearToDateLabel(through: report.period), $0) }
        previousLabel = "Cùng kỳ năm trước (\(report.period.sameLastYear?.label ?? ""))"
        previous = report.previous
        generated = report.generated
        coloursChanges = false
        formName = "Mẫu số 2-HĐCĐ"
    }

    /// The content of a comparison's summary: B against A.
    init(document: CompareDocument) {
        let comparison = document.comparison
        input = document.input
        title = "SO SÁNH SỐ LIỆU HOẠT ĐỘNG CÔNG ĐOÀN \(comparison.periodB.titleLabel) VỚI \(comparison.periodA.titleLabel)"
        cutoffLine = nil
        currentLabel = comparison.periodB.label
        current = comparison.valuesB
        yearToDate = nil
        previousLabel = comparison.periodA.label
        previous = comparison.valuesA
        generated = document.generated
        coloursChanges = true
        formName = nil
    }
}

/// `Tổng hợp`: the federation's figures in the official layout (Mẫu số 2-HĐCĐ's table), with
/// year to date for quarters, the period compared with and the change; ready to sign.
struct SummarySheet {
    let content: SummaryContent
    let styles: ReportStyles

    /// What a column of the table shows.
    private enum Content {
        case number, name, measure, current, yearToDate, previous, change, percent, note

        var width: Double {
            switch self {
            case .number: 5
            case .name: 40
            case .measure: 9
            case .current, .yearToDate, .previous: 14
            case .change: 13
            case .percent: 9
            case .note: 17
            }
        }
    }

    private var columns: [Content] {
        content.yearToDate == nil
            ? [.number, .name, .measure, .current, .previous, .change, .percent, .note]
            : [.number, .name, .measure, .current, .yearToDate, .previous, .change, .percent, .note]
    }

    private func column(_ content: Content) -> Int { columns.firstIndex(of: content) ?? 0 }

    /// Printable A4 portrait area inside the margins below, in points.
    private static let printableWidth = (210.0 - 30 - 15) / 25.4 * 72
    private static let printableHeight = (297.0 - 20 - 20) / 25.4 * 72 - 30

    func write(into sheet: Worksheet) throws(XLSXError) {
        let settings = content.input.settings
        let last = columns.count - 1
        let split = column(.current)
        try layOutPage(sheet)
        try sheet.merge(firstRow: 0, firstColumn: 0, lastRow: 0, lastColumn: split - 1, text: settings.superiorName, format: styles.centeredPlain)
        try sheet.merge(firstRow: 1, firstColumn: 0, lastRow: 1, lastColumn: split - 1, text: settings.federationName, format: styles.centeredBold)
        try sheet.merge(firstRow: 0, firstColumn: split, lastRow: 0, lastColumn: last, text: "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", format: styles.centeredBold)
        try sheet.merge(firstRow: 1, firstColumn: split, lastRow: 1, lastColumn: last, text: "Độc lập - Tự do - Hạnh phúc", format: styles.centeredBoldUnderlined)
        if let formName = content.formName {
            try sheet.merge(firstRow: 2, firstColumn: split, lastRow: 2, lastColumn: last, text: formName, format: styles.rightItalic)
        }
        try sheet.merge(firstRow: 3, firstColumn: 0, lastRow: 3, lastColumn: last, text: content.title, format: styles.title)
        try sheet.setRow(3, height: 40)
        if let cutoffLine = content.cutoffLine {
            try sheet.merge(firstRow: 4, firstColumn: 0, lastRow: 4, lastColumn: last, text: cutoffLine, format: styles.subtitle)
        }
        let headerRow = 6
        for (index, kind) in columns.enumerated() {
            try sheet.write(heading(kind), row: headerRow, column: index, format: styles.header)
        }
        try sheet.setRow(headerRow, height: 48)
        try sheet.repeatRows(first: headerRow, last: headerRow)
        var row = headerRow + 1
        var tableHeight = 4 * RowHeight.lineHeight + 40 + 48 + 2 * RowHeight.lineHeight
        let catalogue = content.input.catalogue
        for section in catalogue.sections {
            try sheet.write(section.code, row: row, column: 0, format: styles.sectionNumber)
            let heading = section.heading.uppercased()
            try sheet.write(heading, row: row, column: 1, format: styles.sectionText)
            for index in 2...last { try sheet.writeBlank(row: row, column: index, format: styles.sectionText) }
            let sectionHeight = RowHeight.points(for: [(heading, Content.name.width * 0.7, 12)])
            try sheet.setRow(row, height: sectionHeight)
            tableHeight += sectionHeight
            row += 1
            var line = 0
            for (position, indicator) in catalogue.indicators.enumerated() where indicator.section == section.code {
                line += 1
                tableHeight += try writeLine(sheet, row: row, number: line, position: position, indicator: indicator)
                row += 1
            }
        }
        try sheet.printArea(firstRow: 0, firstColumn: 0, lastRow: row + 7, lastColumn: last)
        try writeSignatures(sheet, from: row + 1)
        try sheet.fitToPages(width: 1, height: pageCount(contentHeight: tableHeight + 8 * RowHeight.lineHeight))
    }

    /// Pages the sheet needs at the scale that fits its width; rounded to the nearest whole page so that
    /// a signature block spilling a little onto a page of its own is squeezed back instead.
    private func pageCount(contentHeight: Double) -> Int {
        let widthPoints = columns.reduce(0.0) { $0 + ($1.width * 7 + 5) * 0.75 }
        let scale = min(1, Self.printableWidth / widthPoints)
        let pages = contentHeight * scale / Self.printableHeight
        return max(1, Int(pages.rounded()))
    }

    private func heading(_ kind: Content) -> String {
        switch kind {
        case .number: "TT"
        case .name: "Chỉ tiêu"
        case .measure: "Đơn vị tính"
        case .current: content.currentLabel
        case .yearToDate: content.yearToDate?.label ?? ""
        case .previous: content.previousLabel
        case .change: "Tăng, giảm"
        case .percent: "Tỷ lệ %"
        case .note: "Ghi chú"
        }
    }

    private func layOutPage(_ sheet: Worksheet) throws(XLSXError) {
        try sheet.setPaper(.a4)
        try sheet.setOrientation(.portrait)
        try sheet.setMargins(left: 30, right: 15, top: 20, bottom: 20)
        try sheet.centerHorizontally()
        try sheet.setFooter("&CTrang &P/&N")
        for (index, kind) in columns.enumerated() { try sheet.setColumns(index, index, width: kind.width) }
    }

    /// Writes one numbered line and returns its height in points.
    private func writeLine(_ sheet: Worksheet, row: Int, number: Int, position: Int, indicator: Indicator) throws(XLSXError) -> Double {
        let federation = content.input.tree.root
        let hundredths = indicator.hasTwoDecimals
        let valueFormat = hundredths ? styles.hundredths : styles.whole
        let current = content.current.value(unit: federation, indicator: position)
        let previous = content.previous?.value(unit: federation, indicator: position)
        let currentCell = CellReference.a1(row: row, column: column(.current))
        let previousCell = CellReference.a1(row: row, column: column(.previous))
        var note = ""
        for (index, kind) in columns.enumerated() {
            switch kind {
            case .number:
                try sheet.write(Int64(number), row: row, column: index, format: styles.lineNumber)
            case .name:
                try sheet.write(indicator.nameVi, row: row, column: index, format: styles.lineText)
            case .measure:
                try sheet.write(indicator.measure, row: row, column: index, format: styles.lineCentered)
            case .current, .yearToDate, .previous:
                let values = kind == .current ? self.content.current : kind == .previous ? self.content.previous : self.content.yearToDate?.values
                try sheet.writeValue(values?.value(unit: federation, indicator: position), hundredths: hundredths, row: row, column: index, format: valueFormat)
            case .change:
                let formula = "=IF(OR(\(currentCell)=\"\",\(previousCell)=\"\"),\"\",\(currentCell)-\(previousCell))"
                if let change = Comparison.change(from: previous, to: current) {
                    try sheet.writeFormula(formula, cachedNumber: PlainNumber.cellValue(change, hundredths: hundredths), row: row, column: index, format: valueFormat)
                } else {
                    try sheet.writeFormula(formula, cachedText: "", row: row, column: index, format: valueFormat)
                }
            case .percent:
                let formula = "=IF(OR(\(currentCell)=\"\",\(previousCell)=\"\",\(previousCell)=0),\"\",ROUND((\(currentCell)-\(previousCell))/\(previousCell),4))"
                if let percent = Comparison.changePercentHundredths(from: previous, to: current) {
                    try sheet.writeFormula(formula, cachedNumber: Double(percent) / 10_000, row: row, column: index, format: styles.percent)
                } else {
                    try sheet.writeFormula(formula, cachedText: "", row: row, column: index, format: styles.percent)
                }
            case .note:
                note = coverageNote(position: position, indicator: indicator)
                try sheet.write(note, row: row, column: index, format: styles.note)
            }
        }
        if content.coloursChanges {
            try NewsColours.apply(to: sheet, styles: styles, row: row, columns: column(.change)...column(.percent), direction: indicator.direction)
        }
        let height = RowHeight.points(for: [(indicator.nameVi, Content.name.width, 12), (note, Content.note.width, 10)])
        try sheet.setRow(row, height: height)
        return height
    }

    /// "Số liệu của 47/48 CĐCS" when the federation's figure does not yet cover every grassroots unit.
    private func coverageNote(position: Int, indicator: Indicator) -> String {
        guard indicator.kind.isAdditive else { return "" }
        let federation = content.input.tree.root
        let expected = content.input.tree.grassrootsCount[federation]
        let reporting = content.current.reporting(unit: federation, indicator: position)
        if content.current.status(unit: federation, indicator: position) == .missing { return "Chưa có số liệu" }
        return reporting < expected ? "Số liệu của \(reporting)/\(expected) CĐCS" : ""
    }

    private func writeSignatures(_ sheet: Worksheet, from row: Int) throws(XLSXError) {
        let settings = content.input.settings
        let split = column(.current)
        let last = columns.count - 1
        let day = Calendar.vietnam.dateComponents([.day, .month, .year], from: content.generated)
        let dateLine = VietnameseFormat.placeAndDate(place: settings.place, day: day.day ?? 1, month: day.month ?? 1, year: day.year ?? 2000)
        try sheet.merge(firstRow: row, firstColumn: split, lastRow: row, lastColumn: last, text: dateLine, format: styles.subtitle)
        try sheet.merge(firstRow: row + 1, firstColumn: 0, lastRow: row + 1, lastColumn: split - 1, text: settings.preparerTitle, format: styles.centeredBold)
        try sheet.merge(firstRow: row + 1, firstColumn: split, lastRow: row + 1, lastColumn: last, text: settings.signerOnBehalf, format: styles.centeredBold)
        try sheet.merge(firstRow: row + 2, firstColumn: split, lastRow: row + 2, lastColumn: last, text: settings.signerTitle, format: styles.centeredBold)
        try sheet.merge(firstRow: row + 6, firstColumn: 0, lastRow: row + 6, lastColumn: split - 1, text: settings.preparerName, format: styles.centeredBold)
        try sheet.merge(firstRow: row + 6, firstColumn: split, lastRow: row + 6, lastColumn: last, text: settings.signerName, format: styles.centeredBold)
    }
}
