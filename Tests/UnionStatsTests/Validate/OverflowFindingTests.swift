import Foundation
import Testing

@testable import UnionStats

/// E-OVERFLOW straight from the aggregator, with values no report file can hold (ingest refuses
/// anything over 10^15), recorded into an `ObservationStore` the way ingest does.
@Suite struct OverflowFindingTests {
    private struct Fixture {
        let tree: UnitTree
        let catalogue: Catalogue
        var store: ObservationStore
        let file: UInt32

        init() throws {
            let input = try TemporaryInput()
            try input.writeConfiguration()
            let data = try InputLoader.load(folder: input.folder)
            tree = data.tree
            catalogue = data.catalogue
            store = ObservationStore(unitCount: tree.count, indicatorCount: catalogue.count)
            file = store.addSource("reports/direct.csv")
        }

        mutating func record(_ value: Int64, _ unit: String, _ indicator: String, _ period: String, line: UInt32) throws
        {
            let outcome = store.record(
                value, unit: try #require(tree.index(of: unit)),
                indicator: try #require(catalogue.position(of: indicator)),
                period: try #require(Period(period)), source: .init(file: file, line: line))
            #expect(outcome == .recorded)
        }

        func value(_ values: PeriodValues, _ unit: String, _ indicator: String) throws -> (Int64?, ValueStatus) {
            let u = try #require(tree.index(of: unit))
            let i = try #require(catalogue.position(of: indicator))
            return (values.value(unit: u, indicator: i), values.status(unit: u, indicator: i))
        }
    }

    @Test func childrenSummingPastInt64AreAFindingAndTheOtherIndicatorsStillAddUp() throws {
        var fixture = try Fixture()
        try fixture.record(.max, "A", "members_new", "2021-H1", line: 2)
        try fixture.record(1, "B", "members_new", "2021-H1", line: 3)
        try fixture.record(3, "A", "members_total", "2021-H1", line: 4)
        try fixture.record(4, "B", "members_total", "2021-H1", line: 5)
        let log = FindingLog()
        let aggregator = Aggregator(
            tree: fixture.tree, catalogue: fixture.catalogue, store: fixture.store, findings: log.emitter)
        let values = aggregator.values(for: try #require(Period("2021-H1")))

        let overflow = log.findings.filter { $0.code == .overflow }
        #expect(overflow.count == 1, "\(log.findings)")
        let finding = try #require(overflow.first)
        #expect(finding.severity == .error)
        #expect(finding.location == nil)
        #expect(finding.unit == "U")
        #expect(finding.indicator == "members_new")
        #expect(finding.period == Period("2021-H1"))
        // Neither U nor F shows a wrapped-around total.
        #expect(try fixture.value(values, "U", "members_new") == (nil, .missing))
        #expect(try fixture.value(values, "F", "members_new") == (nil, .missing))
        #expect(try fixture.value(values, "A", "members_new") == (.max, .reported))
        #expect(try fixture.value(values, "U", "members_total") == (7, .rolledUp))
        #expect(try fixture.value(values, "F", "members_total") == (7, .rolledUp))
    }

    @Test func anOwnFigureOverOverflowingChildrenIsKeptWithAFinding() throws {
        var fixture = try Fixture()
        try fixture.record(5, "U", "members_new", "2021-H1", line: 2)
        try fixture.record(.max, "A", "members_new", "2021-H1", line: 3)
        try fixture.record(.max, "B", "members_new", "2021-H1", line: 4)
        let log = FindingLog()
        let aggregator = Aggregator(
            tree: fixture.tree, catalogue: fixture.catalogue, store: fixture.store, findings: log.emitter)
        let values = aggregator.values(for: try #require(Period("2021-H1")))
        #expect(log.findings.contains { $0.code == .overflow && $0.unit == "U" && $0.location == nil })
        #expect(try fixture.value(values, "U", "members_new") == (5, .reported))
        #expect(try fixture.value(values, "F", "members_new") == (5, .rolledUp))
    }

    @Test func aFlowSummedOverQuartersPastInt64IsAFindingOfTheHalfYear() throws {
        var fixture = try Fixture()
        try fixture.record(.max, "A", "members_new", "2021-Q1", line: 2)
        try fixture.record(1, "A", "members_new", "2021-Q2", line: 3)
        try fixture.record(2, "B", "members_new", "2021-Q1", line: 4)
        try fixture.record(3, "B", "members_new", "2021-Q2", line: 5)
        let log = FindingLog()
        let aggregator = Aggregator(
            tree: fixture.tree, catalogue: fixture.catalogue, store: fixture.store, findings: log.emitter)
        let h1 = try #require(Period("2021-H1"))
        let values = aggregator.values(for: h1)
        let finding = try #require(log.findings.first { $0.code == .overflow })
        #expect(finding.unit == "A")
        #expect(finding.period == h1)
        #expect(finding.location == nil)
        #expect(try fixture.value(values, "A", "members_new") == (nil, .missing))
        #expect(try fixture.value(values, "B", "members_new") == (5, .derived))
        #expect(try fixture.value(values, "U", "members_new") == (5, .rolledUp))
    }
}
