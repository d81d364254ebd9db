import Testing
@testable import UnionStats

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
private let aggregationTree = UnitTree(treeOrdered: [
    UnitTree.Unit(code: "FED", name: "LĐLĐ tỉnh", parent: nil, level: .federation, depth: 0),
    UnitTree.Unit(code: "U1", name: "LĐLĐ huyện Một", parent: 0, level: .upper, depth: 1),
    UnitTree.Unit(code: "U1-A", name: "CĐCS A", parent: 1, level: .grassroots, depth: 2),
    UnitTree.Unit(code: "U1-B", name: "CĐCS B", parent: 1, level: .grassroots, depth: 2),
    UnitTree.Unit(code: "U2", name: "Công đoàn ngành Hai", parent: 0, level: .upper, depth: 1),
    UnitTree.Unit(code: "U2-A", name: "CĐCS C", parent: 4, level: .grassroots, depth: 2),
    UnitTree.Unit(code: "U3", name: "Công đoàn các KCN (chưa có CĐCS)", parent: 0, level: .upper, depth: 1),
])

/// A small catalogue: a flow, two stocks, a ratio of them, a stock weight and a weighted mean.
private let aggregationCatalogue = Catalogue([
    Indicator(code: "members_new", section: "II", nameVi: "Số đoàn viên kết nạp mới", nameEn: "New members admitted",
              measure: "người", kind: .flow, direction: .up),
    Indicator(code: "members_total", section: "II", nameVi: "Tổng số đoàn viên công đoàn", nameEn: "Union members (total)",
              measure: "người", kind: .stock, direction: .up),
    Indicator(code: "workers_total", section: "I", nameVi: "Tổng số CNVCLĐ", nameEn: "Workers (total)",
              measure: "người", kind: .stock, direction: .neutral),
    Indicator(code: "membership_rate", section: "II", nameVi: "Tỷ lệ đoàn viên so với CNVCLĐ", nameEn: "Membership rate",
              measure: "%", kind: .ratio(numerator: 1, denominator: 2), direction: .up),
    Indicator(code: "wage_counted", section: "I", nameVi: "Số người được tính tiền lương bình quân",
              nameEn: "People counted in the average wage", measure: "người", kind: .stock, direction: .neutral),
    Indicator(code: "avg_wage_vnd", section: "I", nameVi: "Tiền lương bình quân tháng", nameEn: "Average monthly wage",
              measure: "đồng", kind: .weightedMean(weight: 4), direction: .up),
])

/// One reported value.
private struct Obs: Sendable {
    let unit: String
    let indicator: String
    let period: String
    let value: Int64
}

private func obs(_ unit: String, _ indicator: String, _ period: String, _ value: Int64) -> Obs {
    Obs(unit: unit, indicator: indicator, period: period, value: value)
}

/// What one cell of the aggregated table must hold.
private struct Expect: Sendable {
    let unit: String
    let indicator: String
    /// Whole for flow and stock, hundredths for ratio and weighted mean; nil when missing.
    let value: Int64?
    let status: ValueStatus
    /// `grassroots_reporting`, checked when given (flow and stock rows).
    let reporting: Int?
}

private func expect(
    _ unit: String, _ indicator: String, _ value: Int64?, _ status: ValueStatus, reporting: Int? = nil
) -> Expect {
    Expect(unit: unit, indicator: indicator, value: value, status: status, reporting: reporting)
}

/// A finding the aggregation must produce, identified by what matters.
private struct ExpectedFinding: Sendable {
    let code: FindingCode
    let severity: Finding.Severity
    let unit: String
    let indicator: String
    let period: String

    var key: String { "\(code.rawValue) \(severity.word) \(unit) \(indicator) \(period)" }
}

private func finding(
    _ code: FindingCode, _ severity: Finding.Severity, _ unit: String, _ indicator: String, _ period: String
) -> ExpectedFinding {
    ExpectedFinding(code: code, severity: severity, unit: unit, indicator: indicator, period: period)
}

/// One row of a rule's table: reports in, the period asked for, the cells and findings expected.
private struct AggregationCase: Sendable, CustomTestStringConvertible {
    let name: String
    let period: String
    let observations: [Obs]
    let expected: [Expect]
    /// Every finding about `period` the aggregation must produce (exactly these; none when empty).
    let findings: [ExpectedFinding]

    init(_ name: String, period: String, _ observations: [Obs], expect expected: [Expect], findings: [ExpectedFinding] = []) {
        self.name = name
        self.period = period
        self.observations = observations
        self.expected = expected
        self.findings = findings
    }

    var testDescription: String { name }
}

/// Builds the store from reports in the fixture's tree and catalogue.
private func makeAggregator(_ observations: [Obs]) -> Aggregator {
    var store = ObservationStore(unitCount: aggregationTree.count, indicatorCount: aggregationCatalogue.count)
    let file = store.addSource("reports/test.csv")
    for (line, observation) in observations.enumerated() {
        guard let unit = aggregationTree.index(of: observation.unit),
              let indicator = aggregationCatalogue.position(of: observation.indicator),
              let period = Period(observation.period)
        else { fatalError("bad test observation \(observation)") }
        _ = store.record(observation.value, unit: unit, indicator: indicator, period: period,
                         source: .init(file: file, line: UInt32(line + 2)))
    }
    return Aggregator(tree: aggregationTree, catalogue: aggregationCatalogue, store: store)
}

/// Runs one case and checks every expected cell and the exact set of findings.
private func check(_ testCase: AggregationCase) throws {
    let aggregator = makeAggregator(testCase.observations)
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
    let actual = aggregator.findings.filter { $0.period == period }.map { found in
        "\(found.code.rawValue) \(found.severity.word) \(found.unit ?? "-") \(found.indicator ?? "-") \(found.period?.description ?? "-")"
    }
    #expect(actual.sorted() == testCase.findings.map(\.key).sorted(), "findings")
}

// MARK: - Tables, one per rule of the contract

