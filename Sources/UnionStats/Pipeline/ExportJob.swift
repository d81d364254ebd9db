import Foundation

/// `unionstats export`: the report's tables as CSV bytes for R, pandas or another spreadsheet.
public enum ExportJob {
    /// The CSV of `period` (long, or wide) and the findings met on the way.
    public static func run(input: URL, period: Period, wide: Bool, byteOrderMark: Bool) throws(UnionStatsError) -> (bytes: [UInt8], findings: [Finding]) {
        let log = FindingLog()
        let data = try Pipeline.load(input, log: log)
        let report = Pipeline.report(data, period: period, generated: Date(), log: log)
        let bytes = wide
            ? ObservationsTable.wide(report.current, tree: data.tree, catalogue: data.catalogue, byteOrderMark: byteOrderMark)
            : ObservationsTable.long(report.current, tree: data.tree, catalogue: data.catalogue, byteOrderMark: byteOrderMark)
        return (bytes, report.findings)
    }

    /// Writes `bytes` to `file` atomically, refusing a file inside the input folder.
    public static func write(_ bytes: [UInt8], to file: URL, input: URL) throws(UnionStatsError) {
        let folder = try OutputFolder(root: file.deletingLastPathComponent(), input: input)
        try folder.write(bytes, to: file.lastPathComponent)
    }
}
