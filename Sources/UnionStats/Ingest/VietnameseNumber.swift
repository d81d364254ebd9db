/// An exact decimal number: significand × 10^-scale.
///
/// Two values are equal when they denote the same number, so `2,50` (250, scale 2) equals `2,5` (25, scale 1).
public struct ExactDecimal: Hashable, Sendable, CustomStringConvertible {
    /// The largest number of decimal places a value may have.
    public static let maxScale = 6

    /// The digits of the number without its decimal point, e.g. 12345 for 1234.5.
    public var significand: Int64
    /// How many of the significand's digits are decimals (0...6).
    public var scale: Int

    /// The value `significand` × 10^-`scale`; `scale` is clamped to 0...6.
    public init(significand: Int64, scale: Int = 0) {
        self.significand = significand
        self.scale = min(max(scale, 0), Self.maxScale)
    }

    /// True when the fractional part is zero (so `2,00` is whole).
    public var isWhole: Bool { significand % Self.powerOfTen(scale) == 0 }

    /// The value as an integer when it is whole, else nil.
    public var wholeValue: Int64? { isWhole ? significand / Self.powerOfTen(scale) : nil }

    /// The value written plainly with a dot as decimal point and no grouping, e.g. "1234.5", "-3", "2.50".
    public var description: String {
        let divisor = UInt64(Self.powerOfTen(scale))
        let magnitude = significand.magnitude
        let sign = significand < 0 ? "-" : ""
        let integerPart = String(magnitude / divisor)
        guard scale > 0 else { return sign + integerPart }
        let fraction = String(magnitude % divisor)
        let padding = String(repeating: "0", count: scale - fraction.count)
        return sign + integerPart + "." + padding + fraction
    }

    /// The same value with trailing decimal zeros removed, so equal numbers look alike.
    var normalized: ExactDecimal {
        var result = self
        while result.scale > 0, result.significand % 10 == 0 {
            result.significand /= 10
            result.scale -= 1
        }
        return result
    }

    /// True when both denote the same number, whatever their scales.
    public static func == (lhs: ExactDecimal, rhs: ExactDecimal) -> Bool {
        let left = lhs.normalized
        let right = rhs.normalized
        return left.significand == right.significand && left.scale == right.scale
    }

    /// Hashes the normalized value, consistent with `==`.
    public func hash(into hasher: inout Hasher) {
        let value = normalized
        hasher.combine(value.significand)
        hasher.combine(value.scale)
    }

    /// 10^exponent for exponent in 0...18.
    static func powerOfTen(_ exponent: Int) -> Int64 {
        var result: Int64 = 1
        for _ in 0..<exponent { result *= 10 }
        return result
    }
}

/// Why a text could not be read as a number.
public enum NumberProblem: Error, Hashable, Sendable {
    /// The cell is empty (an empty value is a finding, not a zero).
    case empty
    /// The text reads two ways (e.g. `1,234`: decimal comma or English thousands).
    case ambiguous(String)
    /// The text is a negative number, which a report figure cannot be.
    case negative(String)
    /// The text is not a number at all (letters, units, exponents, misplaced separators).
    case notANumber(String)
    /// The number is above 10^15, has more than 6 decimals, or does not fit.
    case tooLarge(String)

    /// What the federation staff should do, in Vietnamese.
    public var message: String {
        switch self {
        case .empty:
            "Ô để trống. Hãy điền số liệu (ghi 0 nếu không có)."
        case .ambiguous(let text):
            "Số '\(text)' không rõ nghĩa: \(text.contains(",") ? "dấu phẩy" : "dấu chấm") là dấu thập phân hay dấu phân cách hàng nghìn? Hãy hỏi lại đơn vị gửi báo cáo."
        case .negative(let text):
            "Số '\(text)' là số âm; số liệu báo cáo không được âm. Hãy hỏi lại đơn vị gửi báo cáo."
        case .notANumber(let text):
            "'\(text)' không phải là số. Chỉ ghi chữ số, dấu chấm phân cách hàng nghìn và dấu phẩy thập phân (ví dụ 1.234,5); không ghi đơn vị như 'đồng' hay 'người' trong ô."
        case .tooLarge(let text):
            "Số '\(text)' quá lớn hoặc có quá 6 chữ số thập phân (tối đa 1.000.000.000.000.000). Hãy kiểm tra lại giá trị."
        }
    }
}

