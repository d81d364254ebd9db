import Foundation

/// `unionstats export`: the report's tables as CSV bytes for R, pandas or another spreadsheet.
public enum ExportJob {
    /// The CSV of `period` (long, or wide), the findings about its figures and how many concern other periods.
    /// Report files are read on `readers` threads (nil: one per core); the bytes are the same for any number.
    ///
    /// Any tree will do, also one of several federations (the provinces before their merger): each
    /// federation's rows come with its subtree's. Every row's `tree_date` says which tree it stands on.
    public static func run(
        input: URL, period: Period, tree: Day? = nil, wide: Bool, byteOrderMark: Bool, readers: Int? = nil
    ) throws(UnionStatsError) -> (bytes: [UInt8], findings: [Finding], otherPeriodFindings: Int) {
        let log = FindingLog()
        let data = try Pipeline.load(input, log: log, fingerprints: false, readers: readers)
        let report = try Pipeline.report(
            data, period: period, tree: tree, generated: Date(), log: log, oneFederation: false)
        let bytes =
            wide
            ? ObservationsTable.wide(
                report.current, tree: report.input.tree, catalogue: data.catalogue, treeDay: report.treeDay,
                byteOrderMark: byteOrderMark)
            : ObservationsTable.long(
                report.current, tree: report.input.tree, catalogue: data.catalogue, treeDay: report.treeDay,
                byteOrderMark: byteOrderMark)
        return (bytes, report.findings, report.findingsOfOtherPeriods)
    }

    /// Writes `bytes` to `file` atomically, refusing a file inside the input folder.
    public static func write(_ bytes: [UInt8], to file: URL, input: URL) throws(UnionStatsError) {
        let folder = try OutputFolder(root: file.deletingLastPathComponent(), input: input)
        try folder.write(bytes, to: file.lastPathComponent)
    }
}
