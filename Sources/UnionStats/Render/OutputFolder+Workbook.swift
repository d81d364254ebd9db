import Foundation
import XLSX

extension OutputFolder {
    /// Writes a workbook through a temporary file, turning a libxlsxwriter failure into a `UnionStatsError`: the
    /// reason a file could not be written (`writing(_:failedWith:)`), or `spreadsheet` for any other.
    func writeWorkbook(
        to relativePath: String, _ render: (String) throws(XLSXError) -> Void
    ) throws(UnionStatsError) -> URL {
        try write(to: relativePath) { temporary throws(UnionStatsError) in
            do throws(XLSXError) {
                try render(temporary.path)
            } catch {
                // The file could not be written (a full disk, no permission): the clerk can act on it. Any
                // other failure is a limit of Excel the code broke.
                guard case .fileNotWritten = error else { throw .spreadsheet(error.localizedDescription) }
                throw .writing(temporary.path, failedWith: error)
            }
        }
    }
}

/// The xlsx writer's error says why its file could not be written (`XLSXError.fileNotWritten`).
extension XLSXError: CarriesErrorNumber {}
