import Foundation
import Testing

@testable import UnionStats

/// Progress against targets (docs/design.md, "Progress, expected share and status"): value to date, exact quotient,
/// expected share, status.
@Suite struct TargetProgressTests {
    /// A's quarters: 30 + 20 new members in H1, 25 + 35 in H2; 93 members of 100 workers at Q2, 96 of 100 at Q4.
    static let reports = """
        unit,period,indicator,value
        A,2021-Q1,members_new,30
        A,2021-Q2,members_new,20
        A,2021-Q3,members_new,25
        A,2021-Q4,members_new,35
        A,2021-Q1,members_total,80
        A,2021-Q2,members_total,93
        A,2021-Q2,workers_total,100
        A,2021-Q4,members_total,96
        A,2021-Q4,workers_total,100

        """

    /// Loads the standard folder with `targets` as targets.csv and measures A's only target at the end of `period`.
    static func measure(_ targets: String, at period: String, nearPercent: Int64 = 90) throws -> TargetProgress {
        let input = try TemporaryInput()
        try input.writeConfiguration()
        try input.write(reports, to: "reports/a.csv")
        try input.write("unit,period,indicator,target\n" + targets + "\n", to: "targets.csv")
        let loaded = try InputLoader.load(folder: input.folder)
        let targetFindings = loaded.findings.filter { $0.location?.file == "targets.csv" }
        #expect(targetFindings.isEmpty, "\(targetFindings)")
        let target = try #require(loaded.targets.targets.first)
        let unit = try #require(loaded.tree.index(of: target.unit))
        return TargetProgress(
            target: target, unit: unit, period: try #require(Period(period)), aggregator: Aggregator(loaded),
            nearPercent: ExactDecimal(significand: nearPercent))
    }

    @Test func aFlowAtTheHalfYearIsTheYearToDateAgainstTheYearsTarget() throws {
        let progress = try Self.measure("A,2021,members_new,120", at: "2021-H1")
        #expect(progress.value == 50)  // Q1 + Q2
        #expect(progress.span == TimeSpan(try #require(Period("2021-H1"))))
        #expect(progress.progressHundredths == 4167)  // 50 / 120 = 41,666… % → 41,67
        #expect(progress.expectedHundredths == 5000)  // half the year elapsed
        #expect(progress.status == .notMet)  // 41,67 < 90 % of 50 = 45
    }

    @Test func aFlowAtTheSecondQuarterReportIsTheHalfYearToDate() throws {
        let progress = try Self.measure("A,2021,members_new,100", at: "2021-Q2")
        #expect(progress.value == 50)
        #expect(progress.progressHundredths == 5000)
        #expect(progress.status == .met)
    }

    @Test func aFlowAtNineMonthsAddsTheHalfYearAndTheThirdQuarter() throws {
        let progress = try Self.measure("A,2021,members_new,100", at: "2021-Q3")
        #expect(progress.value == 75)
        #expect(progress.expectedHundredths == 7500)
        #expect(progress.status == .met)
    }

    @Test func aFlowAtTheYearIsTheWholeYear() throws {
        let progress = try Self.measure("A,2021,members_new,96", at: "2021")
        #expect(progress.value == 110)
        #expect(progress.progressHundredths == 11458)  // 110 / 96 = 114,583… %
        #expect(progress.expectedHundredths == 10000)
        #expect(progress.status == .exceeded)
    }

    @Test func aHalfYearTargetAtItsFirstQuarterExpectsHalf() throws {
        let progress = try Self.measure("A,2021-H2,members_new,50", at: "2021-Q3")
        #expect(progress.value == 25)  // Q3 only: the H2 target starts in July
        #expect(progress.expectedHundredths == 5000)
        #expect(progress.status == .met)
    }

    @Test func aStockIsItsValueAtTheReportPeriodAgainstAFullTarget() throws {
        let progress = try Self.measure("A,2021,members_total,100", at: "2021-H1")
        #expect(progress.value == 93)  // the last quarter of H1, never Q1's 80
        #expect(progress.progressHundredths == 9300)
        #expect(progress.expectedHundredths == 10000)
        #expect(progress.status == .near)  // 93 ≥ 90
    }

    @Test func aRatioIsComparedInPercentagePointsFromItsExactParts() throws {
        let progress = try Self.measure("A,2021,membership_rate,\"97,5\"", at: "2021-H1")
        #expect(progress.value == 9300)  // 93,00 %
        #expect(progress.progressHundredths == 9538)  // 93 / 97,5 = 95,384… %
        #expect(progress.status == .near)
    }

    @Test func aZeroTargetGivesNoProgressAndSaysWhy() throws {
        let progress = try Self.measure("A,2021,members_new,0", at: "2021-H1")
        #expect(progress.value == 50)
        #expect(progress.progressHundredths == nil)
        #expect(progress.status == nil)
        #expect(progress.gap == .zeroTarget)
        #expect(progress.gap?.vietnamese.contains("bằng 0") == true)
    }

    @Test func aMissingValueGivesNoProgressAndSaysWhy() throws {
        let progress = try Self.measure("B,2021,members_new,10", at: "2021-H1")
        #expect(progress.value == nil)
        #expect(progress.progressHundredths == nil)
        #expect(progress.gap == .noValue)
        #expect(progress.gap?.vietnamese == "Chưa có số liệu")
    }

    @Test func aTargetDoesNotApplyToAPeriodEndingOutsideIt() throws {
        let h1 = try #require(Period("2021-H1"))
        let h2 = try #require(Period("2021-H2"))
        let year = try #require(Period("2021"))
        #expect(year.containsEnd(of: h1))
        #expect(h1.containsEnd(of: try #require(Period("2021-Q1"))))
        #expect(!h2.containsEnd(of: h1))
        #expect(!h1.containsEnd(of: year))
        #expect(!year.containsEnd(of: try #require(Period("2020-H1"))))
    }

    /// (progress, expected, near %, status): the thresholds on the two-decimal figures as printed.
    @Test(
        arguments: [
            (5001, 5000, 90, TargetProgress.Status.exceeded),
            (5000, 5000, 90, .met),
            (4999, 5000, 90, .near),
            (4500, 5000, 90, .near),
            (4499, 5000, 90, .notMet),
            (9000, 10000, 90, .near),
            (8999, 10000, 90, .notMet),
            (8000, 10000, 80, .near),
            (0, 2500, 90, .notMet),
            (12000, 10000, 90, .exceeded),
        ] as [(Int64, Int64, Int64, TargetProgress.Status)])
    func statusThresholds(progress: Int64, expected: Int64, near: Int64, status: TargetProgress.Status) {
        #expect(
            TargetProgress.status(progress: progress, expected: expected, nearPercent: ExactDecimal(significand: near))
                == status)
    }

    @Test func aNearThresholdWithDecimalsIsExact() {
        // 92,5 % of 50 % = 46,25 %.
        let near = ExactDecimal(significand: 925, scale: 1)
        #expect(TargetProgress.status(progress: 4625, expected: 5000, nearPercent: near) == .near)
        #expect(TargetProgress.status(progress: 4624, expected: 5000, nearPercent: near) == .notMet)
    }
}
