import XLSX

/// `Theo đơn vị`: one row per unit in tree order, one column per indicator.
///
/// A rolled-up value is a SUM formula over the children's cells (with its cached value); a unit's
/// own figure is a plain number on a blue background; a sum that does not cover every grassroots
/// unit is on an orange background with a comment saying how many report. A contributor that adds to
/// a unit without standing under it (a CĐCS that merged into it or was dissolved under it during the
/// period, the unit's own figures beside its new CĐCS) is a row of its own under the unit, marked
/// with its fate, so that every SUM adds up what the sheet shows.
struct ByUnitSheet {
    let report: Report
    let styles: ReportStyles
    /// The sheet's row of each unit and of each of its contributions (zero-based).
    let layout: Layout

    /// Where each unit's row and its contributions' rows are: each unit, then its contributions, in tree order.
    struct Layout {
        /// The row of each unit.
        let row: [Int]
        /// The first row of each unit's contributions (they follow the unit's row).
        let contributionRows: [Int]
        /// The last data row.
        let lastRow: Int

        init(tree: UnitTree, contributions: [[Contribution]]) {
            var row: [Int] = []
            var contributionRows: [Int] = []
            var next = ByUnitSheet.firstDataRow
            for unit in tree.units.indices {
                row.append(next)
                contributionRows.append(next + 1)
                next += 1 + (contributions.indices.contains(unit) ? contributions[unit].count : 0)
            }
            self.row = row
            self.contributionRows = contributionRows
            lastRow = next - 1
        }
    }

    init(report: Report, styles: ReportStyles) {
        self.report = report
        self.styles = styles
        layout = Layout(tree: report.input.tree, contributions: report.contributions)
    }

    /// The contributions of a unit (none where the report has none).
    private func contributions(of unit: Int) -> [Contribution] {
        report.contributions.indices.contains(unit) ? report.contributions[unit] : []
    }

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
        try sheet.autofilter(firstRow: headerRow, firstColumn: 0, lastRow: layout.lastRow, lastColumn: lastColumn)
        var comments = 0
        for (unit, info) in tree.units.enumerated() {
            let row = layout.row[unit]
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
            for (offset, contribution) in contributions(of: unit).enumerated() {
                try writeContribution(
                    contribution, row: layout.contributionRows[unit] + offset, depth: info.depth + 1, sheet: sheet)
            }
        }
        try setUpPrinting(sheet, headerRow: headerRow)
    }

    private func writeCell(
        _ sheet: Worksheet, unit: Int, position: Int, indicator: Indicator, comments: inout Int
    ) throws(XLSXError) {
        let values = report.current
        let row = layout.row[unit]
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
        let contributionRows = contributions(of: unit).indices.map { layout.contributionRows[unit] + $0 }
        for row in (contributionRows + tree.children[unit].map { layout.row[$0] }).map({ $0 + 1 }) {
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
        let last = layout.lastRow + 1
        let codeCell = "$A\(layout.row[unit] + 1)"
        return "=SUMIF($D$\(first):$D$\(last),\(codeCell),\(letter)$\(first):\(letter)$\(last))"
    }

    private static func range(_ letter: String, _ run: (first: Int, last: Int)) -> String {
        run.first == run.last ? "\(letter)\(run.first)" : "\(letter)\(run.first):\(letter)\(run.last)"
    }
}

extension ByUnitSheet {
    /// The words of a contribution's fate, after its name.
    static func fateWords(_ fate: Contribution.Fate) -> String {
        switch fate {
        case .itself: "số liệu của chính đơn vị"
        case .merged(let successor, let day): "sáp nhập vào \(successor), hoạt động đến \(day)"
        case .dissolved(let day): "giải thể, hoạt động đến \(day)"
        case .moved: "chuyển đến từ đơn vị khác"
        }
    }

    /// One contribution's row: its code, its name and fate, the unit it adds to as its upper unit, its figures.
    func writeContribution(_ contribution: Contribution, row: Int, depth: Int, sheet: Worksheet) throws(XLSXError) {
        let catalogue = report.input.catalogue
        let unitCode = report.input.tree.units[contribution.unit].code
        try sheet.write(contribution.code, row: row, column: 0, format: styles.codeText)
        try sheet.write(
            String(repeating: "    ", count: min(depth, 6))
                + "\(contribution.name) (\(Self.fateWords(contribution.fate)))",
            row: row, column: 1, format: styles.unitName)
        try sheet.write("Số liệu cộng vào \(unitCode)", row: row, column: 2, format: styles.unitName)
        try sheet.write(unitCode, row: row, column: 3, format: styles.codeText)
        try sheet.writeBlank(row: row, column: 4, format: styles.whole)
        for (position, indicator) in catalogue.indicators.enumerated() {
            try sheet.writeValue(
                contribution.values[position], hundredths: indicator.hasTwoDecimals, row: row,
                column: Self.leadingColumns + position, format: styles.number(for: indicator, own: true))
        }
    }
}
