import Foundation
import TestSupport
import Testing

@testable import UnionStats

/// `OutputFolder.replacing`: a set staged and swapped in whole, the previous one kept on failure, what
/// killed runs left repaired, one run at a time.
@Suite struct OutputFolderTests {
    /// An output folder `output/` inside a fresh temporary folder (whose `input/` it is not in).
    private func makeFolder() throws -> (TemporaryFolder, OutputFolder) {
        let folder = try TemporaryFolder(prefix: "unionstats-output")
        let output = try OutputFolder(root: folder.url("output"), input: folder.url("input"))
        return (folder, output)
    }

    /// The names in `folder`, sorted (empty when it does not exist).
    private func names(_ folder: TemporaryFolder, _ path: String) -> [String] {
        ((try? FileManager.default.contentsOfDirectory(atPath: folder.path(path))) ?? []).sorted()
    }

    @Test func aSetReplacesTheWholeFolder() throws {
        let (folder, output) = try makeFolder()
        defer { folder.remove() }
        try folder.write("old", to: "output/2021-H1/targets-2021-H1.csv")
        try folder.write("old", to: "output/2021-H1/report-2021-H1.csv")
        let written = try output.replacing("2021-H1") { set throws(UnionStatsError) -> [URL] in
            [
                try set.write(Array("new\n".utf8), to: "report-2021-H1.csv"),
                try set.stream(to: "observations-2021-H1.csv") { sink in
                    try sink(Array("a\n".utf8))
                    try sink(Array("b\n".utf8))
                },
            ]
        }
        #expect(written.map(\.lastPathComponent) == ["report-2021-H1.csv", "observations-2021-H1.csv"])
        #expect(written.allSatisfy { $0.deletingLastPathComponent() == output.root.appendingPathComponent("2021-H1") })
        #expect(names(folder, "output/2021-H1") == ["observations-2021-H1.csv", "report-2021-H1.csv"])
        #expect(try folder.text("output/2021-H1/observations-2021-H1.csv") == "a\nb\n")
        #expect(names(folder, "output") == ["2021-H1"])
    }

