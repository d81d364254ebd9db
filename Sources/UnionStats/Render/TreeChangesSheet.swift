import XLSX

/// `Thay đổi tổ chức`: for each period shown on a tree other than its own, the two trees' dates, what
/// changed between them, the figures not carried over, and the federation's figures as published on
/// the old tree beside the restated ones, line by line.
struct TreeChangesSheet {
    let restatements: [TreeRestatement]
    let catalogue: Catalogue
    let styles: ReportStyles
    /// Who lived during the report's period (nil for a comparison).
    var lives: PeriodLives? = nil

    /// TT, code, name, level, detail or reason, then the day or the main indicators' values.
    static let widths: [Double] = [5, 16, 36, 11, 32, 14, 10, 12]
    private static let lastColumn = widths.count - 1

    /// The rule, in the words of docs/design.md, "Restatement onto a later tree".
    static let rule =
        "Cách tính lại: mỗi CĐCS mang số liệu của chính mình sang đơn vị của nó trên cây mới (hoặc sang đơn vị kế thừa, cột successor của units.csv). Số tổng hợp riêng của một đơn vị cấp trên chỉ được dùng khi đơn vị đó vẫn gồm đúng các CĐCS như trên cây cũ; nếu không, số của nó được cộng lại từ các CĐCS. Đơn vị kết thúc trong kỳ chỉ mang số liệu phát sinh (không mang số liệu thời điểm) sang đơn vị kế thừa; nếu giải thể, số phát sinh của nó được cộng vào đơn vị cấp trên cũ khi tính trên cây của cùng năm, còn trên cây của năm khác thì không được chuyển sang (mục II)."

    func write(into sheet: Worksheet) throws(XLSXError) {
        try sheet.merge(
            firstRow: 0, firstColumn: 0, lastRow: 0, lastColumn: Self.lastColumn, text: "THAY ĐỔI TỔ CHỨC CÔNG ĐOÀN",
            format: styles.title)
        try sheet.setRow(0, height: 24)
        var row = 1
        try paragraph(Self.rule, row: &row, sheet: sheet)
        if let lives, !lives.isEmpty { try writeLives(lives, row: &row, sheet: sheet) }
        for restatement in restatements {
            row += 1
            try paragraph("Số liệu \(restatement.summary).", row: &row, sheet: sheet, format: styles.bold)
            try writeChanges(restatement.changes, row: &row, sheet: sheet)
            try writeOmitted(restatement.carryOver, row: &row, sheet: sheet)
            try writeReconciliation(restatement.carryOver, row: &row, sheet: sheet)
        }
        for (column, width) in Self.widths.enumerated() { try sheet.setColumns(column, column, width: width) }
        try sheet.setPaper(.a4)
        try sheet.setOrientation(.landscape)
        try sheet.setMargins(left: 15, right: 10, top: 15, bottom: 15)
        try sheet.fitToPages(width: 1, height: 0)
        try sheet.setFooter("&CThay đổi tổ chức - trang &P")
    }

    private func paragraph(
        _ text: String, row: inout Int, sheet: Worksheet, format: CellFormat? = nil
    ) throws(XLSXError) {
        try sheet.merge(
            firstRow: row, firstColumn: 0, lastRow: row, lastColumn: Self.lastColumn, text: text,
            format: format ?? styles.wrapText)
        try sheet.setRow(row, height: RowHeight.points(for: [(text, Self.widths.reduce(0, +), 12)]))
        row += 1
    }

    func headerRow(_ headings: [String], row: inout Int, sheet: Worksheet) throws(XLSXError) {
        for (column, text) in headings.enumerated() {
            try sheet.write(text, row: row, column: column, format: styles.header)
        }
        try sheet.setRow(row, height: 32)
        row += 1
    }

