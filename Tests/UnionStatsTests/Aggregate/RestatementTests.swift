import Testing

@testable import UnionStats

/// Aggregating a period on a later tree (docs/design.md, "Restatement onto a later tree"):
/// CĐCS that moved, merged or were dissolved, upper units that merged or split, chains of successors;
/// each on a small hand-made units.csv read through `InputLoader`.
@Suite struct RestatementTests {
    /// The day after the restructuring: the tree every 2025 period is restated on.
    static let later = "2026-06-30"
    /// The reference date of 2025-H1: its own tree.
    static let before = "2025-06-30"

    @Test func aMovedCDCSCountsUnderItsNewUpperUnitAndTheOldConsolidatedFiguresAreSetAside() throws {
        let input = try DatedInput(
            units: """
                F,LĐLĐ tỉnh,,federation,,,
                U1,LĐLĐ huyện Một,F,upper,,,
                U2,LĐLĐ huyện Hai,F,upper,,,
                A,CĐCS A,U1,grassroots,,2025-06-30,
                A,CĐCS A,U2,grassroots,2025-07-01,,
                B,CĐCS B,U1,grassroots,,,
                C,CĐCS C,U2,grassroots,,,

                """,
            reports: """
                A,2025-H1,members_total,10
                B,2025-H1,members_total,20
                C,2025-H1,members_total,30
                U1,2025-H1,members_total,35
                U2,2025-H1,members_total,31

                """)
        #expect(input.loaded.findings.filter { $0.severity != .note }.isEmpty, "\(input.loaded.findings)")
        let own = try input.aggregate("2025-H1", onTreeOf: Self.before)
        try own.check([
            expect("U1", "members_total", 35, .reported, reporting: 2),
            expect("U2", "members_total", 31, .reported, reporting: 1),
            expect("F", "members_total", 66, .rolledUp, reporting: 3),
        ])
        #expect(own.restatement.isIdentity)
        let restated = try input.aggregate("2025-H1", onTreeOf: Self.later)
        #expect(!restated.restatement.isIdentity)
        try restated.check([
            expect("A", "members_total", 10, .reported, reporting: 1),
            expect("U1", "members_total", 20, .rolledUp, reporting: 1),
            expect("U2", "members_total", 40, .rolledUp, reporting: 2),
            expect("F", "members_total", 60, .rolledUp, reporting: 3),
        ])
        #expect(try restated.grassroots("U2") == 2)
        #expect(restated.notCarriedOver.isEmpty)
    }

    @Test func twoMergedCDCSAddUpInTheirSuccessorAndTheirUpperUnitKeepsItsOwnFigure() throws {
        let input = try DatedInput(
            units: """
                F,LĐLĐ tỉnh,,federation,,,
                U1,LĐLĐ huyện Một,F,upper,,,
                A,CĐCS A,U1,grassroots,,2025-06-30,B
                B,CĐCS B,U1,grassroots,,,

                """,
            reports: """
                A,2025-H1,members_total,10
                B,2025-H1,members_total,20
                U1,2025-H1,members_total,33

                """)
        let restated = try input.aggregate("2025-H1", onTreeOf: Self.later)
        try restated.check([
            expect("B", "members_total", 30, .rolledUp, reporting: 1),
            // U1's subtree holds A and B in 2025 and B (A's image) now: the same CĐCS, its own figure stands.
            expect("U1", "members_total", 33, .reported, reporting: 1),
            expect("F", "members_total", 33, .rolledUp, reporting: 1),
        ])
        #expect(try restated.image(of: "A") == "B")
        #expect(restated.notCarriedOver.isEmpty)
    }

    @Test func aMergedCDCSWithoutFiguresLeavesItsSuccessorsOwnFigureAsTheValueFromBelow() throws {
        let input = try DatedInput(
            units: """
                F,LĐLĐ tỉnh,,federation,,,
                U1,LĐLĐ huyện Một,F,upper,,,
                A,CĐCS A,U1,grassroots,,2025-06-30,B
                B,CĐCS B,U1,grassroots,,,

                """, reports: "B,2025-H1,members_total,20\n")
        try input.aggregate("2025-H1", onTreeOf: Self.later).check([
            expect("B", "members_total", 20, .rolledUp, reporting: 1),
            expect("U1", "members_total", 20, .rolledUp, reporting: 1),
        ])
    }

