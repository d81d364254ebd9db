import Foundation
import XLSX

/// What `unionstats report` did, for the terminal summary.
public struct ReportOutcome: Sendable {
    /// The period reported on.
    public let period: Period
    /// Grassroots units with figures for the period, and all of them.
    public let grassrootsReporting: Int, grassrootsExpected: Int
    /// Every finding.
    public let findings: [Finding]
    /// The files written.
    public let written: [URL]
}

/// The main job: read the input, aggregate a period, write `report-P.xlsx`, `report-P.csv` and `observations-P.csv`.
public enum ReportJob {
    /// Runs the whole pipeline; `period` nil means the latest period with reports.
    ///
    /// With `writeWhenErrors` false (`--strict`), nothing is written when there is an error finding.
    public static func run(input: URL, output: URL, period: Period?, writeWhenErrors: Bool = true, now: Date = Date()) throws(UnionStatsError) -> ReportOutcome {
        let folder = try OutputFolder(root: output, input: input)
        let data = try InputLoader.load(folder: input)
        guard let period = period ?? Report.defaultPeriod(of: data.store) else {
            throw .noReports(folder: input.appendingPathComponent("reports").path, findings: data.findings)
        }
        let report = Report(input: data, period: period, generated: now)
        let root = report.completeness.first { $0.unit == data.tree.root }
        var written: [URL] = []
        if writeWhenErrors || report.findings.count(of: .error) == 0 {
            written = try write(report, to: folder)
        }
        return ReportOutcome(
            period: period, grassrootsReporting: root?.received ?? 0, grassrootsExpected: root?.expected ?? 0,
            findings: report.findings, written: written)
    }

    /// Writes the three files of a report under `P/` and returns their URLs.
    public static func write(_ report: Report, to folder: OutputFolder) throws(UnionStatsError) -> [URL] {
        let name = report.period.description
        let tree = report.input.tree
        let catalogue = report.input.catalogue
        let workbook = try folder.write(to: "\(name)/report-\(name).xlsx") { temporary throws(UnionStatsError) in
            do {
                try ReportWorkbook(report).write(to: temporary.path)
            } catch {
                throw .spreadsheet(error.localizedDescription)
            }
        }
        let wide = try folder.write(ObservationsTable.wide(report.current, tree: tree, catalogue: catalogue), to: "\(name)/report-\(name).csv")
        let long = try folder.stream(to: "\(name)/observations-\(name).csv") { sink in
            try ObservationsTable.long(report.current, tree: tree, catalogue: catalogue, sink: sink)
        }
        return [workbook, wide, long]
    }
}
