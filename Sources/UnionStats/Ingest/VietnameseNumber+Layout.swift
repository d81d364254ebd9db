/// A figure's characters reduced to ASCII symbols, surrounding whitespace trimmed.
enum NumberSymbols {
    static let zero: UInt8 = 0x30
    static let nine: UInt8 = 0x39
    static let dot: UInt8 = 0x2E
    static let comma: UInt8 = 0x2C
    static let minus: UInt8 = 0x2D
    /// A space that may group thousands: regular, non-breaking, thin or narrow non-breaking.
    static let groupSpace: UInt8 = 0x20
    /// Other whitespace or an invisible character: trimmed at the ends, not allowed inside.
    static let otherSpace: UInt8 = 0x09
    /// Anything else: a letter, a unit, a currency sign.
    static let other: UInt8 = 0xFF

    /// True for `0`...`9`.
    static func isDigit(_ symbol: UInt8) -> Bool { symbol &- zero < 10 }

    /// The symbols of `text` without leading and trailing whitespace.
    static func trimmed(_ text: String) -> ArraySlice<UInt8> {
        var symbols: [UInt8] = []
        symbols.reserveCapacity(16)
        for byte in text.utf8 {
            guard byte < 0x80 else { return symbolsOfScalars(text) }
            symbols.append(symbol(ofASCII: byte))
        }
        return trimSpaces(symbols)
    }

    /// The symbol of an ASCII byte.
    private static func symbol(ofASCII byte: UInt8) -> UInt8 {
        switch byte {
        case 0x30...0x39, 0x2B...0x2E: byte
        case 0x20: groupSpace
        case 0x09...0x0D: otherSpace
        default: other
        }
    }

    /// The symbols of text holding non-ASCII characters, trimmed.
    private static func symbolsOfScalars(_ text: String) -> ArraySlice<UInt8> {
        let symbols = text.unicodeScalars.map { scalar -> UInt8 in
            switch scalar.value {
            case 0..<0x80: symbol(ofASCII: UInt8(scalar.value))
            case 0x2212: minus
            case 0xA0, 0x2009, 0x202F: groupSpace
            case 0x200B, 0xFEFF: otherSpace
            default: scalar.properties.isWhitespace ? otherSpace : other
            }
        }
        return trimSpaces(symbols)
    }

    /// `symbols` without spaces at either end.
    private static func trimSpaces(_ symbols: [UInt8]) -> ArraySlice<UInt8> {
        let isSpace = { (symbol: UInt8) in symbol == groupSpace || symbol == otherSpace }
        guard let first = symbols.firstIndex(where: { !isSpace($0) }),
            let last = symbols.lastIndex(where: { !isSpace($0) })
        else { return [] }
        return symbols[first...last]
    }

    /// The text as given, without surrounding whitespace or invisible characters, for messages.
    static func trimmedText(_ text: String) -> String {
        let scalars = Array(text.unicodeScalars)
        let isTrimmable = { (scalar: Unicode.Scalar) in
            scalar.properties.isWhitespace || scalar.value == 0x200B || scalar.value == 0xFEFF
        }
        guard let first = scalars.firstIndex(where: { !isTrimmable($0) }),
            let last = scalars.lastIndex(where: { !isTrimmable($0) })
        else { return "" }
        var result = String.UnicodeScalarView()
        result.append(contentsOf: scalars[first...last])
        return String(result)
    }
}

/// Decides what each separator of a figure means and splits it into integer and fraction parts.
enum NumberLayout {
    /// The integer part (digits, perhaps with group separators) and the fraction digits.
    struct Parts {
        var integer: ArraySlice<UInt8>
        var fraction: ArraySlice<UInt8>
    }

    typealias Symbols = ArraySlice<UInt8>
    typealias Outcome = Result<Parts, VietnameseNumber.ShapeProblem>

