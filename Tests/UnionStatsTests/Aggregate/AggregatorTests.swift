import Testing

@testable import UnionStats

// The fixture and the check are in AggregatorTestSupport.swift; the other rules' tables and
// tests are in the AggregatorTests+… files beside this one.

// MARK: - Tables, one per rule of the contract (the others in the AggregatorTests+… files)

private let reportedCases: [AggregationCase] = [
    .init(
        "a leaf's reported flow", period: "2021-Q1",
        [obs("U1-A", "members_new", "2021-Q1", 10)],
        expect: [expect("U1-A", "members_new", 10, .reported, reporting: 1)]),
    .init(
        "an upper unit's reported stock covers all its leaves", period: "2021-H1",
        [obs("U1", "members_total", "2021-H1", 500)],
        expect: [
            expect("U1", "members_total", 500, .reported, reporting: 2),
            expect("FED", "members_total", 500, .rolledUp, reporting: 2),
        ]),
    .init(
        "a reported half beats the sum of its quarters", period: "2021-H1",
        [
            obs("U1-A", "members_new", "2021-H1", 25),
            obs("U1-A", "members_new", "2021-Q1", 10),
            obs("U1-A", "members_new", "2021-Q2", 12),
        ],
        expect: [expect("U1-A", "members_new", 25, .reported, reporting: 1)]),
    .init(
        "a reported stock for the year beats Q4", period: "2021",
        [
            obs("U1-A", "members_total", "2021", 140),
            obs("U1-A", "members_total", "2021-Q4", 120),
        ],
        expect: [expect("U1-A", "members_total", 140, .reported, reporting: 1)]),
    .init(
        "a reported zero is a value, not missing", period: "2021-Q1",
        [obs("U1-A", "members_new", "2021-Q1", 0)],
        expect: [
            expect("U1-A", "members_new", 0, .reported, reporting: 1),
            expect("U1", "members_new", 0, .rolledUp, reporting: 1),
        ]),
    .init(
        "nothing reported: missing", period: "2021-Q1",
        [],
        expect: [
            expect("U1-A", "members_new", nil, .missing, reporting: 0),
            expect("FED", "members_total", nil, .missing, reporting: 0),
        ]),
]

private let overflowCases: [AggregationCase] = [
    .init(
        "children's sum overflows: missing with E-OVERFLOW", period: "2021-H1",
        [
            obs("U1-A", "members_total", "2021-H1", .max),
            obs("U1-B", "members_total", "2021-H1", 1),
        ],
        expect: [
            expect("U1-A", "members_total", .max, .reported, reporting: 1),
            expect("U1-B", "members_total", 1, .reported, reporting: 1),
            expect("U1", "members_total", nil, .missing, reporting: 0),
            expect("FED", "members_total", nil, .missing, reporting: 0),
        ],
        findings: [finding(.overflow, .error, "U1", "members_total", "2021-H1")]),
    .init(
        "flow over time overflows: missing with E-OVERFLOW", period: "2021-H1",
        [
            obs("U1-A", "members_new", "2021-Q1", .max),
            obs("U1-A", "members_new", "2021-Q2", 1),
        ],
        expect: [
            expect("U1-A", "members_new", nil, .missing, reporting: 0),
            expect("U1", "members_new", nil, .missing, reporting: 0),
        ],
        findings: [finding(.overflow, .error, "U1-A", "members_new", "2021-H1")]),
    .init(
        "sums just below the limit do not overflow", period: "2021-H1",
        [
            obs("U1-A", "members_total", "2021-H1", .max - 1),
            obs("U1-B", "members_total", "2021-H1", 1),
        ],
        expect: [
            expect("U1", "members_total", .max, .rolledUp, reporting: 2),
            expect("FED", "members_total", .max, .rolledUp, reporting: 2),
        ]),
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

    @Test("overflow", arguments: overflowCases)
    fileprivate func overflow(_ testCase: AggregationCase) throws { try check(testCase) }

    @Test("a mismatch finding points at the unit's own report")
    func mismatchLocation() throws {
        let log = FindingLog()
        let aggregator = makeAggregator(
            [
                obs("U1-A", "members_total", "2021-H1", 100),
                obs("U1-B", "members_total", "2021-H1", 150),
                obs("U1", "members_total", "2021-H1", 300),
            ], log: log)
        _ = aggregator.values(for: try #require(Period("2021-H1")))
        let found = try #require(log.findings.first)
        #expect(log.findings.count == 1)
        #expect(found.code == .rollupMismatch)
        // The third observation, written on line 4 of reports/test.csv.
        #expect(found.location == SourceLocation(file: "reports/test.csv", position: .line(4)))
    }

    @Test("asking twice gives the same values and no new findings")
    func cached() throws {
        let log = FindingLog()
        let aggregator = makeAggregator(
            [
                obs("U1", "members_total", "2021-H1", 300),
                obs("U1-A", "members_total", "2021-H1", 100),
                obs("U1-B", "members_total", "2021-H1", 150),
            ], log: log)
        let period = try #require(Period("2021-H1"))
        let first = aggregator.values(for: period)
        let second = aggregator.values(for: period)
        #expect(first.values == second.values)
        #expect(first.status == second.status)
        #expect(log.findings.count == 1)
    }
}
