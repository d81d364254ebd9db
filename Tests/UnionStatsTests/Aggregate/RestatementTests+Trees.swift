import Testing

@testable import UnionStats

/// Which tree a period stands on: a later period restated on an earlier tree, reports of units
/// outside their period's tree, several federations before a merger of provinces, and a units.csv
/// whose dates change nothing.
@Suite struct RestatementTreeTests {
    /// 2025: U1 {A, B}, U2 {C}. From 01/07/2025: A under U2, B merged into C, N new under U2.
    static let restructured = """
        F,LĐLĐ tỉnh,,federation,,,
        U1,LĐLĐ huyện Một,F,upper,,,
        U2,LĐLĐ huyện Hai,F,upper,,,
        A,CĐCS A,U1,grassroots,,2025-06-30,
        A,CĐCS A,U2,grassroots,2025-07-01,,
        B,CĐCS B,U1,grassroots,,2025-06-30,C
        C,CĐCS C,U2,grassroots,,,
        N,CĐCS mới,U2,grassroots,2025-07-01,,

        """

    @Test func aLaterPeriodOnAnEarlierTreeLeavesItsNewUnitsWithoutImage() throws {
        let input = try DatedInput(
            units: Self.restructured,
            reports: """
                A,2026-H1,members_total,11
                C,2026-H1,members_total,52
                N,2026-H1,members_total,7
                U2,2026-H1,members_total,70
                F,2026-H1,members_total,70

                """)
        #expect(input.loaded.findings.filter { $0.severity != .note }.isEmpty, "\(input.loaded.findings)")
        let restated = try input.aggregate("2026-H1", onTreeOf: "2025-06-30")
        #expect(restated.notCarriedOver == ["N"])
        #expect(try restated.image(of: "A") == "A")
        try restated.check([
            expect("A", "members_total", 11, .reported, reporting: 1),
            expect("B", "members_total", nil, .missing, reporting: 0),
            expect("U1", "members_total", 11, .rolledUp, reporting: 1),
            expect("C", "members_total", 52, .reported, reporting: 1),
            expect("U2", "members_total", 52, .rolledUp, reporting: 1),
            // The federation's 70 counts N, which the 2025 tree does not hold.
            expect("F", "members_total", 63, .rolledUp, reporting: 2),
        ])
        try input.aggregate("2026-H1", onTreeOf: "2026-06-30").check([
            expect("U2", "members_total", 70, .reported, reporting: 3),
            expect("F", "members_total", 70, .reported, reporting: 3),
        ])
    }

    @Test func aReportOfAUnitOutsideItsLifeIsAWarningAndIsNotAdded() throws {
        let input = try DatedInput(
            units: Self.restructured,
            reports: """
                N,2025-H1,members_total,7
                N,2025-H1,members_new,2
                A,2025-H1,members_total,10
                C,2025-H1,members_total,30

                """)
        #expect(input.findings(.reportOutsideLife) == ["N 2025-H1"])
        #expect(input.loaded.findings.allSatisfy { $0.code != .unknownUnit })
        let finding = try #require(input.loaded.findings.first { $0.code == .reportOutsideLife })
        #expect(finding.severity == .warning)
        // Still stored, under its registry id.
        let id = try #require(input.data.history.id(of: "N"))
        let members = try #require(input.data.catalogue.position(of: "members_total"))
        let period = try #require(Period("2025-H1"))
        let table = try #require(input.data.store.tables[period])
        #expect(table.value(at: input.data.store.cell(unit: id, indicator: members)) == 7)
        try input.aggregate("2025-H1", onTreeOf: "2026-06-30").check([
            expect("N", "members_total", nil, .missing, reporting: 0),
            expect("N", "members_new", nil, .missing, reporting: 0),
            expect("U2", "members_total", 40, .rolledUp, reporting: 2),
            expect("F", "members_total", 40, .rolledUp, reporting: 2),
        ])
        let own = try input.aggregate("2025-H1", onTreeOf: "2025-06-30")
        #expect(own.tree.index(of: "N") == nil)
        try own.check([expect("F", "members_total", 40, .rolledUp, reporting: 2)])
    }

    /// Three provinces until 30/06/2025; then Hà Nam and Nam Định join Ninh Bình.
    static let provinces = """
        NB,LĐLĐ tỉnh Ninh Bình,,federation,,,
        HN,LĐLĐ tỉnh Hà Nam,,federation,,2025-06-30,NB
        ND,LĐLĐ tỉnh Nam Định,,federation,,2025-06-30,NB
        NB-H,LĐLĐ huyện Hoa Lư,NB,upper,,,
        NB-1,CĐCS Ninh Bình 1,NB-H,grassroots,,,
        HN-H,LĐLĐ huyện Duy Tiên,HN,upper,,2025-06-30,
        HN-1,CĐCS Hà Nam 1,HN-H,grassroots,,2025-06-30,
        HN-1,CĐCS Hà Nam 1,NB-H,grassroots,2025-07-01,,
        HN-2,CĐCS Hà Nam 2,HN-H,grassroots,,2025-06-30,NB-1
        ND-S,Công đoàn ngành Y tế Nam Định,ND,upper,,2025-06-30,
        ND-S,Công đoàn ngành Y tế Nam Định,NB,upper,2025-07-01,,
        ND-1,CĐCS Nam Định 1,ND-S,grassroots,,,

        """

