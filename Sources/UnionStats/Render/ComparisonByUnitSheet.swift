import XLSX

/// `Theo đơn vị` of a comparison: one row per unit × indicator, in tree order, with filters.
///
/// A row whose A and B values account for different CĐCS (`PeriodComparison.differInReach`, the rule
/// `So sánh` marks its lines by) has its change and percent orange italic and a note giving both
/// reaches and "So sánh số liệu khác phạm vi", as `So sánh` writes it.
struct ComparisonByUnitSheet {
    let document: CompareDocument
    let styles: ReportStyles

    /// Rows beyond Excel's grid are left to the CSV, which has them all.
    static let rowLimit = 1_048_000

    /// The column of the note on reach.
    static let noteColumn = 11

    func write(into sheet: Worksheet) throws(XLSXError) {
        let input = document.input
        let comparison = document.comparison
        let headers = [
            "Mã đơn vị", "Tên đơn vị", "Cấp", "Mã chỉ tiêu", "Chỉ tiêu", "Đơn vị tính",
            comparison.periodA.label, comparison.periodB.label, "Tăng, giảm", "Tăng, giảm (%)", "Chiều tốt", "Ghi chú",
        ]
        let widths: [Double] = [12, 44, 14, 22, 50, 10, 16, 16, 14, 10, 12, 60]
        try sheet.write(
            "SO SÁNH THEO ĐƠN VỊ: \(comparison.periodB.titleLabel) VỚI \(comparison.periodA.titleLabel)", row: 0,
            column: 0, format: styles.bold)
        try sheet.write(
            "Xanh: thay đổi theo hướng tốt; đỏ: theo hướng xấu (theo cột \"Chiều tốt\": tăng là tốt, hay giảm là tốt).",
            row: 1, column: 0, format: styles.italic)
        try sheet.write(
            "Nền cam, chữ nghiêng: số liệu hai kỳ không cùng số CĐCS (so sánh số liệu khác phạm vi, xem cột Ghi chú).",
            row: 2, column: 0, format: styles.italic)
        let headerRow = 3
        for (column, text) in headers.enumerated() {
            try sheet.write(text, row: headerRow, column: column, format: styles.header)
            try sheet.setColumns(column, column, width: widths[column])
        }
        try sheet.setRow(headerRow, height: 36)
        var row = headerRow + 1
        writing: for (unit, info) in input.tree.units.enumerated() {
            for (position, indicator) in input.catalogue.indicators.enumerated() {
                guard row - headerRow <= Self.rowLimit else {
                    try sheet.write(
                        "… còn tiếp: xem tệp CSV đi kèm, có đủ mọi dòng.", row: row, column: 0, format: styles.italic)
                    break writing
                }
                try writeRow(sheet, row: row, unit: info, unitIndex: unit, position: position, indicator: indicator)
                row += 1
            }
        }
        let lastRow = row - 1
        try sheet.freezePanes(row: headerRow + 1, column: 2)
        try sheet.autofilter(
            firstRow: headerRow, firstColumn: 0, lastRow: max(lastRow, headerRow), lastColumn: headers.count - 1)
        try NewsColours.apply(
            to: sheet, styles: styles, firstRow: headerRow + 1, lastRow: lastRow, columns: 8...9, changeColumn: 8,
            directionColumn: 10)
        try sheet.setPaper(.a4)
        try sheet.setOrientation(.landscape)
        try sheet.fitToPages(width: 1, height: 0)
        try sheet.repeatRows(first: headerRow, last: headerRow)
    }

    private func writeRow(
        _ sheet: Worksheet, row: Int, unit: UnitTree.Unit, unitIndex: Int, position: Int, indicator: Indicator
    ) throws(XLSXError) {
        let comparison = document.comparison
        let catalogue = document.input.catalogue
        let values = comparison.row(unit: unitIndex, indicator: position)
        let differentReach = comparison.differInReach(unit: unitIndex, indicator: position, catalogue: catalogue)
        let decimals = indicator.hasTwoDecimals
        let number = styles.number(for: indicator)
        try sheet.write(unit.code, row: row, column: 0, format: styles.codeText)
        try sheet.write(
            unit.name, row: row, column: 1, format: unit.level == .grassroots ? styles.unitName : styles.unitNameBold)
        try sheet.write(unit.level.vietnamese, row: row, column: 2, format: styles.unitName)
        try sheet.write(indicator.code, row: row, column: 3, format: styles.codeText)
        try sheet.write(indicator.nameVi, row: row, column: 4, format: styles.unitName)
        try sheet.write(indicator.measure, row: row, column: 5, format: styles.lineCentered)
        for (value, column) in [(values.a, 6), (values.b, 7)] {
            try sheet.writeValue(value, hundredths: decimals, row: row, column: column, format: number)
        }
        try sheet.writeValue(
            values.change, hundredths: decimals, row: row, column: 8,
            format: differentReach ? styles.number(for: indicator, partial: true) : number)
        try sheet.writePercent(
            values.changePercent, row: row, column: 9, format: differentReach ? styles.partialPercent : styles.percent)
        try sheet.write(NewsColours.word(for: indicator.direction), row: row, column: 10, format: styles.lineCentered)
        guard differentReach else { return }
        try sheet.write(
            reachNote(unit: unitIndex, position: position), row: row, column: Self.noteColumn, format: styles.note)
    }

    /// "2020-H1: 48/48 CĐCS; 2021-H1: 6/48 CĐCS; So sánh số liệu khác phạm vi": the note `So sánh` gives its line,
    /// on one line.
    private func reachNote(unit: Int, position: Int) -> String {
        let comparison = document.comparison
        let coverage = SummaryCoverage(catalogue: document.input.catalogue, unit: unit)
        let columns = [
            SummaryContent.ValueColumn(
                heading: comparison.periodA.label, noteName: comparison.periodA.description, values: comparison.valuesA),
            SummaryContent.ValueColumn(
                heading: comparison.periodB.label, noteName: comparison.periodB.description, values: comparison.valuesB),
        ]
        return coverage.note(
            position: position, columns: columns, current: comparison.valuesB, previous: comparison.valuesA
        ).replacingOccurrences(of: "\n", with: "; ")
    }
}
