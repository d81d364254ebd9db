import Foundation

/// One file inside the zip, as the central directory describes it.
struct ZipEntry: Sendable {
    /// The entry's name with "\" turned into "/", e.g. "xl/worksheets/sheet1.xml".
    let name: String
    /// Length of the name as stored, in bytes (the local header repeats it).
    let nameByteCount: Int
    /// General-purpose flags; bit 0 means encrypted.
    let flags: UInt16
    /// Compression method: 0 stored, 8 deflate.
    let method: UInt16
    /// CRC-32 of the decompressed bytes.
    let crc32: UInt32
    /// Bytes of compressed data.
    let compressedSize: Int
    /// Bytes once decompressed, as declared (checked while reading).
    let uncompressedSize: Int
    /// Where the entry's local header starts in the file.
    let localHeaderOffset: Int
}

/// The table of contents of a zip file, read from its central directory with every offset and count bounded.
///
/// ZIPFoundation 0.9.20's `Archive.extract` loops forever on a deflate stream that runs past the end of the
/// file (a crafted 133-byte file is enough; it also hands zlib more bytes than it read), so the reader
/// locates entries itself and only uses ZIPFoundation's `Data.decompress` on bytes it has bounded
/// (see `ZipPartReader`).
struct ZipDirectory: Sendable {
    /// Entries keyed by their ASCII-lowercased name (Office Open XML part names ignore case).
    let entries: [String: ZipEntry]
    /// Where the central directory starts: no entry's data may reach past it.
    let centralDirectoryOffset: Int

    /// Largest central directory accepted, far beyond what 10,000 entries with sensible names need.
    static let maxCentralDirectoryBytes = 64 * XLSXReadLimits.megabyte

    /// The entry for a part name such as "xl/workbook.xml" (ASCII case ignored), if the zip has it.
    func entry(_ part: String) -> ZipEntry? { entries[part.lowercased()] }

    /// Reads and checks the central directory of the zip behind `file`.
    static func read(from file: RandomAccessFile, limits: XLSXReadLimits) throws(XLSXReadError) -> ZipDirectory {
        let end = try EndOfCentralDirectory.locate(in: file)
        guard end.entryCount <= limits.maxEntries else {
            throw .tooManyEntries(file: file.displayName, count: end.entryCount, limit: limits.maxEntries)
        }
        guard end.directorySize <= maxCentralDirectoryBytes else {
            throw .notAnXLSX(
                file: file.displayName,
                reason: "its zip directory of \(describeBytes(end.directorySize)) "
                    + "is larger than any workbook needs (limit \(describeBytes(maxCentralDirectoryBytes)))")
        }
        guard end.directoryOffset <= end.recordOffset - end.directorySize else {
            throw file.damaged("its central directory lies outside the file")
        }
        let directory = ByteView(try file.read(at: end.directoryOffset, count: end.directorySize))
        var entries: [String: ZipEntry] = [:]
        var position = 0
        for _ in 0..<end.entryCount {
            let (entry, next) = try parseRecord(in: directory, at: position, file: file)
            position = next
            if entry.name.hasSuffix("/") { continue }
            let key = entry.name.lowercased()
            guard entries[key] == nil else { throw .duplicateEntry(file: file.displayName, entry: entry.name) }
            entries[key] = entry
        }
        let result = ZipDirectory(entries: entries, centralDirectoryOffset: end.directoryOffset)
        try result.checkSizesAndLayout(file: file, limits: limits)
        return result
    }

