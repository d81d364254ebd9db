/// SplitMix64 (Steele, Lea & Flood 2014): a tiny generator whose output depends on the seed only.
struct SplitMix64 {
    /// The counter the output is mixed from.
    private var state: UInt64

    /// A generator started at `seed`.
    init(seed: UInt64) {
        state = seed
    }

    /// An independent stream for one purpose (a unit, the spread of units): the same
    /// `(seed, stream)` always gives the same numbers, whatever other streams were used before.
    init(seed: UInt64, stream: UInt64) {
        var mixer = SplitMix64(seed: seed ^ (stream &* 0xD1B5_4A32_D192_ED03))
        state = mixer.next()
    }

    /// The next 64 random bits.
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    /// Uniform in `0 ..< 1`, with 53 random bits.
    mutating func fraction() -> Double {
        Double(next() >> 11) * 0x1.0p-53
    }

    /// Uniform over `range` (both ends included).
    mutating func int(in range: ClosedRange<Int>) -> Int {
        let span = UInt64(range.upperBound - range.lowerBound) &+ 1
        return range.lowerBound + Int(next().multipliedFullWidth(by: span).high)
    }

    /// Uniform over `range`.
    mutating func double(in range: ClosedRange<Double>) -> Double {
        range.lowerBound + (range.upperBound - range.lowerBound) * fraction()
    }

    /// True with probability `probability`.
    mutating func chance(_ probability: Double) -> Bool {
        fraction() < probability
    }

    /// One of `items`, or nil when there is none.
    mutating func pick<T>(_ items: [T]) -> T? {
        items.isEmpty ? nil : items[int(in: 0...items.count - 1)]
    }

    /// A whole count whose mean is about `mean` (never negative): the mean spread by ±50 %,
    /// then dithered, so a mean of 0.2 gives 1 about one time in five and 0 otherwise.
    mutating func count(mean: Double) -> Int {
        guard mean > 0 else { return 0 }
        return Int((mean * double(in: 0.5...1.5) + fraction()).rounded(.down))
    }
}
