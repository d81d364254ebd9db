import Foundation
import ZIPFoundation

/// Decompresses one zip entry into memory while counting every byte it produces.
///
/// The compressed bytes are read from the entry's own span of the file only, and handed to
/// ZIPFoundation's zlib wrapper (`Data.decompress`) in full-size chunks: that wrapper always tells zlib
/// the chunk is `bufferSize` long and loops forever when its source runs dry, so a short final chunk is
/// padded with zeros and asking for data past the entry's end throws instead of returning nothing.
/// Output beyond the declared size (or the part limit) aborts at once: a zip bomb never gets
/// further than its declared size, which was already checked against the limits.
struct ZipPartReader {
    /// The open archive file.
    let file: RandomAccessFile
    /// Its table of contents.
    let directory: ZipDirectory
    /// The limits to enforce.
    let limits: XLSXReadLimits

    /// Size of the chunks read from the file and produced by zlib.
    private static let chunkSize = 64 * 1024

    /// Why inflating stopped early (thrown through ZIPFoundation's closures, then translated).
    private enum InflateStop: Error {
        case compressedDataExhausted
        case readFailed(XLSXReadError)
        case producedMoreThanDeclared
    }

    /// The decompressed bytes of `part`, or nil when the zip has no such entry.
    func readIfPresent(_ part: String) throws(XLSXReadError) -> Data? {
        guard let entry = directory.entry(part) else { return nil }
        return try read(entry)
    }

    /// The decompressed bytes of an entry, checked against its declared size, its CRC-32 and the limits.
    func read(_ entry: ZipEntry) throws(XLSXReadError) -> Data {
        let name = entry.name
        guard entry.flags & 1 == 0 else {
            throw .unsupportedPart(file: file.displayName, part: name, reason: "it is encrypted")
        }
        guard entry.uncompressedSize <= limits.maxPartBytes else {
            throw .partTooLarge(file: file.displayName, part: name, limit: limits.maxPartBytes)
        }
        let dataStart = try dataOffset(of: entry)
        switch entry.method {
        case 0: return try readStored(entry, at: dataStart)
        case 8: return try inflate(entry, at: dataStart)
        default:
            throw .unsupportedPart(
                file: file.displayName, part: name,
                reason: "it uses zip compression method \(entry.method); only 0 (stored) "
                    + "and 8 (deflate) are supported")
        }
    }

    /// Where the entry's compressed bytes start, after its local header; checks they end before the directory.
    private func dataOffset(of entry: ZipEntry) throws(XLSXReadError) -> Int {
        let header = ByteView(try file.read(at: entry.localHeaderOffset, count: 30))
        guard header.uint32(at: 0) == 0x0403_4B50, let nameLength = header.uint16(at: 26),
            let extraLength = header.uint16(at: 28)
        else { throw corrupt(entry, "its local header is missing") }
        let start = entry.localHeaderOffset + 30 + Int(nameLength) + Int(extraLength)
        guard entry.compressedSize <= directory.centralDirectoryOffset - start else {
            throw corrupt(entry, "its compressed data runs past the end of the file (truncated)")
        }
        return start
    }

    /// An uncompressed entry: its bytes, read in chunks.
    private func readStored(_ entry: ZipEntry, at start: Int) throws(XLSXReadError) -> Data {
        guard entry.compressedSize == entry.uncompressedSize else {
            throw corrupt(
                entry,
                "it is stored uncompressed but declares \(grouped(entry.compressedSize)) stored "
                    + "and \(grouped(entry.uncompressedSize)) expanded bytes")
        }
        let data = try file.read(at: start, count: entry.compressedSize)
        try checkCRC(data.crc32(checksum: 0), of: entry)
        return data
    }

    /// A deflated entry, inflated by zlib through ZIPFoundation with a bounded source and a counting sink.
    private func inflate(_ entry: ZipEntry, at start: Int) throws(XLSXReadError) -> Data {
        var output = Data(capacity: min(entry.uncompressedSize, 16 * XLSXReadLimits.megabyte))
        var nextOffset = start
        var remaining = entry.compressedSize
        let checksum: CRC32
        do {
            checksum = try Data.decompress(
                size: Int64(entry.compressedSize), bufferSize: Self.chunkSize, skipCRC32: false,
                provider: { _, wanted in
                    guard remaining > 0 else { throw InflateStop.compressedDataExhausted }
                    let count = min(wanted, remaining)
                    var chunk: Data
                    do { chunk = try file.read(at: nextOffset, count: count) } catch let error as XLSXReadError {
                        throw InflateStop.readFailed(error)
                    }
                    nextOffset += count
                    remaining -= count
                    if chunk.count < wanted { chunk.append(Data(count: wanted - chunk.count)) }
                    return chunk
                },
                consumer: { produced in
                    guard produced.count <= entry.uncompressedSize - output.count else {
                        throw InflateStop.producedMoreThanDeclared
                    }
                    output.append(produced)
                })
        } catch InflateStop.compressedDataExhausted {
            throw corrupt(entry, "its deflate stream ends early (the file is truncated or damaged)")
        } catch InflateStop.producedMoreThanDeclared {
            throw .partLargerThanDeclared(
                file: file.displayName, part: entry.name,
                declaredBytes: entry.uncompressedSize)
        } catch let InflateStop.readFailed(error) {
            throw error
        } catch {
            throw corrupt(entry, "its deflate stream is invalid")
        }
        guard output.count == entry.uncompressedSize else {
            throw corrupt(
                entry,
                "it expands to \(grouped(output.count)) bytes but declares "
                    + grouped(entry.uncompressedSize))
        }
        try checkCRC(checksum, of: entry)
        return output
    }

    /// Throws unless the computed CRC-32 matches the one the directory declares.
    private func checkCRC(_ computed: CRC32, of entry: ZipEntry) throws(XLSXReadError) {
        guard computed == entry.crc32 else {
            throw corrupt(entry, "its CRC-32 checksum does not match (damaged data)")
        }
    }

    /// A `corruptPart` error for an entry.
    private func corrupt(_ entry: ZipEntry, _ reason: String) -> XLSXReadError {
        .corruptPart(file: file.displayName, part: entry.name, reason: reason)
    }
}
