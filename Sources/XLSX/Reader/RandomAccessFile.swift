import Foundation

/// A read-only file read at explicit offsets, turning every I/O failure into an `XLSXReadError`.
final class RandomAccessFile {
    /// The path shown in error messages.
    let displayName: String
    /// The file's size in bytes when it was opened.
    let size: Int
    private let handle: FileHandle

    /// Opens `url` for reading.
    init(url: URL) throws(XLSXReadError) {
        displayName = url.path
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: url.path, isDirectory: &isDirectory) else {
            throw .unreadableFile(file: url.path, reason: "no such file")
        }
        guard !isDirectory.boolValue else { throw .unreadableFile(file: url.path, reason: "it is a folder") }
        let type = (try? FileManager.default.attributesOfItem(atPath: url.path))?[.type] as? FileAttributeType
        guard type == .typeRegular else {
            throw .unreadableFile(file: url.path, reason: "it is not a regular file")
        }
        do {
            handle = try FileHandle(forReadingFrom: url)
            let end = try handle.seekToEnd()
            size = Int(exactly: end) ?? Int.max
        } catch {
            throw .unreadableFile(file: url.path, reason: error.localizedDescription)
        }
    }

    deinit { try? handle.close() }

    /// Exactly `count` bytes starting at `offset`; a file that ends sooner is reported as truncated.
    func read(at offset: Int, count: Int) throws(XLSXReadError) -> Data {
        guard offset >= 0, count >= 0, offset <= size, count <= size - offset else {
            throw damaged(
                "it is truncated (it needs \(grouped(count)) bytes at offset \(grouped(offset)) "
                    + "but has only \(grouped(size)))")
        }
        do {
            try handle.seek(toOffset: UInt64(offset))
            let data = try handle.read(upToCount: count) ?? Data()
            guard data.count == count else { throw damaged("it is truncated (it ended while being read)") }
            return data
        } catch let error as XLSXReadError {
            throw error
        } catch {
            throw .unreadableFile(file: displayName, reason: error.localizedDescription)
        }
    }

    /// The "not an xlsx" error for a damaged or truncated zip.
    func damaged(_ reason: String) -> XLSXReadError {
        .notAnXLSX(file: displayName, reason: "the zip archive is damaged: \(reason)")
    }
}

/// Little-endian integers read from a byte buffer, with every access bounds-checked.
struct ByteView {
    private let bytes: [UInt8]

    /// Wraps a buffer.
    init(_ data: Data) { bytes = [UInt8](data) }
    /// Wraps a slice of bytes.
    init(_ slice: ArraySlice<UInt8>) { bytes = Array(slice) }

    /// Number of bytes.
    var count: Int { bytes.count }

    /// The 16-bit value at `offset`, or nil past the end.
    func uint16(at offset: Int) -> UInt16? {
        guard offset >= 0, offset <= bytes.count - 2 else { return nil }
        return UInt16(bytes[offset]) | UInt16(bytes[offset + 1]) << 8
    }

    /// The 32-bit value at `offset`, or nil past the end.
    func uint32(at offset: Int) -> UInt32? {
        guard let low = uint16(at: offset), let high = uint16(at: offset + 2) else { return nil }
        return UInt32(low) | UInt32(high) << 16
    }

    /// The 64-bit value at `offset`, or nil past the end.
    func uint64(at offset: Int) -> UInt64? {
        guard let low = uint32(at: offset), let high = uint32(at: offset + 4) else { return nil }
        return UInt64(low) | UInt64(high) << 32
    }

    /// `length` bytes from `offset`, or nil if they are not all there.
    func slice(_ offset: Int, _ length: Int) -> ArraySlice<UInt8>? {
        guard offset >= 0, length >= 0, offset <= bytes.count, length <= bytes.count - offset else { return nil }
        return bytes[offset..<(offset + length)]
    }

    /// The position of the last occurrence of a 32-bit signature at or before `start`, searching backwards.
    func lastIndex(ofSignature signature: UInt32, from start: Int) -> Int? {
        var position = min(start, bytes.count - 4)
        while position >= 0 {
            if uint32(at: position) == signature { return position }
            position -= 1
        }
        return nil
    }
}
