import Foundation
import TestSupport
import Testing

/// One run, one set (docs/design.md, "Writing files"), end to end: whatever happens to a run, its
/// output folder holds the complete files of one run, never a mix, never a file of an earlier run.
@Suite struct OutputSetTests {
    /// A working folder with `input-old` (the tiny province with a target: four files) and `input-new`
    /// (other figures, no target: three files), and the complete set each gives, written elsewhere.
    struct Bench {
        let folder: TemporaryFolder
        let oldSet: OutputSet
        let newSet: OutputSet

        init() throws {
            folder = try TemporaryFolder(prefix: "unionstats-set")
            _ = try OutputSetInputs.withTargets(in: folder, name: "input-old")
            _ = try OutputSetInputs.otherFigures(in: folder, name: "input-new")
            for version in ["old", "new"] {
                let run = try CommandRunner.run(
                    [
                        "report", "--period", "2021-H1", "--input", "input-\(version)", "--output",
                        "reference-\(version)",
                    ],
                    in: folder)
                try #require(run.status == 1, "\(run.standardError)")
            }
            oldSet = try #require(try OutputSet.read(folder.url("reference-old/2021-H1")))
            newSet = try #require(try OutputSet.read(folder.url("reference-new/2021-H1")))
            try #require(oldSet.names.contains("targets-2021-H1.csv") && newSet.names.count == 3)
            try #require(oldSet.files["observations-2021-H1.csv"] != newSet.files["observations-2021-H1.csv"])
        }

        /// The arguments of a report of `version`'s input into `output/`.
        func arguments(_ version: String) -> [String] {
            ["report", "--period", "2021-H1", "--input", "input-\(version)", "--output", "output"]
        }

        /// Runs a report of `version` to its end.
        @discardableResult
        func run(_ version: String, environment: [String: String] = [:]) throws -> CommandRunner.Result {
            try CommandRunner.run(arguments(version), in: folder, environment: environment)
        }

        /// Starts a report of `version`.
        func start(_ version: String, environment: [String: String] = [:]) throws -> CommandRunner.RunningCommand {
            try CommandRunner.start(arguments(version), in: folder.url, environment: environment)
        }

        /// What `output/2021-H1/` holds now.
        func current() throws -> OutputSet? { try OutputSet.read(folder.url("output/2021-H1")) }

        func remove() { folder.remove() }
    }

    @Test func aRerunWithoutTargetsLeavesNoTargetsFileNorAnyFileOfTheEarlierRun() throws {
        let bench = try Bench()
        defer { bench.remove() }
        try bench.run("old")
        let first = try #require(try bench.current())
        #expect(first.isComplete(like: bench.oldSet, differingFrom: nil))
        try bench.folder.write("ghi chú của văn thư", to: "output/2021-H1/ghi-chu.txt")
        try FileManager.default.removeItem(at: bench.folder.url("input-old/targets.csv"))
        let rerun = try bench.run("old")
        #expect(rerun.status == 1, "\(rerun.standardError)")
        let second = try #require(try bench.current())
        #expect(second.names == ["observations-2021-H1.csv", "report-2021-H1.csv", "report-2021-H1.xlsx"])
        #expect(!rerun.standardOutput.contains("targets-2021-H1.csv"))
        #expect(leftovers(in: bench.folder.url("output")) == [])
    }

    @Test(arguments: ["observations-2021-H1.csv", "report-2021-H1.xlsx"])
    func aWriteFailureLeavesThePreviousSetUntouched(failing name: String) throws {
        let bench = try Bench()
        defer { bench.remove() }
        try bench.run("old")
        let previous = try #require(try bench.current())
        let result = try bench.run("new", environment: ["UNIONSTATS_TEST_FAIL_WRITE": name])
        #expect(result.status == 2)
        #expect(result.standardError.contains("lỗi: Ổ đĩa đã đầy, không ghi được '"), "\(result.standardError)")
        #expect(result.standardError.contains("2021-H1/\(name)'. Hãy xoá bớt tệp không cần trên ổ đó"))
        #expect(result.standardError.contains("Các tệp của lần chạy trước trong '"))
        #expect(result.standardError.contains("vẫn giữ nguyên."))
        #expect(!result.standardOutput.contains("Đã ghi"))
        #expect(try bench.current() == previous)
        #expect(leftovers(in: bench.folder.url("output")) == [])
    }

