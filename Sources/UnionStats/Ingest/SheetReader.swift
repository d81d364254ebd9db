import XLSX

/// Reads the rows of one worksheet as they stream by: finds the header, then collects figures.
struct SheetReader {
    /// Thrown to stop reading a sheet that has no header near the top.
    struct Stop: Error {}

    /// A text cell the figures depend on (a form's unit or period, a wide row's unit or period cell).
    struct Labelled {
        let text: String
        let source: ObservationStore.SourceRef
    }

    /// A figure waiting for the whole sheet to be read.
    struct Figure {
        let indicator: String
        let value: RawValue
        let source: ObservationStore.SourceRef
        /// The cell holds a formula that was never computed: not a blank, a finding.
        let isUncomputedFormula: Bool
    }

    /// The figures of one unit and period: a whole form, or one row of a wide sheet. A bad unit or
    /// period is one finding at its own cell, and none of the group's figures is used.
    struct Group {
        let unit: Labelled
        let period: Labelled
        var figures: [Figure] = []
    }

    /// A label's value: the first non-empty cell right of `Mã đơn vị:` or `Kỳ báo cáo:`.
    private struct LabelValue {
        let text: String
        let row: Int
        let column: Int
        let isUncomputedFormula: Bool
    }

    private enum Layout {
        case searching
        case form(code: Int, value: Int)
        case wide(unit: Int, period: Int, indicators: [(column: Int, code: String)])
        /// A header was found but the sheet cannot be used (a finding says why).
        case unusable
    }

    let file: String
    let sheet: String
    let source: UInt32
    let catalogue: Catalogue
    private var layout = Layout.searching
    private var labels: [String: LabelValue] = [:]
    /// Figures found, by unit and period, recorded once the sheet has been read to the end.
    private(set) var groups: [Group] = []
    /// Problems found in this sheet.
    private(set) var findings: [Finding] = []
    /// Data rows read.
    private(set) var rows = 0

    init(file: String, sheet: String, source: UInt32, catalogue: Catalogue) {
        self.file = file
        self.sheet = sheet
        self.source = source
        self.catalogue = catalogue
    }

    /// Whether a form or wide table was found.
    var foundTable: Bool {
        if case .searching = layout { return false }
        return true
    }

    mutating func take(_ row: XLSXRow) throws {
        switch layout {
        case .searching:
            guard row.index < XLSXReportIngest.headerSearchRows else { throw Stop() }
            findHeader(in: row)
        case .form(let code, let value):
            readFormRow(row, codeColumn: code, valueColumn: value)
        case .wide(let unit, let period, let indicators):
            readWideRow(row, unitColumn: unit, periodColumn: period, indicators: indicators)
        case .unusable:
            break
        }
    }

    private mutating func findHeader(in row: XLSXRow) {
        let names = row.cells.map { (column: $0.column, name: Self.label($0.value)) }
        func column(_ accepted: [String]) -> Int? { names.first { accepted.contains($0.name) }?.column }
        // The fill-in form's own header words (Mẫu's columns), not every alias of a long table.
        if let code = column(["mã chỉ tiêu"]), let value = column(["số lượng"]) {
            guard let unit = labels["mã đơn vị"], let period = labels["kỳ báo cáo"] ?? labels["kỳ"] else {
                let missing = labels["mã đơn vị"] == nil ? "Mã đơn vị:" : "Kỳ báo cáo:"
                findings.append(Finding(.formLabelMissing(label: missing), at: location(row.index, code)))
                layout = .unusable
                return
            }
            // A label computed by a formula that was never calculated: the form cannot say whose figures these are.
            if let uncomputed = [unit, period].first(where: \.isUncomputedFormula) {
                let reference = SourceLocation.Position.columnLetters(uncomputed.column) + String(uncomputed.row + 1)
                findings.append(
                    Finding(.formulaWithoutValue(cell: reference), at: location(uncomputed.row, uncomputed.column)))
                layout = .unusable
                return
            }
            groups.append(
                Group(
                    unit: Labelled(text: unit.text, source: reference(unit.row, unit.column)),
                    period: Labelled(text: period.text, source: reference(period.row, period.column))))
            layout = .form(code: code, value: value)
            return
        }
        // A wide header names the unit and period columns and at least one indicator code; a row of
        // labels ("Mã đơn vị: | A | Kỳ báo cáo: | 2021-H1") is not one.
        if let unit = column(ReportColumn.unit.names), let period = column(ReportColumn.period.names),
            row.cells.contains(where: { catalogue.position(of: Self.text($0.value)) != nil })
        {
            var indicators: [(Int, String)] = []
            for cell in row.cells where cell.column != unit && cell.column != period {
                let code = Self.text(cell.value)
                guard !code.isEmpty else { continue }
                guard let position = catalogue.position(of: code) else {
                    let suggestion = Suggestion.nearest(to: code, among: catalogue.indicators.map(\.code))
                    findings.append(
                        Finding(
                            .unknownIndicatorColumn(code: code, suggestion: suggestion),
                            at: location(row.index, cell.column), indicator: code))
                    continue
                }
                guard catalogue[position].isReportable else {
                    findings.append(
                        Finding(
                            .ratioColumnIgnored(code: catalogue[position].label), at: location(row.index, cell.column),
                            indicator: code))
                    continue
                }
                indicators.append((cell.column, code))
            }
            layout = .wide(unit: unit, period: period, indicators: indicators)
            return
        }
        // Labels such as "Mã đơn vị:" with their value in the next non-empty cell to the right.
        for (offset, cell) in row.cells.enumerated() {
            let name = Self.label(cell.value)
            guard ["mã đơn vị", "kỳ báo cáo", "kỳ"].contains(name) else { continue }
            if let value = row.cells[(offset + 1)...].first(where: {
                !Self.text($0.value).isEmpty || $0.isUncomputedFormula
            }) {
                labels[name] = LabelValue(
                    text: Self.text(value.value), row: value.row, column: value.column,
                    isUncomputedFormula: value.isUncomputedFormula)
            }
        }
    }