private let reportedCases: [AggregationCase] = [
    .init("a leaf's reported flow", period: "2021-Q1",
          [obs("U1-A", "members_new", "2021-Q1", 10)],
          expect: [expect("U1-A", "members_new", 10, .reported, reporting: 1)]),
    .init("an upper unit's reported stock covers all its leaves", period: "2021-H1",
          [obs("U1", "members_total", "2021-H1", 500)],
          expect: [expect("U1", "members_total", 500, .reported, reporting: 2),
                   expect("FED", "members_total", 500, .rolledUp, reporting: 2)]),
    .init("a reported half beats the sum of its quarters", period: "2021-H1",
          [obs("U1-A", "members_new", "2021-H1", 25),
           obs("U1-A", "members_new", "2021-Q1", 10),
           obs("U1-A", "members_new", "2021-Q2", 12)],
          expect: [expect("U1-A", "members_new", 25, .reported, reporting: 1)]),
    .init("a reported stock for the year beats Q4", period: "2021",
          [obs("U1-A", "members_total", "2021", 140),
           obs("U1-A", "members_total", "2021-Q4", 120)],
          expect: [expect("U1-A", "members_total", 140, .reported, reporting: 1)]),
    .init("a reported zero is a value, not missing", period: "2021-Q1",
          [obs("U1-A", "members_new", "2021-Q1", 0)],
          expect: [expect("U1-A", "members_new", 0, .reported, reporting: 1),
                   expect("U1", "members_new", 0, .rolledUp, reporting: 1)]),
    .init("nothing reported: missing", period: "2021-Q1",
          [],
          expect: [expect("U1-A", "members_new", nil, .missing, reporting: 0),
                   expect("FED", "members_total", nil, .missing, reporting: 0)]),
]

private let derivedFlowCases: [AggregationCase] = [
    .init("flow H1 = Q1 + Q2", period: "2021-H1",
          [obs("U1-A", "members_new", "2021-Q1", 10),
           obs("U1-A", "members_new", "2021-Q2", 12)],
          expect: [expect("U1-A", "members_new", 22, .derived, reporting: 1)]),
    .init("flow H2 = Q3 + Q4", period: "2021-H2",
          [obs("U1-A", "members_new", "2021-Q3", 3),
           obs("U1-A", "members_new", "2021-Q4", 4)],
          expect: [expect("U1-A", "members_new", 7, .derived, reporting: 1)]),
    .init("flow year from halves from quarters", period: "2021",
          [obs("U1-A", "members_new", "2021-Q1", 1),
           obs("U1-A", "members_new", "2021-Q2", 2),
           obs("U1-A", "members_new", "2021-Q3", 3),
           obs("U1-A", "members_new", "2021-Q4", 4)],
          expect: [expect("U1-A", "members_new", 10, .derived, reporting: 1)]),
    .init("flow year from reported halves", period: "2021",
          [obs("U1-A", "members_new", "2021-H1", 20),
           obs("U1-A", "members_new", "2021-H2", 30)],
          expect: [expect("U1-A", "members_new", 50, .derived, reporting: 1)]),
    .init("flow year from a reported H1 and the quarters of H2", period: "2021",
          [obs("U1-A", "members_new", "2021-H1", 20),
           obs("U1-A", "members_new", "2021-Q3", 5),
           obs("U1-A", "members_new", "2021-Q4", 6)],
          expect: [expect("U1-A", "members_new", 31, .derived, reporting: 1)]),
    .init("a derived zero quarter counts", period: "2021-H1",
          [obs("U1-A", "members_new", "2021-Q1", 0),
           obs("U1-A", "members_new", "2021-Q2", 9)],
          expect: [expect("U1-A", "members_new", 9, .derived, reporting: 1)]),
    .init("an upper unit's own derived flow covers all its leaves", period: "2021-H1",
          [obs("U1", "members_new", "2021-Q1", 100),
           obs("U1", "members_new", "2021-Q2", 50)],
          expect: [expect("U1", "members_new", 150, .derived, reporting: 2),
                   expect("FED", "members_new", 150, .rolledUp, reporting: 2)]),
    .init("leaves' derived flows roll up; a leaf lacking a quarter drops out", period: "2021-H1",
          [obs("U1-A", "members_new", "2021-Q1", 1),
           obs("U1-A", "members_new", "2021-Q2", 2),
           obs("U1-B", "members_new", "2021-Q1", 3),
           obs("U1-B", "members_new", "2021-Q2", 4),
           obs("U2-A", "members_new", "2021-Q1", 5)],
          expect: [expect("U1-A", "members_new", 3, .derived, reporting: 1),
                   expect("U1-B", "members_new", 7, .derived, reporting: 1),
                   expect("U1", "members_new", 10, .rolledUp, reporting: 2),
                   expect("U2-A", "members_new", nil, .missing, reporting: 0),
                   expect("U2", "members_new", nil, .missing, reporting: 0),
                   expect("FED", "members_new", 10, .rolledUp, reporting: 2)]),
]

