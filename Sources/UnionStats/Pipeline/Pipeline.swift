import Foundation

/// The one sequence every command runs, each stage a function of the previous stage's data:
///
/// ```
/// input/ ─► load ─► aggregate ─► validate ─► compare ─► render ─► output/
/// ```
///
/// `load` (Ingest) reads files into an `ObservationStore`; `aggregate` (one `Aggregator`, the only
/// implementation of DESIGN.md's contract) gives every unit × indicator value of a period, its year
/// to date and last year; `validate` checks the figures; `compare` sets two periods side by side; the
/// jobs hand the results to `Render/`, which only turns tables into bytes. Every stage emits its
/// findings into the run's `FindingLog`; the pipeline decides, by `FindingScope`, which the run counts.
public enum Pipeline {
    /// Ingest: reads the input folder; reading problems go to `log`.
    public static func load(_ folder: URL, log: FindingLog) throws(UnionStatsError) -> InputData {
        try InputLoader.load(folder: folder, findings: log.emitter)
    }

    /// The latest period that has reports: by end date, the longest of those ending together.
    public static func defaultPeriod(of input: InputData) -> Period? {
        input.store.reportedPeriods.max()
    }

    /// Aggregate and validate: everything the report of `period` shows, with the findings in its scope.
    ///
    /// Throws when no report holds a figure of the period: an empty report is not something to sign.
    public static func report(_ input: InputData, period: Period, generated: Date, log: FindingLog) throws(UnionStatsError) -> Report {
        let aggregated = aggregateForReport(input, period: period, log: log)
        let findings = RunFindings(log.findings, scope: FindingScope(FindingScope.periods(ofReport: period), input: input))
        guard aggregated.current.status.contains(where: { $0 != .missing }) else {
            throw .noFigures(period: period.description, label: period.label, findings: findings.shown)
        }
        return Report(
            input: input, period: period, current: aggregated.current, previous: aggregated.previous,
            yearToDate: aggregated.yearToDate, completeness: aggregated.aggregator.completeness(of: aggregated.current),
            findings: findings.shown, findingsOfOtherPeriods: findings.otherPeriods, generated: generated)
    }

    /// Aggregate and validate as a report of `period` would, for its findings only (`validate`).
    public static func validate(_ input: InputData, period: Period, log: FindingLog) -> RunFindings {
        _ = aggregateForReport(input, period: period, log: log)
        return RunFindings(log.findings, scope: FindingScope(FindingScope.periods(ofReport: period), input: input))
    }

    /// The values a report of `period` shows, its checks emitted to `log`.
    private static func aggregateForReport(
        _ input: InputData, period: Period, log: FindingLog
    ) -> (aggregator: Aggregator, current: PeriodValues, previous: PeriodValues?, yearToDate: PeriodValues?) {
        let aggregator = Aggregator(input, findings: log.emitter)
        let current = aggregator.values(for: period)
        let previous = period.sameLastYear.map { aggregator.values(for: $0) }
        let yearToDate = period.length == .quarter && period.index > 1 ? aggregator.yearToDate(through: period) : nil
        Validator(aggregator).check(period, findings: log.emitter)
        return (aggregator, current, previous, yearToDate)
    }

    /// Aggregate and compare: period B against period A (same length), ranking upper units by `rankBy`.
    ///
    /// Throws when the periods differ in length, are the same, or either has no figures.
    public static func comparison(
        _ input: InputData, periodA: Period, periodB: Period, rankBy: Int, generated: Date, log: FindingLog
    ) throws(UnionStatsError) -> CompareDocument {
        guard periodA != periodB else { throw .sameComparedPeriod(periodA.description) }
        let aggregator = Aggregator(input, findings: log.emitter)
        let comparison = try PeriodComparison(periodA, periodB, using: aggregator)
        let scope = FindingScope(FindingScope.withSubPeriods(periodA).union(FindingScope.withSubPeriods(periodB)), input: input)
        let findings = RunFindings(log.findings, scope: scope)
        for (period, values) in [(periodA, comparison.valuesA), (periodB, comparison.valuesB)]
        where !values.status.contains(where: { $0 != .missing }) {
            throw .noFigures(period: period.description, label: period.label, findings: findings.shown)
        }
        return CompareDocument(
            input: input, comparison: comparison, rankBy: rankBy, findings: findings.shown,
            findingsOfOtherPeriods: findings.otherPeriods, generated: generated)
    }

    /// Validate every period that has reports: all findings of the input (`validate --period all`).
    public static func validateAll(_ input: InputData, log: FindingLog) -> RunFindings {
        let aggregator = Aggregator(input, findings: log.emitter)
        let validator = Validator(aggregator)
        for period in input.store.reportedPeriods {
            _ = aggregator.values(for: period)
            validator.check(period, findings: log.emitter)
        }
        return RunFindings(log.findings, scope: .everything)
    }
}

/// The findings a run counts (sorted by location) and how many it leaves to other periods.
public struct RunFindings: Sendable {
    /// The findings in scope, each once, by location.
    public let shown: [Finding]
    /// How many findings (each once) concern only other periods.
    public let otherPeriods: Int

    /// Splits `all` by `scope`, dropping repeats.
    init(_ all: [Finding], scope: FindingScope) {
        var seen = Set<Finding>()
        var shown: [Finding] = []
        var others = 0
        for finding in all where seen.insert(finding).inserted {
            if scope.shows(finding) { shown.append(finding) } else { others += 1 }
        }
        self.shown = shown.sorted(by: Finding.byLocation)
        otherPeriods = others
    }
}
