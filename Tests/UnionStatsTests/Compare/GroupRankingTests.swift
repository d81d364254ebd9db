import Foundation
import Testing

@testable import UnionStats

/// Emulation groups: membership from units.csv (a unit in two groups), the group's own figures, and the ranking.
@Suite struct GroupRankingTests {
    /// Two upper units U and V; A in U, B and C in V. U is in both groups G1 and G2, V only in G1.
    static let units = """
        code,name,parent,level,groups
        F,Liên đoàn Lao động tỉnh,,federation,
        U,Liên đoàn Lao động huyện,F,upper,G1;G2
        V,Công đoàn ngành,F,upper,G1
        A,Công đoàn A,U,grassroots,
        B,Công đoàn B,V,grassroots,
        C,Công đoàn C,V,grassroots,

        """

    static let reports = """
        unit,period,indicator,value
        A,2021-H1,members_new,10
        A,2021-H1,members_total,50
        A,2021-H1,workers_total,100
        B,2021-H1,members_new,6
        B,2021-H1,members_total,20
        B,2021-H1,workers_total,20
        C,2021-H1,members_new,4
        C,2021-H1,members_total,30
        C,2021-H1,workers_total,30
        A,2020-H1,members_new,8
        B,2020-H1,members_new,5
        C,2020-H1,members_new,5

        """

