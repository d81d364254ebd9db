import XLSX

/// Reads the rows of one worksheet as they stream by: finds the header, then collects figures.
struct SheetReader {
    /// Thrown to stop reading a sheet that has no header near the top.
    struct Stop: Error {}

    /// A figure waiting for the whole sheet to be read.
    struct Pending {
        let unit: String, period: String, indicator: String
        let value: RawValue
        let source: ObservationStore.SourceRef
    }

    private enum Layout {
        case searching
        case form(code: Int, value: Int, unit: String, period: String)
        case wide(unit: Int, period: Int, indicators: [(column: Int, code: String)])
        /// A header was found but the sheet cannot be used (a finding says why).
        case unusable
    }

    let file: String
    let sheet: String
    let source: UInt32
    let catalogue: Catalogue
    private var layout = Layout.searching
    private var labels: [String: String] = [:]
    /// Figures found, recorded once the sheet has been read to the end.
    private(set) var pending: [Pending] = []
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
        case .form(let code, let value, let unit, let period):
            readFormRow(row, codeColumn: code, valueColumn: value, unit: unit, period: period)
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
            let unit = labels["mã đơn vị"] ?? ""
            let period = labels["kỳ báo cáo"] ?? labels["kỳ"] ?? ""
            if unit.isEmpty || period.isEmpty {
                let missing = unit.isEmpty ? "Mã đơn vị:" : "Kỳ báo cáo:"
                findings.append(Finding(.formLabelMissing(label: missing), at: location(row.index, code)))
                layout = .unusable
                return
            }
            layout = .form(code: code, value: value, unit: unit, period: period)
            return
        }
        // A wide header names the unit and period columns and at least one indicator code; a row of
        // labels ("Mã đơn vị: | A | Kỳ báo cáo: | 2021-H1") is not one.
        if let unit = column(ReportColumn.unit.names), let period = column(ReportColumn.period.names),
           row.cells.contains(where: { catalogue.position(of: Self.text($0.value)) != nil }) {
            var indicators: [(Int, String)] = []
            for cell in row.cells where cell.column != unit && cell.column != period {
                let code = Self.text(cell.value)
                guard !code.isEmpty else { continue }
                guard let position = catalogue.position(of: code) else {
                    let suggestion = Suggestion.nearest(to: code, among: catalogue.indicators.map(\.code))
                    findings.append(Finding(.unknownIndicatorColumn(code: code, suggestion: suggestion), at: location(row.index, cell.column), indicator: code))
                    continue
                }
                guard catalogue[position].isReportable else {
                    findings.append(Finding(.ratioColumnIgnored(code: code), at: location(row.index, cell.column), indicator: code))
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
            if let value = row.cells[(offset + 1)...].first(where: { !Self.text($0.value).isEmpty }) {
                labels[name] = Self.text(value.value)
            }
        }
    }

    private mutating func readFormRow(_ row: XLSXRow, codeColumn: Int, valueColumn: Int, unit: String, period: String) {
        let code = Self.text(row.value(column: codeColumn))
        let value = row.value(column: valueColumn)
        guard !value.isEmpty else { return }
        guard !code.isEmpty else {
            // Text below the table (the date line, signatures) is not a figure; a number without a code is.
            guard Self.looksLikeFigure(value) else { return }
            rows += 1
            findings.append(Finding(.figureWithoutCode, at: location(row.index, valueColumn), unit: unit))
            return
        }
        rows += 1
        pending.append(Pending(unit: unit, period: period, indicator: code, value: Self.raw(value), source: reference(row.index, valueColumn)))
    }

    /// Whether a cell holds a number, or text that reads as one.
    static func looksLikeFigure(_ value: XLSXValue) -> Bool {
        switch value {
        case .number: true
        case .text(let text): (try? VietnameseNumber.parse(text).get()) != nil
        case .bool, .error, .empty: false
        }
    }

    private mutating func readWideRow(_ row: XLSXRow, unitColumn: Int, periodColumn: Int, indicators: [(column: Int, code: String)]) {
        let unit = Self.text(row.value(column: unitColumn))
        let period = Self.text(row.value(column: periodColumn))
        let filled = indicators.filter { !row.value(column: $0.column).isEmpty }
        guard !filled.isEmpty || !unit.isEmpty else { return }
        rows += 1
        for (column, code) in filled {
            pending.append(Pending(unit: unit, period: period, indicator: code, value: Self.raw(row.value(column: column)), source: reference(row.index, column)))
        }
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
