import Foundation

/// What `unionstats compare` did, for the terminal summary.
public struct CompareOutcome: Sendable {
    /// The base period A and the compared period B.
    public let periodA: Period, periodB: Period
    /// Every finding of reading the input.
    public let findings: [Finding]
    /// The files written.
    public let written: [URL]
}

/// `unionstats compare`: period B against period A, as xlsx and CSV under `compare-A-vs-B/`.
public enum CompareJob {
    /// Compares `periodB` with `periodA` (default: the same period a year earlier), ranking upper units by `rankBy`.
    public static func run(
        input: URL, output: URL, periodB: Period, periodA: Period?, rankBy: String, now: Date = Date()
    ) throws(UnionStatsError) -> CompareOutcome {
        let folder = try OutputFolder(root: output, input: input)
        let data = try InputLoader.load(folder: input)
        guard let periodA = periodA ?? periodB.sameLastYear else { throw .badPeriod(periodB.description) }
        guard let rankPosition = data.catalogue.position(of: rankBy) else { throw .unknownIndicator(rankBy) }
        let aggregator = Aggregator(data)
        let comparison = try PeriodComparison(periodA, periodB, using: aggregator)
        let findings = (data.findings + aggregator.findings.filter { $0.period == periodA || $0.period == periodB })
            .sorted(by: Finding.byLocation)
        let name = "compare-\(periodA)-vs-\(periodB)"
        let document = CompareDocument(
            input: data, comparison: comparison, rankBy: rankPosition, findings: findings, generated: now)
        let workbook = try folder.write(to: "\(name)/\(name).xlsx") { temporary throws(UnionStatsError) in
            do {
                try CompareWorkbook(document).write(to: temporary.path)
            } catch {
                throw .spreadsheet(error.localizedDescription)
            }
        }
        let csv = try folder.write(ComparisonTable.csv(comparison, tree: data.tree, catalogue: data.catalogue), to: "\(name)/\(name).csv")
        return CompareOutcome(periodA: periodA, periodB: periodB, findings: findings, written: [workbook, csv])
    }
}

/// Everything the comparison workbook shows.
public struct CompareDocument: Sendable {
    /// The input compared.
    public let input: InputData
    /// The two periods' values.
    public let comparison: PeriodComparison
    /// The catalogue position of the indicator upper units are ranked by.
    public let rankBy: Int
    /// Findings of reading the input and aggregating the two periods.
    public let findings: [Finding]
    /// When it was made.
    public let generated: Date
}
