import XLSX

/// `Theo đơn vị`: one row per unit in tree order, one column per indicator.
///
/// A rolled-up value is a SUM formula over the children's cells (with its cached value); a unit's
/// own figure is a plain number on a blue background; a sum that does not cover every grassroots
/// unit is on an orange background with a comment saying how many report.
struct ByUnitSheet {
    let report: Report
    let styles: ReportStyles

    /// Columns before the indicators: code, name, level, parent, grassroots units.
    static let leadingColumns = 5
    /// The first data row (zero-based).
    static let firstDataRow = 5
    /// At most this many coverage comments, so a huge province stays quick to open.
    static let commentLimit = 2_000

    func write(into sheet: Worksheet) throws(XLSXError) {
        let tree = report.input.tree
        let catalogue = report.input.catalogue
        let lastColumn = Self.leadingColumns + catalogue.count - 1
        // The title and legends stay within the code and name columns, which every printed page repeats.
        try sheet.merge(
            firstRow: 0, firstColumn: 0, lastRow: 0, lastColumn: 1,
            text: "SỐ LIỆU THEO ĐƠN VỊ - \(report.period.titleLabel)", format: styles.bold)
        let legends = [
            ("Nền xanh: số liệu do chính đơn vị báo cáo (có thể khác tổng các đơn vị trực thuộc).", styles.legendOwn),
            (
                "Nền cam, chữ nghiêng: tổng các đơn vị trực thuộc khi chưa đủ CĐCS có số liệu (xem ghi chú của ô).",
                styles.legendPartial
            ),
            ("Không tô màu: công thức SUM, tổng các đơn vị trực thuộc; để trống: chưa có số liệu.", styles.legendPlain),
        ]
        for (offset, legend) in legends.enumerated() {
            try sheet.merge(
                firstRow: 1 + offset, firstColumn: 0, lastRow: 1 + offset, lastColumn: 1, text: legend.0,
                format: legend.1)
            try sheet.setRow(
                1 + offset, height: RowHeight.points(for: [(legend.0, Self.codeWidth + Self.nameWidth, 11)]))
        }
        let headerRow = Self.firstDataRow - 1
        let leading = ["Mã đơn vị", "Tên đơn vị", "Cấp", "Mã cấp trên", "Số CĐCS"]
        for (column, text) in leading.enumerated() {
            try sheet.write(text, row: headerRow, column: column, format: styles.smallHeader)
        }
        var headings: [(text: String, width: Double, fontSize: Double)] = []
        for (position, indicator) in catalogue.indicators.enumerated() {
            let column = Self.leadingColumns + position
            let heading = "\(indicator.nameVi) (\(indicator.measure))"
            try sheet.write(heading, row: headerRow, column: column, format: styles.smallHeader)
            try sheet.writeComment("Mã chỉ tiêu: \(indicator.code)", row: headerRow, column: column)
            try sheet.setColumns(column, column, width: Self.width(of: indicator))
            // Bold letters are wider than RowHeight's estimate: measure against a slightly narrower column.
            headings.append((heading, Self.width(of: indicator) * 0.85, 10))
        }
        try sheet.setRow(headerRow, height: RowHeight.points(for: headings))
        for (column, width) in Self.leadingWidths.enumerated() { try sheet.setColumns(column, column, width: width) }
        try sheet.freezePanes(row: Self.firstDataRow, column: 2)
        let lastRow = Self.firstDataRow + tree.count - 1
        try sheet.autofilter(firstRow: headerRow, firstColumn: 0, lastRow: lastRow, lastColumn: lastColumn)
        var comments = 0
        for (unit, info) in tree.units.enumerated() {
            let row = Self.firstDataRow + unit
            try sheet.write(info.code, row: row, column: 0, format: styles.codeText)
            try sheet.write(
                String(repeating: "    ", count: min(info.depth, 6)) + info.name, row: row, column: 1,
                format: info.level == .grassroots ? styles.unitName : styles.unitNameBold)
            try sheet.write(info.level.vietnamese, row: row, column: 2, format: styles.unitName)
            try sheet.write(info.parent.map { tree.units[$0].code } ?? "", row: row, column: 3, format: styles.codeText)
            try sheet.write(Int64(report.current.expected(unit: unit)), row: row, column: 4, format: styles.whole)
            for (position, indicator) in catalogue.indicators.enumerated() {
                try writeCell(sheet, unit: unit, position: position, indicator: indicator, comments: &comments)
            }
        }
        try setUpPrinting(sheet, headerRow: headerRow)
    }

    private func writeCell(
        _ sheet: Worksheet, unit: Int, position: Int, indicator: Indicator, comments: inout Int
    ) throws(XLSXError) {
        let values = report.current
        let row = Self.firstDataRow + unit
        let column = Self.leadingColumns + position
        let hundredths = indicator.hasTwoDecimals
        guard let value = values.value(unit: unit, indicator: position) else {
            try sheet.writeBlank(row: row, column: column, format: styles.text)
            return
        }
        switch values.status(unit: unit, indicator: position) {
        case .reported, .derived:
            try sheet.writeValue(
                value, hundredths: hundredths, row: row, column: column,
                format: styles.number(for: indicator, own: true))
        case .rolledUp:
            let expected = values.expected(unit: unit)
            let reporting = values.reporting(unit: unit, indicator: position)
            let partial = reporting < expected
            let formula = sumFormula(unit: unit, column: column)
            try sheet.writeFormula(
                formula, cachedNumber: PlainNumber.cellValue(value, hundredths: false), row: row, column: column,
                format: partial ? styles.partialWhole : styles.whole)
            if partial, comments < Self.commentLimit {
                comments += 1
                try sheet.writeComment("Tổng của \(reporting)/\(expected) CĐCS có số liệu.", row: row, column: column)
            }
        case .computed, .missing:
            try sheet.writeValue(
                value, hundredths: hundredths, row: row, column: column, format: styles.number(for: indicator))
        }
    }

    /// `=SUM(F7:F11,F20)`: the children's rows, consecutive rows joined into ranges.
    ///
    /// Falls back to SUMIF over the parent-code column when the list would exceed Excel's formula length.
    func sumFormula(unit: Int, column: Int) -> String {
        let tree = report.input.tree
        let letter = CellReference.column(column)
        var parts: [String] = []
        var run: (first: Int, last: Int)?
        for child in tree.children[unit] {
            let row = Self.firstDataRow + child + 1
            if let current = run, current.last + 1 == row {
                run = (current.first, row)
            } else {
                if let current = run { parts.append(Self.range(letter, current)) }
                run = (row, row)
            }
        }
        if let current = run { parts.append(Self.range(letter, current)) }
        let formula = "=SUM(\(parts.joined(separator: ",")))"
        guard formula.utf8.count > 8_000 else { return formula }
        let first = Self.firstDataRow + 1
        let last = Self.firstDataRow + tree.count
        let codeCell = "$A\(Self.firstDataRow + unit + 1)"
        return "=SUMIF($D$\(first):$D$\(last),\(codeCell),\(letter)$\(first):\(letter)$\(last))"
    }

    private static func range(_ letter: String, _ run: (first: Int, last: Int)) -> String {
        run.first == run.last ? "\(letter)\(run.first)" : "\(letter)\(run.first):\(letter)\(run.last)"
    }
}
