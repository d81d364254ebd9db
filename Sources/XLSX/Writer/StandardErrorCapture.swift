import Foundation

/// Runs a libxlsxwriter call with the process's standard error captured, so the library's own
/// `[ERROR] …` lines never reach the user raw: the caller puts them into a typed error instead.
///
/// Standard error is one per process: captures are serialised by a lock (two at once would each
/// restore the other's capture file and lose standard error for good), and whatever other threads
/// printed meanwhile is written back to standard error, not taken for the library's words.
enum StandardErrorCapture {
    /// Held while standard error is captured; recursive, so a caller may hold it around several captures.
    static let lock = NSRecursiveLock()

    /// The result of `body` and the library's lines it printed to standard error.
    static func run<T>(_ body: () -> T) -> (result: T, printed: String) {
        lock.lock()
        defer { lock.unlock() }
        let (result, printed) = capture(body)
        var library = ""
        var others = ""
        for line in printed.split(separator: "\n", omittingEmptySubsequences: false) where !line.isEmpty {
            if line.hasPrefix("[ERROR]") || line.hasPrefix("[WARNING]") {
                library += line + "\n"
            } else {
                others += line + "\n"
            }
        }
        if !others.isEmpty { FileHandle.standardError.write(Data(others.utf8)) }
        return (result, library)
    }

    private static func capture<T>(_ body: () -> T) -> (result: T, printed: String) {
        fflush(nil)  // every C stream, standard error among them
        guard let capture = tmpfile() else { return (body(), "") }
        defer { fclose(capture) }
        let saved = dup(STDERR_FILENO)
        guard saved >= 0 else { return (body(), "") }
        defer { close(saved) }
        guard dup2(fileno(capture), STDERR_FILENO) >= 0 else { return (body(), "") }
        let result = body()
        fflush(nil)  // every C stream, standard error among them
        let restored = dup2(saved, STDERR_FILENO) >= 0
        rewind(capture)
        var bytes: [UInt8] = []
        var buffer = [UInt8](repeating: 0, count: 4096)
        while true {
            let count = fread(&buffer, 1, buffer.count, capture)
            guard count > 0 else { break }
            bytes += buffer[0..<count]
        }
        let printed = String(decoding: bytes, as: UTF8.self)
        // Should standard error not come back, say so where it can still be read.
        return (result, restored ? printed : printed + " (standard error could not be restored)")
    }

    /// The library's lines without their `[ERROR]`/`[WARNING]` tags, joined into one sentence.
    static func cleaned(_ printed: String) -> String {
        printed.split(whereSeparator: \.isNewline)
            .map { $0.replacingOccurrences(of: "[ERROR] ", with: "").replacingOccurrences(of: "[WARNING] ", with: "") }
            .map { $0.trimmingCharacters(in: .whitespaces) }
            .filter { !$0.isEmpty }
            .joined(separator: " ")
    }
}
