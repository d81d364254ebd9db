/// What the first bytes of a CSV file say about how to read it: encoding, byte-order mark and delimiter.
struct CSVDialect: Equatable {
    /// How many leading bytes are read at open to decide the dialect.
    static let sniffByteCount = 64 * 1024
    /// How many leading bytes are searched for NUL bytes (a sign of UTF-16 without a byte-order mark).
    static let nulSearchByteCount = 4 * 1024

    /// The delimiter most frequent outside quotes on the first non-blank line.
    let delimiter: CSVDelimiter
    /// 3 when the file starts with a UTF-8 byte-order mark, else 0.
    let byteOrderMarkLength: Int
    /// Why the file cannot be read at all (not UTF-8, or not a CSV file), nil when it can.
    let fileProblem: CSVFileProblem?

    /// Decides the dialect from the first bytes of a file; `isWholeFile` is false when the file
    /// goes on past `prefix` (a multi-byte character may then be cut at its end).
    init(sniffing prefix: [UInt8], isWholeFile: Bool = true) {
        if let problem = Self.fileProblem(of: prefix, isWholeFile: isWholeFile) {
            delimiter = .comma
            byteOrderMarkLength = 0
            fileProblem = problem
            return
        }
        byteOrderMarkLength = prefix.starts(with: [0xEF, 0xBB, 0xBF]) ? 3 : 0
        delimiter = Self.detectDelimiter(in: prefix.dropFirst(byteOrderMarkLength))
        fileProblem = nil
    }

    /// What makes the file unreadable as a whole, judged from its first bytes: another program's
    /// file under a .csv name, UTF-16 or UTF-32, or bytes that are not UTF-8 (a legacy code page).
    static func fileProblem(of prefix: [UInt8], isWholeFile: Bool) -> CSVFileProblem? {
        if prefix.starts(with: [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1]) { return .compoundFile }
        if prefix.starts(with: [0x50, 0x4B, 0x03, 0x04]) { return .zip }
        if let foreign = foreignEncoding(of: prefix) { return .unicode(foreign) }
        let isUTF8 = prefix.withUnsafeBufferPointer { bytes in
            UTF8Field.isWellFormedPrefix(bytes, mayBeCut: !isWholeFile)
        }
        return isUTF8 ? nil : .legacyEncoding
    }

    /// "UTF-16" or "UTF-32" when the byte-order mark or NUL bytes say the file is not UTF-8.
    static func foreignEncoding(of prefix: [UInt8]) -> String? {
        if prefix.starts(with: [0xFF, 0xFE, 0x00, 0x00]) || prefix.starts(with: [0x00, 0x00, 0xFE, 0xFF]) {
            return "UTF-32"
        }
        if prefix.starts(with: [0xFF, 0xFE]) || prefix.starts(with: [0xFE, 0xFF]) {
            return "UTF-16"
        }
        // Without a byte-order mark, UTF-16 text shows NULs in every other byte of its ASCII
        // characters; a stray NUL or two is a broken row, left to the row scanner.
        let sample = prefix.prefix(nulSearchByteCount)
        let nulCount = sample.reduce(0) { $0 + ($1 == 0 ? 1 : 0) }
        if sample.count >= 4, nulCount * 4 >= sample.count {
            return "UTF-16"
        }
        return nil
    }

    /// The candidate among `,` `;` TAB occurring most often outside quotes on the first non-blank line.
    ///
    /// Ties go to comma, then semicolon, then tab; a line with none of them gives comma.
    static func detectDelimiter(in bytes: ArraySlice<UInt8>) -> CSVDelimiter {
        let candidates: [CSVDelimiter] = [.comma, .semicolon, .tab]
        var counts = [0, 0, 0]
        var insideQuotes = false
        var lineHasContent = false
        for byte in bytes {
            if byte == CSVByte.quote {
                insideQuotes.toggle()
                lineHasContent = true
                continue
            }
            if insideQuotes { continue }
            if byte == CSVByte.lineFeed || byte == CSVByte.carriageReturn {
                if lineHasContent { break }
                counts = [0, 0, 0]
                continue
            }
            if let index = candidates.firstIndex(where: { $0.rawValue == byte }) {
                counts[index] += 1
            }
            if byte != CSVByte.space && byte != CSVByte.tab { lineHasContent = true }
        }
        var best = CSVDelimiter.comma
        var bestCount = 0
        for (candidate, count) in zip(candidates, counts) where count > bestCount {
            best = candidate
            bestCount = count
        }
        return best
    }
}

/// Why a CSV file is refused as a whole before any of its rows is read.
public enum CSVFileProblem: Sendable, Equatable {
    /// UTF-16 or UTF-32 (the name of the encoding), as Excel's "Unicode text" writes.
    case unicode(String)
    /// Bytes that are not UTF-8: Windows-1258, TCVN3, VNI or another legacy code page.
    case legacyEncoding
    /// An OLE compound file: an Excel 97–2003 workbook renamed, or a password-protected one.
    case compoundFile
    /// A zip archive: an xlsx workbook renamed.
    case zip

    /// The finding that says so.
    var message: FindingMessage {
        switch self {
        case .unicode(let encoding): .fileUnicodeEncoding(encoding: encoding)
        case .legacyEncoding: .fileLegacyEncoding
        case .compoundFile: .unreadableFormat(.compoundFile(extension: "csv"))
        case .zip: .unreadableFormat(.workbookNamedCSV)
        }
    }
}

/// The byte values the CSV reader looks for.
enum CSVByte {
    /// `"`
    static let quote: UInt8 = 0x22
    /// LF
    static let lineFeed: UInt8 = 0x0A
    /// CR
    static let carriageReturn: UInt8 = 0x0D
    /// SPACE
    static let space: UInt8 = 0x20
    /// TAB
    static let tab: UInt8 = 0x09
    /// NUL
    static let nul: UInt8 = 0x00
}
