import XLSX

/// `Kiểm tra`: the completeness table and every finding, errors first within each file.
struct ChecksSheet {
    let report: Report
    let styles: ReportStyles

    /// Excel's last row leaves room for this many findings below the completeness table.
    static let findingLimit = 1_000_000
    /// The columns' widths: the completeness table and the findings share them.
    static let widths: [Double] = [12, 40, 12, 20, 9, 34, 10, 90]

    func write(into sheet: Worksheet) throws(XLSXError) {
        let findings = report.findings
        try sheet.write("KIỂM TRA SỐ LIỆU - \(report.period.titleLabel)", row: 0, column: 0, format: styles.bold)
        let counts =
            "Lỗi: \(findings.count(of: .error)) · Cảnh báo: \(findings.count(of: .warning)) · Ghi chú: \(findings.count(of: .note))"
        try sheet.write(counts, row: 1, column: 0, format: styles.plain)
        var row = 3
        try sheet.write("Tình hình nhận báo cáo kỳ \(report.period.label)", row: row, column: 0, format: styles.bold)
        row += 1
        for (column, text) in ["Mã đơn vị", "Đơn vị", "Số CĐCS", "CĐCS có số liệu", "Tỷ lệ"].enumerated() {
            try sheet.write(text, row: row, column: column, format: styles.header)
        }
        row += 1
        let tree = report.input.tree
        for entry in report.completeness {
            try sheet.write(tree.units[entry.unit].code, row: row, column: 0, format: styles.codeText)
            try sheet.write(tree.units[entry.unit].name, row: row, column: 1, format: styles.wrapText)
            try sheet.setRow(row, height: RowHeight.points(for: [(tree.units[entry.unit].name, Self.widths[1], 12)]))
            try sheet.write(Int64(entry.expected), row: row, column: 2, format: styles.whole)
            try sheet.write(Int64(entry.received), row: row, column: 3, format: styles.whole)
            let expectedCell = CellReference.a1(row: row, column: 2)
            let receivedCell = CellReference.a1(row: row, column: 3)
            let formula = "=IF(\(expectedCell)=0,\"\",\(receivedCell)/\(expectedCell))"
            if entry.expected > 0 {
                try sheet.writeFormula(
                    formula, cachedNumber: Double(entry.received) / Double(entry.expected), row: row, column: 4,
                    format: styles.percent)
            } else {
                try sheet.writeFormula(formula, cachedText: "", row: row, column: 4, format: styles.percent)
            }
            row += 1
        }
        row += 1
        try sheet.write("Danh sách phát hiện khi kiểm tra", row: row, column: 0, format: styles.bold)
        row += 1
        let headerRow = row
        let headers = ["Mức độ", "Mã", "Đơn vị", "Chỉ tiêu", "Kỳ", "Tệp", "Vị trí", "Nội dung"]
        for (column, text) in headers.enumerated() {
            try sheet.write(text, row: row, column: column, format: styles.header)
        }
        row += 1
        for finding in findings.prefix(Self.findingLimit) {
            let severityFormat =
                finding.severity == .error
                ? styles.errorText : finding.severity == .warning ? styles.warningText : styles.text
            try sheet.write(finding.severity.vietnamese, row: row, column: 0, format: severityFormat)
            try sheet.write(finding.code.rawValue, row: row, column: 1, format: styles.codeText)
            try sheet.write(finding.unit ?? "", row: row, column: 2, format: styles.codeText)
            try sheet.write(finding.indicator ?? "", row: row, column: 3, format: styles.codeText)
            try sheet.write(finding.period?.description ?? "", row: row, column: 4, format: styles.codeText)
            try sheet.write(finding.location?.file ?? "", row: row, column: 5, format: styles.codeText)
            try sheet.write(position(of: finding), row: row, column: 6, format: styles.codeText)
            try sheet.write(finding.message, row: row, column: 7, format: styles.wrapText)
            try sheet.setRow(row, height: height(of: finding))
            row += 1
        }
        if findings.count > Self.findingLimit {
            try sheet.write(
                "… và \(findings.count - Self.findingLimit) phát hiện nữa: xem `unionstats validate`.", row: row,
                column: 7, format: styles.italic)
        }
        for (column, width) in Self.widths.enumerated() { try sheet.setColumns(column, column, width: width) }
        try sheet.freezePanes(row: headerRow + 1, column: 0)
        if row > headerRow + 1 {
            try sheet.autofilter(firstRow: headerRow, firstColumn: 0, lastRow: row - 1, lastColumn: headers.count - 1)
        }
        try sheet.setPaper(.a4)
        try sheet.setOrientation(.landscape)
        try sheet.fitToPages(width: 1, height: 0)
        try sheet.repeatRows(first: headerRow, last: headerRow)
        try sheet.setFooter("&CKiểm tra - trang &P")
        try sheet.setFirstPageNumber(1)
    }

    /// The height of a finding's row: its wrapped message, file name and codes, whichever is tallest,
    /// since no viewer refits row heights on opening and a long message would overprint the next row.
    private func height(of finding: Finding) -> Double {
        let texts = [finding.unit ?? "", finding.indicator ?? "", finding.location?.file ?? "", finding.message]
        return RowHeight.points(
            for: zip([2, 3, 5, 7], texts).map { (text: $1, width: Self.widths[$0], fontSize: 12.0) })
    }

    private func position(of finding: Finding) -> String {
        switch finding.location?.position {
        case .line(let line): "dòng \(line)"
        case .cell(let sheet, let reference): "\(sheet)!\(reference)"
        case .file, nil: ""
        }
    }
}
