import Testing

@testable import UnionStats

/// The one rule of "different reach" (docs/design.md, "Coverage"): how far a value reaches, and when a
/// change between two values does not compare like with like; the rule `Tổng hợp`, `So sánh` and the
/// comparison's `Theo đơn vị` all mark changes by.
@Suite struct ReachTests {
    /// members_total (stock), workers_total (stock), membership_rate (ratio), avg_wage_vnd (weighted mean).
    static let catalogue = SummaryCoverageTests.catalogue

    @Test func equalCountsAndUncountedMeansCompareAndDifferentCountsDoNot() {
        #expect(Reach.comparable(.covers(6, of: 48), .covers(48, of: 48)) == false)
        #expect(Reach.comparable(.covers(48, of: 48), .covers(48, of: 48)))
        #expect(Reach.comparable(.unknown, .unknown))
        #expect(Reach.comparable(.parts(numerator: 5, denominator: 6, of: 48), .covers(48, of: 48)) == false)
        // Different only when both are printed: a missing figure or a ratio left out has no change to mark.
        #expect(Reach.differ(.covers(6, of: 48), .covers(48, of: 48)))
        #expect(!Reach.differ(.covers(6, of: 48), .missing))
        #expect(!Reach.differ(.unmatched, .covers(6, of: 48)))
        #expect(!Reach.differ(.covers(48, of: 48), .covers(48, of: 48)))
        // Last year restated on this year's tree, complete over the 45 CĐCS that existed then.
        #expect(Reach.comparable(.covers(47, of: 47), .covers(45, of: 45)))
        #expect(Reach.comparable(.covers(44, of: 47), .covers(45, of: 45)) == false)
        // The same two CĐCS missing in both periods, two CĐCS founded since: the same reach.
        #expect(Reach.comparable(.covers(45, of: 47), .covers(43, of: 45)))
    }

    @Test func theReachOfEachKindOfValue() throws {
        let values = try SummaryCoverageTests.values([
            (95, .rolledUp, 5), (6_000, .rolledUp, 6), (0, .missing, 0), (700_000_000, .computed, 0),
        ])
        #expect(Reach(of: values, unit: 0, indicator: 0, catalogue: Self.catalogue) == .covers(5, of: 48))
        #expect(
            Reach(of: values, unit: 0, indicator: 2, catalogue: Self.catalogue)
                == .parts(numerator: 5, denominator: 6, of: 48))
        #expect(Reach(of: values, unit: 0, indicator: 3, catalogue: Self.catalogue) == .unknown)
    }

    @Test func aComparisonSaysWhichValuesDifferInReach() throws {
        // A: 40 members of 1 CĐCS; B: 78 members of 2 (a CĐCS founded in B). Workers: 2 CĐCS in both.
        let a = try SummaryCoverageTests.values(
            [(40, .rolledUp, 1), (120, .rolledUp, 2), (0, .missing, 0), (0, .missing, 0)], period: "2020-H1")
        let b = try SummaryCoverageTests.values([
            (78, .rolledUp, 2), (150, .rolledUp, 2), (5_200, .computed, 0), (0, .missing, 0),
        ])
        let comparison = try PeriodComparison(
            #require(Period("2020-H1")), #require(Period("2021-H1")), valuesA: a, valuesB: b)
        #expect(comparison.differInReach(unit: 0, indicator: 0, catalogue: Self.catalogue))
        #expect(
            comparison.reaches(unit: 0, indicator: 0, catalogue: Self.catalogue) == (
                .covers(1, of: 48), .covers(2, of: 48)
            ))
        #expect(!comparison.differInReach(unit: 0, indicator: 1, catalogue: Self.catalogue))
        // A's ratio has parts of different reach (1 and 2 CĐCS): it never compares like with like.
        #expect(comparison.differInReach(unit: 0, indicator: 2, catalogue: Self.catalogue))
        // No mean in either: nothing to compare, nothing to mark.
        #expect(!comparison.differInReach(unit: 0, indicator: 3, catalogue: Self.catalogue))
    }
}
