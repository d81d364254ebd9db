import Testing

@testable import UnionStats

// Figures of a half or a year worked out from the unit's own sub-periods: flows summed,
// stocks taken from the last sub-period.

private let derivedFlowCases: [AggregationCase] = [
    .init(
        "flow H1 = Q1 + Q2", period: "2021-H1",
        [
            obs("U1-A", "members_new", "2021-Q1", 10),
            obs("U1-A", "members_new", "2021-Q2", 12),
        ],
        expect: [expect("U1-A", "members_new", 22, .derived, reporting: 1)]),
    .init(
        "flow H2 = Q3 + Q4", period: "2021-H2",
        [
            obs("U1-A", "members_new", "2021-Q3", 3),
            obs("U1-A", "members_new", "2021-Q4", 4),
        ],
        expect: [expect("U1-A", "members_new", 7, .derived, reporting: 1)]),
    .init(
        "flow year from halves from quarters", period: "2021",
        [
            obs("U1-A", "members_new", "2021-Q1", 1),
            obs("U1-A", "members_new", "2021-Q2", 2),
            obs("U1-A", "members_new", "2021-Q3", 3),
            obs("U1-A", "members_new", "2021-Q4", 4),
        ],
        expect: [expect("U1-A", "members_new", 10, .derived, reporting: 1)]),
    .init(
        "flow year from reported halves", period: "2021",
        [
            obs("U1-A", "members_new", "2021-H1", 20),
            obs("U1-A", "members_new", "2021-H2", 30),
        ],
        expect: [expect("U1-A", "members_new", 50, .derived, reporting: 1)]),
    .init(
        "flow year from a reported H1 and the quarters of H2", period: "2021",
        [
            obs("U1-A", "members_new", "2021-H1", 20),
            obs("U1-A", "members_new", "2021-Q3", 5),
            obs("U1-A", "members_new", "2021-Q4", 6),
        ],
        expect: [expect("U1-A", "members_new", 31, .derived, reporting: 1)]),
    .init(
        "a derived zero quarter counts", period: "2021-H1",
        [
            obs("U1-A", "members_new", "2021-Q1", 0),
            obs("U1-A", "members_new", "2021-Q2", 9),
        ],
        expect: [expect("U1-A", "members_new", 9, .derived, reporting: 1)]),
    .init(
        "an upper unit's own derived flow covers all its leaves", period: "2021-H1",
        [
            obs("U1", "members_new", "2021-Q1", 100),
            obs("U1", "members_new", "2021-Q2", 50),
        ],
        expect: [
            expect("U1", "members_new", 150, .derived, reporting: 2),
            expect("FED", "members_new", 150, .rolledUp, reporting: 2),
        ]),
    .init(
        "leaves' derived flows roll up; a leaf lacking a quarter drops out", period: "2021-H1",
        [
            obs("U1-A", "members_new", "2021-Q1", 1),
            obs("U1-A", "members_new", "2021-Q2", 2),
            obs("U1-B", "members_new", "2021-Q1", 3),
            obs("U1-B", "members_new", "2021-Q2", 4),
            obs("U2-A", "members_new", "2021-Q1", 5),
        ],
        expect: [
            expect("U1-A", "members_new", 3, .derived, reporting: 1),
            expect("U1-B", "members_new", 7, .derived, reporting: 1),
            expect("U1", "members_new", 10, .rolledUp, reporting: 2),
            expect("U2-A", "members_new", nil, .missing, reporting: 0),
            expect("U2", "members_new", nil, .missing, reporting: 0),
            expect("FED", "members_new", 10, .rolledUp, reporting: 2),
        ]),
]

private let missingFlowCases: [AggregationCase] = [
    .init(
        "flow H1 without Q2: missing", period: "2021-H1",
        [obs("U1-A", "members_new", "2021-Q1", 10)],
        expect: [
            expect("U1-A", "members_new", nil, .missing, reporting: 0),
            expect("U1", "members_new", nil, .missing, reporting: 0),
        ]),
    .init(
        "flow H1 without Q1: missing", period: "2021-H1",
        [obs("U1-A", "members_new", "2021-Q2", 10)],
        expect: [expect("U1-A", "members_new", nil, .missing, reporting: 0)]),
    .init(
        "flow year without Q4: missing", period: "2021",
        [
            obs("U1-A", "members_new", "2021-Q1", 1),
            obs("U1-A", "members_new", "2021-Q2", 2),
            obs("U1-A", "members_new", "2021-Q3", 3),
        ],
        expect: [expect("U1-A", "members_new", nil, .missing, reporting: 0)]),
    .init(
        "flow year with H1 only: missing", period: "2021",
        [obs("U1-A", "members_new", "2021-H1", 20)],
        expect: [expect("U1-A", "members_new", nil, .missing, reporting: 0)]),
    .init(
        "upper unit lacking a quarter: rolled up from its children instead", period: "2021-H1",
        [
            obs("U1", "members_new", "2021-Q1", 100),
            obs("U1-A", "members_new", "2021-H1", 30),
            obs("U1-B", "members_new", "2021-Q1", 5),
            obs("U1-B", "members_new", "2021-Q2", 7),
        ],
        expect: [
            expect("U1", "members_new", 42, .rolledUp, reporting: 2),
            expect("U1-A", "members_new", 30, .reported, reporting: 1),
            expect("U1-B", "members_new", 12, .derived, reporting: 1),
        ]),
    .init(
        "own figures use only the unit's own quarters, never its rolled-up ones", period: "2021-H1",
        [
            obs("U1", "members_new", "2021-Q1", 100),
            obs("U1-A", "members_new", "2021-Q2", 7),
            obs("U1-B", "members_new", "2021-Q2", 8),
        ],
        expect: [
            expect("U1", "members_new", nil, .missing, reporting: 0),
            expect("FED", "members_new", nil, .missing, reporting: 0),
        ]),
    .init(
        "a conflicting quarter cannot be summed", period: "2021-H1",
        [
            obs("U1-A", "members_new", "2021-Q1", 10),
            obs("U1-A", "members_new", "2021-Q1", 11),
            obs("U1-A", "members_new", "2021-Q2", 12),
        ],
        expect: [expect("U1-A", "members_new", nil, .missing, reporting: 0)]),
]

