import Foundation
import XLSX

extension StagedFolder {
    /// Writes a workbook as the file `name` of the set, turning a libxlsxwriter failure into
    /// `UnionStatsError.writeFailed` when the disk is full or the folder cannot be written, else into
    /// `UnionStatsError.spreadsheet`.
    func writeWorkbook(to name: String, _ render: (String) throws(XLSXError) -> Void) throws(UnionStatsError) -> URL {
        let path = try stagingURL(for: name)
        let final = target.appendingPathComponent(name)
        do {
            try render(path.path)
        } catch {
            // The library does not say why it could not write the file; the folder may.
            if case .libxlsxwriter = error, let problem = FileProblem.diagnose(folder: staging) {
                throw problem.error(writing: final)
            }
            throw .spreadsheet(error.localizedDescription)
        }
        do throws(FileProblem) {
            try Self.sync(path)
        } catch {
            throw error.error(writing: final)
        }
        OutputTestHooks.pause(at: name)
        if OutputTestHooks.failsWriting(name) { throw FileProblem(code: ENOSPC).error(writing: final) }
        return final
    }
}
