import Foundation
import XLSX

/// `Tổng hợp`: the federation's figures in the official layout (Mẫu số 2-HĐCĐ's table), with
/// year to date for quarters, the period compared with and the change; ready to sign.
struct SummarySheet {
    let content: SummaryContent
    let styles: ReportStyles

    /// What a column of the table shows.
    private enum Content {
        case number, name, measure, current, yearToDate, previous, change, percent, target, targetPercent, note

        var width: Double {
            switch self {
            case .number: 5
            case .name: 40
            case .measure: 9
            case .current, .yearToDate, .previous: 14
            case .change: 13
            case .percent: 9
            case .target: 14
            case .targetPercent: 10
            case .note: 20
            }
        }
    }

    /// The table's columns: this period (and year to date) before the period compared with, or in a
    /// comparison the base period A before B.
    private var columns: [Content] {
        let values: [Content] =
            content.baseFirst
            ? [.previous, .current]
            : content.yearToDate == nil ? [.current, .previous] : [.current, .yearToDate, .previous]
        let targets: [Content] = content.yearTargets == nil ? [] : [.target, .targetPercent]
        return [.number, .name, .measure] + values + [.change, .percent] + targets + [.note]
    }

    private func column(_ content: Content) -> Int { columns.firstIndex(of: content) ?? 0 }

    /// The first column of values, where the right half of the header and signature blocks starts.
    private static let firstValueColumn = 3

    /// Printable A4 portrait area inside the margins below, in points.
    private static let printableWidth = (210.0 - 30 - 15) / 25.4 * 72
    private static let printableHeight = (297.0 - 20 - 20) / 25.4 * 72 - 30

