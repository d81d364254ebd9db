import Testing

@testable import UnionStats

/// Ratios and weighted means restated: computed from the restated parts below, each contributor's
/// mean weighted by its own weight, never from a consolidated figure whose CĐCS changed.
@Suite struct RestatementMeanTests {
    static let moved = """
        F,LĐLĐ tỉnh,,federation,,,
        U1,LĐLĐ huyện Một,F,upper,,,
        U2,LĐLĐ huyện Hai,F,upper,,,
        A,CĐCS A,U1,grassroots,,2025-06-30,
        A,CĐCS A,U2,grassroots,2025-07-01,,
        B,CĐCS B,U1,grassroots,,,
        C,CĐCS C,U2,grassroots,,,

        """

    static let merged = """
        F,LĐLĐ tỉnh,,federation,,,
        U1,LĐLĐ huyện Một,F,upper,,,
        A,CĐCS A,U1,grassroots,,2025-06-30,B
        B,CĐCS B,U1,grassroots,,,

        """

    @Test func aWeightedMeanAndARatioOfAMovedCDCSAreComputedFromBelow() throws {
        let input = try DatedInput(
            units: Self.moved,
            reports: """
                A,2025-H1,avg_wage_vnd,5000000
                A,2025-H1,wage_counted,10
                B,2025-H1,avg_wage_vnd,6000000
                B,2025-H1,wage_counted,20
                C,2025-H1,avg_wage_vnd,8000000
                C,2025-H1,wage_counted,30
                U1,2025-H1,avg_wage_vnd,5500000
                U1,2025-H1,wage_counted,30
                U2,2025-H1,avg_wage_vnd,9000000
                U2,2025-H1,wage_counted,30
                A,2025-H1,members_total,10
                A,2025-H1,workers_total,20
                B,2025-H1,members_total,20
                B,2025-H1,workers_total,25
                C,2025-H1,members_total,30
                C,2025-H1,workers_total,40
                U2,2025-H1,members_total,31
                U2,2025-H1,workers_total,45

                """)
        try input.aggregate("2025-H1", onTreeOf: "2025-06-30").check([
            expect("U1", "avg_wage_vnd", 550_000_000, .reported),
            expect("U2", "avg_wage_vnd", 900_000_000, .reported),
            expect("U2", "membership_rate", 6889, .computed),
        ])
        try input.aggregate("2025-H1", onTreeOf: "2026-06-30").check([
            expect("U1", "avg_wage_vnd", 600_000_000, .computed),
            expect("U1", "wage_counted", 20, .rolledUp, reporting: 1),
            // (5.000.000 × 10 + 8.000.000 × 30) / 40
            expect("U2", "avg_wage_vnd", 725_000_000, .computed),
            expect("U2", "wage_counted", 40, .rolledUp, reporting: 2),
            expect("U1", "membership_rate", 8000, .computed),
            // 40 / 60, not U2's own 31 / 45
            expect("U2", "membership_rate", 6667, .computed),
            expect("F", "membership_rate", 7059, .computed),
        ])
    }

    @Test func aMergedCDCSTakesEachPartsMeanWithItsWeight() throws {
        let input = try DatedInput(
            units: Self.merged,
            reports: """
                A,2025-H1,avg_wage_vnd,100
                A,2025-H1,wage_counted,1
                B,2025-H1,avg_wage_vnd,400
                B,2025-H1,wage_counted,3
                A,2025-H1,members_total,10
                A,2025-H1,workers_total,20
                B,2025-H1,members_total,20
                B,2025-H1,workers_total,40

                """)
        try input.aggregate("2025-H1", onTreeOf: "2026-06-30").check([
            expect("B", "avg_wage_vnd", 32_500, .computed),
            expect("B", "wage_counted", 4, .rolledUp, reporting: 1),
            expect("B", "membership_rate", 5000, .computed),
        ])
    }

    @Test func aMergedCDCSWhosePartsReportDifferentIndicatorsGetsNoRatio() throws {
        let input = try DatedInput(
            units: Self.merged,
            reports: """
                A,2025-H1,members_total,10
                B,2025-H1,members_total,20
                B,2025-H1,workers_total,40

                """)
        // 30 members of A and B over 40 workers of B alone would be a ratio of different sets of units.
        try input.aggregate("2025-H1", onTreeOf: "2026-06-30").check([
            expect("B", "members_total", 30, .rolledUp, reporting: 1),
            expect("B", "workers_total", 40, .rolledUp, reporting: 1),
            expect("B", "membership_rate", nil, .missing),
        ])
    }

    @Test func aMeanOverTimeWeighsEachQuarterByTheUnitsOwnWeightNotItsRestatedOne() throws {
        let input = try DatedInput(
            units: Self.merged,
            reports: """
                A,2025-Q1,avg_wage_vnd,100
                A,2025-Q1,wage_counted,1
                A,2025-Q2,avg_wage_vnd,200
                A,2025-Q2,wage_counted,1
                B,2025-Q1,avg_wage_vnd,300
                B,2025-Q1,wage_counted,1
                B,2025-Q2,avg_wage_vnd,500
                B,2025-Q2,wage_counted,3

                """)
        // Own means of the half year: A (100 + 200) / 2 = 150, B (300 + 500 × 3) / 4 = 450.
        try input.aggregate("2025-H1", onTreeOf: "2025-06-30").check([
            expect("A", "avg_wage_vnd", 15_000, .derived),
            expect("B", "avg_wage_vnd", 45_000, .derived),
        ])
        // Restated: (150 × 1 + 450 × 3) / 4; B's own mean must not weigh its quarters by A's weight too.
        try input.aggregate("2025-H1", onTreeOf: "2026-06-30").check([
            expect("B", "wage_counted", 4, .rolledUp, reporting: 1),
            expect("B", "avg_wage_vnd", 37_500, .computed),
            expect("U1", "avg_wage_vnd", 37_500, .computed),
        ])
    }
}
