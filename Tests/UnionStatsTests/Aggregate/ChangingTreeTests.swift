import Testing

@testable import UnionStats

/// A period is the sum of its quarters on a changing tree (docs/design.md, "The tree over time"): the
/// tree of a period holds the units that ended during it, their flows go to their successor (a
/// dissolved unit's to its last upper unit), a unit founded during it needs only the quarters it lived.
@Suite struct ChangingTreeTests {
    /// Five CĐCS, each owning one decimal digit of the admissions, and a sixth founded in Q2:
    /// A merges into B on 15/05, C is dissolved on 20/04, D moves from U1 to U2 on 01/06, N is founded on 01/04.
    static let units = """
        F,LĐLĐ tỉnh,,federation,,,
        U1,Công đoàn ngành Một,F,upper,,,
        U2,Công đoàn ngành Hai,F,upper,,,
        A,CĐCS A,U1,grassroots,,2025-05-14,B
        B,CĐCS B,U1,grassroots,,,
        C,CĐCS C,U1,grassroots,,2025-04-19,
        D,CĐCS D,U1,grassroots,,2025-05-31,
        D,CĐCS D,U2,grassroots,2025-06-01,,
        E,CĐCS E,U2,grassroots,,,
        N,CĐCS N,U2,grassroots,2025-04-01,,

        """

    /// Q1: 11.111; Q2: 222.222 (N's 200.000 included); every unit reports every quarter it lived in.
    static let reports = """
        A,2025-Q1,members_new,1
        B,2025-Q1,members_new,10
        C,2025-Q1,members_new,100
        D,2025-Q1,members_new,1000
        E,2025-Q1,members_new,10000
        A,2025-Q2,members_new,2
        B,2025-Q2,members_new,20
        C,2025-Q2,members_new,200
        D,2025-Q2,members_new,2000
        E,2025-Q2,members_new,20000
        N,2025-Q2,members_new,200000
        A,2025-Q1,members_total,5
        B,2025-Q1,members_total,50
        B,2025-Q2,members_total,55
        D,2025-Q2,members_total,70
        E,2025-Q2,members_total,80
        N,2025-Q2,members_total,90

        """

    @Test func aHalfYearIsTheSumOfItsQuartersWhateverMergedEndedMovedOrBegan() throws {
        let input = try DatedInput(units: Self.units, reports: Self.reports)
        let q1 = try input.aggregate("2025-Q1", onTreeOf: "2025-03-31")
        let q2 = try input.aggregate("2025-Q2", onTreeOf: "2025-06-30")
        let h1 = try input.aggregate("2025-H1", onTreeOf: "2025-06-30")
        #expect(try q1.value("F", "members_new") == 11_111)
        #expect(try q2.value("F", "members_new") == 222_222)
        try h1.check([
            // B took A's 1 + 2 and its own 10 + 20; C's 300 stays with U1, where C was; D's 3.000 went with it to U2.
            expect("B", "members_new", 33, .rolledUp, reporting: 1),
            expect("U1", "members_new", 333, .rolledUp, reporting: 1),
            // N was founded on 01/04: its H1 is its Q2.
            expect("N", "members_new", 200_000, .derived, reporting: 1),
            expect("U2", "members_new", 233_000, .rolledUp, reporting: 3),
            expect("F", "members_new", 233_333, .rolledUp, reporting: 4),
            // Stocks stand at 30/06: A and C ended, so only B's, D's, E's and N's count.
            expect("B", "members_total", 55, .rolledUp, reporting: 1),
            expect("F", "members_total", 295, .rolledUp, reporting: 4),
        ])
        #expect(try h1.tree.index(of: "F").map { h1.values.expected(unit: $0) } == 4)
    }

    @Test func aUnitThatEndedWithoutReportingItsLastQuarterBringsWhatItReported() throws {
        let reports = Self.reports.split(separator: "\n").filter {
            !$0.hasPrefix("A,2025-Q2") && !$0.hasPrefix("C,2025-Q2")
        }
        let input = try DatedInput(units: Self.units, reports: reports.joined(separator: "\n") + "\n")
        let q2 = try input.aggregate("2025-Q2", onTreeOf: "2025-06-30")
        let h1 = try input.aggregate("2025-H1", onTreeOf: "2025-06-30")
        #expect(try q2.value("F", "members_new") == 222_020)
        // A's Q1 (it lived to 31/03) and C's Q1 are still counted; their last quarters were not reported.
        #expect(try h1.value("B", "members_new") == 31)
        #expect(try h1.value("U1", "members_new") == 131)
        #expect(try h1.value("F", "members_new") == 11_111 + 222_020)
    }