    @Test(arguments: [true, false])
    func aFailureKeepsThePreviousSet(byExchange: Bool) throws {
        var (folder, output) = try makeFolder()
        defer { folder.remove() }
        output.swapsByExchange = byExchange
        try folder.write("old", to: "output/2021-H1/report-2021-H1.csv")
        #expect(
            throws: UnionStatsError.cannotWrite(
                path: output.root.path + "/2021-H1/observations-2021-H1.csv", problem: .diskFull,
                note: "Các tệp của lần chạy trước trong '\(output.root.path)/2021-H1' vẫn giữ nguyên.")
        ) {
            try output.replacing("2021-H1") { set throws(UnionStatsError) in
                try set.write(Array("new".utf8), to: "report-2021-H1.csv")
                try set.stream(to: "observations-2021-H1.csv") { _ in throw FileProblem(code: ENOSPC) }
            }
        }
        #expect(names(folder, "output") == ["2021-H1"])
        #expect(try folder.text("output/2021-H1/report-2021-H1.csv") == "old")
        // And when it works, by either swap, nothing is left beside the set.
        try output.replacing("2021-H1") { set throws(UnionStatsError) in
            try set.write(Array("new".utf8), to: "report-2021-H1.csv")
        }
        #expect(try folder.text("output/2021-H1/report-2021-H1.csv") == "new")
        #expect(names(folder, "output") == ["2021-H1"])
    }

    /// A run killed between the two renames left the previous set aside and no `2021-H1/`: the next run
    /// puts it back first.
    @Test func aSetMovedAsideGoesBackInPlace() throws {
        let (folder, output) = try makeFolder()
        defer { folder.remove() }
        try folder.write("previous", to: "output/.2021-H1.old-999999/report-2021-H1.csv")
        try folder.write("new, never swapped in", to: "output/.2021-H1.staging-999999/report-2021-H1.csv")
        #expect(throws: UnionStatsError.self) {
            try output.replacing("2021-H1") { _ throws(UnionStatsError) in throw .spreadsheet("hỏng") }
        }
        #expect(names(folder, "output") == ["2021-H1"])
        #expect(try folder.text("output/2021-H1/report-2021-H1.csv") == "previous")
    }

    @Test func leftoversAreNamedExactly() {
        #expect(OutputFolder.isLeftover(".2021-H1.staging-123", of: "2021-H1"))
        #expect(OutputFolder.isLeftover(".2021-H1.old-7", of: "2021-H1"))
        #expect(!OutputFolder.isLeftover(".2021-H1.staging-", of: "2021-H1"))
        #expect(!OutputFolder.isLeftover(".2021-H1.staging-12a", of: "2021-H1"))
        #expect(!OutputFolder.isLeftover(".2021-H1-G1.staging-123", of: "2021-H1"))
        #expect(!OutputFolder.isLeftover(".2021-H1-A.B.staging-123", of: "2021-H1-A"))
        #expect(!OutputFolder.isLeftover(".2021-H1.lock", of: "2021-H1"))
        #expect(!OutputFolder.isLeftover("2021-H1", of: "2021-H1"))
    }

    @Test func aSetHeldByAnotherRunIsRefusedAfterTheWait() throws {
        var (folder, output) = try makeFolder()
        defer { folder.remove() }
        try FileManager.default.createDirectory(at: output.root, withIntermediateDirectories: true)
        let lockPath = output.root.appendingPathComponent(".2021-H1.lock").path
        let held = try OutputLock.acquire(lockPath, for: output.root, wait: .zero)
        output.lockWait = .milliseconds(200)
        let started = ContinuousClock.now
        #expect(
            throws: UnionStatsError.outputBusy(
                folder: output.root.path + "/2021-H1", pid: getpid(),
                command: CommandLine.arguments.enumerated().map {
                    $0 == 0 ? URL(fileURLWithPath: $1).lastPathComponent : $1
                }
                .joined(separator: " "),
                waited: 0)
        ) {
            try output.replacing("2021-H1") { _ throws(UnionStatsError) in }
        }
        #expect(ContinuousClock.now - started >= .milliseconds(200))
        held.release()
        #expect(!FileManager.default.fileExists(atPath: lockPath))
        try output.replacing("2021-H1") { set throws(UnionStatsError) in
            try set.write([], to: "report-2021-H1.csv")
        }
        #expect(names(folder, "output") == ["2021-H1"])
    }

    @Test func busyMessageSaysWhoHoldsTheFolderAndWhatToDo() {
        let message = UnionStatsError.outputBusy(
            folder: "output/2021-H1", pid: 4242, command: "unionstats report --period 2021-H1", waited: 60
        ).localizedDescription
        #expect(
            message
                == "Thư mục kết quả 'output/2021-H1' đang được một lần chạy khác ghi (tiến trình 4242: unionstats report --period 2021-H1); đã chờ 60 giây mà lần chạy đó chưa xong. Lần chạy này không ghi gì, để các tệp trong thư mục không bị lẫn giữa hai lần chạy; hãy đợi lần chạy kia xong rồi chạy lại."
        )
        #expect(
            UnionStatsError.outputBusy(folder: "o", pid: nil, command: nil, waited: 1).localizedDescription.contains(
                "(không rõ tiến trình nào)"))
    }

    @Test func aFileInTheSetsPlaceIsNotReplaced() throws {
        let (folder, output) = try makeFolder()
        defer { folder.remove() }
        try folder.write("a clerk's file", to: "output/2021-H1")
        #expect(throws: UnionStatsError.self) {
            try output.replacing("2021-H1") { set throws(UnionStatsError) in
                try set.write([], to: "report-2021-H1.csv")
            }
        }
        #expect(try folder.text("output/2021-H1") == "a clerk's file")
        #expect(names(folder, "output") == ["2021-H1"])
    }

    @Test func namesThatLeaveTheSetAreRefused() throws {
        let (folder, output) = try makeFolder()
        defer { folder.remove() }
        #expect(throws: UnionStatsError.outputEscapes(path: "../x")) {
            try output.replacing("2021-H1") { set throws(UnionStatsError) in try set.write([], to: "../x") }
        }
        #expect(throws: UnionStatsError.outputEscapes(path: "a/b")) {
            try output.replacing("a/b") { _ throws(UnionStatsError) in }
        }
        #expect(names(folder, "output") == [])
    }
}