private let missingFlowCases: [AggregationCase] = [
    .init("flow H1 without Q2: missing", period: "2021-H1",
          [obs("U1-A", "members_new", "2021-Q1", 10)],
          expect: [expect("U1-A", "members_new", nil, .missing, reporting: 0),
                   expect("U1", "members_new", nil, .missing, reporting: 0)]),
    .init("flow H1 without Q1: missing", period: "2021-H1",
          [obs("U1-A", "members_new", "2021-Q2", 10)],
          expect: [expect("U1-A", "members_new", nil, .missing, reporting: 0)]),
    .init("flow year without Q4: missing", period: "2021",
          [obs("U1-A", "members_new", "2021-Q1", 1),
           obs("U1-A", "members_new", "2021-Q2", 2),
           obs("U1-A", "members_new", "2021-Q3", 3)],
          expect: [expect("U1-A", "members_new", nil, .missing, reporting: 0)]),
    .init("flow year with H1 only: missing", period: "2021",
          [obs("U1-A", "members_new", "2021-H1", 20)],
          expect: [expect("U1-A", "members_new", nil, .missing, reporting: 0)]),
    .init("upper unit lacking a quarter: rolled up from its children instead", period: "2021-H1",
          [obs("U1", "members_new", "2021-Q1", 100),
           obs("U1-A", "members_new", "2021-H1", 30),
           obs("U1-B", "members_new", "2021-Q1", 5),
           obs("U1-B", "members_new", "2021-Q2", 7)],
          expect: [expect("U1", "members_new", 42, .rolledUp, reporting: 2),
                   expect("U1-A", "members_new", 30, .reported, reporting: 1),
                   expect("U1-B", "members_new", 12, .derived, reporting: 1)]),
    .init("own figures use only the unit's own quarters, never its rolled-up ones", period: "2021-H1",
          [obs("U1", "members_new", "2021-Q1", 100),
           obs("U1-A", "members_new", "2021-Q2", 7),
           obs("U1-B", "members_new", "2021-Q2", 8)],
          expect: [expect("U1", "members_new", nil, .missing, reporting: 0),
                   expect("FED", "members_new", nil, .missing, reporting: 0)]),
    .init("a conflicting quarter cannot be summed", period: "2021-H1",
          [obs("U1-A", "members_new", "2021-Q1", 10),
           obs("U1-A", "members_new", "2021-Q1", 11),
           obs("U1-A", "members_new", "2021-Q2", 12)],
          expect: [expect("U1-A", "members_new", nil, .missing, reporting: 0)]),
]

private let derivedStockCases: [AggregationCase] = [
    .init("stock H1 = Q2", period: "2021-H1",
          [obs("U1-A", "members_total", "2021-Q1", 100),
           obs("U1-A", "members_total", "2021-Q2", 110)],
          expect: [expect("U1-A", "members_total", 110, .derived, reporting: 1)]),
    .init("stock H1 = Q2 even without Q1", period: "2021-H1",
          [obs("U1-A", "members_total", "2021-Q2", 110)],
          expect: [expect("U1-A", "members_total", 110, .derived, reporting: 1)]),
    .init("stock H1 is never the older Q1", period: "2021-H1",
          [obs("U1-A", "members_total", "2021-Q1", 100)],
          expect: [expect("U1-A", "members_total", nil, .missing, reporting: 0)]),
    .init("stock H2 = Q4, never Q3", period: "2021-H2",
          [obs("U1-A", "members_total", "2021-Q3", 115)],
          expect: [expect("U1-A", "members_total", nil, .missing, reporting: 0)]),
    .init("stock year from H2 from Q4", period: "2021",
          [obs("U1-A", "members_total", "2021-Q2", 110),
           obs("U1-A", "members_total", "2021-Q3", 115),
           obs("U1-A", "members_total", "2021-Q4", 120)],
          expect: [expect("U1-A", "members_total", 120, .derived, reporting: 1)]),
    .init("stock year from a reported H2 before its Q4", period: "2021",
          [obs("U1-A", "members_total", "2021-H2", 130),
           obs("U1-A", "members_total", "2021-Q4", 120)],
          expect: [expect("U1-A", "members_total", 130, .derived, reporting: 1)]),
    .init("stock year is never H1", period: "2021",
          [obs("U1-A", "members_total", "2021-H1", 105),
           obs("U1-A", "members_total", "2021-Q2", 110)],
          expect: [expect("U1-A", "members_total", nil, .missing, reporting: 0)]),
    .init("stock year is never Q3", period: "2021",
          [obs("U1-A", "members_total", "2021-Q3", 115)],
          expect: [expect("U1-A", "members_total", nil, .missing, reporting: 0)]),
    .init("an upper unit's own stock from its own Q2", period: "2021-H1",
          [obs("U2", "members_total", "2021-Q2", 70)],
          expect: [expect("U2", "members_total", 70, .derived, reporting: 1),
                   expect("FED", "members_total", 70, .rolledUp, reporting: 1)]),
    .init("stock rolled up from a child that lacks Q2: partial", period: "2021-H1",
          [obs("U1-A", "members_total", "2021-Q2", 110),
           obs("U1-B", "members_total", "2021-Q1", 50)],
          expect: [expect("U1-A", "members_total", 110, .derived, reporting: 1),
                   expect("U1-B", "members_total", nil, .missing, reporting: 0),
                   expect("U1", "members_total", 110, .rolledUp, reporting: 1)]),
]

private let rollUpCases: [AggregationCase] = [
    .init("children with mixed statuses add up", period: "2021-H1",
          [obs("U1-A", "members_total", "2021-H1", 100),
           obs("U1-B", "members_total", "2021-Q2", 50),
           obs("U2", "members_total", "2021-H1", 70)],
          expect: [expect("U1-A", "members_total", 100, .reported, reporting: 1),
                   expect("U1-B", "members_total", 50, .derived, reporting: 1),
                   expect("U1", "members_total", 150, .rolledUp, reporting: 2),
                   expect("U2-A", "members_total", nil, .missing, reporting: 0),
                   expect("U2", "members_total", 70, .reported, reporting: 1),
                   expect("U3", "members_total", nil, .missing, reporting: 0),
                   expect("FED", "members_total", 220, .rolledUp, reporting: 3)]),
    .init("flows with mixed statuses add up", period: "2021-H1",
          [obs("U1-A", "members_new", "2021-H1", 4),
           obs("U1-B", "members_new", "2021-Q1", 1),
           obs("U1-B", "members_new", "2021-Q2", 2),
           obs("U2-A", "members_new", "2021-H1", 8)],
          expect: [expect("U1", "members_new", 7, .rolledUp, reporting: 2),
                   expect("U2", "members_new", 8, .rolledUp, reporting: 1),
                   expect("FED", "members_new", 15, .rolledUp, reporting: 3)]),
    .init("partial coverage is counted", period: "2021-H1",
          [obs("U1-A", "members_total", "2021-H1", 100)],
          expect: [expect("U1", "members_total", 100, .rolledUp, reporting: 1),
                   expect("U2", "members_total", nil, .missing, reporting: 0),
                   expect("FED", "members_total", 100, .rolledUp, reporting: 1)]),
    .init("an upper unit with no leaves reports: counted, covering none", period: "2021-H1",
          [obs("U3", "members_total", "2021-H1", 5),
           obs("U1-A", "members_total", "2021-H1", 100)],
          expect: [expect("U3", "members_total", 5, .reported, reporting: 0),
                   expect("FED", "members_total", 105, .rolledUp, reporting: 1)]),
    .init("an upper unit with no leaves and no report: missing", period: "2021-H1",
          [obs("U1-A", "members_total", "2021-H1", 100)],
          expect: [expect("U3", "members_total", nil, .missing, reporting: 0)]),
    .init("every leaf reports: full coverage", period: "2021-Q1",
          [obs("U1-A", "members_new", "2021-Q1", 1),
           obs("U1-B", "members_new", "2021-Q1", 2),
           obs("U2-A", "members_new", "2021-Q1", 3)],
          expect: [expect("U1", "members_new", 3, .rolledUp, reporting: 2),
                   expect("U2", "members_new", 3, .rolledUp, reporting: 1),
                   expect("U3", "members_new", nil, .missing, reporting: 0),
                   expect("FED", "members_new", 6, .rolledUp, reporting: 3)]),
]