    static func load(scoring: String, targets: String = "", groups: String? = nil) throws -> (LoadedInput, Report) {
        let input = try TemporaryInput()
        try input.writeConfiguration(units: units)
        try input.write(reports, to: "reports/a.csv")
        try input.write("indicator,weight,basis\n" + scoring, to: "scoring.csv")
        if !targets.isEmpty { try input.write("unit,period,indicator,target\n" + targets, to: "targets.csv") }
        if let groups { try input.write(groups, to: "groups.csv") }
        let loaded = try InputLoader.load(folder: input.folder)
        let report = try Pipeline.report(
            loaded.data, period: try #require(Period("2021-H1")), generated: Date(), log: FindingLog())
        return (loaded, report)
    }

    @Test func aUnitInTwoGroupsIsAMemberOfBoth() throws {
        let (loaded, report) = try Self.load(scoring: "members_new,1,growth\n")
        #expect(loaded.groups.groups.map(\.code) == ["G1", "G2"])  // without groups.csv: the codes units.csv names
        let codes = { (group: String) throws -> [String] in
            let found = try #require(loaded.groups.group(code: group))
            return loaded.groups.members(of: found, in: loaded.tree, history: loaded.history).map {
                loaded.tree.units[$0].code
            }
        }
        #expect(try codes("G1") == ["U", "V"])
        #expect(try codes("G2") == ["U"])
        #expect(report.rankings.map(\.group.code) == ["G1", "G2"])
        #expect(report.rankings[1].standings.map(\.rank) == [1])
    }

    @Test func equalTotalsShareARankAndTheNextRankSkips() throws {
        // U and V both +25 % on new members (10 against 8 each): rank 1, 1; D at 0 % is third, not second.
        let input = try TemporaryInput()
        try input.writeConfiguration(units: Self.units + "D,Công đoàn D,F,upper,G1\nE,Công đoàn E,D,grassroots,\n")
        let reports = Self.reports.replacingOccurrences(
            of: "B,2020-H1,members_new,5\nC,2020-H1,members_new,5",
            with: "B,2020-H1,members_new,4\nC,2020-H1,members_new,4")
        try input.write(reports + "E,2021-H1,members_new,5\nE,2020-H1,members_new,5\n", to: "reports/a.csv")
        try input.write("indicator,weight,basis\nmembers_new,2,growth\n", to: "scoring.csv")
        let loaded = try InputLoader.load(folder: input.folder)
        let report = try Pipeline.report(
            loaded.data, period: try #require(Period("2021-H1")), generated: Date(), log: FindingLog())
        let ranking = try #require(report.rankings.first { $0.group.code == "G1" })
        let lines = ranking.standings.map {
            (report.input.tree.units[$0.unit].code, $0.basis, $0.points, $0.total, $0.rank)
        }
        #expect(lines.map(\.0) == ["U", "V", "D"])
        #expect(lines.map(\.1) == [[2500], [2500], [0]])  // +25,00 %, +25,00 %, 0,00 %
        #expect(lines.map(\.2) == [[5000], [5000], [0]])  // 2 × 25,00 = 50,00 points
        #expect(lines.map(\.4) == [1, 1, 3])
    }

    @Test func pointsAreWeightTimesTheBasisAsPrintedAndAddUp() throws {
        let (_, report) = try Self.load(
            scoring: "members_new,\"1,5\",progress\nmembers_new,2,per_100_members\nmembers_new,1,growth\n",
            targets: "U,2021,members_new,30\nV,2021,members_new,15\n")
        let ranking = try #require(report.rankings.first { $0.group.code == "G1" })
        let byCode = Dictionary(
            uniqueKeysWithValues: ranking.standings.map { (report.input.tree.units[$0.unit].code, $0) })
        let u = try #require(byCode["U"])
        let v = try #require(byCode["V"])
        // U: 10/30 = 33,33 %; 10 × 100 / 50 members = 20,00; (10 − 8)/8 = +25,00 %.
        #expect(u.basis == [3333, 2000, 2500])
        #expect(u.points == [5000, 4000, 2500])  // 1,5 × 33,33 = 49,995 → 50,00
        #expect(u.total == 11500)
        // V: 10/15 = 66,67 %; 10 × 100 / 50 = 20,00; (10 − 10)/10 = 0,00 %.
        #expect(v.basis == [6667, 2000, 0])
        #expect(v.points == [10001, 4000, 0])  // 1,5 × 66,67 = 100,005 → 100,01
        #expect(v.total == 14001)
        #expect(ranking.standings.map(\.rank) == [1, 2])
        #expect(report.input.tree.units[ranking.standings[0].unit].code == "V")
    }

    @Test func pointsAndTotalsOfTheLargestBasesAndWeightsStayExact() {
        // The largest weight times the largest basis value: beyond Int64, exact in Int128.
        let weight = ExactDecimal(significand: 1_000_000_000, scale: 6)  // 1.000,000000
        let points = GroupRanking.points(weight: weight, basis: Int64.max)
        #expect(points == Int128(Int64.max) * 1_000)
        #expect(points + points == Int128(Int64.max) * 2_000)
        // Half away from zero: 1,5 × 0,05 = 0,075 → 0,08 (in hundredths: 7,5 → 8).
        #expect(GroupRanking.points(weight: ExactDecimal(significand: 15, scale: 1), basis: 5) == 8)
        #expect(GroupRanking.points(weight: ExactDecimal(significand: 15, scale: 1), basis: -5) == -8)
    }

    /// A `down` criterion (docs/design.md, "Scoring and ranking"): its points are subtracted, so fewer accidents rank
    /// higher. U's CĐCS A had 3 accidents among 50 members, V's B and C 1 among 50: 6,00 and 2,00 per 100 members.
    @Test func aDownCriterionsPointsAreSubtractedSoFewerAccidentsRankHigher() throws {
        let input = try TemporaryInput()
        try input.writeConfiguration(
            units: Self.units,
            catalogue: TemporaryInput.catalogue
                + "labour_accidents,I,Số vụ tai nạn lao động,Occupational accidents,vụ,flow,,,,down\n")
        try input.write(
            Self.reports + "A,2021-H1,labour_accidents,3\nB,2021-H1,labour_accidents,1\nC,2021-H1,labour_accidents,0\n",
            to: "reports/a.csv")
        try input.write(
            "indicator,weight,basis\nlabour_accidents,\"1,5\",per_100_members\n", to: "scoring.csv")
        let loaded = try InputLoader.load(folder: input.folder)
        let report = try Pipeline.report(
            loaded.data, period: try #require(Period("2021-H1")), generated: Date(), log: FindingLog())
        let ranking = try #require(report.rankings.first { $0.group.code == "G1" })
        #expect(ranking.subtracted == [true])
        let lines = ranking.standings.map {
            (report.input.tree.units[$0.unit].code, $0.basis, $0.points, $0.total, $0.rank)
        }
        #expect(lines.map(\.0) == ["V", "U"])  // fewer accidents first
        #expect(lines.map(\.1) == [[200], [600]])  // 2,00 and 6,00 accidents per 100 members, as printed
        #expect(lines.map(\.2) == [[-300], [-900]])  // −1,5 × 2,00 = −3,00; −1,5 × 6,00 = −9,00
        #expect(lines.map(\.3) == [-300, -900])
        #expect(lines.map(\.4) == [1, 2])
    }

    @Test func aDownCriterionIsSubtractedBesideAnUpOneAndTheTotalDecides() throws {
        let input = try TemporaryInput()
        try input.writeConfiguration(
            units: Self.units,
            catalogue: TemporaryInput.catalogue
                + "labour_accidents,I,Số vụ tai nạn lao động,Occupational accidents,vụ,flow,,,,down\n")
        try input.write(
            Self.reports + "A,2021-H1,labour_accidents,3\nB,2021-H1,labour_accidents,1\nC,2021-H1,labour_accidents,0\n",
            to: "reports/a.csv")
        try input.write(
            "indicator,weight,basis\nmembers_new,1,growth\nlabour_accidents,10,per_100_members\n", to: "scoring.csv")
        let loaded = try InputLoader.load(folder: input.folder)
        let report = try Pipeline.report(
            loaded.data, period: try #require(Period("2021-H1")), generated: Date(), log: FindingLog())
        let ranking = try #require(report.rankings.first { $0.group.code == "G1" })
        #expect(ranking.subtracted == [false, true])
        let byCode = Dictionary(
            uniqueKeysWithValues: ranking.standings.map { (report.input.tree.units[$0.unit].code, $0) })
        // U: +25,00 % new members, 6,00 accidents per 100 members: 25,00 − 60,00 = −35,00.
        #expect(byCode["U"]?.points == [2500, -6000])
        #expect(byCode["U"]?.total == -3500)
        // V: 0,00 %, 2,00 per 100 members: −20,00, so V ranks first although U grew more.
        #expect(byCode["V"]?.points == [0, -2000])
        #expect(byCode["V"]?.total == -2000)
        #expect(ranking.standings.map { report.input.tree.units[$0.unit].code } == ["V", "U"])
    }

    @Test func aSubtractedPointIsTheNegatedPointRoundedTheSameWay() {
        let weight = ExactDecimal(significand: 15, scale: 1)
        #expect(GroupRanking.points(weight: weight, basis: 5, subtracted: true) == -8)  // −(1,5 × 0,05 → 0,08)
        #expect(GroupRanking.points(weight: weight, basis: -5, subtracted: true) == 8)  // a fall of a down figure
        let largest = GroupRanking.points(
            weight: ExactDecimal(significand: 1_000_000_000, scale: 6), basis: Int64.max, subtracted: true)
        #expect(largest == -Int128(Int64.max) * 1_000)
    }

    @Test func aCriterionWithoutABasisGivesNoPoints() throws {
        let (_, report) = try Self.load(scoring: "members_new,3,progress\n", targets: "U,2021,members_new,20\n")
        let ranking = try #require(report.rankings.first { $0.group.code == "G1" })
        let v = try #require(ranking.standings.first { report.input.tree.units[$0.unit].code == "V" })
        #expect(v.basis == [nil])  // V has no target
        #expect(v.points == [nil])
        #expect(v.total == 0)
    }

    @Test func theGroupsReportPutsItsMembersUnderTheGroup() throws {
        let (loaded, _) = try Self.load(
            scoring: "", groups: "code,name,kind\nG1,Cụm thi đua số 1,cum\nG2,Khối thi đua 2,khoi\n")
        let report = try Pipeline.report(
            loaded.data, period: try #require(Period("2021-H1")), group: "G1", generated: Date(), log: FindingLog())
        let tree = report.input.tree
        #expect(tree.units.map(\.code) == ["G1", "U", "A", "V", "B", "C"])
        #expect(tree.units[tree.root].name == "Cụm thi đua số 1")
        let members = try #require(report.input.catalogue.position(of: "members_total"))
        let rate = try #require(report.input.catalogue.position(of: "membership_rate"))
        #expect(report.current.value(unit: tree.root, indicator: members) == 100)  // 50 + 20 + 30
        #expect(report.current.status(unit: tree.root, indicator: members) == .rolledUp)
        #expect(report.current.value(unit: tree.root, indicator: rate) == 6667)  // 100 / 150
        #expect(report.completeness.first?.expected == 3)
        #expect(report.fileStem == "2021-H1-G1")
        let g2 = try Pipeline.report(
            loaded.data, period: try #require(Period("2021-H1")), group: "G2", generated: Date(), log: FindingLog())
        #expect(g2.input.tree.units.map(\.code) == ["G2", "U", "A"])
        #expect(g2.current.value(unit: 0, indicator: members) == 50)
    }

    @Test func aComparisonWithinAGroupRanksItsMembers() throws {
        let (loaded, _) = try Self.load(scoring: "")
        let membersNew = try #require(loaded.catalogue.position(of: "members_new"))
        let document = try Pipeline.comparison(
            loaded.data, periodA: try #require(Period("2020-H1")), periodB: try #require(Period("2021-H1")),
            group: "G2", rankBy: membersNew,
            generated: Date(), log: FindingLog())
        let tree = document.input.tree
        #expect(tree.units.map(\.code) == ["G2", "U", "A"])
        #expect(document.rankedUnits.map { tree.units[$0].code } == ["U"])
        #expect(document.comparison.row(unit: tree.root, indicator: membersNew).a == 8)
        #expect(document.comparison.row(unit: tree.root, indicator: membersNew).b == 10)
        #expect(document.fileStem == "compare-2020-H1-vs-2021-H1-G2")
    }

    @Test func anUnknownGroupIsATypedErrorNamingTheKnownCodes() throws {
        let (loaded, _) = try Self.load(scoring: "")
        #expect(throws: UnionStatsError.unknownGroup("G9", known: ["G1", "G2"])) {
            try Pipeline.report(
                loaded.data, period: try #require(Period("2021-H1")), group: "G9", generated: Date(), log: FindingLog())
        }
        #expect(UnionStatsError.unknownGroup("G9", known: ["G1", "G2"]).errorDescription?.contains("G1, G2") == true)
    }
}
