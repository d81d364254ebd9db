/// An exact non-negative-denominator fraction over 128-bit integers, for means and ratios.
///
/// Every operation reports overflow by returning nil rather than trapping or rounding.
public struct Fraction: Hashable, Sendable {
    /// The numerator (sign carried here).
    public let numerator: Int128
    /// The denominator, always positive.
    public let denominator: Int128

    /// A whole number.
    public init(_ value: Int64) {
        numerator = Int128(value)
        denominator = 1
    }

    /// `numerator / denominator` in lowest terms; nil when the denominator is zero.
    public init?(_ numerator: Int128, over denominator: Int128) {
        guard denominator != 0 else { return nil }
        let sign: Int128 = denominator < 0 ? -1 : 1
        let divisor = Fraction.gcd(numerator.magnitude, denominator.magnitude)
        self.numerator = sign * numerator / Int128(divisor)
        self.denominator = sign * denominator / Int128(divisor)
    }

    /// The product with a whole number, nil on overflow.
    public func multiplied(by factor: Int64) -> Fraction? {
        let (product, overflow) = numerator.multipliedReportingOverflow(by: Int128(factor))
        return overflow ? nil : Fraction(product, over: denominator)
    }

    /// The sum, nil on overflow.
    public func adding(_ other: Fraction) -> Fraction? {
        let (left, o1) = numerator.multipliedReportingOverflow(by: other.denominator)
        let (right, o2) = other.numerator.multipliedReportingOverflow(by: denominator)
        let (top, o3) = left.addingReportingOverflow(right)
        let (bottom, o4) = denominator.multipliedReportingOverflow(by: other.denominator)
        guard !(o1 || o2 || o3 || o4) else { return nil }
        return Fraction(top, over: bottom)
    }

    /// The quotient by a whole number; nil when it is zero or on overflow.
    public func divided(by divisor: Int128) -> Fraction? {
        let (bottom, overflow) = denominator.multipliedReportingOverflow(by: divisor)
        return overflow ? nil : Fraction(numerator, over: bottom)
    }

    /// The value × `scale`, rounded half away from zero (`5.125` × 100 → 513); nil on overflow.
    public func rounded(scale: Int128) -> Int64? {
        let (scaled, overflow) = numerator.multipliedReportingOverflow(by: scale)
        guard !overflow else { return nil }
        var quotient = scaled / denominator
        let remainder = scaled % denominator
        if 2 * remainder.magnitude >= denominator.magnitude {
            quotient += scaled < 0 ? -1 : 1
        }
        return Int64(exactly: quotient)
    }

    /// The value in hundredths, rounded half away from zero: what is written with two decimals.
    public var hundredths: Int64? { rounded(scale: 100) }

    private static func gcd(_ a: UInt128, _ b: UInt128) -> UInt128 {
        var (x, y) = (a, b)
        while y != 0 { (x, y) = (y, x % y) }
        return x == 0 ? 1 : x
    }
}