private let ownFigureCases: [AggregationCase] = [
    .init("own figure differs from complete children: warning", period: "2021-H1",
          [obs("U1", "members_total", "2021-H1", 300),
           obs("U1-A", "members_total", "2021-H1", 100),
           obs("U1-B", "members_total", "2021-H1", 150)],
          expect: [expect("U1", "members_total", 300, .reported, reporting: 2),
                   expect("FED", "members_total", 300, .rolledUp, reporting: 2)],
          findings: [finding(.rollupMismatch, .warning, "U1", "members_total", "2021-H1")]),
    .init("own figure differs from partial children: note", period: "2021-H1",
          [obs("U1", "members_total", "2021-H1", 300),
           obs("U1-A", "members_total", "2021-H1", 100)],
          expect: [expect("U1", "members_total", 300, .reported, reporting: 2)],
          findings: [finding(.rollupMismatch, .note, "U1", "members_total", "2021-H1")]),
    .init("own figure agrees with the children: no finding", period: "2021-H1",
          [obs("U1", "members_total", "2021-H1", 250),
           obs("U1-A", "members_total", "2021-H1", 100),
           obs("U1-B", "members_total", "2021-H1", 150)],
          expect: [expect("U1", "members_total", 250, .reported, reporting: 2)]),
    .init("own figure agrees with partial children: no finding", period: "2021-H1",
          [obs("U1", "members_total", "2021-H1", 100),
           obs("U1-A", "members_total", "2021-H1", 100)],
          expect: [expect("U1", "members_total", 100, .reported, reporting: 2)]),
    .init("own figure with no children's figures: no finding", period: "2021-H1",
          [obs("U1", "members_total", "2021-H1", 300)],
          expect: [expect("U1", "members_total", 300, .reported, reporting: 2)]),
    .init("own derived flow differs from the children: warning", period: "2021-H1",
          [obs("U1", "members_new", "2021-Q1", 10),
           obs("U1", "members_new", "2021-Q2", 20),
           obs("U1-A", "members_new", "2021-H1", 25),
           obs("U1-B", "members_new", "2021-H1", 4)],
          expect: [expect("U1", "members_new", 30, .derived, reporting: 2)],
          findings: [finding(.rollupMismatch, .warning, "U1", "members_new", "2021-H1")]),
    .init("own derived stock differs from partial children: note", period: "2021-H1",
          [obs("U1", "members_total", "2021-Q2", 300),
           obs("U1-B", "members_total", "2021-Q2", 120)],
          expect: [expect("U1", "members_total", 300, .derived, reporting: 2),
                   expect("U1-B", "members_total", 120, .derived, reporting: 1)],
          findings: [finding(.rollupMismatch, .note, "U1", "members_total", "2021-H1")]),
    .init("federation's own figure vs children complete through roll-ups: warning", period: "2021-H1",
          [obs("FED", "members_total", "2021-H1", 1000),
           obs("U1-A", "members_total", "2021-H1", 100),
           obs("U1-B", "members_total", "2021-H1", 200),
           obs("U2-A", "members_total", "2021-H1", 300)],
          expect: [expect("U1", "members_total", 300, .rolledUp, reporting: 2),
                   expect("U2", "members_total", 300, .rolledUp, reporting: 1),
                   expect("FED", "members_total", 1000, .reported, reporting: 3)],
          findings: [finding(.rollupMismatch, .warning, "FED", "members_total", "2021-H1")]),
    .init("federation's own figure vs an upper unit's own figure: complete, warning", period: "2021-H1",
          [obs("FED", "members_total", "2021-H1", 1000),
           obs("U1", "members_total", "2021-H1", 400),
           obs("U2", "members_total", "2021-H1", 500)],
          expect: [expect("FED", "members_total", 1000, .reported, reporting: 3)],
          findings: [finding(.rollupMismatch, .warning, "FED", "members_total", "2021-H1")]),
    .init("federation's own figure vs partial children: note", period: "2021-H1",
          [obs("FED", "members_total", "2021-H1", 1000),
           obs("U1-A", "members_total", "2021-H1", 100)],
          expect: [expect("FED", "members_total", 1000, .reported, reporting: 3)],
          findings: [finding(.rollupMismatch, .note, "FED", "members_total", "2021-H1")]),
    .init("mismatches at two levels: one finding each", period: "2021-H1",
          [obs("FED", "members_total", "2021-H1", 1000),
           obs("U1", "members_total", "2021-H1", 300),
           obs("U1-A", "members_total", "2021-H1", 100),
           obs("U1-B", "members_total", "2021-H1", 150),
           obs("U2-A", "members_total", "2021-H1", 50)],
          expect: [expect("U1", "members_total", 300, .reported, reporting: 2),
                   expect("U2", "members_total", 50, .rolledUp, reporting: 1),
                   expect("FED", "members_total", 1000, .reported, reporting: 3)],
          findings: [finding(.rollupMismatch, .warning, "U1", "members_total", "2021-H1"),
                     finding(.rollupMismatch, .warning, "FED", "members_total", "2021-H1")]),
]

