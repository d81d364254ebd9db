import Foundation
import Testing

@testable import UnionStats

/// Ceilings (docs/design.md, "Ceilings: falling is good"): the target of a `down` indicator is a figure not to
/// exceed. `Đạt` at most target × expected share, `Gần đạt` above that but at most the target, `Chưa đạt` above
/// the target; a ceiling of 0 is `Đạt` at 0 and `Chưa đạt` above, without a `% kế hoạch`.
@Suite struct TargetCeilingTests {
    /// The standard catalogue with three `down` indicators: a flow, a stock and their ratio to the workers.
    static let catalogue =
        TemporaryInput.catalogue
            + """
            labour_accidents,I,Số vụ tai nạn lao động,Occupational accidents,vụ,flow,,,,down
            underemployed,I,Số lao động thiếu việc làm,Underemployed workers,người,stock,,,,down
            underemployment_rate,I,Tỷ lệ lao động thiếu việc làm,Underemployment rate,%,ratio,underemployed,workers_total,,down

            """

    /// A's accidents: none in Q1, 1 in Q2, 2 in Q3, none in Q4 (H1 1, nine months 3, the year 3); 5 of its 100
    /// workers underemployed at Q2 (5,00 %).
    static let reports = """
        unit,period,indicator,value
        A,2021-Q1,labour_accidents,0
        A,2021-Q2,labour_accidents,1
        A,2021-Q3,labour_accidents,2
        A,2021-Q4,labour_accidents,0
        A,2021-Q2,underemployed,5
        A,2021-Q2,workers_total,100

        """

    /// Measures A's only target, `target`, at the end of `period` (`target_near_pct` 90 unless told).
    static func measure(_ target: String, at period: String, nearPercent: Int64 = 90) throws -> TargetProgress {
        let input = try TemporaryInput()
        try input.writeConfiguration(catalogue: catalogue)
        try input.write(reports, to: "reports/a.csv")
        try input.write("unit,period,indicator,target\n" + target + "\n", to: "targets.csv")
        let loaded = try InputLoader.load(folder: input.folder)
        let problems = loaded.findings.filter { $0.severity == .error }
        #expect(problems.isEmpty, "\(problems)")
        let measured = try #require(loaded.targets.targets.first)
        let unit = try #require(loaded.tree.index(of: measured.unit))
        return TargetProgress(
            target: measured, unit: unit, period: try #require(Period(period)), aggregator: Aggregator(loaded),
            nearPercent: ExactDecimal(significand: nearPercent))
    }

    @Test func aFlowOnTrackIsMetAndItsPercentIsTheShareOfTheCeilingUsed() throws {
        // A year's ceiling of 4 accidents: by H1, 50 % of it (2) is on track; 1 accident is.
        let progress = try Self.measure("A,2021,labour_accidents,4", at: "2021-H1")
        #expect(progress.isCeiling)
        #expect(progress.value == 1)
        #expect(progress.expectedHundredths == 5000)
        #expect(progress.progressHundredths == 2500)  // 1 of 4
        #expect(progress.status == .met)
        #expect(progress.gap == nil)
    }

    @Test func aFlowAtExactlyItsShareIsMet() throws {
        // An H2 ceiling of 4: after Q3, half of it (2) is on track, and Q3 had 2.
        let progress = try Self.measure("A,2021-H2,labour_accidents,4", at: "2021-Q3")
        #expect(progress.value == 2)
        #expect(progress.expectedHundredths == 5000)
        #expect(progress.status == .met)
    }

    @Test func aFlowOverItsShareButUnderTheCeilingIsNear() throws {
        // A year's ceiling of 1: by H1, 0,5 is on track; 1 is over it but not over the ceiling.
        let h1 = try Self.measure("A,2021,labour_accidents,1", at: "2021-H1")
        #expect(h1.progressHundredths == 10000)
        #expect(h1.status == .near)
        // A year's ceiling of 3 after nine months: 75 % of it (2,25) on track; 3 accidents are at the ceiling.
        let nine = try Self.measure("A,2021,labour_accidents,3", at: "2021-Q3")
        #expect(nine.value == 3)
        #expect(nine.expectedHundredths == 7500)
        #expect(nine.status == .near)
        // An H2 ceiling of 3 after Q3: 1,5 on track, 2 accidents.
        #expect(try Self.measure("A,2021-H2,labour_accidents,3", at: "2021-Q3").status == .near)
    }

    @Test func aFlowAboveTheCeilingIsNotMet() throws {
        let progress = try Self.measure("A,2021,labour_accidents,2", at: "2021")
        #expect(progress.value == 3)
        #expect(progress.expectedHundredths == 10000)
        #expect(progress.progressHundredths == 15000)
        #expect(progress.status == .notMet)
    }

