import Foundation
import XLSX

extension OutputFolder {
    /// Writes a workbook through a temporary file, turning a libxlsxwriter failure into `UnionStatsError.spreadsheet`.
    func writeWorkbook(
        to relativePath: String, _ render: (String) throws(XLSXError) -> Void
    ) throws(UnionStatsError) -> URL {
        try write(to: relativePath) { temporary throws(UnionStatsError) in
            do {
                try render(temporary.path)
            } catch {
                throw .spreadsheet(error.localizedDescription)
            }
        }
    }
}