private let ratioCases: [AggregationCase] = [
    .init("ratio computed: 50/80 = 62.50", period: "2021-Q2",
          [obs("U1-A", "members_total", "2021-Q2", 50),
           obs("U1-A", "workers_total", "2021-Q2", 80)],
          expect: [expect("U1-A", "membership_rate", 6250, .computed)]),
    .init("ratio 2/3 → 66.67", period: "2021-Q2",
          [obs("U1-A", "members_total", "2021-Q2", 2),
           obs("U1-A", "workers_total", "2021-Q2", 3)],
          expect: [expect("U1-A", "membership_rate", 6667, .computed)]),
    .init("ratio 0.125 → 0.13", period: "2021-Q2",
          [obs("U1-A", "members_total", "2021-Q2", 1),
           obs("U1-A", "workers_total", "2021-Q2", 800)],
          expect: [expect("U1-A", "membership_rate", 13, .computed)]),
    .init("ratio 5.125 → 5.13", period: "2021-Q2",
          [obs("U1-A", "members_total", "2021-Q2", 41),
           obs("U1-A", "workers_total", "2021-Q2", 800)],
          expect: [expect("U1-A", "membership_rate", 513, .computed)]),
    .init("ratio 0.124… → 0.12", period: "2021-Q2",
          [obs("U1-A", "members_total", "2021-Q2", 1),
           obs("U1-A", "workers_total", "2021-Q2", 801)],
          expect: [expect("U1-A", "membership_rate", 12, .computed)]),
    .init("ratio over 100 %", period: "2021-Q2",
          [obs("U1-A", "members_total", "2021-Q2", 3),
           obs("U1-A", "workers_total", "2021-Q2", 2)],
          expect: [expect("U1-A", "membership_rate", 15000, .computed)]),
    .init("ratio with a zero numerator is 0.00", period: "2021-Q2",
          [obs("U1-A", "members_total", "2021-Q2", 0),
           obs("U1-A", "workers_total", "2021-Q2", 5)],
          expect: [expect("U1-A", "membership_rate", 0, .computed)]),
    .init("ratio with a zero denominator: missing", period: "2021-Q2",
          [obs("U1-A", "members_total", "2021-Q2", 5),
           obs("U1-A", "workers_total", "2021-Q2", 0)],
          expect: [expect("U1-A", "membership_rate", nil, .missing)]),
    .init("ratio 0/0: missing", period: "2021-Q2",
          [obs("U1-A", "members_total", "2021-Q2", 0),
           obs("U1-A", "workers_total", "2021-Q2", 0)],
          expect: [expect("U1-A", "membership_rate", nil, .missing)]),
    .init("ratio without a numerator: missing", period: "2021-Q2",
          [obs("U1-A", "workers_total", "2021-Q2", 80)],
          expect: [expect("U1-A", "membership_rate", nil, .missing)]),
    .init("ratio without a denominator: missing", period: "2021-Q2",
          [obs("U1-A", "members_total", "2021-Q2", 50)],
          expect: [expect("U1-A", "membership_rate", nil, .missing)]),
    .init("ratio from aggregated parts, not a mean of ratios", period: "2021-Q2",
          [obs("U1-A", "members_total", "2021-Q2", 1),
           obs("U1-A", "workers_total", "2021-Q2", 3),
           obs("U1-B", "members_total", "2021-Q2", 1),
           obs("U1-B", "workers_total", "2021-Q2", 5)],
          // 2/8 = 25.00 (the mean of 33.33 and 20.00 would be 26.67)
          expect: [expect("U1-A", "membership_rate", 3333, .computed),
                   expect("U1-B", "membership_rate", 2000, .computed),
                   expect("U1", "membership_rate", 2500, .computed),
                   expect("FED", "membership_rate", 2500, .computed)]),
    .init("ratio from parts derived over time", period: "2021-H1",
          [obs("U1-A", "members_total", "2021-Q1", 1),
           obs("U1-A", "members_total", "2021-Q2", 1),
           obs("U1-A", "workers_total", "2021-Q2", 8)],
          expect: [expect("U1-A", "membership_rate", 1250, .computed)]),
    .init("ratio from an own numerator and a rolled-up denominator", period: "2021-Q2",
          [obs("U1", "members_total", "2021-Q2", 6),
           obs("U1-A", "workers_total", "2021-Q2", 4),
           obs("U1-B", "workers_total", "2021-Q2", 5)],
          // 6/9 = 66.67
          expect: [expect("U1", "members_total", 6, .reported, reporting: 2),
                   expect("U1", "workers_total", 9, .rolledUp, reporting: 2),
                   expect("U1", "membership_rate", 6667, .computed)]),
    .init("a reported ratio value is not used", period: "2021-Q2",
          [obs("U1-A", "membership_rate", "2021-Q2", 9999)],
          expect: [expect("U1-A", "membership_rate", nil, .missing)]),
]

