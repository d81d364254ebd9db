import Foundation
import TextNormalization

/// One cell of an output CSV: text is quoted/guarded as needed; a number is written as-is.
public enum CSVField: Sendable, Equatable {
    /// Free text: NFC-normalised, guarded against formula injection, quoted when needed.
    case text(String)
    /// A figure already formatted plainly (e.g. "2686", "51.25", "-3"): never guarded.
    case number(String)
    /// An empty cell.
    case empty
}

/// Builds RFC 4180 CSV bytes: comma delimiter, "\n" line ends, UTF-8, optional BOM.
///
/// Output is byte-identical for identical input.
public struct CSVWriter: Sendable {
    /// The bytes written so far, starting with the UTF-8 byte-order mark when one was asked for.
    public private(set) var bytes: [UInt8]

    private static let comma: UInt8 = 0x2C
    private static let quote: UInt8 = 0x22
    private static let lineFeed: UInt8 = 0x0A
    private static let carriageReturn: UInt8 = 0x0D
    private static let space: UInt8 = 0x20
    private static let apostrophe: UInt8 = 0x27
    /// First bytes that make a spreadsheet treat a cell as a formula: `=` `+` `-` `@` TAB CR.
    private static let formulaStarters: Set<UInt8> = [0x3D, 0x2B, 0x2D, 0x40, 0x09, 0x0D]

    /// A writer with no rows yet; with `byteOrderMark`, the output starts with EF BB BF so Excel reads it as UTF-8.
    public init(byteOrderMark: Bool = false) {
        bytes = byteOrderMark ? [0xEF, 0xBB, 0xBF] : []
    }

    /// Appends one record and its "\n" line end.
    ///
    /// A row of one empty cell is written as `""` so it is not mistaken for a blank line.
    public mutating func append(row: [CSVField]) {
        if row.count == 1, Self.rendersEmpty(row[0]) {
            bytes.append(contentsOf: [Self.quote, Self.quote, Self.lineFeed])
            return
        }
        for (position, field) in row.enumerated() {
            if position > 0 { bytes.append(Self.comma) }
            append(field: field)
        }
        bytes.append(Self.lineFeed)
    }

    /// The bytes one field writes (normalised, guarded, quoted), to append many times with `append(encoded:)`.
    public static func encoded(_ field: CSVField) -> [UInt8] {
        var writer = CSVWriter()
        writer.append(field: field)
        return writer.bytes
    }

    /// Appends bytes made by `encoded(_:)` (and commas) as they are.
    public mutating func append(encoded: [UInt8]) {
        bytes.append(contentsOf: encoded)
    }

    /// Appends one byte (a delimiter or line end) as it is.
    public mutating func append(byte: UInt8) {
        bytes.append(byte)
    }

    /// Appends a number written plainly, as `PlainNumber.text` writes it, straight as bytes (a number never needs
    /// quotes).
    public mutating func append(number value: Int64, hundredths: Bool) {
        if value < 0 { bytes.append(0x2D) }
        let magnitude = value.magnitude
        guard hundredths else {
            appendDigits(of: magnitude)
            return
        }
        appendDigits(of: magnitude / 100)
        bytes.append(0x2E)
        let fraction = UInt8(magnitude % 100)
        bytes.append(0x30 + fraction / 10)
        bytes.append(0x30 + fraction % 10)
    }

    /// Appends the decimal digits of `value`.
    private mutating func appendDigits(of value: UInt64) {
        var digits:
            (
                UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8,
                UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8
            ) =
                (0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0)
        var count = 0
        var rest = value
        withUnsafeMutableBytes(of: &digits) { buffer in
            repeat {
                buffer[19 - count] = 0x30 + UInt8(rest % 10)
                rest /= 10
                count += 1
            } while rest > 0
            bytes.append(contentsOf: buffer[(20 - count)...])
        }
    }

    /// Hands the bytes so far to `sink` and starts empty again (same buffer, no copy).
    public mutating func flush(to sink: ([UInt8]) throws -> Void) rethrows {
        try sink(bytes)
        bytes.removeAll(keepingCapacity: true)
    }

    /// Makes room for `count` more bytes.
    public mutating func reserve(_ count: Int) {
        bytes.reserveCapacity(bytes.count + count)
    }

    /// Appends the bytes of one cell.
    private mutating func append(field: CSVField) {
        switch field {
        case .empty:
            return
        case .number(let text):
            appendQuotedIfNeeded(Array(text.utf8))
        case .text(let text):
            // ASCII is already NFC: skip Foundation's normalisation (an NSString round trip per call).
            var utf8 = Array(TextNormalizer.nfc(text).utf8)
            if let first = utf8.first, Self.formulaStarters.contains(first) {
                utf8.insert(Self.apostrophe, at: 0)
            }
            appendQuotedIfNeeded(utf8)
        }
    }

    /// Appends `utf8`, in quotes with inner quotes doubled when it holds `,` `"` CR or LF or starts/ends with a space.
    private mutating func appendQuotedIfNeeded(_ utf8: [UInt8]) {
        let needsQuotes =
            utf8.first == Self.space || utf8.last == Self.space
            || utf8.contains {
                $0 == Self.comma || $0 == Self.quote || $0 == Self.carriageReturn || $0 == Self.lineFeed
            }
        guard needsQuotes else {
            bytes.append(contentsOf: utf8)
            return
        }
        bytes.append(Self.quote)
        for byte in utf8 {
            if byte == Self.quote { bytes.append(Self.quote) }
            bytes.append(byte)
        }
        bytes.append(Self.quote)
    }

    /// True when the field writes no bytes at all.
    private static func rendersEmpty(_ field: CSVField) -> Bool {
        switch field {
        case .empty: true
        case .text(let text), .number(let text): text.isEmpty
        }
    }
}
