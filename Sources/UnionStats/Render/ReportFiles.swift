import Foundation
import XLSX

/// Render: the files of a report, `P/report-P.xlsx`, `P/report-P.csv` and `P/observations-P.csv`.
public enum ReportFiles {
    /// Writes the three files of a report and returns their URLs; `times` gets the write xlsx and write csv stages.
    public static func write(_ report: Report, to folder: OutputFolder, times: StageTimes? = nil) throws(UnionStatsError) -> [URL] {
        let name = report.period.description
        let tree = report.input.tree
        let catalogue = report.input.catalogue
        let workbook = try times.measure(.writeXLSX) { () throws(UnionStatsError) in
            try folder.writeWorkbook(to: "\(name)/report-\(name).xlsx") { path throws(XLSXError) in
                try ReportWorkbook(report).write(to: path)
            }
        }
        return try times.measure(.writeCSV) { () throws(UnionStatsError) in
            let wide = try folder.write(ObservationsTable.wide(report.current, tree: tree, catalogue: catalogue), to: "\(name)/report-\(name).csv")
            let long = try folder.stream(to: "\(name)/observations-\(name).csv") { sink in
                try ObservationsTable.long(report.current, tree: tree, catalogue: catalogue, sink: sink)
            }
            return [workbook, wide, long]
        }
    }
}
