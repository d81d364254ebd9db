import Testing

@testable import UnionStats

// A unit's own figure against its children's sum: the own figure wins, a mismatch is a finding.

private let ownFigureCases: [AggregationCase] = [
    .init(
        "own figure differs from complete children: warning", period: "2021-H1",
        [
            obs("U1", "members_total", "2021-H1", 300),
            obs("U1-A", "members_total", "2021-H1", 100),
            obs("U1-B", "members_total", "2021-H1", 150),
        ],
        expect: [
            expect("U1", "members_total", 300, .reported, reporting: 2),
            expect("FED", "members_total", 300, .rolledUp, reporting: 2),
        ],
        findings: [finding(.rollupMismatch, .warning, "U1", "members_total", "2021-H1")]),
    .init(
        "own figure differs from partial children: note", period: "2021-H1",
        [
            obs("U1", "members_total", "2021-H1", 300),
            obs("U1-A", "members_total", "2021-H1", 100),
        ],
        expect: [expect("U1", "members_total", 300, .reported, reporting: 2)],
        findings: [finding(.rollupMismatch, .note, "U1", "members_total", "2021-H1")]),
    .init(
        "own figure agrees with the children: no finding", period: "2021-H1",
        [
            obs("U1", "members_total", "2021-H1", 250),
            obs("U1-A", "members_total", "2021-H1", 100),
            obs("U1-B", "members_total", "2021-H1", 150),
        ],
        expect: [expect("U1", "members_total", 250, .reported, reporting: 2)]),
    .init(
        "own figure agrees with partial children: no finding", period: "2021-H1",
        [
            obs("U1", "members_total", "2021-H1", 100),
            obs("U1-A", "members_total", "2021-H1", 100),
        ],
        expect: [expect("U1", "members_total", 100, .reported, reporting: 2)]),
    .init(
        "own figure with no children's figures: no finding", period: "2021-H1",
        [obs("U1", "members_total", "2021-H1", 300)],
        expect: [expect("U1", "members_total", 300, .reported, reporting: 2)]),
    .init(
        "own derived flow differs from the children: warning", period: "2021-H1",
        [
            obs("U1", "members_new", "2021-Q1", 10),
            obs("U1", "members_new", "2021-Q2", 20),
            obs("U1-A", "members_new", "2021-H1", 25),
            obs("U1-B", "members_new", "2021-H1", 4),
        ],
        expect: [expect("U1", "members_new", 30, .derived, reporting: 2)],
        findings: [finding(.rollupMismatch, .warning, "U1", "members_new", "2021-H1")]),
    .init(
        "own derived stock differs from partial children: note", period: "2021-H1",
        [
            obs("U1", "members_total", "2021-Q2", 300),
            obs("U1-B", "members_total", "2021-Q2", 120),
        ],
        expect: [
            expect("U1", "members_total", 300, .derived, reporting: 2),
            expect("U1-B", "members_total", 120, .derived, reporting: 1),
        ],
        findings: [finding(.rollupMismatch, .note, "U1", "members_total", "2021-H1")]),
    .init(
        "federation's own figure vs children complete through roll-ups: warning", period: "2021-H1",
        [
            obs("FED", "members_total", "2021-H1", 1000),
            obs("U1-A", "members_total", "2021-H1", 100),
            obs("U1-B", "members_total", "2021-H1", 200),
            obs("U2-A", "members_total", "2021-H1", 300),
        ],
        expect: [
            expect("U1", "members_total", 300, .rolledUp, reporting: 2),
            expect("U2", "members_total", 300, .rolledUp, reporting: 1),
            expect("FED", "members_total", 1000, .reported, reporting: 3),
        ],
        findings: [finding(.rollupMismatch, .warning, "FED", "members_total", "2021-H1")]),
    .init(
        "federation's own figure vs an upper unit's own figure: complete, warning", period: "2021-H1",
        [
            obs("FED", "members_total", "2021-H1", 1000),
            obs("U1", "members_total", "2021-H1", 400),
            obs("U2", "members_total", "2021-H1", 500),
        ],
        expect: [expect("FED", "members_total", 1000, .reported, reporting: 3)],
        findings: [finding(.rollupMismatch, .warning, "FED", "members_total", "2021-H1")]),
    .init(
        "federation's own figure vs partial children: note", period: "2021-H1",
        [
            obs("FED", "members_total", "2021-H1", 1000),
            obs("U1-A", "members_total", "2021-H1", 100),
        ],
        expect: [expect("FED", "members_total", 1000, .reported, reporting: 3)],
        findings: [finding(.rollupMismatch, .note, "FED", "members_total", "2021-H1")]),
    .init(
        "mismatches at two levels: one finding each", period: "2021-H1",
        [
            obs("FED", "members_total", "2021-H1", 1000),
            obs("U1", "members_total", "2021-H1", 300),
            obs("U1-A", "members_total", "2021-H1", 100),
            obs("U1-B", "members_total", "2021-H1", 150),
            obs("U2-A", "members_total", "2021-H1", 50),
        ],
        expect: [
            expect("U1", "members_total", 300, .reported, reporting: 2),
            expect("U2", "members_total", 50, .rolledUp, reporting: 1),
            expect("FED", "members_total", 1000, .reported, reporting: 3),
        ],
        findings: [
            finding(.rollupMismatch, .warning, "U1", "members_total", "2021-H1"),
            finding(.rollupMismatch, .warning, "FED", "members_total", "2021-H1"),
        ]),
]

extension AggregatorTests {
    @Test("own figure wins over the children's sum", arguments: ownFigureCases)
    fileprivate func ownFigureWins(_ testCase: AggregationCase) throws { try check(testCase) }
}