    @Test func aFailedFirstRunCreatesNoFolder() throws {
        let bench = try Bench()
        defer { bench.remove() }
        let result = try bench.run("new", environment: ["UNIONSTATS_TEST_FAIL_WRITE": "report-2021-H1.csv"])
        #expect(result.status == 2)
        #expect(result.standardError.contains("Chưa có tệp nào được ghi vào '"), "\(result.standardError)")
        #expect(try bench.current() == nil)
        #expect(leftovers(in: bench.folder.url("output")) == [])
    }

    /// Killed (SIGKILL: no cleanup) while writing the CSV files, once the workbook is written, with every
    /// file staged, and once the new set is in place: the old set whole, or the new one whole; the next
    /// run removes what was left.
    @Test(arguments: ["observations-2021-H1.csv", "report-2021-H1.xlsx", "swap", "swapped"])
    func aKilledRunLeavesOneCompleteSet(at point: String) throws {
        let bench = try Bench()
        defer { bench.remove() }
        try bench.run("old")
        let previous = try #require(try bench.current())
        let gate = try Gate(point)
        let run = try bench.start("new", environment: gate.environment)
        try #require(gate.waitUntilReached(run), "the run did not reach \(point)")
        run.send(SIGKILL)
        let killed = run.wait()
        #expect(killed.reason == .uncaughtSignal)
        let left = try #require(try bench.current())
        if point == "swapped" {
            #expect(left.isComplete(like: bench.newSet, differingFrom: previous))
        } else {
            #expect(left == previous)
        }
        #expect(leftovers(in: bench.folder.url("output")) != [])  // what the kill left, hidden
        let next = try bench.run("new")
        #expect(next.status == 1, "\(next.standardError)")
        #expect(try bench.current()?.isComplete(like: bench.newSet, differingFrom: previous) == true)
        #expect(leftovers(in: bench.folder.url("output")) == [])
    }

    /// On a file system that cannot exchange two folders, the swap is two renames; a run killed between
    /// them leaves no `2021-H1/`, and the next run puts the previous set back before anything else (here
    /// that run then fails, so the previous set is what stays).
    @Test func aRunKilledBetweenTwoRenamesIsRepairedByTheNext() throws {
        let bench = try Bench()
        defer { bench.remove() }
        try bench.run("old")
        let previous = try #require(try bench.current())
        let gate = try Gate("between-renames")
        let run = try bench.start(
            "new", environment: gate.environment.merging(["UNIONSTATS_TEST_SWAP_BY_RENAMES": "1"]) { $1 })
        try #require(gate.waitUntilReached(run))
        run.send(SIGKILL)
        _ = run.wait()
        #expect(try bench.current() == nil)
        let aside = leftovers(in: bench.folder.url("output")).filter { $0.hasPrefix(".2021-H1.old-") }
        #expect(aside.count == 5, "\(aside)")  // the folder and its four files
        let failing = try bench.run("new", environment: ["UNIONSTATS_TEST_FAIL_WRITE": "report-2021-H1.csv"])
        #expect(failing.status == 2)
        #expect(try bench.current() == previous)
        #expect(leftovers(in: bench.folder.url("output")) == [])
        let renames = try bench.run("new", environment: ["UNIONSTATS_TEST_SWAP_BY_RENAMES": "1"])
        #expect(renames.status == 1)
        #expect(try bench.current()?.isComplete(like: bench.newSet, differingFrom: previous) == true)
        #expect(leftovers(in: bench.folder.url("output")) == [])
    }

