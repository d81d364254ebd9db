import Foundation

/// Runs the built `unionstats` binary in a temporary folder, as a user would.
struct CommandRunner {
    /// What a run printed and how it ended.
    struct Result {
        let status: Int32
        let standardOutput: String
        let standardError: String
    }

    /// The package's root folder, found from this file's path.
    static let packageRoot = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// The `unionstats` binary built beside the test bundle.
    static var binary: URL {
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

    /// A fresh temporary folder.
    static func temporaryFolder() throws -> URL {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("unionstats-e2e-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        return folder
    }

    /// Copies a fixture folder (under Tests/UnionStatsCLITests/Fixtures) into `folder/input`.
    static func copyFixture(_ name: String, into folder: URL) throws -> URL {
        let source = packageRoot.appendingPathComponent("Tests/UnionStatsCLITests/Fixtures/\(name)")
        let destination = folder.appendingPathComponent("input")
        try FileManager.default.copyItem(at: source, to: destination)
        return destination
    }

    /// Runs `unionstats arguments…` with `folder` as the working directory.
    static func run(_ arguments: [String], in folder: URL) throws -> Result {
        let process = Process()
        process.executableURL = binary
        process.arguments = arguments
        process.currentDirectoryURL = folder
        let output = Pipe()
        let error = Pipe()
        process.standardOutput = output
        process.standardError = error
        try process.run()
        let outData = output.fileHandleForReading.readDataToEndOfFile()
        let errData = error.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return Result(
            status: process.terminationStatus,
            standardOutput: String(decoding: outData, as: UTF8.self),
            standardError: String(decoding: errData, as: UTF8.self))
    }
}
