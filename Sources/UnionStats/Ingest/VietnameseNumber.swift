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
/// - a number followed by `%` (`51,9%`, `90 %`) is `.percentage`: a rate where a count is expected (read as a
///   number of percentage points only where one is: `parse(_:allowingPercent:)`);
/// - above 10^15, more than 6 significant decimals, or beyond Int64 is `.tooLarge`.
public enum VietnameseNumber {
    /// The largest value accepted: 10^15.
    static let maxMagnitude: Int64 = 1_000_000_000_000_000

    /// The fast path for the commonest figure, 1 to 15 ASCII digits and nothing else; nil otherwise.
    static func plainDigits(_ text: String) -> Int64? {
        let result = text.utf8.withContiguousStorageIfAvailable { plainDigits($0) }
        return result ?? nil
    }

    /// `plainDigits` of a field's bytes.
    static func plainDigits(_ bytes: UnsafeBufferPointer<UInt8>) -> Int64? {
        guard (1...15).contains(bytes.count) else { return nil }
        var value: Int64 = 0
        for byte in bytes {
            guard byte >= 0x30, byte <= 0x39 else { return nil }
            value = value * 10 + Int64(byte - 0x30)
        }
        return value
    }

    /// Reads `text` as an exact non-negative decimal, or says why it cannot.
    public static func parse(_ text: some StringProtocol) -> Result<ExactDecimal, NumberProblem> {
        parse(string: String(text))
    }

    /// Reads `text` as `parse` does; with `allowingPercent`, `97,5%` is read as 97,5 (a ratio's target, a
    /// percentage setting: percentage points, where a `%` sign is right).
    public static func parse(_ text: some StringProtocol, allowingPercent: Bool) -> Result<ExactDecimal, NumberProblem>
    {
        let result = parse(string: String(text))
        guard allowingPercent, case .failure(.percentage(let written)) = result else { return result }
        return parse(string: String(written.dropLast()))
    }

    /// Reads `text` (a concrete string, so that its bytes are scanned without generic dispatch).
    static func parse(string text: String) -> Result<ExactDecimal, NumberProblem> {
        if let plain = plainDigits(text) { return .success(ExactDecimal(significand: plain)) }
        let symbols = NumberSymbols.trimmed(text)
        guard !symbols.isEmpty else { return .failure(.empty) }
        var body = symbols[...]
        let isNegative = body.first == NumberSymbols.minus
        if isNegative { body = body.dropFirst() }
        switch parseUnsigned(body) {
        case .success(let value):
            return isNegative ? .failure(.negative(NumberSymbols.trimmedText(text))) : .success(value)
        case .failure(.notANumber):
            let trimmed = NumberSymbols.trimmedText(text)
            return .failure(isPercentage(trimmed) ? .percentage(trimmed) : .notANumber(trimmed))
        case .failure(let shape):
            let trimmed = NumberSymbols.trimmedText(text)
            if isNegative { return .failure(.negative(trimmed)) }
            return .failure(shape == .ambiguous ? .ambiguous(trimmed) : .tooLarge(trimmed))
        }
    }

    /// Whether `text` is a number followed by a percent sign (`51,9%`, `90 %`).
    static func isPercentage(_ text: String) -> Bool {
        guard text.hasSuffix("%") || text.hasSuffix("％") else { return false }
        if case .success = parse(string: String(text.dropLast())) { return true }
        return false
    }

    /// Why an unsigned body failed, before the original text is attached.
    enum ShapeProblem: Error {
        case ambiguous, notANumber, tooLarge
    }

    /// Reads a body of digits and separators (no sign) following the rules above.
    static func parseUnsigned(_ body: ArraySlice<UInt8>) -> Result<ExactDecimal, ShapeProblem> {
        switch NumberLayout.split(body) {
        case .success(let parts):
            return value(integer: parts.integer, fraction: parts.fraction)
        case .failure(let problem):
            return .failure(problem)
        }
    }

    /// The exact value of an integer part (group separators skipped) and a fraction part, within the size limits.
    static func value(integer: ArraySlice<UInt8>, fraction: ArraySlice<UInt8>) -> Result<ExactDecimal, ShapeProblem> {
        var fraction = fraction
        while fraction.count > ExactDecimal.maxScale, fraction.last == NumberSymbols.zero {
            fraction = fraction.dropLast()
        }
        guard fraction.count <= ExactDecimal.maxScale else { return .failure(.tooLarge) }
        var integerValue: Int64 = 0
        for symbol in integer where NumberSymbols.isDigit(symbol) {
            integerValue = integerValue * 10 + Int64(symbol - NumberSymbols.zero)
            guard integerValue <= maxMagnitude else { return .failure(.tooLarge) }
        }
        var fractionValue: Int64 = 0
        for digit in fraction { fractionValue = fractionValue * 10 + Int64(digit - NumberSymbols.zero) }
        guard integerValue < maxMagnitude || fractionValue == 0 else { return .failure(.tooLarge) }
        let (shifted, overflow) = integerValue.multipliedReportingOverflow(by: ExactDecimal.powerOfTen(fraction.count))
        let (significand, sumOverflow) = shifted.addingReportingOverflow(fractionValue)
        guard !overflow, !sumOverflow else { return .failure(.tooLarge) }
        return .success(ExactDecimal(significand: significand, scale: fraction.count))
    }
}
