import Foundation

#if canImport(Glibc)
    import Glibc
#endif

/// The files of one output set being written into its staging folder, before `OutputFolder.replacing`
/// swaps them in together; every URL it returns is the file's place after the swap.
public struct StagedFolder: Sendable {
    /// The staging folder, `.NAME.staging-PID` beside the set's folder.
    let staging: URL
    /// The set's folder, `NAME`, where the files will be after the swap.
    public let target: URL

    /// The staging path of the file `name` (a plain file name: the set's files lie side by side).
    func stagingURL(for name: String) throws(UnionStatsError) -> URL {
        guard !name.isEmpty, name != ".", name != "..", !name.contains("/"), !name.contains("\\"),
            !name.contains("\0")
        else { throw .outputEscapes(path: name) }
        return staging.appendingPathComponent(name)
    }

    /// Writes `bytes` as the file `name` of the set and returns its final URL.
    @discardableResult
    public func write(_ bytes: [UInt8], to name: String) throws(UnionStatsError) -> URL {
        try stream(to: name) { sink in try sink(bytes) }
    }

    /// Writes the chunks `produce` hands to its sink as the file `name` of the set, without holding them
    /// all in memory, and returns its final URL.
    @discardableResult
    public func stream(
        to name: String, _ produce: (_ sink: ([UInt8]) throws -> Void) throws -> Void
    ) throws(UnionStatsError) -> URL {
        let path = try stagingURL(for: name)
        let final = target.appendingPathComponent(name)
        let descriptor = open(path.path, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o666)
        guard descriptor >= 0 else { throw FileProblem.current.error(writing: final) }
        var chunks = 0
        do {
            try produce { chunk in
                try Self.writeAll(chunk, to: descriptor)
                chunks += 1
                if chunks == 1 {
                    OutputTestHooks.pause(at: name)
                    if OutputTestHooks.failsWriting(name) { throw FileProblem(code: ENOSPC) }
                }
            }
        } catch let problem as FileProblem {
            close(descriptor)
            throw problem.error(writing: final)
        } catch let error as UnionStatsError {
            close(descriptor)
            throw error
        } catch {
            close(descriptor)
            throw .writeFailed(path: final.path, reason: error.localizedDescription)
        }
        // On the disk before the set is swapped in, so a power cut cannot leave an empty file in a set.
        guard fsync(descriptor) == 0 else {
            let problem = FileProblem.current
            close(descriptor)
            throw problem.error(writing: final)
        }
        guard close(descriptor) == 0 else { throw FileProblem.current.error(writing: final) }
        return final
    }

    /// Puts the file or folder at `path` on the disk (`fsync`).
    static func sync(_ path: URL) throws(FileProblem) {
        let descriptor = open(path.path, O_RDONLY | O_CLOEXEC)
        guard descriptor >= 0 else { throw FileProblem.current }
        defer { close(descriptor) }
        guard fsync(descriptor) == 0 else { throw FileProblem.current }
    }

    /// Writes every byte of `chunk`, however many calls it takes.
    private static func writeAll(_ chunk: [UInt8], to descriptor: Int32) throws(FileProblem) {
        let failure = chunk.withUnsafeBytes { (buffer: UnsafeRawBufferPointer) -> Int32? in
            var offset = 0
            while offset < buffer.count {
                let written = Glibc.write(descriptor, buffer.baseAddress! + offset, buffer.count - offset)
                if written < 0 {
                    if errno == EINTR { continue }
                    return errno
                }
                offset += written
            }
            return nil
        }
        if let failure { throw FileProblem(code: failure) }
    }
}
