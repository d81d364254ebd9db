import Foundation

/// SHA-256 of a file by the system's `sha256sum` (coreutils), so tests check the tool's digests
/// against an implementation that is not the project's.
public enum SHA256Digest {
    /// The lower-case hex digest of the file at `url`, or nil when `sha256sum` cannot run.
    public static func hex(ofFileAt url: URL) -> String? {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/sha256sum")
        process.arguments = [url.path]
        let output = Pipe()
        process.standardOutput = output
        guard (try? process.run()) != nil else { return nil }
        let data = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        guard process.terminationStatus == 0 else { return nil }
        return String(decoding: data, as: UTF8.self).split(separator: " ").first.map(String.init)
    }

    /// The lower-case hex digest of `bytes` (piped through `sha256sum`), or nil when it cannot run.
    public static func hex(of bytes: [UInt8]) -> String? {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/sha256sum")
        let input = Pipe()
        let output = Pipe()
        process.standardInput = input
        process.standardOutput = output
        guard (try? process.run()) != nil else { return nil }
        // sha256sum prints only after its input ends, so writing everything first cannot block on output.
        input.fileHandleForWriting.write(Data(bytes))
        try? input.fileHandleForWriting.close()
        let data = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        guard process.terminationStatus == 0 else { return nil }
        return String(decoding: data, as: UTF8.self).split(separator: " ").first.map(String.init)
    }
}