    @Test func mergedUpperUnitsKeepTheirCDCSOwnFiguresUnderTheSuccessor() throws {
        let input = try DatedInput(
            units: """
                F,LĐLĐ tỉnh,,federation,,,
                U1,LĐLĐ huyện Một,F,upper,,2025-06-30,U2
                U2,LĐLĐ huyện Hai,F,upper,,,
                A,CĐCS A,U1,grassroots,,2025-06-30,
                A,CĐCS A,U2,grassroots,2025-07-01,,
                B,CĐCS B,U1,grassroots,,2025-06-30,
                B,CĐCS B,U2,grassroots,2025-07-01,,
                C,CĐCS C,U2,grassroots,,,

                """,
            reports: """
                A,2025-H1,members_total,10
                B,2025-H1,members_total,20
                C,2025-H1,members_total,30
                U1,2025-H1,members_total,31
                U2,2025-H1,members_total,29

                """)
        #expect(input.loaded.findings.filter { $0.severity != .note }.isEmpty, "\(input.loaded.findings)")
        let restated = try input.aggregate("2025-H1", onTreeOf: Self.later)
        try restated.check([
            expect("A", "members_total", 10, .reported, reporting: 1),
            expect("B", "members_total", 20, .reported, reporting: 1),
            expect("C", "members_total", 30, .reported, reporting: 1),
            expect("U2", "members_total", 60, .rolledUp, reporting: 3),
            expect("F", "members_total", 60, .rolledUp, reporting: 3),
        ])
        #expect(try restated.image(of: "U1") == "U2")
        #expect(restated.notCarriedOver.isEmpty)
    }

    @Test func aDistrictSplitAcrossThreeCommuneUnionsRestatesItsCDCSUnderEach() throws {
        let input = try DatedInput(
            units: """
                F,LĐLĐ tỉnh,,federation,,,
                H,LĐLĐ huyện,F,upper,,2025-06-30,
                X1,Công đoàn xã Một,F,upper,2025-07-01,,
                X2,Công đoàn xã Hai,F,upper,2025-07-01,,
                X3,Công đoàn phường Ba,F,upper,2025-07-01,,
                S,Công đoàn ngành Y tế,F,upper,,,
                S1,CĐCS Bệnh viện,S,grassroots,,,
                \((1...6).map { "C\($0),CĐCS \($0),H,grassroots,,2025-06-30,\nC\($0),CĐCS \($0),X\(($0 + 1) / 2),grassroots,2025-07-01,," }
                .joined(separator: "\n"))

                """,
            reports: (1...6).map { "C\($0),2025-H1,members_total,\($0 * 10)\n" }.joined() + """
                H,2025-H1,members_total,200
                S,2025-H1,members_total,55
                S1,2025-H1,members_total,50

                """)
        #expect(input.loaded.findings.filter { $0.severity != .note }.isEmpty, "\(input.loaded.findings)")
        try input.aggregate("2025-H1", onTreeOf: Self.before).check([
            expect("H", "members_total", 200, .reported, reporting: 6),
            expect("F", "members_total", 255, .rolledUp, reporting: 7),
        ])
        let restated = try input.aggregate("2025-H1", onTreeOf: Self.later)
        try restated.check([
            expect("X1", "members_total", 30, .rolledUp, reporting: 2),
            expect("X2", "members_total", 70, .rolledUp, reporting: 2),
            expect("X3", "members_total", 110, .rolledUp, reporting: 2),
            // The sector union's CĐCS did not change: its consolidated figure stands.
            expect("S", "members_total", 55, .reported, reporting: 1),
            expect("F", "members_total", 265, .rolledUp, reporting: 7),
        ])
        #expect(try restated.grassroots("X3") == 2)
        #expect(restated.notCarriedOver == ["H"])
    }

    @Test func aDissolvedCDCSIsNotCarriedOverAndTheRestatedTotalLacksIt() throws {
        let input = try DatedInput(
            units: """
                F,LĐLĐ tỉnh,,federation,,,
                U1,LĐLĐ huyện Một,F,upper,,,
                A,CĐCS A (đơn vị sự nghiệp),U1,grassroots,,2025-06-30,
                B,CĐCS B,U1,grassroots,,,

                """,
            reports: """
                A,2025-H1,members_total,10
                B,2025-H1,members_total,20
                A,2025-H1,members_new,3
                B,2025-H1,members_new,4
                U1,2025-H1,members_total,30

                """)
        try input.aggregate("2025-H1", onTreeOf: Self.before).check([
            expect("U1", "members_total", 30, .reported, reporting: 2),
            expect("F", "members_new", 7, .rolledUp, reporting: 2),
        ])
        let restated = try input.aggregate("2025-H1", onTreeOf: Self.later)
        try restated.check([
            // U1 held A and B; now only B: its consolidated 30 counts A, so it is not used.
            expect("U1", "members_total", 20, .rolledUp, reporting: 1),
            expect("F", "members_total", 20, .rolledUp, reporting: 1),
            expect("F", "members_new", 4, .rolledUp, reporting: 1),
        ])
        #expect(restated.notCarriedOver == ["A"])
        #expect(try restated.image(of: "A") == nil)
    }

