/// A report, or a comparison, narrowed to one emulation group (`--group CODE`).
extension Report {
    /// The same report for `group`: its members as the top level under the group, their figures as in
    /// the federation's report; throws when the group has no member in the report's tree.
    func limited(to group: EmulationGroup) throws(UnionStatsError) -> Report {
        let (projection, members) = try GroupProjection.of(group, in: input, treeDay: treeDay)
        let catalogue = input.catalogue
        let groupInput = input.on(projection.tree)
        let current = projection.project(self.current, catalogue: catalogue)
        let previous = self.previous.map { projection.project($0, catalogue: catalogue) }
        let plan = self.plan.limited(to: projection.tree)
        let groupMembers = members.compactMap { projection.tree.index(of: input.tree.units[$0].code) }
        let ranking = GroupRanking(group: group, members: groupMembers, criteria: input.scoring, tree: projection.tree, catalogue: catalogue,
                                   current: current, previous: previous, plan: plan)
        return Report(
            input: groupInput, period: period, current: current, previous: previous,
            yearToDate: yearToDate.map { projection.project($0, catalogue: catalogue) },
            completeness: projection.completeness(of: current, catalogue: catalogue), findings: findings,
            findingsOfOtherPeriods: findingsOfOtherPeriods, generated: generated, treeDay: treeDay, restatements: restatements,
            plan: plan, rankings: [ranking], group: group)
    }
}

extension CompareDocument {
    /// The same comparison for `group`: its members as the top level under the group; throws when the
    /// group has no member in the tree.
    func limited(to group: EmulationGroup) throws(UnionStatsError) -> CompareDocument {
        let (projection, _) = try GroupProjection.of(group, in: input, treeDay: treeDay)
        let catalogue = input.catalogue
        let projected = PeriodComparison(
            comparison.periodA, comparison.periodB,
            valuesA: projection.project(comparison.valuesA, catalogue: catalogue), valuesB: projection.project(comparison.valuesB, catalogue: catalogue))
        return CompareDocument(
            input: input.on(projection.tree), comparison: projected, rankBy: rankBy, findings: findings,
            findingsOfOtherPeriods: findingsOfOtherPeriods, generated: generated, treeDay: treeDay, restatements: restatements, group: group)
    }
}

extension GroupProjection {
    /// The projection of `group` over the input's tree, with the group's members (their indices in
    /// that tree); throws when the group has no member in the tree of `treeDay`.
    static func of(_ group: EmulationGroup, in input: InputData, treeDay: Day) throws(UnionStatsError) -> (GroupProjection, members: [Int]) {
        let members = input.groups.members(of: group, in: input.tree, history: input.history)
        guard let projection = GroupProjection(group: group, members: members, of: input.tree) else {
            throw .emptyGroup(group.code, day: treeDay)
        }
        return (projection, members)
    }
}
