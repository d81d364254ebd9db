import Foundation

/// The end-of-central-directory record of a zip (classic or ZIP64): where the table of contents is and how long.
struct EndOfCentralDirectory {
    /// Number of entries the central directory lists.
    let entryCount: Int
    /// Size of the central directory in bytes.
    let directorySize: Int
    /// File offset where the central directory starts.
    let directoryOffset: Int
    /// File offset of the end record (the ZIP64 one when present): the central directory must end before it.
    let recordOffset: Int

    /// Largest span at the end of a zip that can hold the end record: 22 bytes plus a 65,535-byte comment.
    private static let maxTailBytes = 22 + 65_535

    /// Finds and checks the end record, explaining in the error what the file seems to be when it has none.
    static func locate(in file: RandomAccessFile) throws(XLSXReadError) -> EndOfCentralDirectory {
        guard file.size >= 22 else { throw notAZip(file) }
        let tailStart = file.size - min(file.size, maxTailBytes)
        let tail = ByteView(try file.read(at: tailStart, count: file.size - tailStart))
        var candidate = tail.lastIndex(ofSignature: 0x0605_4B50, from: tail.count - 22)
        while let position = candidate {
            if let commentLength = tail.uint16(at: position + 20), position + 22 + Int(commentLength) <= tail.count {
                return try parse(tail, at: position, absoluteOffset: tailStart + position, file: file)
            }
            candidate = position > 0 ? tail.lastIndex(ofSignature: 0x0605_4B50, from: position - 1) : nil
        }
        throw notAZip(file)
    }

    /// Reads the classic record at `position` of `tail`, following it to the ZIP64 record when it is saturated.
    private static func parse(
        _ tail: ByteView, at position: Int, absoluteOffset: Int, file: RandomAccessFile
    ) throws(XLSXReadError) -> EndOfCentralDirectory {
        guard let disk = tail.uint16(at: position + 4), let directoryDisk = tail.uint16(at: position + 6),
            let entriesOnDisk = tail.uint16(at: position + 8), let entries = tail.uint16(at: position + 10),
            let size = tail.uint32(at: position + 12), let offset = tail.uint32(at: position + 16)
        else { throw file.damaged("its end record is cut short") }
        if entries == 0xFFFF || size == 0xFFFF_FFFF || offset == 0xFFFF_FFFF {
            return try parseZip64(locatorOffset: absoluteOffset - 20, file: file)
        }
        guard disk == 0, directoryDisk == 0, entriesOnDisk == entries else {
            throw .notAnXLSX(file: file.displayName, reason: "it is one part of a zip split across several files")
        }
        return EndOfCentralDirectory(
            entryCount: Int(entries), directorySize: Int(size), directoryOffset: Int(offset),
            recordOffset: absoluteOffset)
    }

    /// Reads the ZIP64 locator just before the classic record, then the ZIP64 end record it points to.
    private static func parseZip64(
        locatorOffset: Int, file: RandomAccessFile
    ) throws(XLSXReadError) -> EndOfCentralDirectory {
        guard locatorOffset >= 0 else { throw file.damaged("its ZIP64 end record is missing") }
        let locator = ByteView(try file.read(at: locatorOffset, count: 20))
        guard locator.uint32(at: 0) == 0x0706_4B50, let recordOffset64 = locator.uint64(at: 8),
            let recordOffset = Int(exactly: recordOffset64), recordOffset <= locatorOffset - 56
        else { throw file.damaged("its ZIP64 end record is missing or misplaced") }
        let record = ByteView(try file.read(at: recordOffset, count: 56))
        guard record.uint32(at: 0) == 0x0606_4B50,
            let disk = record.uint32(at: 16), let directoryDisk = record.uint32(at: 20),
            let entriesOnDisk = record.uint64(at: 24), let entries = record.uint64(at: 32),
            let size = record.uint64(at: 40), let offset = record.uint64(at: 48)
        else { throw file.damaged("its ZIP64 end record is damaged") }
        guard disk == 0, directoryDisk == 0, entriesOnDisk == entries else {
            throw .notAnXLSX(file: file.displayName, reason: "it is one part of a zip split across several files")
        }
        return EndOfCentralDirectory(
            entryCount: Int(exactly: entries) ?? Int.max, directorySize: Int(exactly: size) ?? Int.max,
            directoryOffset: Int(exactly: offset) ?? Int.max, recordOffset: recordOffset)
    }

    /// The error for a file without an end record, naming what the file looks like instead.
    private static func notAZip(_ file: RandomAccessFile) -> XLSXReadError {
        let head = (try? file.read(at: 0, count: min(file.size, 8))).map { [UInt8]($0) } ?? []
        let reason: String
        if file.size == 0 {
            reason = "the file is empty"
        } else if head.starts(with: [0x50, 0x4B, 0x03, 0x04]) {
            reason = "the zip archive is truncated or damaged (its central directory is missing)"
        } else if head.starts(with: [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1]) {
            reason =
                "it is an OLE2 compound file: an old Excel 97–2003 .xls, or a password-protected .xlsx; "
                + "open it in Excel or LibreOffice and save it as an unprotected .xlsx"
        } else {
            reason = "it is not a zip archive (an .xlsx file is a zip of XML parts)"
        }
        return .notAnXLSX(file: file.displayName, reason: reason)
    }
}