private let weightedMeanCases: [AggregationCase] = [
    .init("reported mean", period: "2021-H1",
          [obs("U1-A", "avg_wage_vnd", "2021-H1", 5_000_000)],
          expect: [expect("U1-A", "avg_wage_vnd", 500_000_000, .reported)]),
    .init("an upper unit's reported mean beats its children's", period: "2021-H1",
          [obs("U1", "avg_wage_vnd", "2021-H1", 300),
           obs("U1-A", "avg_wage_vnd", "2021-H1", 100),
           obs("U1-A", "wage_counted", "2021-H1", 1)],
          expect: [expect("U1", "avg_wage_vnd", 30000, .reported)]),
    .init("over time, weighted by each quarter's weight", period: "2021-H1",
          [obs("U1-A", "avg_wage_vnd", "2021-Q1", 100),
           obs("U1-A", "wage_counted", "2021-Q1", 10),
           obs("U1-A", "avg_wage_vnd", "2021-Q2", 200),
           obs("U1-A", "wage_counted", "2021-Q2", 30)],
          // (100·10 + 200·30)/40 = 175
          expect: [expect("U1-A", "avg_wage_vnd", 17500, .derived)]),
    .init("over time for the year, H2's weight derived from Q4", period: "2021",
          [obs("U1-A", "avg_wage_vnd", "2021-H1", 100),
           obs("U1-A", "wage_counted", "2021-H1", 10),
           obs("U1-A", "avg_wage_vnd", "2021-H2", 200),
           obs("U1-A", "wage_counted", "2021-Q4", 30)],
          expect: [expect("U1-A", "avg_wage_vnd", 17500, .derived)]),
    .init("over time for the year from quarters' means", period: "2021",
          [obs("U1-A", "avg_wage_vnd", "2021-Q1", 100),
           obs("U1-A", "wage_counted", "2021-Q1", 1),
           obs("U1-A", "avg_wage_vnd", "2021-Q2", 200),
           obs("U1-A", "wage_counted", "2021-Q2", 1),
           obs("U1-A", "avg_wage_vnd", "2021-Q3", 300),
           obs("U1-A", "wage_counted", "2021-Q3", 1),
           obs("U1-A", "avg_wage_vnd", "2021-Q4", 400),
           obs("U1-A", "wage_counted", "2021-Q4", 3)],
          // H1 = 150 with weight 1 (Q2's stock); H2 = (300 + 1200)/4 = 375 with weight 3 (Q4's):
          // year = (150·1 + 375·3)/4 = 318.75
          expect: [expect("U1-A", "avg_wage_vnd", 31875, .derived)]),
    .init("over time, weighted by the unit's rolled-up weight", period: "2021-H1",
          [obs("U1", "avg_wage_vnd", "2021-Q1", 100),
           obs("U1", "avg_wage_vnd", "2021-Q2", 200),
           obs("U1-A", "wage_counted", "2021-Q1", 1),
           obs("U1-B", "wage_counted", "2021-Q1", 1),
           obs("U1-A", "wage_counted", "2021-Q2", 3),
           obs("U1-B", "wage_counted", "2021-Q2", 3)],
          // (100·2 + 200·6)/8 = 175; the federation's mean over children weights U1 by its H1 weight 6
          expect: [expect("U1", "avg_wage_vnd", 17500, .derived),
                   expect("U1", "wage_counted", 6, .rolledUp, reporting: 2),
                   expect("FED", "avg_wage_vnd", 17500, .computed)]),
    .init("over time lacking a quarter's mean: missing", period: "2021-H1",
          [obs("U1-A", "avg_wage_vnd", "2021-Q1", 100),
           obs("U1-A", "wage_counted", "2021-Q1", 10),
           obs("U1-A", "wage_counted", "2021-Q2", 30)],
          expect: [expect("U1-A", "avg_wage_vnd", nil, .missing)]),
    .init("over time lacking a quarter's weight: missing", period: "2021-H1",
          [obs("U1-A", "avg_wage_vnd", "2021-Q1", 100),
           obs("U1-A", "wage_counted", "2021-Q1", 10),
           obs("U1-A", "avg_wage_vnd", "2021-Q2", 200)],
          expect: [expect("U1-A", "avg_wage_vnd", nil, .missing)]),
    .init("over time with zero weights: missing", period: "2021-H1",
          [obs("U1-A", "avg_wage_vnd", "2021-Q1", 100),
           obs("U1-A", "wage_counted", "2021-Q1", 0),
           obs("U1-A", "avg_wage_vnd", "2021-Q2", 200),
           obs("U1-A", "wage_counted", "2021-Q2", 0)],
          expect: [expect("U1-A", "avg_wage_vnd", nil, .missing)]),
    .init("over children: Σ(mean·w)/Σw", period: "2021-H1",
          [obs("U1-A", "avg_wage_vnd", "2021-H1", 100),
           obs("U1-A", "wage_counted", "2021-H1", 1),
           obs("U1-B", "avg_wage_vnd", "2021-H1", 200),
           obs("U1-B", "wage_counted", "2021-H1", 2)],
          // 500/3 = 166.666… → 166.67
          expect: [expect("U1", "avg_wage_vnd", 16667, .computed),
                   expect("FED", "avg_wage_vnd", 16667, .computed)]),
    .init("over children: a child without a weight is left out", period: "2021-H1",
          [obs("U1-A", "avg_wage_vnd", "2021-H1", 100),
           obs("U1-A", "wage_counted", "2021-H1", 1),
           obs("U1-B", "avg_wage_vnd", "2021-H1", 1000)],
          expect: [expect("U1", "avg_wage_vnd", 10000, .computed)]),
    .init("over children: a child without a mean is left out", period: "2021-H1",
          [obs("U1-A", "avg_wage_vnd", "2021-H1", 100),
           obs("U1-A", "wage_counted", "2021-H1", 1),
           obs("U1-B", "wage_counted", "2021-H1", 50)],
          expect: [expect("U1", "avg_wage_vnd", 10000, .computed)]),
    .init("over children: zero total weight gives none", period: "2021-H1",
          [obs("U1-A", "avg_wage_vnd", "2021-H1", 100),
           obs("U1-A", "wage_counted", "2021-H1", 0),
           obs("U1-B", "avg_wage_vnd", "2021-H1", 200),
           obs("U1-B", "wage_counted", "2021-H1", 0)],
          expect: [expect("U1", "avg_wage_vnd", nil, .missing),
                   expect("FED", "avg_wage_vnd", nil, .missing)]),
    .init("over children: no child has a mean", period: "2021-H1",
          [obs("U1-A", "wage_counted", "2021-H1", 3)],
          expect: [expect("U1", "avg_wage_vnd", nil, .missing),
                   expect("U1-A", "avg_wage_vnd", nil, .missing)]),
    .init("mean 1/8 = 0.125 → 0.13", period: "2021-H1",
          [obs("U1-A", "avg_wage_vnd", "2021-H1", 0),
           obs("U1-A", "wage_counted", "2021-H1", 7),
           obs("U1-B", "avg_wage_vnd", "2021-H1", 1),
           obs("U1-B", "wage_counted", "2021-H1", 1)],
          expect: [expect("U1", "avg_wage_vnd", 13, .computed)]),
    .init("mean 2/3 → 0.67", period: "2021-H1",
          [obs("U1-A", "avg_wage_vnd", "2021-H1", 0),
           obs("U1-A", "wage_counted", "2021-H1", 1),
           obs("U1-B", "avg_wage_vnd", "2021-H1", 1),
           obs("U1-B", "wage_counted", "2021-H1", 2)],
          expect: [expect("U1", "avg_wage_vnd", 67, .computed)]),
    .init("mean 41/8 = 5.125 → 5.13", period: "2021-H1",
          [obs("U1-A", "avg_wage_vnd", "2021-H1", 5),
           obs("U1-A", "wage_counted", "2021-H1", 7),
           obs("U1-B", "avg_wage_vnd", "2021-H1", 6),
           obs("U1-B", "wage_counted", "2021-H1", 1)],
          expect: [expect("U1", "avg_wage_vnd", 513, .computed)]),
    .init("mean 1/3 → 0.33", period: "2021-H1",
          [obs("U1-A", "avg_wage_vnd", "2021-H1", 0),
           obs("U1-A", "wage_counted", "2021-H1", 2),
           obs("U1-B", "avg_wage_vnd", "2021-H1", 1),
           obs("U1-B", "wage_counted", "2021-H1", 1)],
          expect: [expect("U1", "avg_wage_vnd", 33, .computed)]),
    .init("means stay exact up the tree, rounded once", period: "2021-H1",
          [obs("U1-A", "avg_wage_vnd", "2021-H1", 0),
           obs("U1-A", "wage_counted", "2021-H1", 7),
           obs("U1-B", "avg_wage_vnd", "2021-H1", 1),
           obs("U1-B", "wage_counted", "2021-H1", 1),
           obs("U2", "avg_wage_vnd", "2021-H1", 0),
           obs("U2", "wage_counted", "2021-H1", 8)],
          // U1 = 1/8 (written 0.13) with weight 8; FED = (1/8·8 + 0·8)/16 = 0.0625 → 0.06
          // (rounding U1 first would give 0.13·8/16 = 0.065 → 0.07)
          expect: [expect("U1", "avg_wage_vnd", 13, .computed),
                   expect("U1", "wage_counted", 8, .rolledUp, reporting: 2),
                   expect("U2", "avg_wage_vnd", 0, .reported),
                   expect("FED", "avg_wage_vnd", 6, .computed)]),
    .init("children's means weighted by their rolled-up weights", period: "2021-H1",
          [obs("U1-A", "avg_wage_vnd", "2021-H1", 100),
           obs("U1-A", "wage_counted", "2021-H1", 1),
           obs("U1-B", "avg_wage_vnd", "2021-H1", 200),
           obs("U1-B", "wage_counted", "2021-H1", 3),
           obs("U2", "avg_wage_vnd", "2021-H1", 50),
           obs("U2", "wage_counted", "2021-H1", 4)],
          // U1 = 700/4 = 175 (weight 4); FED = (175·4 + 50·4)/8 = 112.5
          expect: [expect("U1", "avg_wage_vnd", 17500, .computed),
                   expect("FED", "avg_wage_vnd", 11250, .computed)]),
]