    /// The parts of an unsigned body, or why it has no single meaning.
    static func split(_ body: Symbols) -> Outcome {
        var dots = 0
        var commas = 0
        var spaces = 0
        for symbol in body where !NumberSymbols.isDigit(symbol) {
            switch symbol {
            case NumberSymbols.dot: dots += 1
            case NumberSymbols.comma: commas += 1
            case NumberSymbols.groupSpace: spaces += 1
            default: return .failure(.notANumber)
            }
        }
        guard !body.isEmpty else { return .failure(.notANumber) }
        if spaces > 0 { return spaceGrouped(body, decimalMarks: dots + commas) }
        switch (dots, commas) {
        case (0, 0): return .success(Parts(integer: body, fraction: []))
        case (_, 0): return oneKind(body, separator: NumberSymbols.dot, count: dots)
        case (0, _): return oneKind(body, separator: NumberSymbols.comma, count: commas)
        default: return mixed(body)
        }
    }

    /// Only dots or only commas: thousands groups, a decimal mark, or ambiguous.
    static func oneKind(_ body: Symbols, separator: UInt8, count: Int) -> Outcome {
        guard count == 1 else {
            return isGrouped(body, by: separator) ? .success(Parts(integer: body, fraction: [])) : .failure(.notANumber)
        }
        guard let mark = body.firstIndex(of: separator) else { return .failure(.notANumber) }
        let before = body[..<mark]
        let after = body[(mark + 1)...]
        guard !before.isEmpty, !after.isEmpty else { return .failure(.notANumber) }
        let decimal = Parts(integer: before, fraction: after)
        guard after.count == 3 else { return .success(decimal) }
        if separator == NumberSymbols.dot {
            return isGrouped(body, by: separator) ? .success(Parts(integer: body, fraction: [])) : .failure(.ambiguous)
        }
        return before.count <= 3 ? .failure(.ambiguous) : .success(decimal)
    }

    /// Both dots and commas: `1.234,5` or `1,234.5`; anything else has no single meaning.
    static func mixed(_ body: Symbols) -> Outcome {
        guard let markIndex = body.lastIndex(where: { $0 == NumberSymbols.dot || $0 == NumberSymbols.comma }) else {
            return .failure(.notANumber)
        }
        let mark = body[markIndex]
        let groupSeparator = mark == NumberSymbols.comma ? NumberSymbols.dot : NumberSymbols.comma
        let before = body[..<markIndex]
        let after = body[(markIndex + 1)...]
        guard !after.isEmpty, isGrouped(before, by: groupSeparator) else { return .failure(.notANumber) }
        return .success(Parts(integer: before, fraction: after))
    }

    /// Space-grouped thousands (`1 234 567`), optionally followed by one decimal mark and digits.
    static func spaceGrouped(_ body: Symbols, decimalMarks: Int) -> Outcome {
        guard decimalMarks <= 1 else { return .failure(.notANumber) }
        var parts = Parts(integer: body, fraction: [])
        if let mark = body.firstIndex(where: { $0 == NumberSymbols.dot || $0 == NumberSymbols.comma }) {
            parts = Parts(integer: body[..<mark], fraction: body[(mark + 1)...])
            guard !parts.fraction.isEmpty, parts.fraction.allSatisfy(NumberSymbols.isDigit) else {
                return .failure(.notANumber)
            }
        }
        return isGrouped(parts.integer, by: NumberSymbols.groupSpace) ? .success(parts) : .failure(.notANumber)
    }

    /// True when `part` is digit groups split by `separator`: first 1–3 digits not starting with 0, then groups of 3.
    static func isGrouped(_ part: Symbols, by separator: UInt8) -> Bool {
        var separatorsSeen = 0
        var groupLength = 0
        var firstGroupStartsWithZero = false
        for symbol in part {
            if symbol == separator {
                let validGroup =
                    separatorsSeen == 0
                    ? (1...3).contains(groupLength) && !firstGroupStartsWithZero
                    : groupLength == 3
                guard validGroup else { return false }
                separatorsSeen += 1
                groupLength = 0
            } else if NumberSymbols.isDigit(symbol) {
                if separatorsSeen == 0, groupLength == 0, symbol == NumberSymbols.zero {
                    firstGroupStartsWithZero = true
                }
                groupLength += 1
            } else {
                return false
            }
        }
        return separatorsSeen > 0 && groupLength == 3
    }
}
