import Foundation

/// `unionstats validate`: every finding for a period, without writing anything.
public enum ValidateJob {
    /// What to validate: one period (nil: the latest with reports) or every period.
    public enum Target: Sendable, Equatable {
        /// One period; nil means the latest period with reports.
        case period(Period?)
        /// Every period: all findings of the input.
        case all
    }

    /// Reads and checks the input; returns the period checked (nil for all), its findings and how many concern other
    /// periods.
    /// With `times`, each stage's duration is added to it (`--timings`). Report files are read on
    /// `readers` threads (nil: one per core); the findings are the same for any number.
    public static func run(
        input: URL, target: Target, times: StageTimes? = nil, readers: Int? = nil
    ) throws(UnionStatsError) -> (period: Period?, findings: RunFindings) {
        let log = FindingLog()
        let data = try Pipeline.load(input, log: log, times: times, fingerprints: false, readers: readers)
        guard case .period(let asked) = target else { return (nil, Pipeline.validateAll(data, log: log, times: times)) }
        guard let period = asked ?? Pipeline.defaultPeriod(of: data) else {
            throw .noReports(folder: input.appendingPathComponent("reports").path, findings: log.findings)
        }
        return (period, Pipeline.validate(data, period: period, log: log, times: times))
    }

    /// Reads and checks the input for `period` (default: the latest with reports).
    public static func run(
        input: URL, period: Period?
    ) throws(UnionStatsError) -> (period: Period?, findings: [Finding]) {
        let result = try run(input: input, target: .period(period))
        return (result.period, result.findings.shown)
    }
}