    /// Killed at moments chosen by the clock rather than by the run, on a province whose files take a
    /// while to write: every time one whole set.
    @Test func aRunKilledAtAnyMomentLeavesOneCompleteSet() throws {
        let folder = try TemporaryFolder(prefix: "unionstats-set-kill")
        defer { folder.remove() }
        try OutputSetInputs.province(uppers: 4, in: folder, name: "input-old")
        try OutputSetInputs.province(uppers: 4, in: folder, name: "input-new", shift: 3)
        let arguments = { (version: String, output: String) in
            ["report", "--period", "2021-H1", "--input", "input-\(version)", "--output", output]
        }
        #expect(try CommandRunner.run(arguments("new", "reference"), in: folder).status == 0)
        let newSet = try #require(try OutputSet.read(folder.url("reference/2021-H1")))
        #expect(try CommandRunner.run(arguments("old", "output"), in: folder).status == 0)
        let output = folder.url("output")
        for delay in [0, 20, 60, 120, 200, 320, 500] {
            let before = try OutputSet.read(output.appendingPathComponent("2021-H1"))
            let run = try CommandRunner.start(arguments("new", "output"), in: folder.url)
            let staging = output.appendingPathComponent(".2021-H1.staging-\(run.processIdentifier)").path
            while run.isRunning, !FileManager.default.fileExists(atPath: staging) { usleep(1_000) }
            usleep(useconds_t(delay * 1_000))
            run.send(SIGKILL)
            _ = run.wait()
            let after = try #require(try OutputSet.read(output.appendingPathComponent("2021-H1")))
            #expect(
                after == before || after.isComplete(like: newSet, differingFrom: before),
                "killed \(delay) ms into writing: \(after.names)")
        }
    }

    @Test func aSecondRunIsRefusedNamingTheRunThatHoldsTheFolder() throws {
        let bench = try Bench()
        defer { bench.remove() }
        let gate = try Gate("swap")
        let first = try bench.start("old", environment: gate.environment)
        try #require(gate.waitUntilReached(first))
        let second = try bench.run("new", environment: ["UNIONSTATS_LOCK_WAIT": "1"])
        #expect(second.status == 2)
        #expect(
            second.standardError.contains(
                "2021-H1' đang được một lần chạy khác ghi (tiến trình \(first.processIdentifier): unionstats report --period 2021-H1 --input input-old --output output); đã chờ 1 giây"
            ), "\(second.standardError)")
        #expect(second.standardError.contains("hãy đợi lần chạy kia xong rồi chạy lại."))
        #expect(!second.standardOutput.contains("Đã ghi"))
        gate.open()
        #expect(first.wait().status == 1)
        #expect(try bench.current()?.isComplete(like: bench.oldSet, differingFrom: nil) == true)
        #expect(leftovers(in: bench.folder.url("output")) == [])
    }

    @Test func aSecondRunWaitsForTheFirstThenWritesItsOwnSet() throws {
        let bench = try Bench()
        defer { bench.remove() }
        let gate = try Gate("swap")
        let first = try bench.start("old", environment: gate.environment)
        try #require(gate.waitUntilReached(first))
        let second = try bench.start("new")
        usleep(500_000)
        #expect(second.isRunning)  // waiting for the lock
        gate.open()
        #expect(first.wait().status == 1)
        let result = second.wait()
        #expect(result.status == 1, "\(result.standardError)")
        #expect(try bench.current()?.isComplete(like: bench.newSet, differingFrom: nil) == true)
        #expect(leftovers(in: bench.folder.url("output")) == [])
    }

    @Test func twoRunsStartedTogetherLeaveOneCompleteSet() throws {
        let bench = try Bench()
        defer { bench.remove() }
        for _ in 0..<3 {
            let first = try bench.start("old")
            let second = try bench.start("new")
            #expect(first.wait().status == 1)
            #expect(second.wait().status == 1)
            let left = try #require(try bench.current())
            #expect(
                left.isComplete(like: bench.oldSet, differingFrom: nil)
                    || left.isComplete(like: bench.newSet, differingFrom: nil), "\(left.names)")
            #expect(leftovers(in: bench.folder.url("output")) == [])
        }
    }

    /// `template` and `compare` write sets too: a run's forms replace the earlier run's.
    @Test func templateFormsAndComparisonsAreSwappedInAsSets() throws {
        let folder = try TemporaryFolder(prefix: "unionstats-set-template")
        defer { folder.remove() }
        try CommandRunner.copyFixture("tiny", into: folder)
        #expect(try CommandRunner.run(["template", "--period", "2021-Q3"], in: folder).status == 0)
        #expect(
            try FileManager.default.contentsOfDirectory(atPath: folder.path("output/templates-2021-Q3")).sorted()
                == ["A.xlsx", "B.xlsx", "C.xlsx", "U1.xlsx", "U2.xlsx"])
        #expect(try CommandRunner.run(["template", "--period", "2021-Q3", "--unit", "A"], in: folder).status == 0)
        #expect(
            try FileManager.default.contentsOfDirectory(atPath: folder.path("output/templates-2021-Q3")) == ["A.xlsx"])
        try folder.write("a,b\n", to: "output/compare-2021-Q1-vs-2021-Q2/old.csv")
        let compare = ["compare", "--period", "2021-Q2", "--against", "2021-Q1"]
        #expect(try CommandRunner.run(compare, in: folder).status == 1)
        #expect(
            try FileManager.default.contentsOfDirectory(atPath: folder.path("output/compare-2021-Q1-vs-2021-Q2"))
                .sorted() == ["compare-2021-Q1-vs-2021-Q2.csv", "compare-2021-Q1-vs-2021-Q2.xlsx"])
        #expect(leftovers(in: folder.url("output")) == [])
    }
}
