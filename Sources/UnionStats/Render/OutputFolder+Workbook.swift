import Foundation
import XLSX

extension StagedFolder {
    /// Writes a workbook as the file `name` of the set, turning a libxlsxwriter failure into a
    /// `UnionStatsError`: the reason the file could not be written (`writing(_:failedWith:)`, or what the
    /// folder says when the library does not), or `spreadsheet` for any other.
    func writeWorkbook(to name: String, _ render: (String) throws(XLSXError) -> Void) throws(UnionStatsError) -> URL {
        let path = try stagingURL(for: name)
        let final = target.appendingPathComponent(name)
        do {
            try render(path.path)
        } catch {
            // The file could not be written (a full disk, no permission): the clerk can act on it.
            if case .fileNotWritten = error { throw .writing(final.path, failedWith: error) }
            // The library does not always say why it could not write the file; the folder may.
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

/// The xlsx writer's error says why its file could not be written (`XLSXError.fileNotWritten`).
extension XLSXError: CarriesErrorNumber {}
