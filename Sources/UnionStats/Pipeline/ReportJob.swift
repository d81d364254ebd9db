import Foundation

/// What `unionstats report` did, for the terminal summary.
public struct ReportOutcome: Sendable {
    /// The period reported on.
    public let period: Period
    /// Grassroots units with figures for the period, and all of them.
    public let grassrootsReporting: Int, grassrootsExpected: Int
    /// The findings about the report's figures.
    public let findings: [Finding]
    /// How many findings of the input concern only other periods.
    public let otherPeriodFindings: Int
    /// The files written.
    public let written: [URL]
}

/// The main job: read the input, aggregate a period, write `report-P.xlsx`, `report-P.csv` and `observations-P.csv`.
public enum ReportJob {
    /// Runs the whole pipeline; `period` nil means the latest period with reports.
    ///
    /// With `tree`, the report stands on the tree of that day (figures restated); with `group`, it is
    /// that emulation group's report. With `writeWhenErrors` false (`--strict`), nothing is written when
    /// there is an error finding. With `times`, each stage's duration is added to it (`--timings`).
    /// Report files are read on `readers` threads (nil: one per core); the output is the same for any number.
    public static func run(
        input: URL, output: URL, period: Period?, tree: Day? = nil, group: String? = nil, writeWhenErrors: Bool = true,
        now: Date = Date(),
        times: StageTimes? = nil, readers: Int? = nil
    ) throws(UnionStatsError) -> ReportOutcome {
        let folder = try OutputFolder(root: output, input: input)
        let log = FindingLog()
        // The reported values live only inside this closure: written reports do not need them.
        let report = try { () throws(UnionStatsError) -> Report in
            let data = try Pipeline.load(input, log: log, times: times, readers: readers)
            guard let period = period ?? Pipeline.defaultPeriod(of: data) else {
                throw .noReports(folder: input.appendingPathComponent("reports").path, findings: log.findings)
            }
            return try Pipeline.report(
                data, period: period, tree: tree, group: group, generated: now, log: log, times: times
            )
            .withoutObservations()
        }()
        let period = report.period
        let root = report.completeness.first { $0.unit == report.input.tree.root }
        var written: [URL] = []
        if writeWhenErrors || report.findings.count(of: .error) == 0 {
            written = try ReportFiles.write(report, to: folder, times: times)
        }
        return ReportOutcome(
            period: period, grassrootsReporting: root?.received ?? 0, grassrootsExpected: root?.expected ?? 0,
            findings: report.findings, otherPeriodFindings: report.findingsOfOtherPeriods, written: written)
    }
}
