/// A weighted mean kept to 10⁻¹² of its unit in a 128-bit integer, rounded only when written.
///
/// Exact rationals would need unbounded integers (denominators multiply up the tree); twelve
/// decimals keep every realistic mean exact to far below the two decimals that are written, with
/// no binary floating point. A reported mean is exact.
public struct PreciseMean: Hashable, Sendable {
    /// 10¹²: the number of steps per unit.
    public static let scale: Int128 = 1_000_000_000_000

    /// The mean × 10¹².
    public let scaled: Int128

    /// A whole reported mean.
    public init(whole: Int64) {
        scaled = Int128(whole) * Self.scale
    }

    private init(scaled: Int128) {
        self.scaled = scaled
    }

    /// Accumulates Σ(mean·w) and Σw, then divides once.
    public struct Accumulator: Sendable {
        private var weightedSum: Int128 = 0
        private var totalWeight: Int128 = 0
        /// False once an addition overflowed; the result is then nil.
        public private(set) var isUsable = true

        /// An empty accumulator.
        public init() {}

        /// Adds one mean with its weight.
        public mutating func add(_ mean: PreciseMean, weight: Int64) {
            let (product, o1) = mean.scaled.multipliedReportingOverflow(by: Int128(weight))
            let (sum, o2) = weightedSum.addingReportingOverflow(product)
            let (total, o3) = totalWeight.addingReportingOverflow(Int128(weight))
            guard !(o1 || o2 || o3) else {
                isUsable = false
                return
            }
            weightedSum = sum
            totalWeight = total
        }

        /// Σ(mean·w)/Σw, rounded half away from zero at 10⁻¹²; nil for a zero total weight or after overflow.
        public var mean: PreciseMean? {
            guard isUsable, totalWeight > 0 else { return nil }
            return PreciseMean(scaled: PreciseMean.divideRounded(weightedSum, by: totalWeight))
        }
    }

    /// The mean in hundredths, rounded half away from zero.
    public var hundredths: Int64? { Int64(exactly: Self.divideRounded(scaled, by: Self.scale / 100)) }

    /// `numerator / denominator` rounded half away from zero (denominator positive).
    static func divideRounded(_ numerator: Int128, by denominator: Int128) -> Int128 {
        let quotient = numerator / denominator
        let remainder = numerator % denominator
        guard 2 * remainder.magnitude >= denominator.magnitude else { return quotient }
        return quotient + (numerator < 0 ? -1 : 1)
    }
}
