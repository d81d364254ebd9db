import Foundation
import XLSX

/// Render: the report workbook `report-P.xlsx` with its sheets `Tổng hợp`, `Theo đơn vị`, `Biểu đồ`, `Kiểm tra`, `Nguồn`.
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
        let styles = try ReportStyles(workbook)
        try workbook.setProperties(DocumentProperties(
            title: "Báo cáo tổng hợp số liệu hoạt động công đoàn \(report.period.label)",
            subject: "Kỳ \(report.period)",
            author: report.input.settings.federationName,
            company: report.input.settings.federationName,
            comments: "Tạo bởi unionstats \(Report.toolVersion)"))
        let summary = try workbook.addWorksheet(named: "Tổng hợp")
        try SummarySheet(content: SummaryContent(report: report), styles: styles).write(into: summary)
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

extension Worksheet {
    /// Writes a value as `writeValue` does, or a formatted blank cell when there is none.
    func writeValue(_ value: Int64?, hundredths: Bool, row: Int, column: Int, format: CellFormat) throws(XLSXError) {
        if let value {
            try writeValue(value, hundredths: hundredths, row: row, column: column, format: format)
        } else {
            try writeBlank(row: row, column: column, format: format)
        }
    }

    /// Writes a change in hundredths of a percent as a fraction for a `0.00%` format, or a blank.
    func writePercent(_ hundredths: Int64?, row: Int, column: Int, format: CellFormat) throws(XLSXError) {
        if let hundredths {
            try write(Double(hundredths) / 10_000, row: row, column: column, format: format)
        } else {
            try writeBlank(row: row, column: column, format: format)
        }
    }

    /// Writes a whole or two-decimal value as a number cell; a value beyond Excel's exact range as text.
    func writeValue(_ value: Int64, hundredths: Bool, row: Int, column: Int, format: CellFormat) throws(XLSXError) {
        if hundredths {
            try write(PlainNumber.cellValue(value, hundredths: true), row: row, column: column, format: format)
        } else if value.magnitude <= UInt64(ExcelLimits.maxExactInteger) {
            try write(value, row: row, column: column, format: format)
        } else {
            try write(VietnameseFormat.grouped(value), row: row, column: column, format: format)
        }
    }
}
