/// A report, or a comparison, narrowed to one emulation group (`--group CODE`).
extension Report {
    /// The same report for `group`: its members as the top level under the group, their figures as in
    /// the federation's report, the group's line aggregated by `aggregator` (the one that made this
    /// report's figures); throws when the group has no member in the report's tree.
    func limited(to group: EmulationGroup, by aggregator: Aggregator) throws(UnionStatsError) -> Report {
        let (projection, members) = try GroupProjection.of(group, in: input, treeDay: treeDay)
        let catalogue = input.catalogue
        let groupInput = input.on(projection.tree)
        let current = aggregator.project(self.current, of: TimeSpan(period), onto: projection)
        let previous = self.previous.flatMap { values in
            period.sameLastYear.map { aggregator.project(values, of: TimeSpan($0), onto: projection) }
        }
        let plan = self.plan.limited(to: projection.tree)
        let groupMembers = members.compactMap { projection.tree.index(of: input.tree.units[$0].code) }
        let ranking = GroupRanking(
            group: group, members: groupMembers, criteria: input.scoring, tree: projection.tree, catalogue: catalogue,
            current: current, previous: previous, plan: plan)
        return Report(
            input: groupInput, period: period, current: current, previous: previous,
            yearToDate: yearToDate.flatMap { values in
                TimeSpan.yearToDate(through: period).map { aggregator.project(values, of: $0, onto: projection) }
            },
            completeness: aggregator.completeness(of: current, on: projection.tree), findings: findings,
            findingsOfOtherPeriods: findingsOfOtherPeriods, generated: generated, treeDay: treeDay,
            restatements: restatements,
            plan: plan, rankings: [ranking], lives: lives,
            contributions: projection.source.enumerated().map { unit, origin in
                origin.map { origin in
                    contributions[origin].map {
                        Contribution(unit: unit, code: $0.code, name: $0.name, fate: $0.fate, values: $0.values)
                    }
                } ?? []
            }, group: group)
    }
}

extension CompareDocument {
    /// The same comparison for `group`: its members as the top level under the group, the group's line
    /// aggregated by `aggregator` (the one that made the comparison); throws when the group has no
    /// member in the tree.
    func limited(to group: EmulationGroup, by aggregator: Aggregator) throws(UnionStatsError) -> CompareDocument {
        let (projection, _) = try GroupProjection.of(group, in: input, treeDay: treeDay)
        let projected = PeriodComparison(
            comparison.periodA, comparison.periodB,
            valuesA: aggregator.project(comparison.valuesA, of: TimeSpan(comparison.periodA), onto: projection),
            valuesB: aggregator.project(comparison.valuesB, of: TimeSpan(comparison.periodB), onto: projection))
        return CompareDocument(
            input: input.on(projection.tree), comparison: projected, rankBy: rankBy, findings: findings,
            findingsOfOtherPeriods: findingsOfOtherPeriods, generated: generated, treeDay: treeDay,
            restatements: restatements, group: group)
    }
}

extension GroupProjection {
    /// The projection of `group` over the input's tree, with the group's members (their indices in
    /// that tree); throws when the group has no member in the tree of `treeDay`.
    static func of(
        _ group: EmulationGroup, in input: InputData, treeDay: Day
    ) throws(UnionStatsError) -> (GroupProjection, members: [Int]) {
        let members = input.groups.members(of: group, in: input.tree, history: input.history)
        guard let projection = GroupProjection(group: group, members: members, of: input.tree) else {
            throw .emptyGroup(group.code, day: treeDay)
        }
        return (projection, members)
    }
}
