import Testing

@testable import UnionStats

@Suite("Comparison")
struct ComparisonTests {
    /// (v(A), v(B), change, change % in hundredths), worked out by hand.
    @Test(
        "change and change percent",
        arguments: [
            // Normal rises.
            (Int64?(100), Int64?(150), Int64?(50), Int64?(5000)),  // +50.00 %
            (2000, 2686, 686, 3430),  // +34.30 %
            (3, 4, 1, 3333),  // +33.333… → 33.33
            (3, 5, 2, 6667),  // +66.666… → 66.67
            (8, 9, 1, 1250),  // +12.5 exactly
            (6, 7, 1, 1667),  // +16.666… → 16.67
            (1, 3, 2, 20000),  // +200.00 %
            (1000, 1001, 1, 10),  // +0.10 %
            (80_000, 80_001, 1, 0),  // +0.00125 % → 0.00
            (40_000, 40_001, 1, 0),  // +0.0025 % → 0.00
            (20_000, 20_001, 1, 1),  // +0.005 % → 0.01 (half away from zero)
            // No change.
            (5, 5, 0, 0),
            // Falls: rounding half away from zero on negative percents.
            (3, 2, -1, -3333),  // −33.333… → −33.33
            (8, 7, -1, -1250),  // −12.50 exactly
            (6, 5, -1, -1667),  // −16.666… → −16.67
            (3, 1, -2, -6667),  // −66.666… → −66.67
            (20_000, 19_999, -1, -1),  // −0.005 % → −0.01
            (40_000, 39_999, -1, 0),  // −0.0025 % → 0.00, never −0.00
            (100, 0, -100, -10000),  // −100.00 %
            (2686, 2000, -686, -2554),  // −25.5398… → −25.54
            // Zero base: change but no percent.
            (0, 5, 5, nil),
            (0, 0, 0, nil),
            // Missing on either side: nothing.
            (nil, 5, nil, nil),
            (5, nil, nil, nil),
            (nil, nil, nil, nil),
            (0, nil, nil, nil),
        ] as [(Int64?, Int64?, Int64?, Int64?)])
    func changes(a: Int64?, b: Int64?, change: Int64?, percent: Int64?) {
        #expect(Comparison.change(from: a, to: b) == change)
        #expect(Comparison.changePercentHundredths(from: a, to: b) == percent)
    }

    @Test("large values stay exact")
    func largeValues() {
        let a: Int64 = 1_000_000_000_000_000
        #expect(Comparison.change(from: a, to: 3 * a) == 2 * a)
        #expect(Comparison.changePercentHundredths(from: a, to: 3 * a) == 20_000)
        #expect(Comparison.changePercentHundredths(from: a, to: a + 1) == 0)
    }

    @Test("this period as a percentage of last year's is rounded like the Tổng hợp formula")
    func percentOfThePreviousPeriod() {
        // 375 / 350 = 1.071428… → 107,14 %; 13 145 / 10 048 = 1.30822… → 130,82 %.
        #expect(Comparison.percentOfPreviousHundredths(from: 350, to: 375) == 10_714)
        #expect(Comparison.percentOfPreviousHundredths(from: 10_048, to: 13_145) == 13_082)
        #expect(Comparison.percentOfPreviousHundredths(from: 0, to: 5) == nil)
        #expect(Comparison.percentOfPreviousHundredths(from: nil, to: 5) == nil)
        #expect(Comparison.percentOfPreviousHundredths(from: 1, to: Int64.max) == nil)
    }
}