    @Test func provincesBeforeTheirMergerAreSeveralRootsAndRestateOntoTheOneFederation() throws {
        let input = try DatedInput(
            units: Self.provinces,
            reports: """
                NB-1,2025-H1,members_total,100
                HN-1,2025-H1,members_total,20
                HN-2,2025-H1,members_total,30
                ND-1,2025-H1,members_total,40
                NB,2025-H1,members_total,101
                HN,2025-H1,members_total,51
                HN-H,2025-H1,members_total,50
                ND-S,2025-H1,members_total,41

                """)
        #expect(input.loaded.findings.filter { $0.severity != .note }.isEmpty, "\(input.loaded.findings)")
        let before = try input.tree(on: "2025-06-30")
        #expect(before.roots.map { before.units[$0].code } == ["NB", "HN", "ND"])
        #expect(try input.tree(on: "2026-06-30").roots.count == 1)
        let own = try input.aggregate("2025-H1", onTreeOf: "2025-06-30")
        try own.check([
            expect("NB", "members_total", 101, .reported, reporting: 1),
            expect("HN", "members_total", 51, .reported, reporting: 2),
            expect("ND", "members_total", 41, .rolledUp, reporting: 1),
        ])
        let restated = try input.aggregate("2025-H1", onTreeOf: "2026-06-30")
        #expect(try restated.image(of: "HN") == "NB")
        #expect(try restated.image(of: "ND") == "NB")
        #expect(restated.notCarriedOver == ["HN-H"])
        try restated.check([
            expect("NB-1", "members_total", 130, .rolledUp, reporting: 1),
            expect("HN-1", "members_total", 20, .reported, reporting: 1),
            expect("NB-H", "members_total", 150, .rolledUp, reporting: 2),
            // The sector union kept its CĐCS: its own figure stands under its new federation.
            expect("ND-S", "members_total", 41, .reported, reporting: 1),
            expect("NB", "members_total", 191, .rolledUp, reporting: 3),
        ])
    }

    /// A plain units.csv and the same with empty columns of versions, or with dates that change nothing.
    static let unchangingUnits = [
        TemporaryInput.units,
        TemporaryInput.units.replacingOccurrences(of: "level\n", with: "level,valid_from,valid_to,successor\n")
            .replacingOccurrences(of: "federation\n", with: "federation,,,\n").replacingOccurrences(
                of: "upper\n", with: "upper,,,\n"
            )
            .replacingOccurrences(of: "grassroots\n", with: "grassroots,,,\n"),
        TemporaryInput.units.replacingOccurrences(of: "level\n", with: "level,valid_from,valid_to,successor\n")
            .replacingOccurrences(of: "federation\n", with: "federation,01/01/2000,,\n")
            .replacingOccurrences(of: "upper\n", with: "upper,2000-01-01,,\n").replacingOccurrences(
                of: "grassroots\n", with: "grassroots,2000-01-01,,\n"),
    ]

    static let unchangingReports = """
        A,2021-Q1,members_new,3
        A,2021-Q2,members_new,4
        B,2021-H1,members_new,5
        A,2021-Q2,members_total,40
        B,2021-Q2,members_total,50
        U,2021-H1,members_total,95
        A,2021-Q2,workers_total,60
        B,2021-Q2,workers_total,70
        A,2021-Q1,avg_wage_vnd,6000000
        A,2021-Q1,wage_counted,10
        A,2021-Q2,avg_wage_vnd,7000000
        A,2021-Q2,wage_counted,30
        B,2021-H1,avg_wage_vnd,6500000
        B,2021-H1,wage_counted,20
        A,2021-H2,members_new,9
        B,2021-H2,members_new,1

        """

    @Test(arguments: 1..<unchangingUnits.count)
    func aUnitsFileWhoseDatesChangeNothingGivesExactlyTheSameValues(variant: Int) throws {
        let plain = try DatedInput(unitsFile: Self.unchangingUnits[0], reports: Self.unchangingReports)
        let dated = try DatedInput(unitsFile: Self.unchangingUnits[variant], reports: Self.unchangingReports)
        #expect(dated.loaded.findings.map(\.description) == plain.loaded.findings.map(\.description))
        #expect(dated.data.tree.ids == plain.data.tree.ids)
        for period in ["2021-Q1", "2021-Q2", "2021-H1", "2021-H2", "2021"] {
            let period = try #require(Period(period))
            let plainValues = Aggregator(plain.loaded).values(for: period)
            let datedAggregator = Aggregator(dated.loaded)
            let datedValues = datedAggregator.values(for: period)
            #expect(datedAggregator.restatement(for: TimeSpan(period)).isIdentity)
            #expect(datedValues.values == plainValues.values, "values of \(period)")
            #expect(datedValues.status == plainValues.status, "statuses of \(period)")
            #expect(datedValues.reporting == plainValues.reporting, "coverage of \(period)")
        }
    }
}