    private func writeChanges(_ changes: TreeChanges, row: inout Int, sheet: Worksheet) throws(XLSXError) {
        row += 1
        try sheet.write(
            "I. Các thay đổi từ ngày \(changes.earlier) đến ngày \(changes.later)", row: row, column: 0,
            format: styles.bold)
        row += 1
        guard !changes.isEmpty else {
            try sheet.write("Không có thay đổi nào.", row: row, column: 0, format: styles.italic)
            row += 1
            return
        }
        try headerRow(["TT", "Mã đơn vị", "Tên đơn vị", "Cấp", "Chi tiết", "Ngày"], row: &row, sheet: sheet)
        for kind in TreeChanges.Kind.allCases where changes.count(of: kind) > 0 {
            try sheet.merge(
                firstRow: row, firstColumn: 0, lastRow: row, lastColumn: 5,
                text: "\(kind.vietnamese) (\(changes.count(of: kind)) đơn vị)", format: styles.sectionText)
            row += 1
            for (number, change) in changes.changes.filter({ $0.kind == kind }).enumerated() {
                try sheet.write(Int64(number + 1), row: row, column: 0, format: styles.lineNumber)
                try sheet.write(change.code, row: row, column: 1, format: styles.codeText)
                try sheet.write(change.name, row: row, column: 2, format: styles.wrapText)
                try sheet.write(change.level.vietnamese, row: row, column: 3, format: styles.lineText)
                try sheet.write(change.detail, row: row, column: 4, format: styles.wrapText)
                try sheet.write(
                    change.day.map { (change.kind.isEnding ? "đến " : "từ ") + $0.description } ?? "", row: row,
                    column: 5, format: styles.lineCentered)
                try sheet.setRow(
                    row,
                    height: RowHeight.points(for: [
                        (change.name, Self.widths[2], 12), (change.detail, Self.widths[4], 12),
                    ]))
                row += 1
            }
        }
    }

    /// Short headings for the main indicators: Đoàn viên, CĐCS, CNVCLĐ.
    private func indicatorHeadings(_ carryOver: CarryOver) -> [String] {
        let short = ["members_total": "Đoàn viên", "cdcs_total": "CĐCS", "workers_total": "CNVCLĐ"]
        return carryOver.indicators.map { short[catalogue[$0].code] ?? catalogue[$0].nameVi }
    }

    private func writeOmitted(_ carryOver: CarryOver, row: inout Int, sheet: Worksheet) throws(XLSXError) {
        row += 1
        try sheet.write(
            "II. Số liệu kỳ \(carryOver.period) không chuyển sang cây ngày \(carryOver.treeDay)", row: row, column: 0,
            format: styles.bold)
        row += 1
        guard !carryOver.omitted.isEmpty else {
            try sheet.write("Mọi số liệu đều được chuyển sang.", row: row, column: 0, format: styles.italic)
            row += 1
            return
        }
        try headerRow(
            ["TT", "Mã đơn vị", "Tên đơn vị", "Cấp", "Lý do"] + indicatorHeadings(carryOver), row: &row, sheet: sheet)
        for (number, omitted) in carryOver.omitted.enumerated() {
            try sheet.write(Int64(number + 1), row: row, column: 0, format: styles.lineNumber)
            try sheet.write(omitted.code, row: row, column: 1, format: styles.codeText)
            try sheet.write(omitted.name, row: row, column: 2, format: styles.wrapText)
            try sheet.write(omitted.level.vietnamese, row: row, column: 3, format: styles.lineText)
            try sheet.write(omitted.reason.vietnamese, row: row, column: 4, format: styles.wrapText)
            for (offset, value) in omitted.values.enumerated() {
                try sheet.writeValue(value, hundredths: false, row: row, column: 5 + offset, format: styles.whole)
            }
            try sheet.setRow(
                row,
                height: RowHeight.points(for: [
                    (omitted.name, Self.widths[2], 12), (omitted.reason.vietnamese, Self.widths[4], 12),
                ]))
            row += 1
        }
    }

    private func writeReconciliation(_ carryOver: CarryOver, row: inout Int, sheet: Worksheet) throws(XLSXError) {
        row += 1
        try sheet.write(
            "III. Đối chiếu số liệu của LĐLĐ tỉnh kỳ \(carryOver.period): như đã báo cáo và tính lại",
            row: row, column: 0, format: styles.bold)
        row += 1
        try sheet.merge(
            firstRow: row, firstColumn: 0, lastRow: row, lastColumn: 4, text: "Diễn giải", format: styles.header)
        for (offset, heading) in indicatorHeadings(carryOver).enumerated() {
            try sheet.write(heading, row: row, column: 5 + offset, format: styles.header)
        }
        try sheet.setRow(row, height: 32)
        row += 1
        for line in carryOver.lines {
            let label = carryOver.label(of: line)
            try sheet.merge(
                firstRow: row, firstColumn: 0, lastRow: row, lastColumn: 4, text: label,
                format: line.isTotal ? styles.sectionText : styles.lineText)
            for (offset, value) in line.values.enumerated() {
                try sheet.writeValue(value, hundredths: false, row: row, column: 5 + offset, format: styles.whole)
            }
            try sheet.setRow(row, height: RowHeight.points(for: [(label, Self.widths[0...4].reduce(0, +), 12)]))
            row += 1
        }
    }
}
