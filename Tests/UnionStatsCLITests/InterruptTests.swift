import Foundation
import TestSupport
import Testing

/// An interrupted run leaves no temporary file behind, and a later run sweeps what a killed one left.
@Suite struct InterruptTests {
    /// The id of a process that has just ended.
    private func endedProcessID() throws -> Int32 {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/bin/true")
        try process.run()
        process.waitUntilExit()
        return process.processIdentifier
    }

    @Test func aLaterRunSweepsTemporaryFilesOfProcessesThatAreGone() throws {
        let folder = try TemporaryFolder(prefix: "unionstats-interrupt")
        defer { folder.remove() }
        try CommandRunner.copyFixture("tiny", into: folder)
        let stale = ".observations-2021-H1.csv.\(try endedProcessID()).tmp"
        let live = ".observations-2021-H1.csv.\(getpid()).tmp"  // this test process is alive: not swept
        try folder.write("half a file", to: "output/2021-H1/\(stale)")
        try folder.write("another run's file", to: "output/2021-H1/\(live)")
        let result = try CommandRunner.run(["report", "--period", "2021-H1"], in: folder)
        #expect(result.status == 1)
        let left = try FileManager.default.contentsOfDirectory(atPath: folder.path("output/2021-H1"))
        #expect(!left.contains(stale), "\(left)")
        #expect(left.contains(live), "\(left)")
        #expect(left.contains("observations-2021-H1.csv"))
    }

    @Test func anInterruptedReportRemovesTheFileItWasWriting() throws {
        let folder = try TemporaryFolder(prefix: "unionstats-interrupt")
        defer { folder.remove() }
        try CommandRunner.copyFixture("tiny", into: folder)
        // A province big enough that writing its outputs takes a while.
        var units = "code,name,parent,level\nF,Liên đoàn Lao động tỉnh,,federation\n"
        var rows = "unit,period,indicator,value\n"
        for upper in 1...20 {
            units += "U\(upper),Công đoàn cấp trên \(upper),F,upper\n"
            for unit in 1...1000 {
                units += "U\(upper)-\(unit),CĐCS \(unit),U\(upper),grassroots\n"
                rows +=
                    "U\(upper)-\(unit),2021-H1,members_new,\(unit % 7)\nU\(upper)-\(unit),2021-H1,workers_total,\(unit % 50 + 10)\n"
            }
        }
        try folder.write(units, to: "input/units.csv")
        try FileManager.default.removeItem(at: folder.url("input/reports"))
        try folder.write(rows, to: "input/reports/h1.csv")
        let process = Process()
        process.executableURL = CommandRunner.binary
        process.arguments = ["report", "--period", "2021-H1"]
        process.currentDirectoryURL = folder.url
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try process.run()
        let outputFolder = folder.path("output/2021-H1")
        let deadline = Date().addingTimeInterval(120)
        var sawTemporary = false
        while process.isRunning, Date() < deadline {
            let names = (try? FileManager.default.contentsOfDirectory(atPath: outputFolder)) ?? []
            if names.contains(where: { $0.hasSuffix(".tmp") }) {
                sawTemporary = true
                process.interrupt()
                break
            }
            usleep(2_000)
        }
        process.waitUntilExit()
        try #require(sawTemporary, "the run ended before a temporary file could be seen; make the province bigger")
        #expect(process.terminationReason == .uncaughtSignal)
        let left = (try? FileManager.default.contentsOfDirectory(atPath: outputFolder)) ?? []
        #expect(!left.contains { $0.hasSuffix(".tmp") }, "\(left)")
    }
}