/// Reads figures typed with Vietnamese habits (dot for thousands, comma for decimals) exactly, never via Double.
///
/// Rules, after trimming surrounding whitespace (non-breaking space included):
/// - digits only: an integer (`007` is 7);
/// - dots only: one dot followed by exactly 3 digits after a 1–3 digit group not starting with 0 is a thousands
///   separator (`2.686` = 2686); several dots must all form such groups (`22.750.000`); one dot followed by other
///   than 3 digits is a decimal point (`51.25`); one dot followed by 3 digits after any other group (`0.500`,
///   `1234.567`) is ambiguous;
/// - commas only: one comma followed by exactly 3 digits after 1–3 digits (`1,234`, `0,500`) is ambiguous; any
///   other single comma is a decimal comma (`51,5`, `1234,567`); several commas must form English groups (`1,234,567`);
/// - both: `1.234,5` (dot groups, then one decimal comma) or `1,234.5` (comma groups, then one decimal dot);
/// - spaces: the strict form `1 234 567` (regular, non-breaking or thin space), optionally with one decimal mark;
/// - a leading `-` is `.negative`, even for `-0`; `+`, letters, exponents, `.5`, `5.` are `.notANumber`;
/// - above 10^15, more than 6 significant decimals, or beyond Int64 is `.tooLarge`.
public enum VietnameseNumber {
    /// The largest value accepted: 10^15.
    static let maxMagnitude: Int64 = 1_000_000_000_000_000

    /// Reads `text` as an exact non-negative decimal, or says why it cannot.
    public static func parse(_ text: some StringProtocol) -> Result<ExactDecimal, NumberProblem> {
        let tokens = NumberTokens(text)
        guard !tokens.isEmpty else { return .failure(.empty) }
        var body = tokens.symbols[...]
        let isNegative = body.first == NumberTokens.minus
        if isNegative { body = body.dropFirst() }
        switch parseUnsigned(body) {
        case .success(let value):
            return isNegative ? .failure(.negative(tokens.trimmedText)) : .success(value)
        case .failure(.notANumber):
            return .failure(.notANumber(tokens.trimmedText))
        case .failure(let shape):
            if isNegative { return .failure(.negative(tokens.trimmedText)) }
            return .failure(shape == .ambiguous ? .ambiguous(tokens.trimmedText) : .tooLarge(tokens.trimmedText))
        }
    }

    /// Why an unsigned body failed, before the original text is attached.
    enum ShapeProblem: Error {
        case ambiguous, notANumber, tooLarge
    }

    /// Reads a body of digits and separators (no sign) following the rules above.
    static func parseUnsigned(_ body: ArraySlice<UInt8>) -> Result<ExactDecimal, ShapeProblem> {
        switch NumberLayout.split(body) {
        case .success(let parts):
            return value(integerDigits: parts.integer, fractionDigits: parts.fraction)
        case .failure(let problem):
            return .failure(problem)
        }
    }

