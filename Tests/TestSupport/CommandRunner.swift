import Foundation

/// Runs the built `unionstats` binary in a folder, as a user would, and finds the package's fixtures.
public enum CommandRunner {
    /// What a run printed and how it ended.
    public struct Result: Sendable {
        /// The exit status (or the signal's number when `reason` is `.uncaughtSignal`).
        public let status: Int32
        /// Whether the process exited or was ended by a signal.
        public let reason: Process.TerminationReason
        /// Whether it ran past its time limit and was killed.
        public let timedOut: Bool
        /// How long it ran, in seconds.
        public let seconds: Double
        public let standardOutput: String
        public let standardError: String
    }

    /// The package's root folder, found from this file's path (Tests/TestSupport/CommandRunner.swift).
    public static let packageRoot = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// The CLI tests' fixtures folder, Tests/UnionStatsCLITests/Fixtures.
    public static let fixtures = packageRoot.appendingPathComponent("Tests/UnionStatsCLITests/Fixtures")

    /// The bundled sample input folder, `input/` at the package's root.
    public static let bundledInput = packageRoot.appendingPathComponent("input")

    /// The `unionstats` binary built beside the test bundle.
    public static var binary: URL {
        let besideTests = Bundle.main.bundleURL.deletingLastPathComponent().appendingPathComponent("unionstats")
        if FileManager.default.isExecutableFile(atPath: besideTests.path) { return besideTests }
        let argumentFolder = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent()
        let candidates = [
            argumentFolder.appendingPathComponent("unionstats"),
            Bundle.main.bundleURL.appendingPathComponent("unionstats"),
            packageRoot.appendingPathComponent(".build/debug/unionstats"),
        ]
        return candidates.first { FileManager.default.isExecutableFile(atPath: $0.path) } ?? besideTests
    }

    /// Copies the fixture folder `name` (under Tests/UnionStatsCLITests/Fixtures) to `folder/input`.
    @discardableResult
    public static func copyFixture(_ name: String, into folder: TemporaryFolder) throws -> URL {
        let destination = folder.url("input")
        try FileManager.default.copyItem(at: fixtures.appendingPathComponent(name), to: destination)
        return destination
    }

    /// Runs `unionstats arguments…` with `folder` as the working directory and no standard input, with
    /// `environment` added to this process's.
    ///
    /// Output is captured to files outside `folder`, so a chatty run never blocks on a full pipe; a run
    /// still going after `timeout` seconds is killed (by its own process id) and reported as `timedOut`. With
    /// `standardOutput`, the run's standard output goes to that file instead (`/dev/full`: a full disk), and the
    /// result's `standardOutput` is empty.
    public static func run(
        _ arguments: [String], in folder: URL, environment: [String: String] = [:], timeout: TimeInterval = 300,
        standardOutput: URL? = nil
    ) throws -> Result {
        try start(arguments, in: folder, environment: environment, standardOutput: standardOutput).wait(
            timeout: timeout)
    }

    /// Starts `unionstats arguments…` as `run` does, without waiting for it.
    public static func start(
        _ arguments: [String], in folder: URL, environment: [String: String] = [:], standardOutput: URL? = nil
    ) throws -> RunningCommand {
        try RunningCommand(arguments, in: folder, environment: environment, standardOutput: standardOutput)
    }

    /// A run of the binary under way: its process id, signals, and its end.
    public final class RunningCommand {
        private let process = Process()
        private let capture: TemporaryFolder
        private let out: FileHandle, err: FileHandle
        private let started = Date()

        init(_ arguments: [String], in folder: URL, environment: [String: String], standardOutput: URL?) throws {
            capture = try TemporaryFolder(prefix: "unionstats-capture")
            _ = FileManager.default.createFile(atPath: capture.path("stdout"), contents: nil)
            _ = FileManager.default.createFile(atPath: capture.path("stderr"), contents: nil)
            out = try FileHandle(forWritingTo: standardOutput ?? capture.url("stdout"))
            err = try FileHandle(forWritingTo: capture.url("stderr"))
            process.executableURL = CommandRunner.binary
            process.arguments = arguments
            process.currentDirectoryURL = folder
            process.environment = ProcessInfo.processInfo.environment.merging(environment) { $1 }
            process.standardOutput = out
            process.standardError = err
            process.standardInput = FileHandle.nullDevice
            try process.run()
        }

        deinit {
            if process.isRunning { kill(process.processIdentifier, SIGKILL) }
            try? out.close()
            try? err.close()
            capture.remove()
        }

        /// The process id.
        public var processIdentifier: Int32 { process.processIdentifier }

        /// Whether it is still running.
        public var isRunning: Bool { process.isRunning }

        /// Sends `signal` to the run (and to no other process).
        public func send(_ signal: Int32) {
            kill(process.processIdentifier, signal)
        }

        /// Waits for the run to end (killing it after `timeout` seconds) and returns what it printed.
        public func wait(timeout: TimeInterval = 300) -> Result {
            var timedOut = false
            while process.isRunning {
                if Date().timeIntervalSince(started) > timeout {
                    timedOut = true
                    kill(process.processIdentifier, SIGKILL)
                    break
                }
                usleep(10_000)
            }
            process.waitUntilExit()
            return Result(
                status: process.terminationStatus, reason: process.terminationReason, timedOut: timedOut,
                seconds: Date().timeIntervalSince(started),
                standardOutput: String(
                    decoding: (try? Data(contentsOf: capture.url("stdout"))) ?? Data(), as: UTF8.self),
                standardError: String(decoding: (try? Data(contentsOf: capture.url("stderr"))) ?? Data(), as: UTF8.self)
            )
        }
    }

    /// Runs `unionstats arguments…` in a temporary folder's root.
    public static func run(
        _ arguments: [String], in folder: TemporaryFolder, environment: [String: String] = [:],
        timeout: TimeInterval = 300, standardOutput: URL? = nil
    ) throws -> Result {
        try run(arguments, in: folder.url, environment: environment, timeout: timeout, standardOutput: standardOutput)
    }
}
