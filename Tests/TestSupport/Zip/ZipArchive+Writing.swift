import Foundation
import ZIPFoundation

extension ZipArchive {
    /// Every entry's decompressed bytes, in central-directory order.
    public func allEntries() throws -> [(name: String, data: Data)] {
        try names.map { ($0, Data(try data($0))) }
    }

    /// Writes a new zip at `url` holding exactly `entries`, deflated, in the order given
    /// (e.g. a workbook with one part edited, as a person saving it in Excel would).
    public static func write(_ entries: [(name: String, data: Data)], to url: URL) throws {
        try? FileManager.default.removeItem(at: url)
        let archive = try Archive(url: url, accessMode: .create)
        for (name, data) in entries {
            try archive.addEntry(
                with: name, type: .file, uncompressedSize: Int64(data.count),
                modificationDate: Date(timeIntervalSince1970: 1_625_000_000), compressionMethod: .deflate
            ) { position, size in
                data.subdata(in: Int(position)..<(Int(position) + size))
            }
        }
    }
}
