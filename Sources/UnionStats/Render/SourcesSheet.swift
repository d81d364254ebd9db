import Foundation
import XLSX

/// `Nguồn`: where the figures came from: input files with SHA-256, counts, tool version, time.
struct SourcesSheet {
    let report: Report
    let styles: ReportStyles

    func write(into sheet: Worksheet) throws(XLSXError) {
        let input = report.input
        let facts: [(String, String)] = [
            ("Kỳ báo cáo", "\(report.period) (\(report.period.label))"),
            ("So sánh với", report.period.sameLastYear.map { "\($0) (\($0.label))" } ?? ""),
            ("Công cụ", "unionstats \(ToolVersion.current)"),
            ("Thời điểm tạo", Self.timestamp(report.generated)),
            ("Số đơn vị", "\(input.tree.count) (\(input.tree.grassrootsCount[input.tree.root]) CĐCS)"),
            ("Số chỉ tiêu", "\(input.catalogue.count)"),
        ]
        try sheet.write("NGUỒN SỐ LIỆU", row: 0, column: 0, format: styles.bold)
        for (offset, fact) in facts.enumerated() {
            try sheet.write(fact.0, row: 2 + offset, column: 0, format: styles.sectionText)
            try sheet.merge(
                firstRow: 2 + offset, firstColumn: 1, lastRow: 2 + offset, lastColumn: 3, text: fact.1,
                format: styles.unitName)
        }
        let headerRow = 3 + facts.count
        for (column, text) in ["Tệp", "Kích thước (byte)", "Số dòng dữ liệu", "SHA-256"].enumerated() {
            try sheet.write(text, row: headerRow, column: column, format: styles.header)
        }
        for (offset, file) in input.files.enumerated() {
            let row = headerRow + 1 + offset
            try sheet.write(file.path, row: row, column: 0, format: styles.codeText)
            try sheet.write(Int64(file.bytes), row: row, column: 1, format: styles.whole)
            try sheet.write(Int64(file.records), row: row, column: 2, format: styles.whole)
            try sheet.write(file.sha256, row: row, column: 3, format: styles.codeText)
        }
        let widths: [Double] = [44, 18, 16, 70]
        for (column, width) in widths.enumerated() { try sheet.setColumns(column, column, width: width) }
        try sheet.setPaper(.a4)
        try sheet.setOrientation(.landscape)
        try sheet.fitToPages(width: 1, height: 0)
    }

    /// `22/11/2026 20:49 (UTC+7)`.
    static func timestamp(_ date: Date) -> String {
        let parts = Calendar.vietnam.dateComponents([.day, .month, .year, .hour, .minute], from: date)
        let two = { (value: Int?) in String(format: "%02d", value ?? 0) }
        return
            "\(two(parts.day))/\(two(parts.month))/\(parts.year ?? 0) \(two(parts.hour)):\(two(parts.minute)) (UTC+7)"
    }
}
