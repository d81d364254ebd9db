import Foundation
import XLSX

/// Render: the report workbook `report-P.xlsx` with its sheets `Tổng hợp`, (`Thay đổi tổ chức`), (`Kế hoạch`),
/// (`Cụm thi đua`), `Theo đơn vị`, `Biểu đồ`, `Kiểm tra`, `Nguồn`; the bracketed ones only when there is
/// something to show (a restated period, targets for the period, emulation groups).
public struct ReportWorkbook {
    /// The report to render.
    public let report: Report

    /// Prepares to render `report`.
    public init(_ report: Report) {
        self.report = report
    }

    /// Writes the workbook to `path` (a temporary file the caller renames).
    public func write(to path: String) throws(XLSXError) {
        let workbook = try Workbook(path: path)
        let styles = try ReportStyles(workbook, withPlan: !report.plan.isEmpty || !report.rankings.isEmpty)
        try workbook.setProperties(
            DocumentProperties(
                title: "Báo cáo tổng hợp số liệu hoạt động công đoàn \(report.period.label)",
                subject: "Kỳ \(report.period)",
                author: report.input.settings.federationName,
                company: report.input.settings.federationName,
                comments: "Tạo bởi unionstats \(ToolVersion.current)"))
        let summary = try workbook.addWorksheet(named: "Tổng hợp")
        try SummarySheet(content: SummaryContent(report: report), styles: styles).write(into: summary)
        if !report.restatements.isEmpty || !report.lives.isEmpty {
            let changes = try workbook.addWorksheet(named: "Thay đổi tổ chức")
            try TreeChangesSheet(
                restatements: report.restatements, catalogue: report.input.catalogue, styles: styles,
                lives: report.lives
            ).write(into: changes)
        }
        if let plan = styles.plan, !report.plan.isEmpty {
            let targets = try workbook.addWorksheet(named: "Kế hoạch")
            try PlanSheet(report: report, styles: styles, plan: plan).write(into: targets)
        }
        if let plan = styles.plan, !report.rankings.isEmpty {
            let clusters = try workbook.addWorksheet(named: "Cụm thi đua")
            try ClusterSheet(report: report, styles: styles, plan: plan).write(into: clusters)
        }
        let byUnit = try workbook.addWorksheet(named: "Theo đơn vị")
        try ByUnitSheet(report: report, styles: styles).write(into: byUnit)
        let charts = try workbook.addWorksheet(named: "Biểu đồ")
        try ChartsSheet(report: report, styles: styles).write(into: charts, workbook: workbook)
        let checks = try workbook.addWorksheet(named: "Kiểm tra")
        try ChecksSheet(report: report, styles: styles).write(into: checks)
        let sources = try workbook.addWorksheet(named: "Nguồn")
        try SourcesSheet(report: report, styles: styles).write(into: sources)
        try summary.activate()
        try workbook.close()
    }
}
