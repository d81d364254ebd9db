import Foundation

/// A fresh directory under the system temporary directory, deleted when the value is released.
final class TemporaryDirectory {
    /// The directory's URL.
    let url: URL

    /// Creates a uniquely named directory.
    init() throws {
        url = FileManager.default.temporaryDirectory
            .appendingPathComponent("XLSXTests-\(UUID().uuidString)", isDirectory: true)
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    }

    /// The path of `name` inside the directory.
    func path(_ name: String) -> String {
        url.appendingPathComponent(name).path
    }

    /// The size in bytes of `name`, or nil if it does not exist.
    func fileSize(_ name: String) -> Int? {
        (try? FileManager.default.attributesOfItem(atPath: path(name)))?[.size] as? Int
    }

    deinit {
        try? FileManager.default.removeItem(at: url)
    }
}
