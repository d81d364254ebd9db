import Testing

@testable import UnionStats

// Weighted means, over time and over children.

private let weightedMeanCases: [AggregationCase] = [
    .init(
        "reported mean", period: "2021-H1",
        [obs("U1-A", "avg_wage_vnd", "2021-H1", 5_000_000)],
        expect: [expect("U1-A", "avg_wage_vnd", 500_000_000, .reported)]),
    .init(
        "an upper unit's reported mean beats its children's", period: "2021-H1",
        [
            obs("U1", "avg_wage_vnd", "2021-H1", 300),
            obs("U1-A", "avg_wage_vnd", "2021-H1", 100),
            obs("U1-A", "wage_counted", "2021-H1", 1),
        ],
        expect: [expect("U1", "avg_wage_vnd", 30000, .reported)]),
    .init(
        "over time, weighted by each quarter's weight", period: "2021-H1",
        [
            obs("U1-A", "avg_wage_vnd", "2021-Q1", 100),
            obs("U1-A", "wage_counted", "2021-Q1", 10),
            obs("U1-A", "avg_wage_vnd", "2021-Q2", 200),
            obs("U1-A", "wage_counted", "2021-Q2", 30),
        ],
        // (100·10 + 200·30)/40 = 175
        expect: [expect("U1-A", "avg_wage_vnd", 17500, .derived)]),
    .init(
        "over time for the year, H2's weight derived from Q4", period: "2021",
        [
            obs("U1-A", "avg_wage_vnd", "2021-H1", 100),
            obs("U1-A", "wage_counted", "2021-H1", 10),
            obs("U1-A", "avg_wage_vnd", "2021-H2", 200),
            obs("U1-A", "wage_counted", "2021-Q4", 30),
        ],
        expect: [expect("U1-A", "avg_wage_vnd", 17500, .derived)]),
    .init(
        "over time for the year from quarters' means", period: "2021",
        [
            obs("U1-A", "avg_wage_vnd", "2021-Q1", 100),
            obs("U1-A", "wage_counted", "2021-Q1", 1),
            obs("U1-A", "avg_wage_vnd", "2021-Q2", 200),
            obs("U1-A", "wage_counted", "2021-Q2", 1),
            obs("U1-A", "avg_wage_vnd", "2021-Q3", 300),
            obs("U1-A", "wage_counted", "2021-Q3", 1),
            obs("U1-A", "avg_wage_vnd", "2021-Q4", 400),
            obs("U1-A", "wage_counted", "2021-Q4", 3),
        ],
        // H1 = 150 with weight 1 (Q2's stock); H2 = (300 + 1200)/4 = 375 with weight 3 (Q4's):
        // year = (150·1 + 375·3)/4 = 318.75
        expect: [expect("U1-A", "avg_wage_vnd", 31875, .derived)]),
    .init(
        "over time, weighted by the unit's rolled-up weight", period: "2021-H1",
        [
            obs("U1", "avg_wage_vnd", "2021-Q1", 100),
            obs("U1", "avg_wage_vnd", "2021-Q2", 200),
            obs("U1-A", "wage_counted", "2021-Q1", 1),
            obs("U1-B", "wage_counted", "2021-Q1", 1),
            obs("U1-A", "wage_counted", "2021-Q2", 3),
            obs("U1-B", "wage_counted", "2021-Q2", 3),
        ],
        // (100·2 + 200·6)/8 = 175; the federation's mean over children weights U1 by its H1 weight 6
        expect: [
            expect("U1", "avg_wage_vnd", 17500, .derived),
            expect("U1", "wage_counted", 6, .rolledUp, reporting: 2),
            expect("FED", "avg_wage_vnd", 17500, .computed),
        ]),
    .init(
        "over time lacking a quarter's mean: missing", period: "2021-H1",
        [
            obs("U1-A", "avg_wage_vnd", "2021-Q1", 100),
            obs("U1-A", "wage_counted", "2021-Q1", 10),
            obs("U1-A", "wage_counted", "2021-Q2", 30),
        ],
        expect: [expect("U1-A", "avg_wage_vnd", nil, .missing)]),
    .init(
        "over time lacking a quarter's weight: missing", period: "2021-H1",
        [
            obs("U1-A", "avg_wage_vnd", "2021-Q1", 100),
            obs("U1-A", "wage_counted", "2021-Q1", 10),
            obs("U1-A", "avg_wage_vnd", "2021-Q2", 200),
        ],
        expect: [expect("U1-A", "avg_wage_vnd", nil, .missing)]),
    .init(
        "over time with zero weights: missing", period: "2021-H1",
        [
            obs("U1-A", "avg_wage_vnd", "2021-Q1", 100),
            obs("U1-A", "wage_counted", "2021-Q1", 0),
            obs("U1-A", "avg_wage_vnd", "2021-Q2", 200),
            obs("U1-A", "wage_counted", "2021-Q2", 0),
        ],
        expect: [expect("U1-A", "avg_wage_vnd", nil, .missing)]),
    .init(
        "over children: Σ(mean·w)/Σw", period: "2021-H1",
        [
            obs("U1-A", "avg_wage_vnd", "2021-H1", 100),
            obs("U1-A", "wage_counted", "2021-H1", 1),
            obs("U1-B", "avg_wage_vnd", "2021-H1", 200),
            obs("U1-B", "wage_counted", "2021-H1", 2),
        ],
        // 500/3 = 166.666… → 166.67
        expect: [
            expect("U1", "avg_wage_vnd", 16667, .computed),
            expect("FED", "avg_wage_vnd", 16667, .computed),
        ]),
    .init(
        "over children: a child without a weight is left out", period: "2021-H1",
        [
            obs("U1-A", "avg_wage_vnd", "2021-H1", 100),
            obs("U1-A", "wage_counted", "2021-H1", 1),
            obs("U1-B", "avg_wage_vnd", "2021-H1", 1000),
        ],
        expect: [expect("U1", "avg_wage_vnd", 10000, .computed)]),
    .init(
        "over children: a child without a mean is left out", period: "2021-H1",
        [
            obs("U1-A", "avg_wage_vnd", "2021-H1", 100),
            obs("U1-A", "wage_counted", "2021-H1", 1),
            obs("U1-B", "wage_counted", "2021-H1", 50),
        ],
        expect: [expect("U1", "avg_wage_vnd", 10000, .computed)]),
    .init(
        "over children: zero total weight gives none", period: "2021-H1",
        [
            obs("U1-A", "avg_wage_vnd", "2021-H1", 100),
            obs("U1-A", "wage_counted", "2021-H1", 0),
            obs("U1-B", "avg_wage_vnd", "2021-H1", 200),
            obs("U1-B", "wage_counted", "2021-H1", 0),
        ],
        expect: [
            expect("U1", "avg_wage_vnd", nil, .missing),
            expect("FED", "avg_wage_vnd", nil, .missing),
        ]),
    .init(
        "over children: no child has a mean", period: "2021-H1",
        [obs("U1-A", "wage_counted", "2021-H1", 3)],
        expect: [
            expect("U1", "avg_wage_vnd", nil, .missing),
            expect("U1-A", "avg_wage_vnd", nil, .missing),
        ]),
    .init(
        "mean 1/8 = 0.125 → 0.13", period: "2021-H1",
        [
            obs("U1-A", "avg_wage_vnd", "2021-H1", 0),
            obs("U1-A", "wage_counted", "2021-H1", 7),
            obs("U1-B", "avg_wage_vnd", "2021-H1", 1),
            obs("U1-B", "wage_counted", "2021-H1", 1),
        ],
        expect: [expect("U1", "avg_wage_vnd", 13, .computed)]),
    .init(
        "mean 2/3 → 0.67", period: "2021-H1",
        [
            obs("U1-A", "avg_wage_vnd", "2021-H1", 0),
            obs("U1-A", "wage_counted", "2021-H1", 1),
            obs("U1-B", "avg_wage_vnd", "2021-H1", 1),
            obs("U1-B", "wage_counted", "2021-H1", 2),
        ],
        expect: [expect("U1", "avg_wage_vnd", 67, .computed)]),
    .init(
        "mean 41/8 = 5.125 → 5.13", period: "2021-H1",
        [
            obs("U1-A", "avg_wage_vnd", "2021-H1", 5),
            obs("U1-A", "wage_counted", "2021-H1", 7),
            obs("U1-B", "avg_wage_vnd", "2021-H1", 6),
            obs("U1-B", "wage_counted", "2021-H1", 1),
        ],
        expect: [expect("U1", "avg_wage_vnd", 513, .computed)]),
    .init(
        "mean 1/3 → 0.33", period: "2021-H1",
        [
            obs("U1-A", "avg_wage_vnd", "2021-H1", 0),
            obs("U1-A", "wage_counted", "2021-H1", 2),
            obs("U1-B", "avg_wage_vnd", "2021-H1", 1),
            obs("U1-B", "wage_counted", "2021-H1", 1),
        ],
        expect: [expect("U1", "avg_wage_vnd", 33, .computed)]),
    .init(
        "means stay exact up the tree, rounded once", period: "2021-H1",
        [
            obs("U1-A", "avg_wage_vnd", "2021-H1", 0),
            obs("U1-A", "wage_counted", "2021-H1", 7),
            obs("U1-B", "avg_wage_vnd", "2021-H1", 1),
            obs("U1-B", "wage_counted", "2021-H1", 1),
            obs("U2", "avg_wage_vnd", "2021-H1", 0),
            obs("U2", "wage_counted", "2021-H1", 8),
        ],
        // U1 = 1/8 (written 0.13) with weight 8; FED = (1/8·8 + 0·8)/16 = 0.0625 → 0.06
        // (rounding U1 first would give 0.13·8/16 = 0.065 → 0.07)
        expect: [
            expect("U1", "avg_wage_vnd", 13, .computed),
            expect("U1", "wage_counted", 8, .rolledUp, reporting: 2),
            expect("U2", "avg_wage_vnd", 0, .reported),
            expect("FED", "avg_wage_vnd", 6, .computed),
        ]),
    .init(
        "children's means weighted by their rolled-up weights", period: "2021-H1",
        [
            obs("U1-A", "avg_wage_vnd", "2021-H1", 100),
            obs("U1-A", "wage_counted", "2021-H1", 1),
            obs("U1-B", "avg_wage_vnd", "2021-H1", 200),
            obs("U1-B", "wage_counted", "2021-H1", 3),
            obs("U2", "avg_wage_vnd", "2021-H1", 50),
            obs("U2", "wage_counted", "2021-H1", 4),
        ],
        // U1 = 700/4 = 175 (weight 4); FED = (175·4 + 50·4)/8 = 112.5
        expect: [
            expect("U1", "avg_wage_vnd", 17500, .computed),
            expect("FED", "avg_wage_vnd", 11250, .computed),
        ]),
]

extension AggregatorTests {
    @Test("weighted mean", arguments: weightedMeanCases)
    fileprivate func weightedMean(_ testCase: AggregationCase) throws { try check(testCase) }
}
