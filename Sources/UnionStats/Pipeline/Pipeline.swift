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
/// findings into the run's `FindingLog`; the pipeline decides, by `FindingScope`, which it shows.
public enum Pipeline {
    /// Ingest: reads the input folder; reading problems go to `log`.
    public static func load(_ folder: URL, log: FindingLog) throws(UnionStatsError) -> InputData {
        try InputLoader.load(folder: folder, findings: log.emitter)
    }

    /// The latest period that has reports: by end date, the longest of those ending together.
    public static func defaultPeriod(of input: InputData) -> Period? {
        input.store.reportedPeriods.max()
    }

    /// Aggregate and validate: everything the report of `period` shows, with the run's findings.
    ///
    /// Findings of aggregating other periods on the way (sub-periods, last year) are not shown.
    public static func report(_ input: InputData, period: Period, generated: Date, log: FindingLog) -> Report {
        let aggregator = Aggregator(input, findings: log.emitter.scoped(to: FindingScope([period])))
        let current = aggregator.values(for: period)
        let previous = period.sameLastYear.map { aggregator.values(for: $0) }
        let yearToDate = period.length == .quarter && period.index > 1 ? aggregator.yearToDate(through: period) : nil
        Validator(aggregator).check(period, findings: log.emitter)
        return Report(
            input: input, period: period, current: current, previous: previous, yearToDate: yearToDate,
            completeness: aggregator.completeness(of: current), findings: log.findings.sorted(by: Finding.byLocation),
            generated: generated)
    }

    /// Aggregate and compare: period B against period A (same length), ranking upper units by `rankBy`.
    public static func comparison(
        _ input: InputData, periodA: Period, periodB: Period, rankBy: Int, generated: Date, log: FindingLog
    ) throws(UnionStatsError) -> CompareDocument {
        let aggregator = Aggregator(input, findings: log.emitter.scoped(to: FindingScope([periodA, periodB])))
        let comparison = try PeriodComparison(periodA, periodB, using: aggregator)
        return CompareDocument(
            input: input, comparison: comparison, rankBy: rankBy, findings: log.findings.sorted(by: Finding.byLocation),
            generated: generated)
    }
}
