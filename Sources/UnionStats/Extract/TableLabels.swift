import Foundation

/// Reads the cells of tables for `NarrativeExtractor`: the indicator a row's label names, the time its column's
/// header gives, and the numbers of the cell.
///
/// A label names an indicator when, numbering ("1.", "II.", "a)") and a first "Số" set aside, its words are
/// those of the indicator's catalogue name, with or without the name's bracketed part ("Số đoàn viên kết nạp
/// mới", "Tổng số công nhân viên chức lao động"): the names are the row labels of the report forms. Phrases of
/// the table are still matched on the label and the cell ("Quỹ xã hội công đoàn: 51,5 triệu đồng").
struct TableLabels: Sendable {
    /// Label words → indicator code (names shared by two indicators are left out).
    private let names: [String: String]
    /// Indicators counted in đồng.
    private let money: Set<String>
    /// Indicators that are not counts nor money (percentages, averages).
    private let others: Set<String>

    init(catalogue: Catalogue) {
        var names: [String: String] = [:]
        var shared: Set<String> = []
        for indicator in catalogue.indicators {
            let withoutBrackets = indicator.nameVi.replacingOccurrences(
                of: #"\([^)]*\)"#, with: " ", options: .regularExpression)
            for key in Set([Self.key(indicator.nameVi), Self.key(withoutBrackets)]) where !key.isEmpty {
                if let other = names[key], other != indicator.code { shared.insert(key) }
                names[key] = indicator.code
            }
        }
        for key in shared { names[key] = nil }
        self.names = names
        money = Set(catalogue.indicators.filter { $0.measure == "đồng" }.map(\.code))
        others = Set(
            catalogue.indicators.filter {
                if case .ratio = $0.kind { return true }
                return $0.measure == "%" || !$0.kind.isAdditive && $0.measure != "đồng"
            }.map(\.code))
    }

    /// The comparable words of a label or name: numbering and a first "số" left out.
    static func key(_ text: String) -> String {
        var tokens = ProseTokenizer.tokens(text)[...]
        while let first = tokens.first {
            let next = tokens.dropFirst().first
            let marksNumber = next.map { $0.kind == .punctuation && ".)".contains($0.text) } ?? false
            if first.kind == .numeral || first.kind == .punctuation
                || (first.kind == .word && marksNumber
                    && (first.text.count == 1 || first.normalized.allSatisfy { "ivxlc".contains($0) }))
            {
                tokens = tokens.dropFirst()
            } else {
                break
            }
        }
        var words = tokens.filter { $0.kind != .punctuation }.map(\.normalized)
        if words.first == "số" { words.removeFirst() }
        return words.joined(separator: " ")
    }

    /// The indicator `label` names, if any.
    func indicator(named label: String) -> String? { names[Self.key(label)] }

    /// The time of a cell (nil when its column gives none: a comparison, an unclear header, no header), its
    /// reading (the label's own numbers masked, so only the cell's count) and the indicator its label names.
    func read(_ place: TablePlace, period: Period) -> (SentenceTime?, SentenceReading, String?) {
        let full = QuantityReader.read(tokens: ProseTokenizer.tokens(place.reading))
        let inLabel = QuantityReader.read(tokens: ProseTokenizer.tokens(place.label + ":")).quantities.count
        let items = full.items.map { item -> SentenceItem in
            guard case .quantity(let index) = item else { return item }
            return index < inLabel ? .masked : .quantity(index - inLabel)
        }
        let reading = SentenceReading(
            tokens: full.tokens, items: items, quantities: Array(full.quantities.dropFirst(inLabel)))
        return (Self.time(place.cell, period: period), reading, indicator(named: place.label))
    }

    /// The time a column's header gives its cells: a period it names (the report's when it names none) for
    /// results, the period after "Kế hoạch"/"Chỉ tiêu" for targets (the report's year when it names none, the
    /// report's half-year for "Kế hoạch 6 tháng" in a half-year report). "Thực hiện 6 tháng" in a year's report
    /// is its first half, a part of the period.
    static func time(_ cell: NarrativeTableCell, period: Period) -> SentenceTime? {
        let tokens = ProseTokenizer.tokens(cell.column)
        let words = " " + NarrativeTableReader.words(cell.column).joined(separator: " ") + " "
        let halfYear = words.contains(" 6 tháng ") || words.contains(" sáu tháng ")
        let named = PeriodMentions(tokens, period: period).found.first { !$0.isComparison && $0.period != nil }
        switch cell.meaning {
        case .achievement:
            // "Thực hiện 6 tháng" in a year's report is its first half.
            if named == nil, halfYear, period.length == .year,
                let first = Period(year: period.year, length: .half, index: 1)
            {
                return .part(first)
            }
            return SentenceTime.of(tokens, period: period)
        case .target:
            if let target = named?.period {
                return SentenceTime.isBefore(target, period) ? .past(target) : .future(target)
            }
            if period.length == .half, halfYear { return .future(period) }
            return .future(nil)
        case .comparison, .unclear, .noHeader:
            return nil
        }
    }

    /// Why a cell whose column gives no time is not taken.
    static func reason(_ cell: NarrativeTableCell) -> UntakenReason {
        switch cell.meaning {
        case .comparison: .comparisonColumn(cell.column)
        case .noHeader: .tableWithoutHeader
        default: .unclearColumn(cell.column)
        }
    }

    /// The match of the indicator a label names to the number of the cell it fits (money for money indicators,
    /// counts for the others), more specific than any phrase; none when the cell holds several such numbers
    /// ("215 (nữ 120)": which is the row's figure is not guessed).
    func matches(_ indicator: String?, in reading: SentenceReading) -> [PhraseMatch] {
        guard let indicator, !others.contains(indicator) else { return [] }
        let kind: Quantity.Kind = money.contains(indicator) ? .money : .count
        let fitting = reading.quantities.indices.filter { reading.quantities[$0].kind == kind }
        guard fitting.count == 1, let index = fitting.first else { return [] }
        return [PhraseMatch(indicator: indicator, quantity: index, specificity: 1_000, span: 0, statedValue: nil)]
    }
}
