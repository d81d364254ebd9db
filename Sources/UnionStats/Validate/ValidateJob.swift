import Foundation

/// `unionstats validate`: every finding for a period, without writing anything.
public enum ValidateJob {
    /// Reads and checks the input for `period` (default: the latest with reports).
    public static func run(input: URL, period: Period?) throws(UnionStatsError) -> (period: Period, findings: [Finding]) {
        let data = try InputLoader.load(folder: input)
        guard let period = period ?? Report.defaultPeriod(of: data.store) else {
            throw .noReports(folder: input.appendingPathComponent("reports").path, findings: data.findings)
        }
        return (period, Report(input: data, period: period).findings)
    }
}
