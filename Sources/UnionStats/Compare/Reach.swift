/// How far one value reaches: the grassroots units (CĐCS) it accounts for (docs/design.md, "Coverage"), and
/// whether two values of one unit and indicator compare like with like.
///
/// The one rule of "different reach": the report's `Tổng hợp`, the comparison's `So sánh` and its `Theo đơn vị`
/// mark a change between figures of different reach by it.
public enum Reach: Equatable, Sendable {
    /// No value.
    case missing
    /// The value accounts for `reporting` of the `expected` CĐCS that existed during its period (a flow or
    /// stock; a ratio whose parts cover the same ones).
    case covers(Int, of: Int)
    /// A ratio whose numerator and denominator account for different numbers of the `expected` CĐCS.
    case parts(numerator: Int, denominator: Int, of: Int)
    /// A value whose reach is not counted (a weighted mean).
    case unknown
    /// A ratio left out although its parts count the same number of CĐCS: one of them is a
    /// consolidated report that its listed CĐCS contradict, so they are not the same CĐCS.
    case unmatched

    /// The reach of the value of `unit` and indicator `position` in `values`.
    public init(of values: PeriodValues, unit: Int, indicator position: Int, catalogue: Catalogue) {
        let present = values.status(unit: unit, indicator: position) != .missing
        let expected = values.expected(unit: unit)
        switch catalogue[position].kind {
        case .flow, .stock:
            self = present ? .covers(values.reporting(unit: unit, indicator: position), of: expected) : .missing
        case .weightedMean:
            self = present ? .unknown : .missing
        case .ratio(let numerator, let denominator):
            guard catalogue[numerator].kind.isAdditive, catalogue[denominator].kind.isAdditive,
                values.value(unit: unit, indicator: numerator) != nil,
                values.value(unit: unit, indicator: denominator) != nil
            else {
                self = present ? .unknown : .missing
                return
            }
            let top = values.reporting(unit: unit, indicator: numerator)
            let bottom = values.reporting(unit: unit, indicator: denominator)
            // Parts of different reach give no honest ratio, whether or not one was computed.
            if top != bottom {
                self = .parts(numerator: top, denominator: bottom, of: expected)
            } else if present {
                self = .covers(top, of: expected)
            } else {
                self = values.value(unit: unit, indicator: denominator) == 0 ? .missing : .unmatched
            }
        }
    }

    /// Whether a value of this reach is printed (a ratio left out for unmatched parts is not).
    public var isPrinted: Bool { self != .missing && self != .unmatched }

    /// Whether a change from a value of reach `previous` to one of reach `current` compares figures of
    /// the same reach.
    ///
    /// Figures that account for different numbers of CĐCS (6/48 this period against 48/48 last year)
    /// do not compare like with like: their difference (−95,29 %) measures partly who has reported so
    /// far. Such a change is still written (it is the exact difference of the two printed figures, the
    /// same as the CSV's and the other sheets', and one late CĐCS of 48 would otherwise empty the whole
    /// column), but never silently. Each figure is measured against the CĐCS that existed in its own
    /// period: two figures that leave out as many of those CĐCS (none, for two complete figures) are
    /// taken as the same reach — last year restated on this year's tree is complete when every CĐCS of
    /// then reported, and a CĐCS founded since is no gap; the counts do not say which CĐCS they are.
    /// Weighted means, whose coverage is not counted, compare too.
    public static func comparable(_ current: Reach, _ previous: Reach) -> Bool {
        switch (current, previous) {
        case (.covers(let now, let nowExpected), .covers(let before, let beforeExpected)):
            nowExpected - now == beforeExpected - before
        case (.parts, _), (_, .parts): false
        default: true
        }
    }

    /// Whether both values are printed and of different reach: their change is "So sánh số liệu khác phạm vi".
    public static func differ(_ current: Reach, _ previous: Reach) -> Bool {
        current.isPrinted && previous.isPrinted && !comparable(current, previous)
    }
}

extension PeriodComparison {
    /// The reach of A's and of B's value of a unit and indicator.
    public func reaches(unit: Int, indicator: Int, catalogue: Catalogue) -> (a: Reach, b: Reach) {
        (
            Reach(of: valuesA, unit: unit, indicator: indicator, catalogue: catalogue),
            Reach(of: valuesB, unit: unit, indicator: indicator, catalogue: catalogue)
        )
    }

    /// Whether A's and B's values of a unit and indicator are both printed but account for different CĐCS, so
    /// their change does not compare like with like (a CĐCS founded in B, one that has not reported yet).
    public func differInReach(unit: Int, indicator: Int, catalogue: Catalogue) -> Bool {
        let (a, b) = reaches(unit: unit, indicator: indicator, catalogue: catalogue)
        return Reach.differ(b, a)
    }
}
