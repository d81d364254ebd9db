import Foundation
import XLSX

/// Render: the files of a comparison, `compare-A-vs-B/compare-A-vs-B.xlsx` and `.csv` (`compare-A-vs-B` being
/// `CompareDocument.fileStem`: with `-CODE` for a group, `-tree-D` on another tree than B's own), swapped in
/// as one set.
public enum CompareFiles {
    /// Writes both files and returns their URLs.
    public static func write(_ document: CompareDocument, to folder: OutputFolder) throws(UnionStatsError) -> [URL] {
        let comparison = document.comparison
        let name = document.fileStem
        return try folder.replacing(name) { set throws(UnionStatsError) -> [URL] in
            let workbook = try set.writeWorkbook(to: "\(name).xlsx") { path throws(XLSXError) in
                try CompareWorkbook(document).write(to: path)
            }
            let table = ComparisonTable.csv(
                comparison, tree: document.input.tree, catalogue: document.input.catalogue, treeDay: document.treeDay)
            return [workbook, try set.write(table, to: "\(name).csv")]
        }
    }
}
