import Foundation

/// Reads the entries of a .xlsx (zip) file through its central directory; enough for test assertions.
public struct ZipArchive {
    /// Why the archive could not be read.
    public enum Failure: Error {
        case notAZip
        case unsupportedCompression(Int)
        case missingEntry(String)
    }

    private struct Entry {
        let method: Int
        let compressedSize: Int
        let localHeaderOffset: Int
    }

    private let bytes: [UInt8]
    private let entries: [String: Entry]
    /// Entry names in central-directory order, e.g. "xl/worksheets/sheet1.xml".
    public let names: [String]

    /// Parses the zip at `url`.
    public init(url: URL) throws {
        let bytes = [UInt8](try Data(contentsOf: url))
        guard bytes.count >= 22,
            let end = stride(from: bytes.count - 22, through: 0, by: -1)
                .first(where: { Self.uint32(bytes, $0) == 0x0605_4B50 })
        else { throw Failure.notAZip }
        let count = Self.uint16(bytes, end + 10)
        var offset = Self.uint32(bytes, end + 16)
        var entries: [String: Entry] = [:]
        var names: [String] = []
        for _ in 0..<count {
            guard offset + 46 <= bytes.count, Self.uint32(bytes, offset) == 0x0201_4B50 else { throw Failure.notAZip }
            let nameLength = Self.uint16(bytes, offset + 28)
            let extraLength = Self.uint16(bytes, offset + 30)
            let commentLength = Self.uint16(bytes, offset + 32)
            let name = String(decoding: bytes[(offset + 46)..<(offset + 46 + nameLength)], as: UTF8.self)
            entries[name] = Entry(
                method: Self.uint16(bytes, offset + 10),
                compressedSize: Self.uint32(bytes, offset + 20),
                localHeaderOffset: Self.uint32(bytes, offset + 42))
            names.append(name)
            offset += 46 + nameLength + extraLength + commentLength
        }
        self.bytes = bytes
        self.entries = entries
        self.names = names
    }

    /// The decompressed bytes of entry `name`.
    public func data(_ name: String) throws -> [UInt8] {
        guard let entry = entries[name] else { throw Failure.missingEntry(name) }
        let header = entry.localHeaderOffset
        let start = header + 30 + Self.uint16(bytes, header + 26) + Self.uint16(bytes, header + 28)
        let payload = Array(bytes[start..<(start + entry.compressedSize)])
        switch entry.method {
        case 0: return payload
        case 8: return try Inflate.decompress(payload)
        default: throw Failure.unsupportedCompression(entry.method)
        }
    }

    /// The decompressed entry `name` as UTF-8 text.
    public func text(_ name: String) throws -> String {
        String(decoding: try data(name), as: UTF8.self)
    }

    private static func uint16(_ bytes: [UInt8], _ offset: Int) -> Int {
        Int(bytes[offset]) | Int(bytes[offset + 1]) << 8
    }

    private static func uint32(_ bytes: [UInt8], _ offset: Int) -> Int {
        uint16(bytes, offset) | uint16(bytes, offset + 2) << 16
    }
}
