import Foundation

/// `unionstats validate`: every finding for a period, without writing anything.
public enum ValidateJob {
    /// Reads and checks the input for `period` (default: the latest with reports).
    public static func run(input: URL, period: Period?) throws(UnionStatsError) -> (period: Period, findings: [Finding]) {
        let log = FindingLog()
        let data = try Pipeline.load(input, log: log)
        guard let period = period ?? Pipeline.defaultPeriod(of: data) else {
            throw .noReports(folder: input.appendingPathComponent("reports").path, findings: log.findings)
        }
        return (period, Pipeline.report(data, period: period, generated: Date(), log: log).findings)
    }
}
