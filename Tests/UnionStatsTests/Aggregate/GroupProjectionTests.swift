import Testing

@testable import UnionStats

/// An emulation group's line is an ordinary node of the aggregation (`Aggregator.project`): a group
/// whose members are exactly an upper unit's CĐCS has that unit's figures, ratios and means included.
@Suite struct GroupProjectionTests {
    private static let group = EmulationGroup(code: "G", name: "Cụm thi đua thử", kind: .cluster)

    /// Reports of U1-A and U1-B: every kind of indicator, parts matched or not, zero denominators.
    private static let reportSets: [[Obs]] = [
        [
            obs("U1-A", "members_new", "2021-Q2", 7), obs("U1-B", "members_new", "2021-Q2", 5),
            obs("U1-A", "members_total", "2021-Q2", 50), obs("U1-A", "workers_total", "2021-Q2", 80),
            obs("U1-B", "members_total", "2021-Q2", 1), obs("U1-B", "workers_total", "2021-Q2", 3),
            obs("U1-A", "wage_counted", "2021-Q2", 3), obs("U1-A", "avg_wage_vnd", "2021-Q2", 7_000_001),
            obs("U1-B", "wage_counted", "2021-Q2", 7), obs("U1-B", "avg_wage_vnd", "2021-Q2", 6_500_000),
        ],
        // U1-B has members but no workers: the ratio's parts cover different CĐCS, so no ratio anywhere above.
        [
            obs("U1-A", "members_total", "2021-Q2", 50), obs("U1-A", "workers_total", "2021-Q2", 80),
            obs("U1-B", "members_total", "2021-Q2", 9),
        ],
        // U1-B's ratio has a denominator of 0: its parts still cover the same CĐCS.
        [
            obs("U1-A", "members_total", "2021-Q2", 2), obs("U1-A", "workers_total", "2021-Q2", 3),
            obs("U1-B", "members_total", "2021-Q2", 0), obs("U1-B", "workers_total", "2021-Q2", 0),
        ],
        // Only one member reports.
        [
            obs("U1-B", "members_new", "2021-Q2", 4), obs("U1-B", "wage_counted", "2021-Q2", 2),
            obs("U1-B", "avg_wage_vnd", "2021-Q2", 5_000_000),
        ],
    ]

    @Test(arguments: reportSets.indices)
    func groupOfAnUpperUnitsCDCSHasThatUnitsFigures(set: Int) throws {
        try expectGroup(of: ["U1-A", "U1-B"], equals: "U1", reports: Self.reportSets[set])
    }

    @Test(arguments: reportSets.indices)
    func groupOfEveryUpperUnitHasTheFederationsFigures(set: Int) throws {
        try expectGroup(of: ["U1", "U2", "U3"], equals: "FED", reports: Self.reportSets[set])
    }

    @Test func anOverflowingGroupTotalIsReportedNotDropped() throws {
        let log = FindingLog()
        let reports = [obs("U1", "members_new", "2021-Q2", Int64.max), obs("U2", "members_new", "2021-Q2", 1)]
        let aggregator = makeAggregator(reports, log: log)
        let period = try #require(Period("2021-Q2"))
        let members = ["U1", "U2"].compactMap { aggregationTree.index(of: $0) }
        let projection = try #require(GroupProjection(group: Self.group, members: members, of: aggregationTree))
        let values = aggregator.project(aggregator.values(for: period), of: TimeSpan(period), onto: projection)
        let newMembers = try #require(aggregationCatalogue.position(of: "members_new"))
        #expect(values.value(unit: projection.tree.root, indicator: newMembers) == nil)
        #expect(log.findings.contains { $0.code == .overflow && $0.unit == "G" && $0.indicator == "members_new" })
    }

    private func expectGroup(of memberCodes: [String], equals unitCode: String, reports: [Obs]) throws {
        let aggregator = makeAggregator(reports)
        let period = try #require(Period("2021-Q2"))
        let whole = aggregator.values(for: period)
        let members = try memberCodes.map { try #require(aggregationTree.index(of: $0)) }
        let projection = try #require(GroupProjection(group: Self.group, members: members, of: aggregationTree))
        let projected = aggregator.project(whole, of: TimeSpan(period), onto: projection)
        let unit = try #require(aggregationTree.index(of: unitCode))
        let completeness = aggregator.completeness(of: whole).first { $0.unit == unit }
        let groupCompleteness = aggregator.completeness(of: projected, on: projection.tree).first {
            $0.unit == projection.tree.root
        }
        #expect(groupCompleteness?.expected == completeness?.expected)
        #expect(groupCompleteness?.received == completeness?.received)
        for indicator in aggregationCatalogue.indicators.indices {
            let code = aggregationCatalogue[indicator].code
            #expect(
                projected.value(unit: projection.tree.root, indicator: indicator)
                    == whole.value(unit: unit, indicator: indicator), "\(code)")
            #expect(
                projected.status(unit: projection.tree.root, indicator: indicator)
                    == whole.status(unit: unit, indicator: indicator), "\(code)")
            #expect(
                projected.reporting(unit: projection.tree.root, indicator: indicator)
                    == whole.reporting(unit: unit, indicator: indicator), "\(code)")
        }
        // The members keep the values they have in the whole tree.
        for (groupUnit, origin) in projection.source.enumerated() {
            guard let origin else { continue }
            for indicator in aggregationCatalogue.indicators.indices {
                #expect(
                    projected.value(unit: groupUnit, indicator: indicator)
                        == whole.value(unit: origin, indicator: indicator))
            }
        }
    }
}
