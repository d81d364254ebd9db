import Foundation

/// Everything the report of one period shows, computed once and rendered many ways.
public struct Report: Sendable {
    /// The input it was made from.
    public let input: InputData
    /// The period reported on.
    public let period: Period
    /// The values of the period.
    public let current: PeriodValues
    /// The values of the same period one year earlier, for comparison.
    public let previous: PeriodValues?
    /// For a quarter, the year-to-date values (lũy kế); nil for half-years and years.
    public let yearToDate: PeriodValues?
    /// Per upper unit (and the federation): grassroots units expected and those with any figure for the period.
    public let completeness: [(unit: Int, expected: Int, received: Int)]
    /// Every finding of ingest and aggregation, by location.
    public let findings: [Finding]
    /// When the report was made.
    public let generated: Date

    /// The tool's version, written into `Nguồn`.
    public static let toolVersion = "0.1.0"

    /// Aggregates `input` for `period` (and the same period last year) and gathers the findings.
    public init(input: InputData, period: Period, generated: Date = Date()) {
        let aggregator = Aggregator(input)
        self.input = input
        self.period = period
        current = aggregator.values(for: period)
        previous = period.sameLastYear.map { aggregator.values(for: $0) }
        yearToDate = period.length == .quarter && period.index > 1 ? YearToDate.values(for: period, using: aggregator) : nil
        // Aggregation findings of the sub-periods and of last year were worked out on the way; only this period's concern this report.
        completeness = Self.completeness(of: input, in: current)
        let checks = Validator(aggregator).findings(for: period)
        findings = (input.findings + aggregator.findings.filter { $0.period == period } + checks).sorted(by: Finding.byLocation)
        self.generated = generated
    }

    /// The latest period that has reports: by end date, the longest of those ending together.
    public static func defaultPeriod(of store: ObservationStore) -> Period? {
        store.reportedPeriods.max()
    }
}

extension Report {
    /// Per upper unit (and the federation): grassroots units expected and those with any figure for the period.
    static func completeness(of input: InputData, in current: PeriodValues) -> [(unit: Int, expected: Int, received: Int)] {
        let tree = input.tree
        var received = Array(repeating: 0, count: tree.count)
        let additive = input.catalogue.indicators.indices.filter { input.catalogue[$0].kind.isAdditive }
        for unit in tree.units.indices.reversed() {
            if tree.units[unit].level == .grassroots {
                let reported = additive.contains { current.status(unit: unit, indicator: $0) != .missing }
                received[unit] += reported ? 1 : 0
            }
            if let parent = tree.units[unit].parent { received[parent] += received[unit] }
        }
        return tree.units.indices
            .filter { tree.units[$0].level != .grassroots }
            .map { ($0, tree.grassrootsCount[$0], received[$0]) }
    }
}
