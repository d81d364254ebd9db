import Testing

@testable import UnionStats

// Figures rolled up from the children, and how many grassroots units they cover.

private let rollUpCases: [AggregationCase] = [
    .init(
        "children with mixed statuses add up", period: "2021-H1",
        [
            obs("U1-A", "members_total", "2021-H1", 100),
            obs("U1-B", "members_total", "2021-Q2", 50),
            obs("U2", "members_total", "2021-H1", 70),
        ],
        expect: [
            expect("U1-A", "members_total", 100, .reported, reporting: 1),
            expect("U1-B", "members_total", 50, .derived, reporting: 1),
            expect("U1", "members_total", 150, .rolledUp, reporting: 2),
            expect("U2-A", "members_total", nil, .missing, reporting: 0),
            expect("U2", "members_total", 70, .reported, reporting: 1),
            expect("U3", "members_total", nil, .missing, reporting: 0),
            expect("FED", "members_total", 220, .rolledUp, reporting: 3),
        ]),
    .init(
        "flows with mixed statuses add up", period: "2021-H1",
        [
            obs("U1-A", "members_new", "2021-H1", 4),
            obs("U1-B", "members_new", "2021-Q1", 1),
            obs("U1-B", "members_new", "2021-Q2", 2),
            obs("U2-A", "members_new", "2021-H1", 8),
        ],
        expect: [
            expect("U1", "members_new", 7, .rolledUp, reporting: 2),
            expect("U2", "members_new", 8, .rolledUp, reporting: 1),
            expect("FED", "members_new", 15, .rolledUp, reporting: 3),
        ]),
    .init(
        "partial coverage is counted", period: "2021-H1",
        [obs("U1-A", "members_total", "2021-H1", 100)],
        expect: [
            expect("U1", "members_total", 100, .rolledUp, reporting: 1),
            expect("U2", "members_total", nil, .missing, reporting: 0),
            expect("FED", "members_total", 100, .rolledUp, reporting: 1),
        ]),
    .init(
        "an upper unit with no leaves reports: counted, covering none", period: "2021-H1",
        [
            obs("U3", "members_total", "2021-H1", 5),
            obs("U1-A", "members_total", "2021-H1", 100),
        ],
        expect: [
            expect("U3", "members_total", 5, .reported, reporting: 0),
            expect("FED", "members_total", 105, .rolledUp, reporting: 1),
        ]),
    .init(
        "an upper unit with no leaves and no report: missing", period: "2021-H1",
        [obs("U1-A", "members_total", "2021-H1", 100)],
        expect: [expect("U3", "members_total", nil, .missing, reporting: 0)]),
    .init(
        "every leaf reports: full coverage", period: "2021-Q1",
        [
            obs("U1-A", "members_new", "2021-Q1", 1),
            obs("U1-B", "members_new", "2021-Q1", 2),
            obs("U2-A", "members_new", "2021-Q1", 3),
        ],
        expect: [
            expect("U1", "members_new", 3, .rolledUp, reporting: 2),
            expect("U2", "members_new", 3, .rolledUp, reporting: 1),
            expect("U3", "members_new", nil, .missing, reporting: 0),
            expect("FED", "members_new", 6, .rolledUp, reporting: 3),
        ]),
]

extension AggregatorTests {
    @Test("rolled up from children, with coverage", arguments: rollUpCases)
    fileprivate func rolledUp(_ testCase: AggregationCase) throws { try check(testCase) }
}