    /// Parses the central-directory record at `position`; returns the entry and where the next record starts.
    private static func parseRecord(
        in directory: ByteView, at position: Int, file: RandomAccessFile
    ) throws(XLSXReadError) -> (ZipEntry, Int) {
        guard directory.uint32(at: position) == 0x0201_4B50,
            let flags = directory.uint16(at: position + 8), let method = directory.uint16(at: position + 10),
            let crc = directory.uint32(at: position + 16),
            let compressed32 = directory.uint32(at: position + 20),
            let uncompressed32 = directory.uint32(at: position + 24),
            let nameLength = directory.uint16(at: position + 28),
            let extraLength = directory.uint16(at: position + 30),
            let commentLength = directory.uint16(at: position + 32),
            let offset32 = directory.uint32(at: position + 42)
        else { throw file.damaged("its central directory is cut short or damaged") }
        let nameStart = position + 46
        let extraStart = nameStart + Int(nameLength)
        let next = extraStart + Int(extraLength) + Int(commentLength)
        guard let nameBytes = directory.slice(nameStart, Int(nameLength)),
            let extra = directory.slice(extraStart, Int(extraLength)), next <= directory.count
        else { throw file.damaged("its central directory is cut short or damaged") }
        let rawName = String(decoding: nameBytes, as: UTF8.self)
        let name = rawName.replacingOccurrences(of: "\\", with: "/")
        guard isSafe(name: name, bytes: nameBytes) else {
            throw .unsafeEntryName(file: file.displayName, entry: rawName)
        }
        var sizes = (uncompressed: UInt64(uncompressed32), compressed: UInt64(compressed32), offset: UInt64(offset32))
        readZip64Fields(ByteView(extra), into: &sizes)
        let entry = ZipEntry(
            name: name, nameByteCount: Int(nameLength), flags: flags, method: method, crc32: crc,
            compressedSize: clamped(sizes.compressed), uncompressedSize: clamped(sizes.uncompressed),
            localHeaderOffset: clamped(sizes.offset))
        return (entry, next)
    }

    /// Replaces saturated 32-bit sizes and offset with the values of a ZIP64 extra field (header ID 1).
    private static func readZip64Fields(
        _ extra: ByteView, into sizes: inout (uncompressed: UInt64, compressed: UInt64, offset: UInt64)
    ) {
        var position = 0
        while let identifier = extra.uint16(at: position), let length = extra.uint16(at: position + 2) {
            let fieldStart = position + 4
            position = fieldStart + Int(length)
            guard identifier == 1, position <= extra.count else { continue }
            var cursor = fieldStart
            func next(_ value: inout UInt64) {
                guard value == 0xFFFF_FFFF, cursor + 8 <= position, let wide = extra.uint64(at: cursor) else { return }
                value = wide
                cursor += 8
            }
            next(&sizes.uncompressed)
            next(&sizes.compressed)
            next(&sizes.offset)
            return
        }
    }

    /// Whether a normalised entry name stays inside the package: not absolute, no "..", no NUL.
    private static func isSafe(name: String, bytes: ArraySlice<UInt8>) -> Bool {
        guard !bytes.contains(0), !name.hasPrefix("/") else { return false }
        let utf8 = Array(name.utf8.prefix(2))
        if utf8.count == 2, utf8[1] == UInt8(ascii: ":") { return false }  // "C:..." is a Windows absolute path
        return !name.split(separator: "/", omittingEmptySubsequences: false).contains("..")
    }

    /// Converts an unsigned size to Int, saturating (a saturated size fails every later bound).
    private static func clamped(_ value: UInt64) -> Int { Int(exactly: value) ?? Int.max }

    /// Checks the declared total against the limit and that no two entries share compressed bytes.
    private func checkSizesAndLayout(file: RandomAccessFile, limits: XLSXReadLimits) throws(XLSXReadError) {
        var total = 0
        for entry in entries.values {
            let (sum, overflow) = total.addingReportingOverflow(entry.uncompressedSize)
            total = overflow ? Int.max : sum
        }
        guard total <= limits.maxTotalBytes else {
            throw .packageTooLarge(file: file.displayName, declaredBytes: total, limit: limits.maxTotalBytes)
        }
        let ordered = entries.values.sorted { $0.localHeaderOffset < $1.localHeaderOffset }
        for (index, entry) in ordered.enumerated() {
            let (span, overflow) = entry.compressedSize.addingReportingOverflow(30 + entry.nameByteCount)
            let (dataEnd, overflowEnd) = entry.localHeaderOffset.addingReportingOverflow(span)
            guard !overflow, !overflowEnd, dataEnd <= centralDirectoryOffset else {
                throw file.damaged("entry '\(entry.name)' runs past the start of the central directory")
            }
            if index + 1 < ordered.count, dataEnd > ordered[index + 1].localHeaderOffset {
                throw .overlappingEntries(
                    file: file.displayName, entry: entry.name,
                    otherEntry: ordered[index + 1].name)
            }
        }
    }
}