    @Test func aCeilingOfZeroIsMetAtZeroAndNotMetAboveWithoutAPercent() throws {
        // The H1 ceiling of 0 after Q1 (no accident), then at H1 (one).
        let atZero = try Self.measure("A,2021-H1,labour_accidents,0", at: "2021-Q1")
        #expect(atZero.value == 0)
        #expect(atZero.expectedHundredths == 5000)
        #expect(atZero.status == .met)
        #expect(atZero.progressHundredths == nil)
        #expect(atZero.gap == .zeroTarget)
        let above = try Self.measure("A,2021-H1,labour_accidents,0", at: "2021-H1")
        #expect(above.value == 1)
        #expect(above.status == .notMet)
        #expect(above.progressHundredths == nil)
    }

    @Test func aYearsCeilingAtTheFirstQuarterExpectsAQuarterOfIt() throws {
        let progress = try Self.measure("A,2021,labour_accidents,1", at: "2021-Q1")
        #expect(progress.value == 0)
        #expect(progress.expectedHundredths == 2500)
        #expect(progress.status == .met)  // 0 ≤ 0,25
        // Q2's report: the half-year to date (1 accident) against half of the year's ceiling of 1.
        #expect(try Self.measure("A,2021,labour_accidents,1", at: "2021-Q2").status == .near)
    }

    @Test func aStockOrRatioCeilingIsItsValueAtThePeriodAgainstTheWholeCeiling() throws {
        #expect(try Self.measure("A,2021,underemployed,5", at: "2021-H1").status == .met)
        #expect(try Self.measure("A,2021,underemployed,4", at: "2021-H1").status == .notMet)  // no share: 100 %
        let rate = try Self.measure("A,2021,underemployment_rate,\"4,5\"", at: "2021-H1")
        #expect(rate.value == 500)  // 5,00 %
        #expect(rate.expectedHundredths == 10000)
        #expect(rate.status == .notMet)
        #expect(try Self.measure("A,2021,underemployment_rate,5", at: "2021-H1").status == .met)
    }

    @Test func aCeilingIsNeverExceededAndIgnoresTheNearThreshold() throws {
        // 1 accident of a ceiling of 4 would be "far below" an up target's share; for a ceiling it is met.
        let progress = try Self.measure("A,2021,labour_accidents,4", at: "2021-H1", nearPercent: 0)
        #expect(progress.status == .met)
        let statuses = (0...20).map {
            TargetProgress.ceilingStatus(
                value: $0, hundredths: false, ceiling: ExactDecimal(significand: 10), expected: 5000)
        }
        #expect(!statuses.contains(.exceeded))
        #expect(Set(statuses) == [.met, .near, .notMet])
    }

    @Test func aCeilingWithoutAValueHasNoStatus() throws {
        let progress = try Self.measure("B,2021,labour_accidents,2", at: "2021-H1")
        #expect(progress.value == nil)
        #expect(progress.status == nil)
        #expect(progress.gap == .noValue)
    }

    /// (value, in hundredths, ceiling, expected, status): the thresholds, exactly.
    @Test(
        arguments: [
            (2, false, ExactDecimal(significand: 4), 5000, TargetProgress.Status.met),  // 2 ≤ 2
            (3, false, ExactDecimal(significand: 4), 5000, .near),  // 2 < 3 ≤ 4
            (4, false, ExactDecimal(significand: 4), 5000, .near),
            (5, false, ExactDecimal(significand: 4), 5000, .notMet),
            (0, false, ExactDecimal(significand: 0), 2500, .met),
            (1, false, ExactDecimal(significand: 0), 10000, .notMet),
            (1, false, ExactDecimal(significand: 3), 2500, .near),  // 1 > 0,75
            (450, true, ExactDecimal(significand: 45, scale: 1), 10000, .met),  // 4,50 % against 4,5
            (451, true, ExactDecimal(significand: 45, scale: 1), 10000, .notMet),
            (1, false, ExactDecimal(significand: 25, scale: 1), 5000, .met),  // 1 ≤ 1,25
        ] as [(Int64, Bool, ExactDecimal, Int64, TargetProgress.Status)])
    func ceilingThresholds(
        value: Int64, hundredths: Bool, ceiling: ExactDecimal, expected: Int64, status: TargetProgress.Status
    ) {
        #expect(
            TargetProgress.ceilingStatus(value: value, hundredths: hundredths, ceiling: ceiling, expected: expected)
                == status)
    }

    @Test func thePlanSaysWhenItMeasuresACeiling() throws {
        let input = try TemporaryInput()
        try input.writeConfiguration(catalogue: Self.catalogue)
        try input.write(Self.reports, to: "reports/a.csv")
        try input.write("unit,period,indicator,target\nA,2021,labour_accidents,2\n", to: "targets.csv")
        let loaded = try InputLoader.load(folder: input.folder)
        let plan = TargetPlan(
            period: try #require(Period("2021-H1")), targets: loaded.targets, aggregator: Aggregator(loaded),
            nearPercent: ExactDecimal(significand: 90))
        #expect(plan.hasCeilings)
        #expect(plan.unit("A")?.summary == "đạt 1/1 chỉ tiêu, vượt 0")
    }
}