    /// Builds the exact value of the given digit strings, enforcing the size limits.
    static func value(integerDigits: [UInt8], fractionDigits: [UInt8]) -> Result<ExactDecimal, ShapeProblem> {
        let integer = integerDigits.drop { $0 == NumberTokens.zero }
        var fraction = fractionDigits[...]
        while fraction.count > ExactDecimal.maxScale, fraction.last == NumberTokens.zero { fraction = fraction.dropLast() }
        guard fraction.count <= ExactDecimal.maxScale, integer.count <= 16 else { return .failure(.tooLarge) }
        var integerValue: Int64 = 0
        for digit in integer { integerValue = integerValue * 10 + Int64(digit - NumberTokens.zero) }
        var fractionValue: Int64 = 0
        for digit in fraction { fractionValue = fractionValue * 10 + Int64(digit - NumberTokens.zero) }
        guard integerValue < maxMagnitude || (integerValue == maxMagnitude && fractionValue == 0) else {
            return .failure(.tooLarge)
        }
        let (shifted, overflow) = integerValue.multipliedReportingOverflow(by: ExactDecimal.powerOfTen(fraction.count))
        let (significand, sumOverflow) = shifted.addingReportingOverflow(fractionValue)
        guard !overflow, !sumOverflow else { return .failure(.tooLarge) }
        return .success(ExactDecimal(significand: significand, scale: fraction.count))
    }
}

/// The characters of a figure reduced to ASCII symbols, with surrounding whitespace trimmed.
struct NumberTokens {
    static let zero: UInt8 = 0x30
    static let nine: UInt8 = 0x39
    static let dot: UInt8 = 0x2E
    static let comma: UInt8 = 0x2C
    static let minus: UInt8 = 0x2D
    static let space: UInt8 = 0x20
    static let other: UInt8 = 0xFF

    /// Digits, `.`, `,`, `-`, `+`, space (for group spaces), or `other` for anything else.
    let symbols: [UInt8]
    private let original: String
    private let trimmedRange: Range<String.Index>

    /// Reduces `text` to symbols, trimming whitespace (non-breaking and zero-width spaces too) at both ends.
    init(_ text: some StringProtocol) {
        original = String(text)
        let scalars = original.unicodeScalars
        let start = scalars.firstIndex { !Self.isTrimmable($0) } ?? scalars.endIndex
        let end = scalars[start...].lastIndex { !Self.isTrimmable($0) }.map(scalars.index(after:)) ?? start
        trimmedRange = start..<end
        var symbols: [UInt8] = []
        symbols.reserveCapacity(original.utf8.count)
        for scalar in scalars[start..<end] {
            switch scalar.value {
            case 0x30...0x39, 0x2B...0x2E: symbols.append(UInt8(scalar.value))
            case 0x2212: symbols.append(Self.minus)
            case 0x20, 0xA0, 0x2009, 0x202F: symbols.append(Self.space)
            default: symbols.append(Self.other)
            }
        }
        self.symbols = symbols
    }

    /// True when nothing but whitespace was given.
    var isEmpty: Bool { symbols.isEmpty }

    /// The text as given, without surrounding whitespace, for messages.
    var trimmedText: String { String(original.unicodeScalars[trimmedRange]) }

    /// Whitespace, or an invisible zero-width space / byte-order mark pasted along with a figure.
    private static func isTrimmable(_ scalar: Unicode.Scalar) -> Bool {
        scalar.properties.isWhitespace || scalar.value == 0x200B || scalar.value == 0xFEFF
    }
}

/// Splits a figure's symbols into integer and fraction digits by deciding what each separator means.
enum NumberLayout {
    /// The digits before and after the decimal mark.
    struct Parts {
        var integer: [UInt8]
        var fraction: [UInt8]
    }

    typealias Symbols = ArraySlice<UInt8>

    /// The integer and fraction digits of an unsigned body, or why it has no single meaning.
    static func split(_ body: Symbols) -> Result<Parts, VietnameseNumber.ShapeProblem> {
        var dots = 0
        var commas = 0
        var spaces = 0
        for symbol in body {
            switch symbol {
            case NumberTokens.zero...NumberTokens.nine: continue
            case NumberTokens.dot: dots += 1
            case NumberTokens.comma: commas += 1
            case NumberTokens.space: spaces += 1
            default: return .failure(.notANumber)
            }
        }
        guard !body.isEmpty else { return .failure(.notANumber) }
        if spaces > 0 { return spaceGrouped(body, decimalMarks: dots + commas) }
        switch (dots, commas) {
        case (0, 0): return .success(Parts(integer: Array(body), fraction: []))
        case (_, 0): return oneKind(body, separator: NumberTokens.dot, count: dots)
        case (0, _): return oneKind(body, separator: NumberTokens.comma, count: commas)
        default: return mixed(body)
        }
    }