    private mutating func readFormRow(_ row: XLSXRow, codeColumn: Int, valueColumn: Int) {
        guard let form = groups.indices.last else { return }
        let code = Self.text(row.value(column: codeColumn))
        guard let cell = row.cell(column: valueColumn), !cell.value.isEmpty || cell.isUncomputedFormula else { return }
        guard !code.isEmpty else {
            // Text below the table (the date line, signatures) is not a figure; a number without a code is.
            guard Self.looksLikeFigure(cell.value) else { return }
            rows += 1
            findings.append(
                Finding(
                    .figureWithoutCode, at: location(row.index, valueColumn), unit: groups[form].unit.text,
                    period: Period(groups[form].period.text)))
            return
        }
        rows += 1
        groups[form].figures.append(figure(code, cell))
    }

    /// Whether a cell holds a number, or text that reads as one.
    static func looksLikeFigure(_ value: XLSXValue) -> Bool {
        switch value {
        case .number: true
        case .text(let text): (try? VietnameseNumber.parse(text).get()) != nil
        case .bool, .error, .empty: false
        }
    }

    private mutating func readWideRow(
        _ row: XLSXRow, unitColumn: Int, periodColumn: Int, indicators: [(column: Int, code: String)]
    ) {
        let unit = Self.text(row.value(column: unitColumn))
        let period = Self.text(row.value(column: periodColumn))
        let filled = indicators.compactMap { indicator -> (code: String, cell: XLSXCell)? in
            guard let cell = row.cell(column: indicator.column), !cell.value.isEmpty || cell.isUncomputedFormula else {
                return nil
            }
            return (indicator.code, cell)
        }
        guard !filled.isEmpty || !unit.isEmpty else { return }
        rows += 1
        guard !filled.isEmpty else { return }
        groups.append(
            Group(
                unit: Labelled(text: unit, source: reference(row.index, unitColumn)),
                period: Labelled(text: period, source: reference(row.index, periodColumn)),
                figures: filled.map { figure($0.code, $0.cell) }))
    }

    private func figure(_ indicator: String, _ cell: XLSXCell) -> Figure {
        Figure(
            indicator: indicator, value: Self.raw(cell.value), source: reference(cell.row, cell.column),
            isUncomputedFormula: cell.isUncomputedFormula)
    }

    private func reference(_ row: Int, _ column: Int) -> ObservationStore.SourceRef {
        ObservationStore.SourceRef(file: source, line: UInt32(clamping: row + 1), column: UInt16(clamping: column))
    }

    private func location(_ row: Int, _ column: Int) -> SourceLocation {
        SourceLocation(file: file, position: .cell(sheet: sheet, row: row + 1, column: column))
    }

    /// A cell as text: trimmed NFC text, or a number's literal; "" otherwise.
    static func text(_ value: XLSXValue) -> String {
        switch value {
        case .text(let text): text.cleanedField
        case .number(let literal): literal
        case .bool, .error, .empty: ""
        }
    }

    /// A cell as a label or column name: lower-cased text without a trailing colon.
    static func label(_ value: XLSXValue) -> String {
        text(value).headerName
    }

    /// A figure cell for the recorder: numbers exactly, text the Vietnamese way, anything else as text (a finding).
    static func raw(_ value: XLSXValue) -> RawValue {
        switch value {
        case .number(let literal): .number(literal)
        case .text(let text): .text(text)
        case .bool(let flag): .text(flag ? "TRUE" : "FALSE")
        case .error(let code): .text(code)
        case .empty: .text("")
        }
    }
}
