import Foundation

/// What `unionstats compare` did, for the terminal summary.
public struct CompareOutcome: Sendable {
    /// The base period A and the compared period B.
    public let periodA: Period, periodB: Period
    /// The findings about the two periods' figures.
    public let findings: [Finding]
    /// How many findings of the input concern only other periods.
    public let otherPeriodFindings: Int
    /// The files written.
    public let written: [URL]
}

/// `unionstats compare`: period B against period A, as xlsx and CSV under `compare-A-vs-B/`.
public enum CompareJob {
    /// Compares `periodB` with `periodA` (default: the same period a year earlier), ranking upper units
    /// (with `group`, that emulation group's members) by `rankBy`.
    public static func run(
        input: URL, output: URL, periodB: Period, periodA: Period?, tree: Day? = nil, group: String? = nil,
        rankBy: String, now: Date = Date()
    ) throws(UnionStatsError) -> CompareOutcome {
        let folder = try OutputFolder(root: output, input: input)
        let log = FindingLog()
        let data = try Pipeline.load(input, log: log)
        guard let periodA = periodA ?? periodB.sameLastYear else { throw .badPeriod(periodB.description) }
        guard let rankPosition = data.catalogue.position(of: rankBy) else { throw .unknownIndicator(rankBy) }
        let document = try Pipeline.comparison(
            data, periodA: periodA, periodB: periodB, tree: tree, group: group, rankBy: rankPosition, generated: now,
            log: log)
        let written = try CompareFiles.write(document, to: folder)
        return CompareOutcome(
            periodA: periodA, periodB: periodB, findings: document.findings,
            otherPeriodFindings: document.findingsOfOtherPeriods, written: written)
    }
}