    /// Only dots or only commas: thousands groups, a decimal mark, or ambiguous.
    static func oneKind(_ body: Symbols, separator: UInt8, count: Int) -> Result<Parts, VietnameseNumber.ShapeProblem> {
        guard count == 1 else {
            return isGrouped(body, by: separator) ? .success(Parts(integer: digits(body), fraction: [])) : .failure(.notANumber)
        }
        guard let mark = body.firstIndex(of: separator) else { return .failure(.notANumber) }
        let before = body[..<mark]
        let after = body[(mark + 1)...]
        guard !before.isEmpty, !after.isEmpty else { return .failure(.notANumber) }
        let decimal = Parts(integer: Array(before), fraction: Array(after))
        guard after.count == 3 else { return .success(decimal) }
        if separator == NumberTokens.dot {
            return isGrouped(body, by: separator) ? .success(Parts(integer: digits(body), fraction: [])) : .failure(.ambiguous)
        }
        return before.count <= 3 ? .failure(.ambiguous) : .success(decimal)
    }

    /// Both dots and commas: `1.234,5` or `1,234.5`; anything else has no single meaning.
    static func mixed(_ body: Symbols) -> Result<Parts, VietnameseNumber.ShapeProblem> {
        guard let markIndex = body.lastIndex(where: { $0 == NumberTokens.dot || $0 == NumberTokens.comma }) else {
            return .failure(.notANumber)
        }
        let mark = body[markIndex]
        let groupSeparator = mark == NumberTokens.comma ? NumberTokens.dot : NumberTokens.comma
        let before = body[..<markIndex]
        let after = body[(markIndex + 1)...]
        guard !before.contains(mark), !after.isEmpty, isGrouped(before, by: groupSeparator) else {
            return .failure(.notANumber)
        }
        return .success(Parts(integer: digits(before), fraction: Array(after)))
    }

    /// Space-grouped thousands (`1 234 567`), optionally followed by one decimal mark and digits.
    static func spaceGrouped(_ body: Symbols, decimalMarks: Int) -> Result<Parts, VietnameseNumber.ShapeProblem> {
        guard decimalMarks <= 1 else { return .failure(.notANumber) }
        var integerPart = body
        var fraction: [UInt8] = []
        if let mark = body.firstIndex(where: { $0 == NumberTokens.dot || $0 == NumberTokens.comma }) {
            integerPart = body[..<mark]
            fraction = Array(body[(mark + 1)...])
            guard !fraction.isEmpty else { return .failure(.notANumber) }
        }
        guard isGrouped(integerPart, by: NumberTokens.space) else { return .failure(.notANumber) }
        return .success(Parts(integer: digits(integerPart), fraction: fraction))
    }

    /// True when `part` is digit groups split by `separator`: first 1–3 digits not starting with 0, then groups of 3.
    static func isGrouped(_ part: Symbols, by separator: UInt8) -> Bool {
        let groups = part.split(separator: separator, omittingEmptySubsequences: false)
        guard groups.count >= 2, let first = groups.first, (1...3).contains(first.count),
              first.first != NumberTokens.zero else { return false }
        let allDigits = groups.allSatisfy { $0.allSatisfy { (NumberTokens.zero...NumberTokens.nine).contains($0) } }
        return allDigits && groups.dropFirst().allSatisfy { $0.count == 3 }
    }

    /// The digits of `part`, separators left out.
    static func digits(_ part: Symbols) -> [UInt8] {
        part.filter { (NumberTokens.zero...NumberTokens.nine).contains($0) }
    }
}