private let overflowCases: [AggregationCase] = [
    .init("children's sum overflows: missing with E-OVERFLOW", period: "2021-H1",
          [obs("U1-A", "members_total", "2021-H1", .max),
           obs("U1-B", "members_total", "2021-H1", 1)],
          expect: [expect("U1-A", "members_total", .max, .reported, reporting: 1),
                   expect("U1-B", "members_total", 1, .reported, reporting: 1),
                   expect("U1", "members_total", nil, .missing, reporting: 0),
                   expect("FED", "members_total", nil, .missing, reporting: 0)],
          findings: [finding(.overflow, .error, "U1", "members_total", "2021-H1")]),
    .init("flow over time overflows: missing with E-OVERFLOW", period: "2021-H1",
          [obs("U1-A", "members_new", "2021-Q1", .max),
           obs("U1-A", "members_new", "2021-Q2", 1)],
          expect: [expect("U1-A", "members_new", nil, .missing, reporting: 0),
                   expect("U1", "members_new", nil, .missing, reporting: 0)],
          findings: [finding(.overflow, .error, "U1-A", "members_new", "2021-H1")]),
    .init("sums just below the limit do not overflow", period: "2021-H1",
          [obs("U1-A", "members_total", "2021-H1", .max - 1),
           obs("U1-B", "members_total", "2021-H1", 1)],
          expect: [expect("U1", "members_total", .max, .rolledUp, reporting: 2),
                   expect("FED", "members_total", .max, .rolledUp, reporting: 2)]),
]

// MARK: - Tests

@Suite("Aggregator")
struct AggregatorTests {
    @Test("fixture: grassroots_expected counts the leaves at or below each unit")
    func grassrootsExpected() {
        #expect(aggregationTree.grassrootsCount == [3, 2, 1, 1, 1, 1, 0])
        #expect(aggregationTree.children == [[1, 4, 6], [2, 3], [], [], [5], [], []])
    }

    @Test("reported", arguments: reportedCases)
    fileprivate func reported(_ testCase: AggregationCase) throws { try check(testCase) }

    @Test("derived flow: the sum of every sub-period", arguments: derivedFlowCases)
    fileprivate func derivedFlow(_ testCase: AggregationCase) throws { try check(testCase) }

    @Test("derived flow impossible when a sub-period is missing", arguments: missingFlowCases)
    fileprivate func missingFlow(_ testCase: AggregationCase) throws { try check(testCase) }

    @Test("derived stock: the last sub-period, never an older one", arguments: derivedStockCases)
    fileprivate func derivedStock(_ testCase: AggregationCase) throws { try check(testCase) }

    @Test("rolled up from children, with coverage", arguments: rollUpCases)
    fileprivate func rolledUp(_ testCase: AggregationCase) throws { try check(testCase) }

    @Test("own figure wins over the children's sum", arguments: ownFigureCases)
    fileprivate func ownFigureWins(_ testCase: AggregationCase) throws { try check(testCase) }

