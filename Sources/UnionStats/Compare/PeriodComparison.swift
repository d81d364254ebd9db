/// Compare: every unit × indicator of period A against period B (docs/design.md, "Comparison").
public struct PeriodComparison: Sendable {
    /// The earlier (or base) period.
    public let periodA: Period
    /// The period compared with A.
    public let periodB: Period
    /// The values of A.
    public let valuesA: PeriodValues
    /// The values of B.
    public let valuesB: PeriodValues

    /// Compares two periods of the same length; throws when the lengths differ.
    public init(_ periodA: Period, _ periodB: Period, using aggregator: Aggregator) throws(UnionStatsError) {
        guard periodA.length == periodB.length else {
            throw .periodLengthMismatch(a: periodA.description, b: periodB.description)
        }
        self.periodA = periodA
        self.periodB = periodB
        valuesA = aggregator.values(for: periodA)
        valuesB = aggregator.values(for: periodB)
    }

    /// Two periods' values already aggregated (an emulation group's, carried from the federation's).
    init(_ periodA: Period, _ periodB: Period, valuesA: PeriodValues, valuesB: PeriodValues) {
        self.periodA = periodA
        self.periodB = periodB
        self.valuesA = valuesA
        self.valuesB = valuesB
    }

    /// A's value, B's value, the change and the change in hundredths of a percent, as written.
    public func row(unit: Int, indicator: Int) -> (a: Int64?, b: Int64?, change: Int64?, changePercent: Int64?) {
        let a = valuesA.value(unit: unit, indicator: indicator)
        let b = valuesB.value(unit: unit, indicator: indicator)
        return (a, b, Comparison.change(from: a, to: b), Comparison.changePercentHundredths(from: a, to: b))
    }

    /// Whether the change is good news (+1), bad news (−1) or neither (0), by the indicator's direction.
    public static func verdict(change: Int64?, direction: Indicator.Direction) -> Int {
        guard let change, change != 0 else { return 0 }
        switch direction {
        case .up: return change > 0 ? 1 : -1
        case .down: return change < 0 ? 1 : -1
        case .neutral: return 0
        }
    }
}
