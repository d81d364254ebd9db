import Foundation
import Testing
import XLSX

@testable import UnionStats

/// Write errors become Vietnamese messages that say what happened and what to do (`WriteProblem`), whatever
/// reports them: Foundation, POSIX or libxlsxwriter.
@Suite struct WriteProblemTests {
    @Test func aFullDiskSaysSoWhoeverReportsIt() throws {
        // Foundation's "There isn't enough space": writing to /dev/full.
        let foundation = #expect(throws: (any Error).self) {
            try Data([1, 2, 3]).write(to: URL(fileURLWithPath: "/dev/full"))
        }
        let problem = WriteProblem(try #require(foundation), path: "/tmp/out/2021-H1/report-2021-H1.csv")
        #expect(problem == .diskFull)
        #expect(WriteProblem(POSIXError(.ENOSPC), path: "/tmp/x.csv") == .diskFull)
        #expect(WriteProblem(errorNumber: EDQUOT, path: "/tmp/x.csv") == .diskFull)
        // libxlsxwriter's zip error on a full disk.
        let workbook = try XLSX.Workbook(path: "/dev/full")
        _ = try workbook.addWorksheet(named: "Tổng hợp")
        let library = #expect(throws: XLSXError.self) { try workbook.close() }
        let error = UnionStatsError.writing("/tmp/out/2021-H1/report-2021-H1.xlsx", failedWith: try #require(library))
        #expect(error == .cannotWrite(path: "/tmp/out/2021-H1/report-2021-H1.xlsx", problem: .diskFull))
        let message = try #require(error.errorDescription)
        #expect(message.hasPrefix("Ổ đĩa đã đầy, không ghi được '/tmp/out/2021-H1/report-2021-H1.xlsx'."), "\(message)")
        #expect(message.contains("--output"))
    }

    @Test func noPermissionNamesTheFolder() throws {
        let folder = try TemporaryInput()
        let path = folder.folder.appendingPathComponent("2021-H1/report-2021-H1.csv").path
        // Foundation's "You don't have permission" (as it reports EACCES), and libxlsxwriter's "Usually a
        // permissions error" with the errno it saw.
        let foundation = CocoaError(
            .fileWriteNoPermission, userInfo: [NSUnderlyingErrorKey: POSIXError(.EACCES), NSFilePathErrorKey: path])
        let library = XLSXError.fileNotWritten(
            path: path, errorNumber: EACCES, message: "Error creating output xlsx file. Usually a permissions error.")
        for error in [foundation, library] as [any Error] {
            let problem = WriteProblem(error, path: path)
            #expect(problem == .noPermission(folder: folder.folder.path))  // 2021-H1 does not exist yet
            #expect(problem.message(path: path).hasPrefix("Không có quyền ghi vào thư mục '\(folder.folder.path)'"))
        }
        #expect(
            WriteProblem(CocoaError(.fileWriteNoPermission), path: path) == .noPermission(folder: folder.folder.path))
    }

    @Test func aFileWhereAFolderShouldBeIsNamed() throws {
        let folder = try TemporaryInput()
        let file = try folder.write("không phải thư mục", to: "output")
        // Foundation says only "NSCocoaErrorDomain error 512".
        let error = #expect(throws: (any Error).self) {
            try FileManager.default.createDirectory(
                at: file.appendingPathComponent("2021-H1"), withIntermediateDirectories: true)
        }
        let path = file.appendingPathComponent("2021-H1").path
        let problem = WriteProblem(try #require(error), path: path)
        #expect(problem == .notAFolder(file: file.path))
        let message = problem.message(path: path)
        #expect(message.hasPrefix("'\(file.path)' là một tệp, không phải thư mục"), "\(message)")
        #expect(!message.contains("NSCocoaErrorDomain"))
        // The output folder itself is the file.
        let itself = #expect(throws: (any Error).self) {
            try FileManager.default.createDirectory(at: file, withIntermediateDirectories: true)
        }
        #expect(WriteProblem(try #require(itself), path: file.path) == .notAFolder(file: file.path))
    }

    @Test(
        arguments: [
            (EROFS, WriteProblem.readOnlyDisk, "Ổ đĩa chỉ cho đọc"), (EISDIR, .isAFolder, "là một thư mục"),
            (ENAMETOOLONG, .pathTooLong, "quá dài"), (EFBIG, .fileTooLarge, "lớn hơn mức ổ đĩa cho phép"),
            (EIO, .deviceError, "Ổ đĩa báo lỗi"), (ENOENT, .folderGone(folder: "/tmp/mất"), "không còn"),
            (EXDEV, .other(errorNumber: EXDEV), "mã lỗi hệ thống \(EXDEV)"),
        ] as [(Int32, WriteProblem, String)])
    func everyReasonHasItsWords(errorNumber: Int32, problem: WriteProblem, words: String) {
        let found = WriteProblem(errorNumber: errorNumber, path: "/tmp/mất/report.csv")
        #expect(found == problem)
        #expect(found.message(path: "/tmp/mất/report.csv").contains(words))
    }

    @Test func theTemporaryNameIsShownAsTheFileItBecomes() {
        let message = WriteProblem.diskFull.message(path: "/tmp/out/2021-H1/.report-2021-H1.xlsx.4242.tmp")
        #expect(message.contains("'/tmp/out/2021-H1/report-2021-H1.xlsx'"), "\(message)")
        #expect(!message.contains(".tmp"))
        #expect(WriteProblem.diskFull.message(path: WriteProblem.standardOutput).contains("(standard output)"))
    }

    @Test func anErrorWithoutAReasonStillSaysWhatToDo() {
        struct Opaque: Error {}
        #expect(WriteProblem(Opaque(), path: "/tmp/x.csv") == .other(errorNumber: nil))
        #expect(
            WriteProblem.other(errorNumber: nil).message(path: "/tmp/x.csv").hasPrefix("Không ghi được '/tmp/x.csv'."))
    }
}

/// The read side: a file that cannot be read says why in Vietnamese.
@Suite struct ReadReasonTests {
    @Test func aMissingFileOrAFolderIsSaidInVietnamese() throws {
        let folder = try TemporaryInput()
        let missing = #expect(throws: (any Error).self) {
            try FileHandle(forReadingFrom: folder.folder.appendingPathComponent("khong-co.csv"))
        }
        #expect(WriteProblem.readReason(try #require(missing)).hasPrefix("không có tệp này"))
        #expect(WriteProblem.readReason(CocoaError(.fileReadNoPermission)).hasPrefix("không có quyền đọc tệp này"))
        #expect(WriteProblem.readReason(POSIXError(.EISDIR)) == "đây là một thư mục, không phải tệp")
    }
}
