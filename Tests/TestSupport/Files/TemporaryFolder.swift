import Foundation

/// A fresh folder under the system temporary directory, removed by `remove()` or when the value is released.
///
/// Keep it alive for as long as its files are used: `defer { folder.remove() }` does both.
public final class TemporaryFolder: Sendable {
    /// The folder's URL.
    public let url: URL

    /// Creates a uniquely named folder, `prefix-UUID`.
    public init(prefix: String = "unionstats-test") throws {
        url = FileManager.default.temporaryDirectory
            .appendingPathComponent("\(prefix)-\(UUID().uuidString)", isDirectory: true)
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    }

    deinit { remove() }

    /// Deletes the folder and everything in it (links are removed, not followed).
    public func remove() {
        try? FileManager.default.removeItem(at: url)
    }

    /// The URL of `relativePath` inside the folder.
    public func url(_ relativePath: String) -> URL {
        url.appendingPathComponent(relativePath)
    }

    /// The file-system path of `relativePath` inside the folder.
    public func path(_ relativePath: String) -> String {
        url(relativePath).path
    }

    /// Whether `relativePath` exists inside the folder.
    public func exists(_ relativePath: String) -> Bool {
        FileManager.default.fileExists(atPath: path(relativePath))
    }

    /// The size in bytes of `relativePath`, or nil if it does not exist.
    public func fileSize(_ relativePath: String) -> Int? {
        (try? FileManager.default.attributesOfItem(atPath: path(relativePath)))?[.size] as? Int
    }

    /// Writes `text` (UTF-8) to `relativePath`, creating the folders on the way.
    @discardableResult
    public func write(_ text: String, to relativePath: String) throws -> URL {
        try write(Data(text.utf8), to: relativePath)
    }

    /// Writes raw bytes to `relativePath`, creating the folders on the way.
    @discardableResult
    public func write(_ data: Data, to relativePath: String) throws -> URL {
        let file = url(relativePath)
        try FileManager.default.createDirectory(at: file.deletingLastPathComponent(), withIntermediateDirectories: true)
        try data.write(to: file)
        return file
    }

    /// The text of `relativePath`, decoded as UTF-8.
    public func text(_ relativePath: String) throws -> String {
        String(decoding: try Data(contentsOf: url(relativePath)), as: UTF8.self)
    }

    /// Creates the folder `relativePath` (and its parents) and returns its URL.
    @discardableResult
    public func makeFolder(_ relativePath: String) throws -> URL {
        let folder = url(relativePath)
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        return folder
    }
}
