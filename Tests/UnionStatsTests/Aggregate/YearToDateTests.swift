import Foundation
import Testing

@testable import UnionStats

/// Year to date (lũy kế) of each quarter, and the direction verdicts that colour changes.
@Suite struct YearToDateTests {
    /// Unit A reports a flow (members_new = quarter number × 10) and a stock (members_total = 100 + quarter) every
    /// quarter of 2021.
    private func aggregator() throws -> Aggregator {
        let input = try TemporaryInput()
        try input.writeConfiguration()
        var rows = "unit,period,indicator,value\n"
        for quarter in 1...4 {
            rows += "A,2021-Q\(quarter),members_new,\(quarter * 10)\n"
            rows += "A,2021-Q\(quarter),members_total,\(100 + quarter)\n"
            rows += "A,2021-Q\(quarter),workers_total,200\n"
        }
        try input.write(rows, to: "reports/2021.csv")
        return Aggregator(try InputLoader.load(folder: input.folder))
    }

    @Test(arguments: [
        // quarter, members_new year to date (flows add up), members_total (stocks: the quarter's), membership rate
        // (hundredths)
        (1, Int64(10), Int64(101), Int64(5050)),
        (2, 30, 102, 5100),
        (3, 60, 103, 5150),
        (4, 100, 104, 5200),
    ])
    func eachQuarter(quarter: Int, flow: Int64, stock: Int64, rate: Int64) throws {
        let aggregator = try aggregator()
        let period = try #require(Period(year: 2021, length: .quarter, index: quarter))
        let values = try #require(aggregator.yearToDate(through: period))
        let catalogue = aggregator.catalogue
        let a = try #require(aggregator.tree.index(of: "A"))
        #expect(values.value(unit: a, indicator: try #require(catalogue.position(of: "members_new"))) == flow)
        #expect(values.value(unit: a, indicator: try #require(catalogue.position(of: "members_total"))) == stock)
        #expect(values.value(unit: a, indicator: try #require(catalogue.position(of: "membership_rate"))) == rate)
        // The federation rolls A up (through U).
        #expect(
            values.value(unit: aggregator.tree.root, indicator: try #require(catalogue.position(of: "members_new")))
                == flow)
    }

    @Test func labels() throws {
        #expect(TimeSpan.yearToDateLabel(through: try #require(Period("2021-Q3"))) == "Lũy kế 9 tháng năm 2021")
        #expect(TimeSpan.yearToDateLabel(through: try #require(Period("2021-Q1"))) == "Lũy kế 3 tháng năm 2021")
    }

    @Test func onlyQuartersHaveAYearToDate() throws {
        #expect(try aggregator().yearToDate(through: try #require(Period("2021-H1"))) == nil)
    }

    @Test(arguments: [
        (Int64(5), Indicator.Direction.up, 1), (-5, .up, -1), (5, .down, -1), (-5, .down, 1), (5, .neutral, 0),
        (0, .up, 0),
    ])
    func verdicts(change: Int64, direction: Indicator.Direction, expected: Int) {
        #expect(PeriodComparison.verdict(change: change, direction: direction) == expected)
    }

    @Test func aMissingChangeIsNeitherGoodNorBad() {
        #expect(PeriodComparison.verdict(change: nil, direction: .up) == 0)
    }

    /// A and B report wages for H1 and Q3; the nine months are a span under the one contract.
    private func wageAggregator(withQ3: Bool) throws -> Aggregator {
        let input = try TemporaryInput()
        try input.writeConfiguration()
        var rows = "unit,period,indicator,value\n"
        rows +=
            "A,2021-H1,avg_wage_vnd,100\nA,2021-H1,wage_counted,1\nB,2021-H1,avg_wage_vnd,101\nB,2021-H1,wage_counted,1\n"
        if withQ3 {
            rows +=
                "A,2021-Q3,avg_wage_vnd,100\nA,2021-Q3,wage_counted,6\nB,2021-Q3,avg_wage_vnd,103\nB,2021-Q3,wage_counted,1\n"
        }
        try input.write(rows, to: "reports/w.csv")
        return Aggregator(try InputLoader.load(folder: input.folder))
    }

    @Test func nineMonthMeanFollowsTheContractOfAnyPeriod() throws {
        let aggregator = try wageAggregator(withQ3: true)
        let quarter = try #require(Period("2021-Q3"))
        let values = try #require(aggregator.yearToDate(through: quarter))
        let wage = try #require(aggregator.catalogue.position(of: "avg_wage_vnd"))
        // As for H1 from its quarters: each CĐCS's own nine-month mean over time, A (100·1 + 100·6) / 7 = 100 and
        // B (101·1 + 103·1) / 2 = 102, then the federation weighs them by the weight at the span's end
        // (a stock: Q3's 6 and 1): (600 + 102) / 7 = 100.2857… → 100.29.
        #expect(values.value(unit: aggregator.tree.root, indicator: wage) == 10_029)
        let a = try #require(aggregator.tree.index(of: "A"))
        #expect(values.value(unit: a, indicator: wage) == 10_000)
        #expect(values.status(unit: a, indicator: wage) == .derived)
    }

    @Test func nineMonthMeanNeedsBothParts() throws {
        let aggregator = try wageAggregator(withQ3: false)
        let quarter = try #require(Period("2021-Q3"))
        let values = try #require(aggregator.yearToDate(through: quarter))
        let wage = try #require(aggregator.catalogue.position(of: "avg_wage_vnd"))
        #expect(values.value(unit: aggregator.tree.root, indicator: wage) == nil)
    }
}
