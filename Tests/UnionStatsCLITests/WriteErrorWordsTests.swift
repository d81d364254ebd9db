import Foundation
import TestSupport
import Testing

/// A file that cannot be written stops the run (status 2) with a Vietnamese line saying what happened and what
/// to do, never Foundation's or libxlsxwriter's English, never a crash.
@Suite struct WriteErrorWordsTests {
    static func tiny() throws -> TemporaryFolder {
        let folder = try TemporaryFolder(prefix: "unionstats-write")
        try CommandRunner.copyFixture("tiny", into: folder)
        return folder
    }

    @Test func anOutputPathThatIsAFileIsNamed() throws {
        let folder = try Self.tiny()
        defer { folder.remove() }
        let file = try folder.write("ghi chú", to: "ket-qua")
        let result = try CommandRunner.run(["report", "--period", "2021-H1", "--output", "ket-qua"], in: folder)
        #expect(result.status == 2)
        let last = result.standardError.split(separator: "\n").last.map(String.init) ?? ""
        #expect(
            last.hasPrefix("lỗi: '\(file.resolvingSymlinksInPath().path)' là một tệp, không phải thư mục")
                || last.hasPrefix("lỗi: '\(file.path)' là một tệp, không phải thư mục"), "\(result.standardError)")
        #expect(last.contains("--output"))
        #expect(!result.standardError.contains("NSCocoaErrorDomain"))
        // export --output into it, too.
        let export = try CommandRunner.run(["export", "--period", "2021-H1", "--output", "ket-qua/h1.csv"], in: folder)
        #expect(export.status == 2)
        #expect(export.standardError.contains("là một tệp, không phải thư mục"), "\(export.standardError)")
    }

    /// The output folder holds one run's set: a folder left where a file of the set goes is replaced with
    /// the set, as every other leftover is.
    @Test func aFolderWhereAFileGoesIsReplacedWithTheNewSet() throws {
        let folder = try Self.tiny()
        defer { folder.remove() }
        try FileManager.default.createDirectory(
            at: folder.url("output/2021-H1/report-2021-H1.csv"), withIntermediateDirectories: true)
        let result = try CommandRunner.run(["report", "--period", "2021-H1"], in: folder)
        #expect(result.status != 2, "\(result.standardError)")
        var isFolder: ObjCBool = true
        #expect(
            FileManager.default.fileExists(
                atPath: folder.path("output/2021-H1/report-2021-H1.csv"), isDirectory: &isFolder))
        #expect(!isFolder.boolValue)
    }

    @Test(arguments: [["export", "--period", "2021-H1"], ["validate", "--period", "2021-H1", "--format", "csv"]])
    func aFullDiskUnderStandardOutputIsSaidInVietnamese(arguments: [String]) throws {
        try #require(FileManager.default.isWritableFile(atPath: "/dev/full"))
        let folder = try Self.tiny()
        defer { folder.remove() }
        let result = try CommandRunner.run(arguments, in: folder, standardOutput: URL(fileURLWithPath: "/dev/full"))
        #expect(result.reason == .exit)  // not a crash
        #expect(result.status == 2)
        #expect(
            result.standardError.contains("lỗi: Ổ đĩa đã đầy, không ghi được kết quả in ra (standard output)."),
            "\(result.standardError)")
        #expect(!result.standardError.contains("enough space"))
    }

    @Test(.enabled(if: geteuid() != 0, "root may write into a folder without write permission"))
    func aFolderWithoutWritePermissionIsNamed() throws {
        let folder = try Self.tiny()
        defer {
            try? FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: folder.url("khoa").path)
            folder.remove()
        }
        try FileManager.default.createDirectory(at: folder.url("khoa"), withIntermediateDirectories: true)
        try FileManager.default.setAttributes([.posixPermissions: 0o555], ofItemAtPath: folder.url("khoa").path)
        let result = try CommandRunner.run(["report", "--period", "2021-H1", "--output", "khoa"], in: folder)
        #expect(result.status == 2)
        #expect(result.standardError.contains("lỗi: Không có quyền ghi vào thư mục '"), "\(result.standardError)")
        #expect(result.standardError.contains("khoa'"))
        #expect(!result.standardError.contains("permission"))
    }
}
