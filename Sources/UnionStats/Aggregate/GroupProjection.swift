/// One emulation group's members as the top level of a tree of their own, under the group itself
/// (`report --group`, `compare --group`).
///
/// The figures are aggregated on the whole federation first, exactly as for the federation's report;
/// the group's tree then takes each member's subtree with those values unchanged. Its root stands in
/// the federation's place with the group's code and name, an ordinary node of the aggregation whose
/// children are the members (`Aggregator.project`): the same rules as every upper unit give its sums,
/// weighted means and ratios. A member inside another member's subtree is already counted in it and
/// is not put at the top level a second time.
struct GroupProjection {
    /// The group.
    let group: EmulationGroup
    /// The group's tree: the group, then each top member with its subtree.
    let tree: UnitTree
    /// The index in the whole tree of each unit of the group's tree (nil for the group itself).
    let source: [Int?]

    /// The group's tree built from `members` (indices of `full`, in tree order); nil when it has none.
    init?(group: EmulationGroup, members: [Int], of full: UnitTree) {
        var top: [Int] = []
        for member in members where member != full.root && !top.contains(where: { full.isInSubtree(member, of: $0) }) {
            top.append(member)
        }
        guard !top.isEmpty else { return nil }
        var units = [UnitTree.Unit(code: group.code, name: group.name, parent: nil, level: .federation, depth: 0)]
        var source: [Int?] = [nil]
        var ids = [full.ids[full.root]]
        var versions = [full.versions[full.root]]
        for member in top {
            var placed: [Int: Int] = [:]
            for unit in member..<full.subtreeEnd[member] {
                let info = full.units[unit]
                let parent = unit == member ? 0 : info.parent.flatMap { placed[$0] }
                placed[unit] = units.count
                units.append(
                    UnitTree.Unit(
                        code: info.code, name: info.name, parent: parent, level: info.level,
                        depth: info.depth - full.units[member].depth + 1))
                source.append(unit)
                ids.append(full.ids[unit])
                versions.append(full.versions[unit])
            }
        }
        self.group = group
        self.source = source
        tree = UnitTree(treeOrdered: units, ids: ids, versions: versions)
    }
}

extension Aggregator {
    /// `values` of `span` (aggregated on this aggregator's tree) carried to a group's tree: each member's
    /// subtree keeps its values, and the group's own line is aggregated from its members by the rules of
    /// every node (`aggregateNode`), findings included.
    func project(_ values: PeriodValues, of span: TimeSpan, onto projection: GroupProjection) -> PeriodValues {
        let groupTree = projection.tree
        var result = PeriodValues(
            period: values.period, grid: CellGrid(unitCount: groupTree.count, indicatorCount: catalogue.count))
        result.prepareRollUp(weightedMeans: weightedMeans.map(\.position), ratios: ratios.map(\.position))
        for (unit, origin) in projection.source.enumerated() {
            guard let origin else { continue }
            for indicator in catalogue.indicators.indices {
                let from = values.grid.cell(unit: origin, indicator: indicator)
                let to = result.grid.cell(unit: unit, indicator: indicator)
                result.values[to] = values.values[from]
                result.status[to] = values.status[from]
                result.reporting[to] = values.reporting[from]
            }
            for (position, _) in weightedMeans {
                result.means[position]?[unit] = values.means[position]?[origin] ?? nil
            }
            for (position, _, _) in ratios {
                result.partsMatch[position]?[unit] = values.partsMatch[position]?[origin] ?? true
            }
            result.expected[unit] = values.expected[origin]
        }
        let inputs = SpanInputs(
            span: span, own: ownFigures(for: span), ownMeans: [:], stable: nil, ended: [], isOwnTree: true)
        // The group expects the CĐCS its members expect.
        result.expected[groupTree.root] = groupTree.children[groupTree.root].reduce(0) { $0 + result.expected[$1] }
        var standsAlone = OwnStandsAlone(cells: ratios.isEmpty ? 0 : result.grid.cellCount)
        aggregateNode(
            groupTree.root, of: groupTree, sources: .childrenOnly, inputs: inputs, standsAlone: &standsAlone,
            into: &result)
        return result
    }
}
