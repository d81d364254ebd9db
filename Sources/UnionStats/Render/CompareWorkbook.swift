import Foundation
import XLSX

/// Render: `compare-A-vs-B.xlsx`: the federation's summary, every unit's figures, and a ranking of upper units.
///
/// Changes are coloured by the catalogue's direction: green when the change is good news,
/// red when it is bad news, nothing for neutral indicators.
public struct CompareWorkbook {
    /// What to render.
    public let document: CompareDocument

    /// Prepares to render `document`.
    public init(_ document: CompareDocument) {
        self.document = document
    }

    /// Writes the workbook to `path` (a temporary file the caller renames).
    public func write(to path: String) throws(XLSXError) {
        let workbook = try Workbook(path: path)
        let styles = try ReportStyles(workbook)
        let comparison = document.comparison
        try workbook.setProperties(DocumentProperties(
            title: "So sánh \(comparison.periodB.label) với \(comparison.periodA.label)",
            author: document.input.settings.federationName,
            company: document.input.settings.federationName,
            comments: "Tạo bởi unionstats \(Report.toolVersion)"))
        let summary = try workbook.addWorksheet(named: "So sánh")
        try SummarySheet(content: SummaryContent(document: document), styles: styles).write(into: summary)
        let byUnit = try workbook.addWorksheet(named: "Theo đơn vị")
        try ComparisonByUnitSheet(document: document, styles: styles).write(into: byUnit)
        let ranking = try workbook.addWorksheet(named: "Xếp hạng")
        try RankingSheet(document: document, styles: styles).write(into: ranking, workbook: workbook)
        try summary.activate()
        try workbook.close()
    }
}

/// Colours of good and bad news.
enum NewsColours {
    /// Green fill, dark green text: better.
    static let betterFill = RGB(0xC6EFCE), betterText = RGB(0x006100)
    /// Red fill, dark red text: worse.
    static let worseFill = RGB(0xFFC7CE), worseText = RGB(0x9C0006)

    /// The word written in a "Chiều tốt" column for a direction, which the colour rules read.
    static func word(for direction: Indicator.Direction) -> String {
        switch direction {
        case .up: "tăng"
        case .down: "giảm"
        case .neutral: "-"
        }
    }

    /// Colours `columns` of the rows by comparing the change (in `changeColumn`) with the direction
    /// word written in `directionColumn` ("tăng", "giảm" or "-").
    static func apply(
        to sheet: Worksheet, styles: ReportStyles, firstRow: Int, lastRow: Int, columns: ClosedRange<Int>,
        changeColumn: Int, directionColumn: Int
    ) throws(XLSXError) {
        guard lastRow >= firstRow else { return }
        let change = "$\(CellReference.column(changeColumn))\(firstRow + 1)"
        let direction = "$\(CellReference.column(directionColumn))\(firstRow + 1)"
        let better = "=AND(ISNUMBER(\(change)),OR(AND(\(direction)=\"tăng\",\(change)>0),AND(\(direction)=\"giảm\",\(change)<0)))"
        let worse = "=AND(ISNUMBER(\(change)),OR(AND(\(direction)=\"tăng\",\(change)<0),AND(\(direction)=\"giảm\",\(change)>0)))"
        try sheet.conditionalFormat(
            firstRow: firstRow, firstColumn: columns.lowerBound, lastRow: lastRow, lastColumn: columns.upperBound,
            rule: .formula(better, format: styles.better))
        try sheet.conditionalFormat(
            firstRow: firstRow, firstColumn: columns.lowerBound, lastRow: lastRow, lastColumn: columns.upperBound,
            rule: .formula(worse, format: styles.worse))
    }

    /// Colours one change cell (and its percent) by the indicator's direction: green for good news, red for bad.
    static func apply(to sheet: Worksheet, styles: ReportStyles, row: Int, columns: ClosedRange<Int>, direction: Indicator.Direction) throws(XLSXError) {
        let (better, worse): (String, String)
        switch direction {
        case .up: (better, worse) = (">", "<")
        case .down: (better, worse) = ("<", ">")
        case .neutral: return
        }
        // The change cell holds "" when a value is missing; text must not count as above or below zero.
        let change = CellReference.a1(row: row, column: columns.lowerBound)
        for (comparison, format) in [(better, styles.better), (worse, styles.worse)] {
            try sheet.conditionalFormat(
                firstRow: row, firstColumn: columns.lowerBound, lastRow: row, lastColumn: columns.upperBound,
                rule: .formula("=AND(ISNUMBER($\(change)),$\(change)\(comparison)0)", format: format))
        }
    }
}
