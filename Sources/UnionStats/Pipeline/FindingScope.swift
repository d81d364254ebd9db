/// Which findings of a stage a run shows: those about the periods the run's figures come from.
///
/// Aggregating a period works out its sub-periods and last year on the way; their own findings
/// (an upper unit's Q1 figure against its CĐCS) do not concern a report of the half-year.
public struct FindingScope: Sendable {
    /// The periods whose findings are shown.
    public let periods: Set<Period>

    /// A scope of the given periods.
    public init(_ periods: some Sequence<Period>) {
        self.periods = Set(periods)
    }

    /// Whether a run shows `finding`: it names one of the scope's periods.
    public func shows(_ finding: Finding) -> Bool {
        finding.period.map(periods.contains) ?? false
    }
}
