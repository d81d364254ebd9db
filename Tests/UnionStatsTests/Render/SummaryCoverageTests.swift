import Testing

@testable import UnionStats

/// The note of a `Tổng hợp` line, from hand-made values: every column's coverage, the parts of a ratio
/// that cannot be given, and whether a change compares like with like.
@Suite struct SummaryCoverageTests {
    /// members_total (stock), workers_total (stock), membership_rate (ratio), avg_wage_vnd (weighted mean).
    static let catalogue = Catalogue([
        Indicator(
            code: "members_total", section: "II", nameVi: "Đoàn viên", nameEn: "Members", measure: "người",
            kind: .stock, direction: .up),
        Indicator(
            code: "workers_total", section: "I", nameVi: "CNVCLĐ", nameEn: "Workers", measure: "người", kind: .stock,
            direction: .neutral),
        Indicator(
            code: "membership_rate", section: "II", nameVi: "Tỷ lệ", nameEn: "Rate", measure: "%",
            kind: .ratio(numerator: 0, denominator: 1), direction: .up),
        Indicator(
            code: "avg_wage_vnd", section: "I", nameVi: "Lương", nameEn: "Wage", measure: "đồng",
            kind: .weightedMean(weight: 1), direction: .up),
    ])
    static let coverage = SummaryCoverage(catalogue: catalogue, unit: 0)

    /// One unit's values: (value, status, reporting) by catalogue position.
    static func values(
        _ cells: [(Int64, ValueStatus, Int32)], period: String = "2021-H1", expected: Int32 = 48
    ) throws -> PeriodValues {
        var values = PeriodValues(
            period: try #require(Period(period)), grid: CellGrid(unitCount: 1, indicatorCount: cells.count))
        values.expected = [expected]
        for (position, cell) in cells.enumerated() {
            values.values[position] = cell.0
            values.status[position] = cell.1
            values.reporting[position] = cell.2
        }
        return values
    }

    static func column(_ name: String, _ values: PeriodValues) -> SummaryContent.ValueColumn {
        SummaryContent.ValueColumn(heading: name, noteName: name, values: values)
    }

    @Test func aRatioLeftMissingForPartsOfDifferentReachSaysHowFarEachPartReaches() throws {
        // 95 members of 5 CĐCS over 6 000 workers of 6: the core leaves the ratio missing.
        let current = try Self.values([(95, .rolledUp, 5), (6_000, .rolledUp, 6), (0, .missing, 0), (0, .missing, 0)])
        let note = Self.coverage.note(
            position: 2, columns: [Self.column("Kỳ này", current)], current: current, previous: nil)
        #expect(note == "Kỳ này: tử số 5/48, mẫu số 6/48 CĐCS")
        #expect(Self.coverage.scope(of: current, position: 2) == .parts(numerator: 5, denominator: 6, of: 48))
    }

    @Test func everyColumnSaysItsCoverageAndAChangeOfDifferentReachIsFlagged() throws {
        let current = try Self.values([
            (100, .rolledUp, 6), (900, .reported, 48), (1_111, .computed, 0), (700_000_000, .computed, 0),
        ])
        let yearToDate = try Self.values([
            (300, .rolledUp, 40), (900, .reported, 48), (3_333, .computed, 0), (0, .missing, 0),
        ])
        let previous = try Self.values(
            [(2_000, .rolledUp, 48), (2_100, .rolledUp, 48), (9_524, .computed, 0), (650_000_000, .computed, 0)],
            period: "2020-H1")
        let columns = [
            Self.column("Kỳ này", current), Self.column("Lũy kế", yearToDate), Self.column("Cùng kỳ", previous),
        ]
        #expect(
            Self.coverage.note(position: 0, columns: columns, current: current, previous: previous)
                == "Kỳ này: 6/48 CĐCS\nLũy kế: 40/48 CĐCS\nCùng kỳ: 48/48 CĐCS\nSo sánh số liệu khác phạm vi")
        // Full coverage everywhere: no note.
        #expect(Self.coverage.note(position: 1, columns: columns, current: current, previous: previous) == "")
        // A weighted mean's coverage is not counted: no note, and its change is compared.
        #expect(Self.coverage.note(position: 3, columns: columns, current: current, previous: previous) == "")
    }

    @Test func aFigureMissingEverywhereSaysSoOnce() throws {
        let none = try Self.values([(0, .missing, 0), (0, .missing, 0), (0, .missing, 0), (0, .missing, 0)])
        let columns = [Self.column("Kỳ này", none), Self.column("Cùng kỳ", none)]
        #expect(Self.coverage.note(position: 0, columns: columns, current: none, previous: none) == "Chưa có số liệu")
        #expect(Self.coverage.note(position: 3, columns: columns, current: none, previous: none) == "")
    }
}
