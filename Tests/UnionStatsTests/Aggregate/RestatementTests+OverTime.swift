import Testing

@testable import UnionStats

/// A span whose parts stand on different trees (the year 2025 around 01/07, a nine-month year to
/// date): an upper unit's own figure, reported or derived, is used only when the CĐCS below it were
/// the same on every quarter of the span, else a CĐCS that moved out would be counted in both its
/// old and its new upper unit.
@Suite struct RestatementOverTimeTests {
    /// S holds A and B until 30/06/2025; from 01/07 A stands under the commune union X.
    static let units = """
        F,LĐLĐ tỉnh,,federation,,,
        S,Công đoàn ngành,F,upper,,,
        X,Công đoàn xã,F,upper,2025-07-01,,
        A,CĐCS A,S,grassroots,,2025-06-30,
        A,CĐCS A,X,grassroots,2025-07-01,,
        B,CĐCS B,S,grassroots,,,

        """

    /// Admissions by half year: S's own consolidated figures count A in H1 only.
    static let halves = """
        A,2025-H1,members_new,4
        B,2025-H1,members_new,6
        S,2025-H1,members_new,10
        A,2025-H2,members_new,3
        B,2025-H2,members_new,5
        S,2025-H2,members_new,5

        """

    @Test func aYearsFlowCountsACDCSThatMovedMidYearOnce() throws {
        let input = try DatedInput(units: Self.units, reports: Self.halves)
        // S's 10 + 5 counts A's first half, which A's own 4 + 3 under X counts too.
        try input.aggregate("2025", onTreeOf: "2025-12-31").check([
            expect("A", "members_new", 7, .derived, reporting: 1),
            expect("X", "members_new", 7, .rolledUp, reporting: 1),
            expect("S", "members_new", 11, .rolledUp, reporting: 1),
            expect("F", "members_new", 18, .rolledUp, reporting: 2),
        ])
        // Each half on its own tree uses S's consolidated figure.
        try input.aggregate("2025-H1", onTreeOf: "2025-06-30").check([
            expect("S", "members_new", 10, .reported, reporting: 2)
        ])
        try input.aggregate("2025-H2", onTreeOf: "2025-12-31").check([
            expect("S", "members_new", 5, .reported, reporting: 1)
        ])
    }

    @Test func aYearReportedDirectlyIsSetAsideWhenItsCDCSChangedDuringTheYear() throws {
        let input = try DatedInput(units: Self.units, reports: Self.halves + "S,2025,members_new,16\n")
        // S's 16 counts A's first half, which A's own 4 + 3 under X counts too: S is B's 6 + 5.
        try input.aggregate("2025", onTreeOf: "2025-12-31").check([
            expect("S", "members_new", 11, .rolledUp, reporting: 1),
            expect("F", "members_new", 18, .rolledUp, reporting: 2),
        ])
    }

    @Test func aStockOfAnUpperUnitWhoseCDCSChangedComesFromItsCDCS() throws {
        let input = try DatedInput(
            units: Self.units,
            reports: """
                A,2025-Q2,members_total,40
                B,2025-Q2,members_total,60
                S,2025-Q2,members_total,100
                A,2025-Q4,members_total,41
                B,2025-Q4,members_total,61
                S,2025-Q4,members_total,62

                """)
        // S's CĐCS were not the same on every quarter (A left on 01/07): its own 62 is set aside for B's 61.
        try input.aggregate("2025", onTreeOf: "2025-12-31").check([
            expect("S", "members_total", 61, .rolledUp, reporting: 1),
            expect("F", "members_total", 102, .rolledUp, reporting: 2),
        ])
        // On the last quarter alone S's CĐCS did not change: its own figure stands.
        try input.aggregate("2025-Q4", onTreeOf: "2025-12-31").check([
            expect("S", "members_total", 62, .reported, reporting: 1)
        ])
    }

    @Test func aNineMonthYearToDateCountsACDCSThatMovedOnce() throws {
        let input = try DatedInput(
            units: Self.units, reports: Self.halves.replacingOccurrences(of: "2025-H2", with: "2025-Q3"))
        let tree = try input.tree(on: "2025-09-30")
        let aggregator = Aggregator(input.data.on(tree, day: Day(year: 2025, month: 9, day: 30)), findings: .discarding)
        let thirdQuarter = try #require(Period("2025-Q3"))
        let nineMonths = try #require(aggregator.yearToDate(through: thirdQuarter))
        let members = try #require(input.data.catalogue.position(of: "members_new"))
        let federation = try #require(tree.index(of: "F"))
        let upper = try #require(tree.index(of: "S"))
        #expect(nineMonths.value(unit: upper, indicator: members) == 11)
        #expect(nineMonths.value(unit: federation, indicator: members) == 18)
    }

    @Test func anUnchangedUpperUnitKeepsItsFiguresDerivedOverTime() throws {
        let input = try DatedInput(
            units: Self.units + "T,Công đoàn ngành Hai,F,upper,,,\nC,CĐCS C,T,grassroots,,,\n",
            reports: Self.halves + """
                T,2025-H1,members_new,20
                T,2025-H2,members_new,30
                C,2025-H1,members_new,1

                """)
        try input.aggregate("2025", onTreeOf: "2025-12-31").check([
            expect("T", "members_new", 50, .derived, reporting: 1),
            expect("F", "members_new", 68, .rolledUp, reporting: 3),
        ])
    }
}