private let derivedStockCases: [AggregationCase] = [
    .init(
        "stock H1 = Q2", period: "2021-H1",
        [
            obs("U1-A", "members_total", "2021-Q1", 100),
            obs("U1-A", "members_total", "2021-Q2", 110),
        ],
        expect: [expect("U1-A", "members_total", 110, .derived, reporting: 1)]),
    .init(
        "stock H1 = Q2 even without Q1", period: "2021-H1",
        [obs("U1-A", "members_total", "2021-Q2", 110)],
        expect: [expect("U1-A", "members_total", 110, .derived, reporting: 1)]),
    .init(
        "stock H1 is never the older Q1", period: "2021-H1",
        [obs("U1-A", "members_total", "2021-Q1", 100)],
        expect: [expect("U1-A", "members_total", nil, .missing, reporting: 0)]),
    .init(
        "stock H2 = Q4, never Q3", period: "2021-H2",
        [obs("U1-A", "members_total", "2021-Q3", 115)],
        expect: [expect("U1-A", "members_total", nil, .missing, reporting: 0)]),
    .init(
        "stock year from H2 from Q4", period: "2021",
        [
            obs("U1-A", "members_total", "2021-Q2", 110),
            obs("U1-A", "members_total", "2021-Q3", 115),
            obs("U1-A", "members_total", "2021-Q4", 120),
        ],
        expect: [expect("U1-A", "members_total", 120, .derived, reporting: 1)]),
    .init(
        "stock year from a reported H2 before its Q4", period: "2021",
        [
            obs("U1-A", "members_total", "2021-H2", 130),
            obs("U1-A", "members_total", "2021-Q4", 120),
        ],
        expect: [expect("U1-A", "members_total", 130, .derived, reporting: 1)]),
    .init(
        "stock year is never H1", period: "2021",
        [
            obs("U1-A", "members_total", "2021-H1", 105),
            obs("U1-A", "members_total", "2021-Q2", 110),
        ],
        expect: [expect("U1-A", "members_total", nil, .missing, reporting: 0)]),
    .init(
        "stock year is never Q3", period: "2021",
        [obs("U1-A", "members_total", "2021-Q3", 115)],
        expect: [expect("U1-A", "members_total", nil, .missing, reporting: 0)]),
    .init(
        "an upper unit's own stock from its own Q2", period: "2021-H1",
        [obs("U2", "members_total", "2021-Q2", 70)],
        expect: [
            expect("U2", "members_total", 70, .derived, reporting: 1),
            expect("FED", "members_total", 70, .rolledUp, reporting: 1),
        ]),
    .init(
        "stock rolled up from a child that lacks Q2: partial", period: "2021-H1",
        [
            obs("U1-A", "members_total", "2021-Q2", 110),
            obs("U1-B", "members_total", "2021-Q1", 50),
        ],
        expect: [
            expect("U1-A", "members_total", 110, .derived, reporting: 1),
            expect("U1-B", "members_total", nil, .missing, reporting: 0),
            expect("U1", "members_total", 110, .rolledUp, reporting: 1),
        ]),
]

extension AggregatorTests {
    @Test("derived flow: the sum of every sub-period", arguments: derivedFlowCases)
    fileprivate func derivedFlow(_ testCase: AggregationCase) throws { try check(testCase) }

    @Test("derived flow impossible when a sub-period is missing", arguments: missingFlowCases)
    fileprivate func missingFlow(_ testCase: AggregationCase) throws { try check(testCase) }

    @Test("derived stock: the last sub-period, never an older one", arguments: derivedStockCases)
    fileprivate func derivedStock(_ testCase: AggregationCase) throws { try check(testCase) }
}