    func write(into sheet: Worksheet) throws(XLSXError) {
        let settings = content.input.settings
        let last = columns.count - 1
        let split = Self.firstValueColumn
        try layOutPage(sheet)
        try sheet.merge(
            firstRow: 0, firstColumn: 0, lastRow: 0, lastColumn: split - 1, text: settings.superiorName,
            format: styles.centeredPlain)
        try sheet.merge(
            firstRow: 1, firstColumn: 0, lastRow: 1, lastColumn: split - 1, text: settings.federationName,
            format: styles.centeredBold)
        try sheet.merge(
            firstRow: 0, firstColumn: split, lastRow: 0, lastColumn: last, text: "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
            format: styles.centeredBold)
        try sheet.merge(
            firstRow: 1, firstColumn: split, lastRow: 1, lastColumn: last, text: "Độc lập - Tự do - Hạnh phúc",
            format: styles.centeredBoldUnderlined)
        if let formName = content.formName {
            try sheet.merge(
                firstRow: 2, firstColumn: split, lastRow: 2, lastColumn: last, text: formName,
                format: styles.rightItalic)
        }
        try sheet.merge(
            firstRow: 3, firstColumn: 0, lastRow: 3, lastColumn: last, text: content.title, format: styles.title)
        try sheet.setRow(3, height: 40)
        if let cutoffLine = content.cutoffLine {
            try sheet.merge(
                firstRow: 4, firstColumn: 0, lastRow: 4, lastColumn: last, text: cutoffLine, format: styles.subtitle)
        }
        if let treeLine = content.treeLine {
            try sheet.merge(
                firstRow: 5, firstColumn: 0, lastRow: 5, lastColumn: last, text: treeLine,
                format: styles.wrappedSubtitle)
            try sheet.setRow(5, height: RowHeight.points(for: [(treeLine, columns.reduce(0) { $0 + $1.width }, 12)]))
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
        if let targetNote = content.targetNote {
            let width = columns.reduce(0) { $0 + $1.width }
            try sheet.merge(
                firstRow: row, firstColumn: 0, lastRow: row, lastColumn: last, text: targetNote, format: styles.note)
            let height = RowHeight.points(for: [(targetNote, width, 10)])
            try sheet.setRow(row, height: height)
            tableHeight += height
            row += 1
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
        case .current: content.current.heading
        case .yearToDate: content.yearToDate?.heading ?? ""
        case .previous: content.previousHeading
        case .change: "Tăng, giảm"
        case .percent: content.percent.heading
        case .target: "Kế hoạch năm"
        case .targetPercent: "% kế hoạch"
        case .note: "Ghi chú"
        }
    }

    private func layOutPage(_ sheet: Worksheet) throws(XLSXError) {
        try sheet.setPaper(.a4)
        try sheet.setOrientation(.portrait)
        try sheet.setMargins(left: 30, right: 15, top: 20, bottom: 20)
        try sheet.centerHorizontally()
        // "&N" counts the pages of the whole workbook in LibreOffice ("Trang 1/47" on a one-page sheet).
        try sheet.setFooter("&CTrang &P")
        try sheet.setFirstPageNumber(1)
        for (index, kind) in columns.enumerated() { try sheet.setColumns(index, index, width: kind.width) }
    }

    /// Writes one numbered line and returns its height in points.
    private func writeLine(
        _ sheet: Worksheet, row: Int, number: Int, position: Int, indicator: Indicator
    ) throws(XLSXError) -> Double {
        let federation = content.input.tree.root
        let hundredths = indicator.hasTwoDecimals
        let valueFormat = styles.number(for: indicator)
        let current = content.current.values.value(unit: federation, indicator: position)
        let previous = content.previous?.values.value(unit: federation, indicator: position)
        let coverage = SummaryCoverage(catalogue: content.input.catalogue, unit: federation)
        let note = coverage.note(
            position: position, columns: content.valueColumnsInPrintOrder, current: content.current.values,
            previous: content.previous?.values)
        let comparable =
            content.previous.map { previousColumn in
                Reach.comparable(
                    coverage.scope(of: content.current.values, position: position),
                    coverage.scope(of: previousColumn.values, position: position))
            } ?? true
        for (index, kind) in columns.enumerated() {
            switch kind {
            case .number:
                try sheet.write(Int64(number), row: row, column: index, format: styles.lineNumber)
            case .name:
                try sheet.write(indicator.nameVi, row: row, column: index, format: styles.lineText)
            case .measure:
                try sheet.write(indicator.measure, row: row, column: index, format: styles.lineCentered)
            case .current, .yearToDate, .previous:
                let values =
                    kind == .current ? content.current : kind == .previous ? content.previous : content.yearToDate
                try sheet.writeValue(
                    values?.values.value(unit: federation, indicator: position), hundredths: hundredths, row: row,
                    column: index, format: valueFormat)
            case .change:
                let format = comparable ? valueFormat : styles.number(for: indicator, partial: true)
                try writeChange(
                    sheet, row: row, column: index, from: previous, to: current, hundredths: hundredths, format: format)
            case .percent:
                try writePercent(
                    sheet, row: row, column: index, from: previous, to: current,
                    format: comparable ? styles.percent : styles.partialPercent)
            case .target, .targetPercent:
                try writeTarget(
                    sheet, kind, progress: content.yearTargets?[position], indicator: indicator, row: row, column: index
                )
            case .note:
                try sheet.write(note, row: row, column: index, format: styles.note)
            }
        }
        if content.coloursChanges {
            try NewsColours.apply(
                to: sheet, styles: styles, row: row, columns: column(.change)...column(.percent),
                direction: indicator.direction)
        }
        let height = RowHeight.points(for: [(indicator.nameVi, Content.name.width, 12), (note, Content.note.width, 10)])
        try sheet.setRow(row, height: height)
        return height
    }

    /// The federation's target for the year, or its progress (a percent cell), or a blank box.
    private func writeTarget(
        _ sheet: Worksheet, _ kind: Content, progress: TargetProgress?, indicator: Indicator, row: Int, column: Int
    ) throws(XLSXError) {
        guard let progress, let plan = styles.plan else {
            try sheet.writeBlank(row: row, column: column, format: styles.lineText)
            return
        }
        if kind == .target {
            try sheet.writeTarget(progress.target.value, row: row, column: column, format: plan.target(for: indicator))
        } else {
            try sheet.writePercent(progress.progressHundredths, row: row, column: column, format: plan.percent)
        }
    }

    /// The change, a formula with its exact cached value ("" when either figure is missing).
    private func writeChange(
        _ sheet: Worksheet, row: Int, column: Int, from previous: Int64?, to current: Int64?, hundredths: Bool,
        format: CellFormat
    ) throws(XLSXError) {
        let currentCell = CellReference.a1(row: row, column: self.column(.current))
        let previousCell = CellReference.a1(row: row, column: self.column(.previous))
        let formula = "=IF(OR(\(currentCell)=\"\",\(previousCell)=\"\"),\"\",\(currentCell)-\(previousCell))"
        if let change = Comparison.change(from: previous, to: current) {
            try sheet.writeFormula(
                formula, cachedNumber: PlainNumber.cellValue(change, hundredths: hundredths), row: row, column: column,
                format: format)
        } else {
            try sheet.writeFormula(formula, cachedText: "", row: row, column: column, format: format)
        }
    }

    /// The percent, a formula rounded to four decimals of the fraction (two of the percent, for a `0.00%`
    /// format) with the same rounding of the exact value cached: this period ÷ the previous one in the
    /// report (130,82 %), the growth rate in a comparison (30,82 %).
    private func writePercent(
        _ sheet: Worksheet, row: Int, column: Int, from previous: Int64?, to current: Int64?, format: CellFormat
    ) throws(XLSXError) {
        let currentCell = CellReference.a1(row: row, column: self.column(.current))
        let previousCell = CellReference.a1(row: row, column: self.column(.previous))
        let quotient: String
        let hundredthsOfPercent: Int64?
        switch content.percent {
        case .ofPrevious:
            quotient = "\(currentCell)/\(previousCell)"
            hundredthsOfPercent = Comparison.percentOfPreviousHundredths(from: previous, to: current)
        case .growth:
            quotient = "(\(currentCell)-\(previousCell))/\(previousCell)"
            hundredthsOfPercent = Comparison.changePercentHundredths(from: previous, to: current)
        }
        let formula = "=IF(OR(\(currentCell)=\"\",\(previousCell)=\"\",\(previousCell)=0),\"\",ROUND(\(quotient),4))"
        if let hundredthsOfPercent {
            try sheet.writeFormula(
                formula, cachedNumber: Double(hundredthsOfPercent) / 10_000, row: row, column: column, format: format)
        } else {
            try sheet.writeFormula(formula, cachedText: "", row: row, column: column, format: format)
        }
    }

    private func writeSignatures(_ sheet: Worksheet, from row: Int) throws(XLSXError) {
        let settings = content.input.settings
        let split = Self.firstValueColumn
        let last = columns.count - 1
        let day = Calendar.vietnam.dateComponents([.day, .month, .year], from: content.generated)
        let dateLine = VietnameseFormat.placeAndDate(
            place: settings.place, day: day.day ?? 1, month: day.month ?? 1, year: day.year ?? 2000)
        try sheet.merge(
            firstRow: row, firstColumn: split, lastRow: row, lastColumn: last, text: dateLine, format: styles.subtitle)
        try sheet.merge(
            firstRow: row + 1, firstColumn: 0, lastRow: row + 1, lastColumn: split - 1, text: settings.preparerTitle,
            format: styles.centeredBold)
        try sheet.merge(
            firstRow: row + 1, firstColumn: split, lastRow: row + 1, lastColumn: last, text: settings.signerOnBehalf,
            format: styles.centeredBold)
        try sheet.merge(
            firstRow: row + 2, firstColumn: split, lastRow: row + 2, lastColumn: last, text: settings.signerTitle,
            format: styles.centeredBold)
        try sheet.merge(
            firstRow: row + 6, firstColumn: 0, lastRow: row + 6, lastColumn: split - 1, text: settings.preparerName,
            format: styles.centeredBold)
        try sheet.merge(
            firstRow: row + 6, firstColumn: split, lastRow: row + 6, lastColumn: last, text: settings.signerName,
            format: styles.centeredBold)
    }
}