    @Test func anUpperUnitsOwnFigureIsUsedExactlyWhenItsSubtreeCoversTheSameCDCS() throws {
        let input = try DatedInput(
            units: """
                F,LĐLĐ tỉnh,,federation,,,
                U1,LĐLĐ huyện Một,F,upper,,,
                U2,LĐLĐ huyện Hai,F,upper,,,
                U3,Công đoàn ngành,F,upper,,,
                A,CĐCS A,U1,grassroots,,2025-06-30,
                A,CĐCS A,U2,grassroots,2025-07-01,,
                B,CĐCS B,U1,grassroots,,,
                C,CĐCS C,U2,grassroots,,,
                D,CĐCS D,U3,grassroots,,2025-06-30,
                D,CĐCS D (tên mới),U3,grassroots,2025-07-01,,

                """,
            reports: """
                A,2025-H1,members_total,10
                B,2025-H1,members_total,20
                C,2025-H1,members_total,30
                D,2025-H1,members_total,40
                U1,2025-H1,members_total,99
                U2,2025-H1,members_total,98
                U3,2025-H1,members_total,97
                F,2025-H1,members_total,500

                """)
        let restated = try input.aggregate("2025-H1", onTreeOf: Self.later)
        try restated.check([
            expect("U1", "members_total", 20, .rolledUp, reporting: 1),
            expect("U2", "members_total", 40, .rolledUp, reporting: 2),
            // A renamed CĐCS is the same CĐCS: U3 and the federation cover the same ones in both trees.
            expect("U3", "members_total", 97, .reported, reporting: 1),
            expect("F", "members_total", 500, .reported, reporting: 4),
        ])
        let allowed = restated.tree.units.indices.filter { restated.restatement.ownAllowed[$0] }.map {
            restated.tree.units[$0].code
        }
        #expect(Set(allowed) == ["F", "U3", "A", "B", "C", "D"])
    }

    @Test func aNewCDCSIsNotExpectedInAPeriodBeforeItExisted() throws {
        let input = try DatedInput(
            units: """
                F,LĐLĐ tỉnh,,federation,,,
                U3,Công đoàn ngành,F,upper,,,
                D,CĐCS D,U3,grassroots,,,
                N,CĐCS mới,U3,grassroots,2025-07-01,,

                """,
            reports: """
                D,2025-H1,members_total,40
                U3,2025-H1,members_total,97

                """)
        // N did not exist in 2025-H1: U3's 97 covers every CĐCS it had then, and N is not expected to report.
        let restated = try input.aggregate("2025-H1", onTreeOf: Self.later)
        try restated.check([
            expect("N", "members_total", nil, .missing, reporting: 0),
            expect("U3", "members_total", 97, .reported, reporting: 1),
            expect("F", "members_total", 97, .rolledUp, reporting: 1),
        ])
        let expected = ["F", "U3", "D", "N"].compactMap { restated.tree.index(of: $0) }.map {
            restated.values.expected(unit: $0)
        }
        #expect(expected == [1, 1, 1, 0])
    }

    @Test func aChainOfSuccessorsLeadsToTheLastUnitStanding() throws {
        let input = try DatedInput(
            units: """
                F,LĐLĐ tỉnh,,federation,,,
                U1,LĐLĐ huyện Một,F,upper,,,
                A,CĐCS A,U1,grassroots,,2025-03-31,B
                B,CĐCS B,U1,grassroots,,2025-09-30,C
                C,CĐCS C,U1,grassroots,,,

                """,
            reports: """
                A,2025-Q1,members_total,1
                B,2025-Q1,members_total,10
                C,2025-Q1,members_total,100
                A,2025-Q2,members_total,2
                B,2025-Q2,members_total,20
                C,2025-Q2,members_total,200

                """)
        #expect(input.findings(.reportOutsideLife) == ["A 2025-Q2"])
        let firstQuarter = try input.aggregate("2025-Q1", onTreeOf: Self.later)
        #expect(try firstQuarter.image(of: "A") == "C")
        #expect(try firstQuarter.image(of: "B") == "C")
        try firstQuarter.check([expect("C", "members_total", 111, .rolledUp, reporting: 1)])
        // A had ended by 30/06: its second-quarter report is not in the quarter's tree, and not added.
        try input.aggregate("2025-Q2", onTreeOf: Self.later).check([
            expect("C", "members_total", 220, .rolledUp, reporting: 1),
            expect("F", "members_total", 220, .rolledUp, reporting: 1),
        ])
        // On 30/09 B still stands: the first quarter restated there puts A in B.
        try input.aggregate("2025-Q1", onTreeOf: "2025-09-30").check([
            expect("B", "members_total", 11, .rolledUp, reporting: 1),
            expect("C", "members_total", 100, .reported, reporting: 1),
        ])
    }
}
