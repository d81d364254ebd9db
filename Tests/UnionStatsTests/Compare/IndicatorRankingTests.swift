import Foundation
import Testing

@testable import UnionStats

/// The ranking of upper units in a comparison: by B's value, ties share a rank, units without a value last.
@Suite struct IndicatorRankingTests {
    @Test func tiesShareARankAndMissingValuesComeLast() throws {
        let input = try TemporaryInput()
        try input.writeConfiguration(
            units: """
                code,name,parent,level
                F,Liên đoàn Lao động tỉnh,,federation
                U1,Upper 1,F,upper
                U2,Upper 2,F,upper
                U3,Upper 3,F,upper
                U4,Upper 4,F,upper
                A1,CĐCS A1,U1,grassroots
                A2,CĐCS A2,U2,grassroots
                A3,CĐCS A3,U3,grassroots
                A4,CĐCS A4,U4,grassroots

                """)
        try input.write(
            """
            unit,period,indicator,value
            A1,2020-H1,members_new,10
            A1,2021-H1,members_new,30
            A2,2020-H1,members_new,50
            A2,2021-H1,members_new,40
            A3,2021-H1,members_new,40
            A4,2020-H1,members_new,5

            """, to: "reports/r.csv")
        let data = try InputLoader.load(folder: input.folder)
        let aggregator = Aggregator(data)
        let comparison = try PeriodComparison(
            try #require(Period("2020-H1")), try #require(Period("2021-H1")), using: aggregator)
        let rankBy = try #require(data.catalogue.position(of: "members_new"))
        let document = CompareDocument(
            input: data.data, comparison: comparison, rankBy: rankBy, findings: [], findingsOfOtherPeriods: 0,
            generated: Date())
        let ranking = IndicatorRanking(document).entries
        #expect(ranking.map { data.tree.units[$0.unit].code } == ["U2", "U3", "U1", "U4"])
        #expect(ranking.map(\.rank) == [1, 1, 3, nil])
        // U2: 50 → 40 is −10, −20.00 %; U3 has no base, so no change.
        #expect(ranking[0].change == -10 && ranking[0].percent == -2000)
        #expect(ranking[1].change == nil && ranking[1].percent == nil)
        #expect(ranking[2].change == 20 && ranking[2].percent == 20000)
    }

    @Test func periodsOfDifferentLengthsCannotBeCompared() throws {
        let input = try TemporaryInput()
        try input.writeConfiguration()
        let aggregator = Aggregator(try InputLoader.load(folder: input.folder))
        #expect(throws: UnionStatsError.periodLengthMismatch(a: "2021-Q1", b: "2021-H1")) {
            _ = try PeriodComparison(
                try #require(Period("2021-Q1")), try #require(Period("2021-H1")), using: aggregator)
        }
    }

    @Test(
        arguments: [
            ([Int?](), [Int?]()),
            ([5, 5, 3, 3, 3, 1], [1, 1, 3, 3, 3, 6]),
            ([9, 8, 7], [1, 2, 3]),
            ([4, 4, nil, nil], [1, 1, nil, nil]),
            ([nil, 2, 2], [nil, 2, 2]),
        ] as [([Int?], [Int?])])
    func competitionRanksShareTiesAndSkipAfterThem(scores: [Int?], ranks: [Int?]) {
        #expect(CompetitionRanking.ranks(ofOrdered: scores) == ranks)
    }
}
