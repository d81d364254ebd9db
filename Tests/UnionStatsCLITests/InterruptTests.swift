import Foundation
import TestSupport
import Testing

/// An interrupted run (Ctrl-C, SIGTERM) leaves no temporary file nor staging folder behind and the
/// previous set whole, and a later run removes what a killed one left.
@Suite struct InterruptTests {
    /// The id of a process that has just ended.
    private func endedProcessID() throws -> Int32 {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/bin/true")
        try process.run()
        process.waitUntilExit()
        return process.processIdentifier
    }

    @Test func aLaterRunRemovesWhatKilledRunsLeft() throws {
        let folder = try TemporaryFolder(prefix: "unionstats-interrupt")
        defer { folder.remove() }
        try CommandRunner.copyFixture("tiny", into: folder)
        let dead = try endedProcessID()
        try folder.write("half a file", to: "output/.2021-H1.staging-\(dead)/observations-2021-H1.csv")
        try folder.write("a set moved aside", to: "output/.2021-H1.old-\(dead)/report-2021-H1.csv")
        try folder.write("\(dead)\nunionstats report\n", to: "output/.2021-H1.lock")
        try folder.write("an earlier version's temporary file", to: "output/2021-H1/.observations-2021-H1.csv.1.tmp")
        try folder.write("the previous set", to: "output/2021-H1/report-2021-H1.csv")
        // Another set's staging folder, whose name begins like this one's: not this run's to remove.
        try folder.write("another set", to: "output/.2021-H1.x.staging-\(dead)/report.csv")
        let result = try CommandRunner.run(["report", "--period", "2021-H1"], in: folder)
        #expect(result.status == 1)
        #expect(
            leftovers(in: folder.url("output")) == [
                ".2021-H1.x.staging-\(dead)", ".2021-H1.x.staging-\(dead)/report.csv",
            ])
        #expect(
            try FileManager.default.contentsOfDirectory(atPath: folder.path("output/2021-H1")).sorted() == [
                "observations-2021-H1.csv", "report-2021-H1.csv", "report-2021-H1.xlsx",
            ])
        #expect(try folder.text("output/2021-H1/report-2021-H1.csv") != "the previous set")
    }

    /// The workbook (written on its own thread) and the observations (on the main thread) are both in
    /// the staging folder, neither finished as a set, when Ctrl-C comes: both go with the staging folder.
    @Test(arguments: [SIGINT, SIGTERM])
    func anInterruptWhileBothFilesAreBeingWrittenLeavesThePreviousSet(signal: Int32) throws {
        let folder = try TemporaryFolder(prefix: "unionstats-interrupt")
        defer { folder.remove() }
        try CommandRunner.copyFixture("tiny", into: folder)
        #expect(try CommandRunner.run(["report", "--period", "2021-H1"], in: folder).status == 1)
        let previous = try OutputSet.read(folder.url("output/2021-H1"))
        let gate = try Gate("report-2021-H1.xlsx", "observations-2021-H1.csv")
        let run = try CommandRunner.start(
            ["report", "--period", "2021-H1"], in: folder.url, environment: gate.environment)
        try #require(gate.waitUntilReached(run))
        let staging = folder.path("output/.2021-H1.staging-\(run.processIdentifier)")
        let staged = try FileManager.default.contentsOfDirectory(atPath: staging)
        #expect(staged.contains("report-2021-H1.xlsx") && staged.contains("observations-2021-H1.csv"), "\(staged)")
        run.send(signal)
        let result = run.wait()
        #expect(result.reason == .uncaughtSignal)
        #expect(result.status == signal)
        #expect(leftovers(in: folder.url("output")) == [])
        #expect(try OutputSet.read(folder.url("output/2021-H1")) == previous)
    }

    /// Interrupted once the new set is in place, before the previous one is removed: the new set stays
    /// and the previous one goes.
    @Test func anInterruptAfterTheSwapLeavesTheNewSet() throws {
        let folder = try TemporaryFolder(prefix: "unionstats-interrupt")
        defer { folder.remove() }
        try CommandRunner.copyFixture("tiny", into: folder)
        try folder.write("the previous set", to: "output/2021-H1/report-2021-H1.csv")
        let gate = try Gate("swapped")
        let run = try CommandRunner.start(
            ["report", "--period", "2021-H1"], in: folder.url, environment: gate.environment)
        try #require(gate.waitUntilReached(run))
        run.send(SIGINT)
        #expect(run.wait().reason == .uncaughtSignal)
        #expect(leftovers(in: folder.url("output")) == [])
        #expect(try folder.text("output/2021-H1/report-2021-H1.csv") != "the previous set")
        #expect(folder.exists("output/2021-H1/report-2021-H1.xlsx"))
    }

    /// Ctrl-C at a moment chosen by the clock, while a big province's files are being staged.
    @Test func anInterruptedReportRemovesWhatItWasWriting() throws {
        let folder = try TemporaryFolder(prefix: "unionstats-interrupt")
        defer { folder.remove() }
        try OutputSetInputs.province(uppers: 20, in: folder)
        let run = try CommandRunner.start(["report", "--period", "2021-H1"], in: folder.url)
        let staging = folder.path("output/.2021-H1.staging-\(run.processIdentifier)")
        var sawStaged = false
        while run.isRunning {
            let names = (try? FileManager.default.contentsOfDirectory(atPath: staging)) ?? []
            if !names.isEmpty {
                sawStaged = true
                run.send(SIGINT)
                break
            }
            usleep(2_000)
        }
        let result = run.wait(timeout: 120)
        try #require(sawStaged, "the run ended before a staged file could be seen; make the province bigger")
        #expect(result.reason == .uncaughtSignal)
        #expect(leftovers(in: folder.url("output")) == [])
        #expect(!folder.exists("output/2021-H1"))
    }
}
