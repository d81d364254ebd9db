import Foundation

/// Turns a cell's type attribute and raw texts into an `XLSXValue`, checking each against the format's rules.
struct CellValueDecoder {
    /// The cell types of the `t` attribute.
    enum CellType {
        /// `n` or no `t`: a number in `<v>`.
        case number
        /// `s`: an index into the shared-string table.
        case sharedString
        /// `str`: a formula's text result.
        case formulaString
        /// `inlineStr`: text in `<is>`.
        case inlineString
        /// `b`: 0 or 1.
        case boolean
        /// `e`: an error such as "#DIV/0!".
        case error
        /// `d`: an ISO 8601 date, kept as text.
        case date

        /// The type for a `t` attribute, or nil for an unknown one.
        init?(attribute: String?) {
            switch attribute {
            case nil, "n": self = .number
            case "s": self = .sharedString
            case "str": self = .formulaString
            case "inlineStr": self = .inlineString
            case "b": self = .boolean
            case "e": self = .error
            case "d": self = .date
            default: return nil
            }
        }
    }

    /// The sheet being read.
    let context: WorksheetHandler.Context
    /// Zero-based row of the cell.
    let row: Int
    /// Zero-based column of the cell.
    let column: Int

    /// The value of a cell of `type` whose `<v>` text is `value` and whose `<is>` text is `inlineString`
    /// (each nil when the element is absent).
    func decode(type: CellType, value: String?, inlineString: String?) throws(XLSXReadError) -> XLSXValue {
        switch type {
        case .inlineString:
            if let inlineString { return .text(TextNormalizer.nfc(inlineString)) }
            return value.map { .text(TextNormalizer.nfc($0)) } ?? .empty
        case .formulaString:
            return value.map { .text(TextNormalizer.nfc($0)) } ?? .empty
        case .number, .sharedString, .boolean, .error, .date:
            guard let value else { return .empty }
            let literal = Self.trimmed(value)
            guard !literal.isEmpty else { return .empty }
            return try decodeLiteral(literal, type: type)
        }
    }

    /// A value from the trimmed, non-empty text of `<v>`.
    private func decodeLiteral(_ literal: String, type: CellType) throws(XLSXReadError) -> XLSXValue {
        switch type {
        case .sharedString:
            let strings = context.sharedStrings
            guard let index = Int(literal), index >= 0, index < strings.count else {
                throw .sharedStringIndexOutOfRange(
                    file: context.file, sheet: context.sheet, cell: reference,
                    index: String(literal.prefix(40)), count: strings.count)
            }
            return .text(strings[index])
        case .boolean:
            switch literal {
            case "1", "true": return .bool(true)
            case "0", "false": return .bool(false)
            default: throw invalid("boolean '\(literal.prefix(40))'")
            }
        case .error: return .error(literal)
        case .date: return .text(literal)
        case .number, .formulaString, .inlineString:
            guard Self.isNumberLiteral(literal) else { throw invalid("number '\(literal.prefix(40))'") }
            return .number(literal)
        }
    }

    /// The cell's A1 reference.
    private var reference: String { CellReference.a1(row: row, column: column) }

    private func invalid(_ what: String) -> XLSXReadError {
        .invalidContent(file: context.file, part: context.part,
                        reason: "cell \(reference) of sheet '\(context.sheet)' holds the invalid \(what)")
    }

    /// Whether `text` is a decimal number as XML Schema writes a double: "-12", "51.25", ".5", "1E-3", "2.5e+10".
    static func isNumberLiteral(_ text: String) -> Bool {
        var bytes = text.utf8[...]
        if let sign = bytes.first, sign == UInt8(ascii: "-") || sign == UInt8(ascii: "+") { bytes = bytes.dropFirst() }
        let integerDigits = bytes.prefix(while: isDigit).count
        bytes = bytes.dropFirst(integerDigits)
        var fractionDigits = 0
        if bytes.first == UInt8(ascii: ".") {
            bytes = bytes.dropFirst()
            fractionDigits = bytes.prefix(while: isDigit).count
            bytes = bytes.dropFirst(fractionDigits)
        }
        guard integerDigits + fractionDigits > 0 else { return false }
        guard let marker = bytes.first else { return true }
        guard marker == UInt8(ascii: "E") || marker == UInt8(ascii: "e") else { return false }
        bytes = bytes.dropFirst()
        if let sign = bytes.first, sign == UInt8(ascii: "-") || sign == UInt8(ascii: "+") { bytes = bytes.dropFirst() }
        let exponentDigits = bytes.prefix(while: isDigit).count
        return exponentDigits > 0 && exponentDigits == bytes.count
    }

    private static func isDigit(_ byte: UInt8) -> Bool { byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9") }

    /// `text` without leading and trailing XML whitespace (space, tab, CR, LF); unchanged when there is none.
    static func trimmed(_ text: String) -> String {
        let utf8 = text.utf8
        guard let first = utf8.first, let last = utf8.last, isBlank(first) || isBlank(last) else { return text }
        guard let start = utf8.firstIndex(where: { !isBlank($0) }),
              let end = utf8.lastIndex(where: { !isBlank($0) })
        else { return "" }
        return String(text[start...end])
    }

    private static func isBlank(_ byte: UInt8) -> Bool {
        byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D
    }
}
