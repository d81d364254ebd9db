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
    /// A Vietnamese message when the file is not UTF-8 at all.
    let encodingProblem: String?

    /// Decides the dialect from the first bytes of a file.
    init(sniffing prefix: [UInt8]) {
        if let foreign = Self.foreignEncoding(of: prefix) {
            delimiter = .comma
            byteOrderMarkLength = 0
            encodingProblem = "Tệp không phải UTF-8 (có vẻ là \(foreign)). Hãy lưu lại bằng 'CSV UTF-8 (Comma delimited)'."
            return
        }
        byteOrderMarkLength = prefix.starts(with: [0xEF, 0xBB, 0xBF]) ? 3 : 0
        delimiter = Self.detectDelimiter(in: prefix.dropFirst(byteOrderMarkLength))
        encodingProblem = nil
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
