/// Reads a number written the Vietnamese way in running text: `2.686`, `22.750.000`, `51,5`, `1.234,5`.
///
/// Prose is stricter than a spreadsheet cell: a dot is only ever a thousands separator (followed by
/// groups of exactly three digits) and a comma only ever the decimal mark, so `2.5` and `1,234,567`
/// are not read. A scale word after the number (`nghìn`, `triệu`, `tỷ`) multiplies it exactly, in
/// whole numbers: `51,5 triệu` is 51.500.000 and `1,1 tỷ` is 1.100.000.000.
public enum ProseNumber {
    /// The largest value a figure may have (10^15, as in the report readers).
    public static let maximum: Int64 = VietnameseNumber.maxMagnitude

    /// The exact value of `text` (digits, dots, one comma), or nil when it is not written the Vietnamese way.
    public static func parse(_ text: String) -> ExactDecimal? {
        let parts = text.split(separator: ",", omittingEmptySubsequences: false)
        guard parts.count <= 2, let integerText = parts.first, !integerText.isEmpty else { return nil }
        let groups = integerText.split(separator: ".", omittingEmptySubsequences: false)
        guard groups.allSatisfy({ !$0.isEmpty && $0.allSatisfy(\.isASCIIDigit) }) else { return nil }
        if groups.count > 1 {
            guard groups[0].count <= 3, groups.dropFirst().allSatisfy({ $0.count == 3 }) else { return nil }
        }
        let fraction = parts.count == 2 ? parts[1] : ""
        guard
            parts.count == 1
                || (!fraction.isEmpty && fraction.count <= ExactDecimal.maxScale && fraction.allSatisfy(\.isASCIIDigit))
        else { return nil }
        let digits = groups.joined() + fraction
        guard digits.count <= 18, let significand = Int64(digits) else { return nil }
        return ExactDecimal(significand: significand, scale: fraction.count)
    }

    /// `value` × `multiplier` as a whole number, or nil when it is not whole or exceeds `maximum`.
    public static func whole(_ value: ExactDecimal, times multiplier: Int64) -> Int64? {
        let (product, overflow) = value.significand.multipliedReportingOverflow(by: multiplier)
        guard !overflow else { return nil }
        let divisor = ExactDecimal.powerOfTen(value.scale)
        guard product % divisor == 0 else { return nil }
        let result = product / divisor
        return result <= maximum ? result : nil
    }

    /// The multiplier a scale word stands for: nghìn/ngàn 10^3, triệu 10^6, tỷ/tỉ 10^9; nil for any other word.
    public static func multiplier(of word: String) -> Int64? {
        switch word {
        case "nghìn", "ngàn": 1_000
        case "triệu": 1_000_000
        case "tỷ", "tỉ": 1_000_000_000
        default: nil
        }
    }
}

extension Character {
    /// Whether the character is one of the ASCII digits 0–9.
    var isASCIIDigit: Bool { isASCII && isNumber }
}
