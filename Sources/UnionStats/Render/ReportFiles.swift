import Foundation
import XLSX

/// Render: the files of a report, `P/report-P.xlsx`, `P/report-P.csv`, `P/observations-P.csv` and, when
/// units have targets for the period, `P/targets-P.csv` (`P` being `Report.fileStem`: `P-CODE` for an emulation
/// group's report, `…-tree-D` on another tree than the period's own), written into a staging folder and
/// swapped in as one set (`OutputFolder.replacing`).
public enum ReportFiles {
    /// Writes the files of a report and returns their URLs; `times` gets the write xlsx and write csv stages.
    ///
    /// The workbook is written on another thread while the CSV files are written here (they share
    /// nothing but the report, which neither changes); the first error, the workbook's first, is
    /// thrown once both are done. The two stages overlap: each is timed on its own thread. On an error
    /// `P/` keeps the previous set.
    public static func write(
        _ report: Report, to folder: OutputFolder, times: StageTimes? = nil
    ) throws(UnionStatsError) -> [URL] {
        let name = report.fileStem
        let tree = report.input.tree
        let catalogue = report.input.catalogue
        let treeDay = report.treeDay
        return try folder.replacing(name) { set throws(UnionStatsError) -> [URL] in
            let workbook = BackgroundResult { () throws(UnionStatsError) -> URL in
                try times.measure(.writeXLSX) { () throws(UnionStatsError) -> URL in
                    try set.writeWorkbook(to: "report-\(name).xlsx") { path throws(XLSXError) in
                        try ReportWorkbook(report).write(to: path)
                    }
                }
            }
            let tables = Result { () throws(UnionStatsError) -> [URL] in
                try times.measure(.writeCSV) { () throws(UnionStatsError) -> [URL] in
                    let wide = try set.write(
                        ObservationsTable.wide(report.current, tree: tree, catalogue: catalogue, treeDay: treeDay),
                        to: "report-\(name).csv")
                    let long = try set.stream(to: "observations-\(name).csv") { sink in
                        try ObservationsTable.long(
                            report.current, tree: tree, catalogue: catalogue, treeDay: treeDay, sink: sink)
                    }
                    guard !report.plan.isEmpty else { return [wide, long] }
                    let targets = try set.write(
                        TargetsTable.csv(report.plan, catalogue: catalogue, treeDay: treeDay), to: "targets-\(name).csv"
                    )
                    return [wide, long, targets]
                }
            }
            let written = try workbook.value()
            return try [written] + tables.get()
        }
    }
}