    @Test func aChainOfMergersCarriesEveryFlowToTheLastSuccessor() throws {
        let units = """
            F,LĐLĐ tỉnh,,federation,,,
            U,Công đoàn ngành,F,upper,,,
            A,CĐCS A,U,grassroots,,2025-02-14,B
            B,CĐCS B,U,grassroots,,2025-08-31,C
            C,CĐCS C,U,grassroots,,,

            """
        let reports = """
            A,2025-Q1,members_new,1
            B,2025-Q1,members_new,10
            C,2025-Q1,members_new,100
            B,2025-Q2,members_new,20
            C,2025-Q2,members_new,200
            B,2025-Q3,members_new,30
            C,2025-Q3,members_new,300
            C,2025-Q4,members_new,400

            """
        let input = try DatedInput(units: units, reports: reports)
        let year = try input.aggregate("2025", onTreeOf: "2025-12-31")
        try year.check([
            expect("C", "members_new", 1_061, .rolledUp, reporting: 1),
            expect("F", "members_new", 1_061, .rolledUp, reporting: 1),
        ])
        // The half-years on the year's tree add up to the year.
        let h1 = try input.aggregate("2025-H1", onTreeOf: "2025-12-31")
        let h2 = try input.aggregate("2025-H2", onTreeOf: "2025-12-31")
        #expect(try (h1.value("F", "members_new") ?? 0) + (h2.value("F", "members_new") ?? 0) == 1_061)
        // On the tree of 30/06, B still stands: A's flows went to it.
        #expect(try input.aggregate("2025-H1", onTreeOf: "2025-06-30").value("B", "members_new") == 31)
    }

    @Test func aDissolvedUnitIsNotCarriedOverToAnotherYearsTree() throws {
        let input = try DatedInput(units: Self.units, reports: Self.reports)
        // On the tree of 30/06/2026, C (dissolved in 2025) is not carried over: like for like with 2026.
        let later = try input.aggregate("2025-H1", onTreeOf: "2026-06-30")
        #expect(try later.value("F", "members_new") == 233_333 - 300)
        let q1 = try input.aggregate("2025-Q1", onTreeOf: "2026-06-30")
        let q2 = try input.aggregate("2025-Q2", onTreeOf: "2026-06-30")
        #expect(try (q1.value("F", "members_new") ?? 0) + (q2.value("F", "members_new") ?? 0) == 233_333 - 300)
        // On a tree of 2025 itself, C's flows stay with U1, for the quarter as for the half-year.
        #expect(try input.aggregate("2025-Q1", onTreeOf: "2025-06-30").value("U1", "members_new") == 111)
    }

    @Test func aRatioOverContributorsThatMergedIsNotOverThreeHundredPercent() throws {
        let catalogue = """
            code,section,name_vi,name_en,measure,kind,numerator,denominator,weight,direction
            staff_conferences,VI,Số đơn vị tổ chức Hội nghị,Conferences,đơn vị,flow,,,,up
            cdcs_total,II,Số CĐCS,Grassroots unions,đơn vị,stock,,,,up
            conference_rate,VI,Tỷ lệ tổ chức Hội nghị,Conference rate,%,ratio,staff_conferences,cdcs_total,,up

            """
        let units = """
            F,LĐLĐ tỉnh,,federation,,,
            U,Công đoàn ngành,F,upper,,,
            A,CĐCS A,U,grassroots,,2025-03-31,C
            B,CĐCS B,U,grassroots,,2025-06-30,C
            C,CĐCS C,U,grassroots,,,

            """
        let reports = """
            A,2025-Q1,staff_conferences,1
            A,2025-Q1,cdcs_total,1
            B,2025-H1,staff_conferences,1
            B,2025-H1,cdcs_total,1
            C,2025,staff_conferences,1
            C,2025,cdcs_total,1

            """
        let input = try DatedInput(units: units, reports: reports, catalogue: catalogue)
        try input.aggregate("2025", onTreeOf: "2025-12-31").check([
            expect("C", "staff_conferences", 3, .rolledUp, reporting: 1),
            expect("C", "cdcs_total", 1, .rolledUp, reporting: 1),
            expect("C", "conference_rate", nil, .missing),
            expect("F", "conference_rate", nil, .missing),
        ])
    }
}
