import Foundation
import TextNormalization

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

    /// The value of the cell at (`row`, `column`) of `type` whose `<v>` text is `value` and whose `<is>` text
    /// is `inlineString` (each nil when the element is absent).
    func decode(
        type: CellType, value: String?, inlineString: String?, row: Int, column: Int
    ) throws(XLSXReadError) -> XLSXValue {
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
            return try decodeLiteral(literal, type: type, row: row, column: column)
        }
    }

    /// A value from the trimmed, non-empty text of `<v>`.
    private func decodeLiteral(
        _ literal: String, type: CellType, row: Int, column: Int
    ) throws(XLSXReadError) -> XLSXValue {
        let reference = { CellReference.a1(row: row, column: column) }
        switch type {
        case .sharedString:
            let strings = context.sharedStrings
            guard let index = Int(literal), index >= 0, index < strings.count else {
                throw .sharedStringIndexOutOfRange(
                    file: context.file, sheet: context.sheet, cell: reference(),
                    index: String(literal.prefix(40)), count: strings.count)
            }
            return .text(strings[index])
        case .boolean:
            switch literal {
            case "1", "true": return .bool(true)
            case "0", "false": return .bool(false)
            default: throw invalid("boolean '\(literal.prefix(40))'", at: reference())
            }
        case .error: return .error(literal)
        case .date: return .text(literal)
        case .number, .formulaString, .inlineString:
            guard Self.isNumberLiteral(literal) else {
                throw invalid("number '\(literal.prefix(40))'", at: reference())
            }
            return .number(literal)
        }
    }

    private func invalid(_ what: String, at reference: String) -> XLSXReadError {
        .invalidContent(
            file: context.file, part: context.part,
            reason: "cell \(reference) of sheet '\(context.sheet)' holds the invalid \(what)")
    }

    /// Whether `text` is a decimal number as XML Schema writes a double: "-12", "51.25", ".5", "1E-3", "2.5e+10".
    static func isNumberLiteral(_ text: String) -> Bool {
        var text = text
        return text.withUTF8 { bytes in
            var index = 0
            func skipSign() {
                if index < bytes.count, bytes[index] == UInt8(ascii: "-") || bytes[index] == UInt8(ascii: "+") {
                    index += 1
                }
            }
            func digitRun() -> Int {
                let start = index
                while index < bytes.count, bytes[index] >= UInt8(ascii: "0"), bytes[index] <= UInt8(ascii: "9") {
                    index += 1
                }
                return index - start
            }
            skipSign()
            var mantissaDigits = digitRun()
            if index < bytes.count, bytes[index] == UInt8(ascii: ".") {
                index += 1
                mantissaDigits += digitRun()
            }
            guard mantissaDigits > 0 else { return false }
            guard index < bytes.count else { return true }
            guard bytes[index] == UInt8(ascii: "E") || bytes[index] == UInt8(ascii: "e") else { return false }
            index += 1
            skipSign()
            return digitRun() > 0 && index == bytes.count
        }
    }

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
