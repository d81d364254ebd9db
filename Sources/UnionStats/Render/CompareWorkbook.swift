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
        try workbook.setProperties(
            DocumentProperties(
                title: "So sánh \(comparison.periodB.label) với \(comparison.periodA.label)",
                author: document.input.settings.federationName,
                company: document.input.settings.federationName,
                comments: "Tạo bởi unionstats \(ToolVersion.current)"))
        let summary = try workbook.addWorksheet(named: "So sánh")
        try SummarySheet(content: SummaryContent(document: document), styles: styles).write(into: summary)
        if !document.restatements.isEmpty {
            let changes = try workbook.addWorksheet(named: "Thay đổi tổ chức")
            try TreeChangesSheet(
                restatements: document.restatements, catalogue: document.input.catalogue, styles: styles
            ).write(into: changes)
        }
        let byUnit = try workbook.addWorksheet(named: "Theo đơn vị")
        try ComparisonByUnitSheet(document: document, styles: styles).write(into: byUnit)
        let ranking = try workbook.addWorksheet(named: "Xếp hạng")
        try RankingSheet(document: document, styles: styles).write(into: ranking, workbook: workbook)
        try summary.activate()
        try workbook.close()
    }
}
