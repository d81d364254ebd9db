import XLSX

/// `Biểu đồ`: the main indicators per upper unit, this period beside the same period last year.
struct ChartsSheet {
    let report: Report
    let styles: ReportStyles

    /// The indicators charted, when the catalogue has them.
    static let charted = ["members_total", "members_new", "welfare_spending_vnd", "party_admissions"]

    /// A unit name shortened for chart labels: "Liên đoàn Lao động huyện Bình Lục" → "LĐLĐ huyện Bình Lục".
    static func shortName(_ name: String) -> String {
        for (long, short) in [("Liên đoàn Lao động ", "LĐLĐ "), ("Công đoàn ", "CĐ ")] where name.hasPrefix(long) {
            return short + name.dropFirst(long.count)
        }
        return name
    }

    func write(into sheet: Worksheet, workbook: Workbook) throws(XLSXError) {
        let tree = report.input.tree
        let catalogue = report.input.catalogue
        let indicators = Self.charted.compactMap { catalogue.position(of: $0) }
        let upper = tree.children[tree.root]
        let previousLabel = report.period.sameLastYear?.label ?? ""
        try sheet.write(
            "BIỂU ĐỒ: \(report.period.titleLabel) SO VỚI CÙNG KỲ NĂM TRƯỚC", row: 0, column: 0, format: styles.bold)
        try sheet.write(
            "Số liệu của các đơn vị trực thuộc LĐLĐ tỉnh (bảng dưới là dữ liệu của các biểu đồ).", row: 1, column: 0,
            format: styles.italic)
        let headerRow = 3
        try sheet.write("Mã đơn vị", row: headerRow, column: 0, format: styles.header)
        try sheet.write("Đơn vị", row: headerRow, column: 1, format: styles.header)
        try sheet.setColumns(0, 0, width: 11)
        try sheet.setColumns(1, 1, width: 34)
        for (offset, position) in indicators.enumerated() {
            let indicator = catalogue[position]
            let column = 2 + offset * 2
            try sheet.write(
                "\(indicator.nameVi): \(previousLabel)", row: headerRow, column: column, format: styles.header)
            try sheet.write(
                "\(indicator.nameVi): \(report.period.label)", row: headerRow, column: column + 1, format: styles.header
            )
            try sheet.setColumns(column, column + 1, width: 16)
        }
        try sheet.setRow(headerRow, height: 80)
        for (offset, unit) in upper.enumerated() {
            let row = headerRow + 1 + offset
            try sheet.write(tree.units[unit].code, row: row, column: 0, format: styles.codeText)
            try sheet.write(Self.shortName(tree.units[unit].name), row: row, column: 1, format: styles.unitName)
            for (index, position) in indicators.enumerated() {
                let hundredths = catalogue[position].hasTwoDecimals
                let format = hundredths ? styles.hundredths : styles.whole
                for (values, column) in [(report.previous, 2 + index * 2), (report.current, 3 + index * 2)] {
                    try sheet.writeValue(
                        values?.value(unit: unit, indicator: position), hundredths: hundredths, row: row,
                        column: column, format: format)
                }
            }
        }
        guard !upper.isEmpty else { return }
        let lastRow = headerRow + upper.count
        let chartTop = lastRow + 2
        for (index, position) in indicators.enumerated() {
            let indicator = catalogue[position]
            let column = 2 + index * 2
            try ChartBuilder.columnChart(
                in: workbook, on: sheet, sheetName: sheet.name, title: "\(indicator.nameVi) (\(indicator.measure))",
                categories: (headerRow + 1, lastRow, 1),
                series: [(previousLabel, column), (report.period.label, column + 1)],
                valueFormat: indicator.hasTwoDecimals ? "#,##0.00" : "#,##0",
                at: (chartTop + (index / 2) * 20, (index % 2) * 6))
        }
        try sheet.setPaper(.a4)
        try sheet.setOrientation(.landscape)
        try sheet.fitToPages(width: 1, height: 0)
    }
}
