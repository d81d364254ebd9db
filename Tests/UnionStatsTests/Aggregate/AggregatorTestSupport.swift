import Testing

@testable import UnionStats

// What every AggregatorTests file shares: the fixture tree and catalogue, the row type of the
// rules' tables and the check that runs one row.

// MARK: - Fixture

/// The small tree every case runs on:
///
/// ```
/// 0 FED (federation)          3 leaves
/// ├─ 1 U1 (upper)             2 leaves
/// │  ├─ 2 U1-A (grassroots)
/// │  └─ 3 U1-B (grassroots)
/// ├─ 4 U2 (upper)             1 leaf
/// │  └─ 5 U2-A (grassroots)
/// └─ 6 U3 (upper)             no leaves
/// ```
let aggregationTree = UnitTree(treeOrdered: [
    UnitTree.Unit(code: "FED", name: "LĐLĐ tỉnh", parent: nil, level: .federation, depth: 0),
    UnitTree.Unit(code: "U1", name: "LĐLĐ huyện Một", parent: 0, level: .upper, depth: 1),
    UnitTree.Unit(code: "U1-A", name: "CĐCS A", parent: 1, level: .grassroots, depth: 2),
    UnitTree.Unit(code: "U1-B", name: "CĐCS B", parent: 1, level: .grassroots, depth: 2),
    UnitTree.Unit(code: "U2", name: "Công đoàn ngành Hai", parent: 0, level: .upper, depth: 1),
    UnitTree.Unit(code: "U2-A", name: "CĐCS C", parent: 4, level: .grassroots, depth: 2),
    UnitTree.Unit(code: "U3", name: "Công đoàn các KCN (chưa có CĐCS)", parent: 0, level: .upper, depth: 1),
])

/// A small catalogue: a flow, two stocks, a ratio of them, a stock weight and a weighted mean.
let aggregationCatalogue = Catalogue([
    Indicator(
        code: "members_new", section: "II", nameVi: "Số đoàn viên kết nạp mới", nameEn: "New members admitted",
        measure: "người", kind: .flow, direction: .up),
    Indicator(
        code: "members_total", section: "II", nameVi: "Tổng số đoàn viên công đoàn", nameEn: "Union members (total)",
        measure: "người", kind: .stock, direction: .up),
    Indicator(
        code: "workers_total", section: "I", nameVi: "Tổng số CNVCLĐ", nameEn: "Workers (total)",
        measure: "người", kind: .stock, direction: .neutral),
    Indicator(
        code: "membership_rate", section: "II", nameVi: "Tỷ lệ đoàn viên so với CNVCLĐ", nameEn: "Membership rate",
        measure: "%", kind: .ratio(numerator: 1, denominator: 2), direction: .up),
    Indicator(
        code: "wage_counted", section: "I", nameVi: "Số người được tính tiền lương bình quân",
        nameEn: "People counted in the average wage", measure: "người", kind: .stock, direction: .neutral),
    Indicator(
        code: "avg_wage_vnd", section: "I", nameVi: "Tiền lương bình quân tháng", nameEn: "Average monthly wage",
        measure: "đồng", kind: .weightedMean(weight: 4), direction: .up),
])

/// One reported value.
struct Obs: Sendable {
    let unit: String
    let indicator: String
    let period: String
    let value: Int64
}

func obs(_ unit: String, _ indicator: String, _ period: String, _ value: Int64) -> Obs {
    Obs(unit: unit, indicator: indicator, period: period, value: value)
}

/// What one cell of the aggregated table must hold.
struct Expect: Sendable {
    let unit: String
    let indicator: String
    /// Whole for flow and stock, hundredths for ratio and weighted mean; nil when missing.
    let value: Int64?
    let status: ValueStatus
    /// `grassroots_reporting`, checked when given (flow and stock rows).
    let reporting: Int?
}

func expect(
    _ unit: String, _ indicator: String, _ value: Int64?, _ status: ValueStatus, reporting: Int? = nil
) -> Expect {
    Expect(unit: unit, indicator: indicator, value: value, status: status, reporting: reporting)
}

/// A finding the aggregation must produce, identified by what matters.
struct ExpectedFinding: Sendable {
    let code: FindingCode
    let severity: Finding.Severity
    let unit: String
    let indicator: String
    let period: String

    var key: String { "\(code.rawValue) \(severity.word) \(unit) \(indicator) \(period)" }
}

func finding(
    _ code: FindingCode, _ severity: Finding.Severity, _ unit: String, _ indicator: String, _ period: String
) -> ExpectedFinding {
    ExpectedFinding(code: code, severity: severity, unit: unit, indicator: indicator, period: period)
}

/// One row of a rule's table: reports in, the period asked for, the cells and findings expected.
struct AggregationCase: Sendable, CustomTestStringConvertible {
    let name: String
    let period: String
    let observations: [Obs]
    let expected: [Expect]
    /// Every finding about `period` the aggregation must produce (exactly these; none when empty).
    let findings: [ExpectedFinding]

    init(
        _ name: String, period: String, _ observations: [Obs], expect expected: [Expect],
        findings: [ExpectedFinding] = []
    ) {
        self.name = name
        self.period = period
        self.observations = observations
        self.expected = expected
        self.findings = findings
    }

    var testDescription: String { name }
}

/// Builds the store from reports in the fixture's tree and catalogue; the aggregation's findings go to `log`.
func makeAggregator(_ observations: [Obs], log: FindingLog = FindingLog()) -> Aggregator {
    var store = ObservationStore(unitCount: aggregationTree.count, indicatorCount: aggregationCatalogue.count)
    let file = store.addSource("reports/test.csv")
    for (line, observation) in observations.enumerated() {
        guard let unit = aggregationTree.index(of: observation.unit),
            let indicator = aggregationCatalogue.position(of: observation.indicator),
            let period = Period(observation.period)
        else { fatalError("bad test observation \(observation)") }
        _ = store.record(
            observation.value, unit: unit, indicator: indicator, period: period,
            source: .init(file: file, line: UInt32(line + 2)))
    }
    return Aggregator(tree: aggregationTree, catalogue: aggregationCatalogue, store: store, findings: log.emitter)
}

/// Runs one case and checks every expected cell and the exact set of findings.
func check(_ testCase: AggregationCase) throws {
    let log = FindingLog()
    let aggregator = makeAggregator(testCase.observations, log: log)
    let period = try #require(Period(testCase.period))
    let values = aggregator.values(for: period)
    for cell in testCase.expected {
        let unit = try #require(aggregationTree.index(of: cell.unit))
        let indicator = try #require(aggregationCatalogue.position(of: cell.indicator))
        let place = "\(cell.unit) \(cell.indicator) \(testCase.period)"
        #expect(values.value(unit: unit, indicator: indicator) == cell.value, "value of \(place)")
        #expect(values.status(unit: unit, indicator: indicator) == cell.status, "status of \(place)")
        if let reporting = cell.reporting {
            #expect(values.reporting(unit: unit, indicator: indicator) == reporting, "grassroots_reporting of \(place)")
        }
    }
    // Only the findings about the period asked for: working out a period may also aggregate its
    // sub-periods (weights of means over time), whose own findings are theirs.
    let actual = log.findings.filter { $0.period == period }.map { found in
        "\(found.code.rawValue) \(found.severity.word) \(found.unit ?? "-") \(found.indicator ?? "-") \(found.period?.description ?? "-")"
    }
    #expect(actual.sorted() == testCase.findings.map(\.key).sorted(), "findings")
}