    @Test("ratio", arguments: ratioCases)
    fileprivate func ratio(_ testCase: AggregationCase) throws { try check(testCase) }

    @Test("weighted mean", arguments: weightedMeanCases)
    fileprivate func weightedMean(_ testCase: AggregationCase) throws { try check(testCase) }

    @Test("overflow", arguments: overflowCases)
    fileprivate func overflow(_ testCase: AggregationCase) throws { try check(testCase) }

    @Test("a mismatch finding points at the unit's own report")
    func mismatchLocation() throws {
        let aggregator = makeAggregator([
            obs("U1-A", "members_total", "2021-H1", 100),
            obs("U1-B", "members_total", "2021-H1", 150),
            obs("U1", "members_total", "2021-H1", 300),
        ])
        _ = aggregator.values(for: try #require(Period("2021-H1")))
        let found = try #require(aggregator.findings.first)
        #expect(aggregator.findings.count == 1)
        #expect(found.code == .rollupMismatch)
        // The third observation, written on line 4 of reports/test.csv.
        #expect(found.location == SourceLocation(file: "reports/test.csv", position: .line(4)))
    }

    @Test("asking twice gives the same values and no new findings")
    func cached() throws {
        let aggregator = makeAggregator([
            obs("U1", "members_total", "2021-H1", 300),
            obs("U1-A", "members_total", "2021-H1", 100),
            obs("U1-B", "members_total", "2021-H1", 150),
        ])
        let period = try #require(Period("2021-H1"))
        let first = aggregator.values(for: period)
        let second = aggregator.values(for: period)
        #expect(first.values == second.values)
        #expect(first.status == second.status)
        #expect(aggregator.findings.count == 1)
    }
}

// MARK: - ObservationStore duplicates

/// What each successive report of one cell must give.
private enum ExpectedOutcome: Sendable, Equatable {
    case recorded
    case same(firstLine: UInt32)
    case conflict(firstLine: UInt32, firstValue: Int64)
}

extension AggregatorTests {
    /// Nested so that `--filter AggregatorTests` runs it too.
    @Suite("ObservationStore duplicates")
    struct ObservationStoreDuplicates {
        /// Reports of one cell in order (line i + 1 each), the outcome of each, the usable value at the end.
        @Test("second and later reports of a cell", arguments: [
            ([Int64(5)], [ExpectedOutcome.recorded], Int64?(5)),
            ([5, 5], [.recorded, .same(firstLine: 1)], 5),
            ([5, 5, 5], [.recorded, .same(firstLine: 1), .same(firstLine: 1)], 5),
            ([5, 6], [.recorded, .conflict(firstLine: 1, firstValue: 5)], nil),
            ([5, 6, 5], [.recorded, .conflict(firstLine: 1, firstValue: 5), .conflict(firstLine: 1, firstValue: 5)], nil),
            ([5, 6, 6], [.recorded, .conflict(firstLine: 1, firstValue: 5), .conflict(firstLine: 1, firstValue: 5)], nil),
            ([5, 5, 7], [.recorded, .same(firstLine: 1), .conflict(firstLine: 1, firstValue: 5)], nil),
            ([0, 0], [.recorded, .same(firstLine: 1)], 0),
            ([0, 1], [.recorded, .conflict(firstLine: 1, firstValue: 0)], nil),
        ] as [([Int64], [ExpectedOutcome], Int64?)])
        fileprivate func duplicates(values: [Int64], outcomes: [ExpectedOutcome], final: Int64?) throws {
            var store = ObservationStore(unitCount: 2, indicatorCount: 3)
            let file = store.addSource("reports/a.csv")
            let period = try #require(Period("2021-H1"))
            var actual: [ExpectedOutcome] = []
            for (index, value) in values.enumerated() {
                let outcome = store.record(value, unit: 1, indicator: 2, period: period,
                                           source: .init(file: file, line: UInt32(index + 1)))
                switch outcome {
                case .recorded: actual.append(.recorded)
                case .sameAsBefore(let first):
                    #expect(first.file == file)
                    actual.append(.same(firstLine: first.line))
                case .conflict(let first, let firstValue):
                    #expect(first.file == file)
                    actual.append(.conflict(firstLine: first.line, firstValue: firstValue))
                }
            }
            #expect(actual == outcomes)
            let table = try #require(store.tables[period])
            #expect(table.value(at: store.cell(unit: 1, indicator: 2)) == final)
            // Neighbouring cells are untouched.
            #expect(table.value(at: store.cell(unit: 1, indicator: 1)) == nil)
            #expect(table.value(at: store.cell(unit: 0, indicator: 2)) == nil)
        }

        @Test("the same cell in another period is independent")
        func otherPeriod() throws {
            var store = ObservationStore(unitCount: 1, indicatorCount: 1)
            let file = store.addSource("reports/a.csv")
            let q1 = try #require(Period("2021-Q1"))
            let q2 = try #require(Period("2021-Q2"))
            #expect(store.record(5, unit: 0, indicator: 0, period: q1, source: .init(file: file, line: 1)) == .recorded)
            #expect(store.record(6, unit: 0, indicator: 0, period: q2, source: .init(file: file, line: 2)) == .recorded)
            #expect(store.tables[q1]?.value(at: 0) == 5)
            #expect(store.tables[q2]?.value(at: 0) == 6)
        }

        @Test("a period whose only cell is in conflict holds no reports")
        func conflictOnlyPeriod() throws {
            var store = ObservationStore(unitCount: 1, indicatorCount: 1)
            let file = store.addSource("reports/a.csv")
            let q1 = try #require(Period("2021-Q1"))
            let q2 = try #require(Period("2021-Q2"))
            _ = store.record(5, unit: 0, indicator: 0, period: q1, source: .init(file: file, line: 1))
            _ = store.record(6, unit: 0, indicator: 0, period: q1, source: .init(file: file, line: 2))
            _ = store.record(7, unit: 0, indicator: 0, period: q2, source: .init(file: file, line: 3))
            #expect(store.reportedPeriods == [q2])
        }
    }
}
