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
