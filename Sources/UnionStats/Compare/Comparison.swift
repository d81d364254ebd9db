/// Compare: change between two values as written (docs/design.md, "Comparison").
public enum Comparison {
    /// `v(B) − v(A)`, nil when either is missing.
    public static func change(from a: Int64?, to b: Int64?) -> Int64? {
        guard let a, let b else { return nil }
        let (difference, overflow) = b.subtractingReportingOverflow(a)
        return overflow ? nil : difference
    }

    /// This period as a percentage of the same period last year (`So với cùng kỳ (%)`): `current /
    /// previous × 100` in hundredths of a percent, rounded half away from zero (130,82 % is 13082);
    /// nil when either is missing or `previous` is 0.
    public static func percentOfPreviousHundredths(from previous: Int64?, to current: Int64?) -> Int64? {
        guard let previous, let current, previous != 0 else { return nil }
        return Fraction(Int128(current) * 100, over: Int128(previous))?.hundredths
    }

    /// `change / v(A) × 100` in hundredths, rounded half away from zero; nil when `v(A)` is 0 or either is missing.
    public static func changePercentHundredths(from a: Int64?, to b: Int64?) -> Int64? {
        guard let a, let b, a != 0 else { return nil }
        return Fraction((Int128(b) - Int128(a)) * 100, over: Int128(a))?.hundredths
    }
}
