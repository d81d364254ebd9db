import Testing

@testable import UnionStats

// Ratios, computed from the aggregated numerator and denominator.

private let ratioCases: [AggregationCase] = [
    .init(
        "ratio computed: 50/80 = 62.50", period: "2021-Q2",
        [
            obs("U1-A", "members_total", "2021-Q2", 50),
            obs("U1-A", "workers_total", "2021-Q2", 80),
        ],
        expect: [expect("U1-A", "membership_rate", 6250, .computed)]),
    .init(
        "ratio 2/3 → 66.67", period: "2021-Q2",
        [
            obs("U1-A", "members_total", "2021-Q2", 2),
            obs("U1-A", "workers_total", "2021-Q2", 3),
        ],
        expect: [expect("U1-A", "membership_rate", 6667, .computed)]),
    .init(
        "ratio 0.125 → 0.13", period: "2021-Q2",
        [
            obs("U1-A", "members_total", "2021-Q2", 1),
            obs("U1-A", "workers_total", "2021-Q2", 800),
        ],
        expect: [expect("U1-A", "membership_rate", 13, .computed)]),
    .init(
        "ratio 5.125 → 5.13", period: "2021-Q2",
        [
            obs("U1-A", "members_total", "2021-Q2", 41),
            obs("U1-A", "workers_total", "2021-Q2", 800),
        ],
        expect: [expect("U1-A", "membership_rate", 513, .computed)]),
    .init(
        "ratio 0.124… → 0.12", period: "2021-Q2",
        [
            obs("U1-A", "members_total", "2021-Q2", 1),
            obs("U1-A", "workers_total", "2021-Q2", 801),
        ],
        expect: [expect("U1-A", "membership_rate", 12, .computed)]),
    .init(
        "ratio over 100 %", period: "2021-Q2",
        [
            obs("U1-A", "members_total", "2021-Q2", 3),
            obs("U1-A", "workers_total", "2021-Q2", 2),
        ],
        expect: [expect("U1-A", "membership_rate", 15000, .computed)]),
    .init(
        "ratio with a zero numerator is 0.00", period: "2021-Q2",
        [
            obs("U1-A", "members_total", "2021-Q2", 0),
            obs("U1-A", "workers_total", "2021-Q2", 5),
        ],
        expect: [expect("U1-A", "membership_rate", 0, .computed)]),
    .init(
        "ratio with a zero denominator: missing", period: "2021-Q2",
        [
            obs("U1-A", "members_total", "2021-Q2", 5),
            obs("U1-A", "workers_total", "2021-Q2", 0),
        ],
        expect: [expect("U1-A", "membership_rate", nil, .missing)]),
    .init(
        "ratio 0/0: missing", period: "2021-Q2",
        [
            obs("U1-A", "members_total", "2021-Q2", 0),
            obs("U1-A", "workers_total", "2021-Q2", 0),
        ],
        expect: [expect("U1-A", "membership_rate", nil, .missing)]),
    .init(
        "ratio without a numerator: missing", period: "2021-Q2",
        [obs("U1-A", "workers_total", "2021-Q2", 80)],
        expect: [expect("U1-A", "membership_rate", nil, .missing)]),
    .init(
        "ratio without a denominator: missing", period: "2021-Q2",
        [obs("U1-A", "members_total", "2021-Q2", 50)],
        expect: [expect("U1-A", "membership_rate", nil, .missing)]),
    .init(
        "ratio from aggregated parts, not a mean of ratios", period: "2021-Q2",
        [
            obs("U1-A", "members_total", "2021-Q2", 1),
            obs("U1-A", "workers_total", "2021-Q2", 3),
            obs("U1-B", "members_total", "2021-Q2", 1),
            obs("U1-B", "workers_total", "2021-Q2", 5),
        ],
        // 2/8 = 25.00 (the mean of 33.33 and 20.00 would be 26.67)
        expect: [
            expect("U1-A", "membership_rate", 3333, .computed),
            expect("U1-B", "membership_rate", 2000, .computed),
            expect("U1", "membership_rate", 2500, .computed),
            expect("FED", "membership_rate", 2500, .computed),
        ]),
    .init(
        "ratio from parts derived over time", period: "2021-H1",
        [
            obs("U1-A", "members_total", "2021-Q1", 1),
            obs("U1-A", "members_total", "2021-Q2", 1),
            obs("U1-A", "workers_total", "2021-Q2", 8),
        ],
        expect: [expect("U1-A", "membership_rate", 1250, .computed)]),
    .init(
        "ratio from an own numerator and a rolled-up denominator", period: "2021-Q2",
        [
            obs("U1", "members_total", "2021-Q2", 6),
            obs("U1-A", "workers_total", "2021-Q2", 4),
            obs("U1-B", "workers_total", "2021-Q2", 5),
        ],
        // 6/9 = 66.67
        expect: [
            expect("U1", "members_total", 6, .reported, reporting: 2),
            expect("U1", "workers_total", 9, .rolledUp, reporting: 2),
            expect("U1", "membership_rate", 6667, .computed),
        ]),
    // Ratios on matched coverage: numerator and denominator must account for the same CĐCS.
    .init(
        "matched coverage: parts from different CĐCS give no ratio", period: "2021-Q2",
        [
            obs("U1-A", "members_total", "2021-Q2", 95),
            obs("U1-A", "workers_total", "2021-Q2", 3),
            obs("U1-B", "workers_total", "2021-Q2", 3),
        ],
        // 95 members of A over 6 workers of A and B would be 1.583,33 %.
        expect: [
            expect("U1", "members_total", 95, .rolledUp, reporting: 1),
            expect("U1", "workers_total", 6, .rolledUp, reporting: 2),
            expect("U1", "membership_rate", nil, .missing),
            expect("FED", "membership_rate", nil, .missing),
            expect("U1-A", "membership_rate", 316667, .computed),
        ]),
    .init(
        "matched coverage: partial but the same CĐCS give a ratio", period: "2021-Q2",
        [
            obs("U1-A", "members_total", "2021-Q2", 3),
            obs("U1-A", "workers_total", "2021-Q2", 4),
            obs("U2-A", "members_total", "2021-Q2", 1),
            obs("U2-A", "workers_total", "2021-Q2", 4),
        ],
        expect: [
            expect("U1", "membership_rate", 7500, .computed),
            expect("FED", "membership_rate", 5000, .computed),
        ]),
    .init(
        "matched coverage: a consolidated figure its listed CĐCS contradict stands alone", period: "2021-Q2",
        [
            obs("U1", "workers_total", "2021-Q2", 2686),
            obs("U1-A", "workers_total", "2021-Q2", 100),
            obs("U1-B", "workers_total", "2021-Q2", 167),
            obs("U1-A", "members_total", "2021-Q2", 90),
            obs("U1-B", "members_total", "2021-Q2", 172),
        ],
        // 262 members of the 2 listed CĐCS over 2.686 workers of U1's own count would be 9,75 %.
        expect: [
            expect("U1", "workers_total", 2686, .reported, reporting: 2),
            expect("U1", "membership_rate", nil, .missing),
            expect("FED", "membership_rate", nil, .missing),
            expect("U1-A", "membership_rate", 9000, .computed),
        ],
        findings: [finding(.rollupMismatch, .warning, "U1", "workers_total", "2021-Q2")]),
    .init(
        "matched coverage: two consolidated figures of the unit itself give a ratio", period: "2021-Q2",
        [
            obs("U1", "workers_total", "2021-Q2", 2686),
            obs("U1", "members_total", "2021-Q2", 2600),
            obs("U1-A", "workers_total", "2021-Q2", 100),
            obs("U1-B", "workers_total", "2021-Q2", 167),
            obs("U1-A", "members_total", "2021-Q2", 90),
            obs("U1-B", "members_total", "2021-Q2", 172),
        ],
        expect: [expect("U1", "membership_rate", 9680, .computed)],
        findings: [
            finding(.rollupMismatch, .warning, "U1", "workers_total", "2021-Q2"),
            finding(.rollupMismatch, .warning, "U1", "members_total", "2021-Q2"),
        ]),
    .init(
        "a reported ratio value is not used", period: "2021-Q2",
        [obs("U1-A", "membership_rate", "2021-Q2", 9999)],
        expect: [expect("U1-A", "membership_rate", nil, .missing)]),
]

extension AggregatorTests {
    @Test("ratio", arguments: ratioCases)
    fileprivate func ratio(_ testCase: AggregationCase) throws { try check(testCase) }
}
