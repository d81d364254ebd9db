import Foundation

/// The folder outputs go to: every file written atomically (temporary file, then rename), never inside the input.
public struct OutputFolder: Sendable {
    /// The output folder, resolved.
    public let root: URL

    /// Checks that `root` is not the input folder nor inside it.
    public init(root: URL, input: URL) throws(UnionStatsError) {
        let resolvedRoot = Self.resolved(root)
        let resolvedInput = Self.resolved(input)
        let inputPath = resolvedInput.path.hasSuffix("/") ? resolvedInput.path : resolvedInput.path + "/"
        if resolvedRoot.path == resolvedInput.path || (resolvedRoot.path + "/").hasPrefix(inputPath) {
            throw .outputInsideInput(output: root.path, input: input.path)
        }
        self.root = resolvedRoot
    }

    /// The path with every link resolved, also below folders that do not exist yet.
    ///
    /// Foundation resolves links only in a path that exists, so the deepest existing ancestor is
    /// resolved and the rest appended: `inlink/out` with `inlink → input` becomes `input/out`.
    static func resolved(_ url: URL) -> URL {
        var existing = url.standardizedFileURL
        var rest: [String] = []
        while !FileManager.default.fileExists(atPath: existing.path), existing.pathComponents.count > 1 {
            rest.insert(existing.lastPathComponent, at: 0)
            existing = existing.deletingLastPathComponent()
        }
        var result = existing.resolvingSymlinksInPath()
        for component in rest { result.appendPathComponent(component) }
        return result.standardizedFileURL
    }

    /// The final URL of a relative path such as `2021-H1/report-2021-H1.csv`, after checking it stays inside.
    public func url(for relativePath: String) throws(UnionStatsError) -> URL {
        let parts = relativePath.split(separator: "/", omittingEmptySubsequences: false)
        guard !relativePath.hasPrefix("/"), !parts.isEmpty,
            parts.allSatisfy({ !$0.isEmpty && $0 != "." && $0 != ".." && !$0.contains("\\") && !$0.contains("\0") })
        else { throw .outputEscapes(path: relativePath) }
        return root.appendingPathComponent(relativePath)
    }

    /// Writes `bytes` to `relativePath` atomically and returns the final URL.
    @discardableResult
    public func write(_ bytes: [UInt8], to relativePath: String) throws(UnionStatsError) -> URL {
        try write(to: relativePath) { temporary throws(UnionStatsError) in
            do {
                try Data(bytes).write(to: temporary)
            } catch {
                throw .writing(temporary.path, failedWith: error)
            }
        }
    }

    /// Writes the chunks `produce` hands to its sink into `relativePath`, atomically, without holding them all in
    /// memory.
    @discardableResult
    public func stream(
        to relativePath: String, _ produce: (_ sink: ([UInt8]) throws -> Void) throws -> Void
    ) throws(UnionStatsError) -> URL {
        try write(to: relativePath) { temporary throws(UnionStatsError) in
            errno = 0
            guard FileManager.default.createFile(atPath: temporary.path, contents: nil) else {
                throw .writing(temporary.path, errorNumber: errno)
            }
            let handle: FileHandle
            do {
                handle = try FileHandle(forWritingTo: temporary)
            } catch {
                throw .writing(temporary.path, failedWith: error)
            }
            do {
                try produce { chunk in try handle.write(contentsOf: chunk) }
                try handle.close()
            } catch {
                try? handle.close()  // already failing: the write error below is the one to report
                throw .writing(temporary.path, failedWith: error)
            }
        }
    }

    /// Lets `produce` write a temporary file, then renames it to `relativePath`; removes it on failure
    /// or interruption, and first removes what interrupted runs left under the same name.
    @discardableResult
    public func write(
        to relativePath: String, _ produce: (URL) throws(UnionStatsError) -> Void
    ) throws(UnionStatsError) -> URL {
        let final = try url(for: relativePath)
        let folder = final.deletingLastPathComponent()
        do {
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        } catch {
            throw .writing(folder.path, failedWith: error)
        }
        InterruptCleanup.sweepStale(besides: final)
        let temporary = folder.appendingPathComponent(
            ".\(final.lastPathComponent).\(ProcessInfo.processInfo.processIdentifier).tmp")
        try InterruptCleanup.whileWriting(temporary) { () throws(UnionStatsError) in
            do throws(UnionStatsError) {
                try produce(temporary)
            } catch {
                try? FileManager.default.removeItem(at: temporary)
                throw error
            }
            guard rename(temporary.path, final.path) == 0 else {
                let failure = UnionStatsError.writing(final.path, errorNumber: errno)
                try? FileManager.default.removeItem(at: temporary)
                throw failure
            }
        }
        return final
    }
}
