import Foundation
import TestSupport

@testable import XLSX

/// A workbook in a fresh temporary directory for feature tests, read back as a zip after `close()`.
final class FeatureWorkbook {
    /// The directory holding the file; deleted with the fixture.
    let directory: TemporaryFolder
    /// The workbook under test.
    let workbook: Workbook
    /// The file name inside `directory`.
    let fileName: String

    /// Creates an empty workbook named `fileName`.
    init(_ fileName: String = "features.xlsx") throws {
        directory = try TemporaryFolder()
        self.fileName = fileName
        workbook = try Workbook(path: directory.path(fileName))
    }

    /// Closes the workbook and opens the written file.
    func closeAndOpen() throws -> ZipArchive {
        try workbook.close()
        return try ZipArchive(url: directory.url.appendingPathComponent(fileName))
    }
}
