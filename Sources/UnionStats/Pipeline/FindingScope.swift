/// Which findings a run counts, prints and exits on: those that touch the figures it uses.
///
/// A finding about a period is in scope when its period is one the run's figures come from (the
/// period, its sub-periods, last year's, the year to date). A finding without a period (a file
/// that could not be read, a bad header) is in scope when its file holds figures of one of those
/// periods, or when nothing in the file says which period it is about; findings about
/// `units.csv`, `indicators.csv` and `settings.csv` always are.
public struct FindingScope: Sendable {
    /// The periods whose findings count; nil means every period (`validate --period all`).
    public let periods: Set<Period>?
    /// The periods each report file's rows name.
    let periodsByFile: [String: Set<Period>]

    /// A scope of the given periods, for the files of `input`.
    public init(_ periods: some Sequence<Period>, input: InputData) {
        self.periods = Set(periods)
        periodsByFile = input.store.periodsByFile
    }

    /// The scope of everything.
    public static var everything: FindingScope { FindingScope() }

    private init() {
        periods = nil
        periodsByFile = [:]
    }

    /// The periods a report of `period` shows figures of: it and its sub-periods, the same again a
    /// year earlier, and for a quarter the periods its year to date adds up.
    public static func periods(ofReport period: Period) -> Set<Period> {
        var periods = withSubPeriods(period)
        if let lastYear = period.sameLastYear { periods.formUnion(withSubPeriods(lastYear)) }
        for part in TimeSpan.yearToDate(through: period)?.periods ?? [] { periods.formUnion(withSubPeriods(part)) }
        return periods
    }

    /// A period and every period inside it.
    public static func withSubPeriods(_ period: Period) -> Set<Period> {
        period.subPeriods.reduce(into: [period]) { $0.formUnion(withSubPeriods($1)) }
    }

    /// Whether the run counts `finding`.
    public func shows(_ finding: Finding) -> Bool {
        guard let periods else { return true }
        if let period = finding.period { return periods.contains(period) }
        guard let file = finding.location?.file, let named = periodsByFile[file] else { return true }
        return !named.isDisjoint(with: periods)
    }
}
