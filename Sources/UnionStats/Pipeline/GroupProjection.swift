/// One emulation group's members as the top level of a tree of their own, under the group itself
/// (`report --group`, `compare --group`).
///
/// The figures are aggregated on the whole federation first, exactly as for the federation's report;
/// the group's tree then takes each member's subtree with those values unchanged. Its root stands in
/// the federation's place with the group's code and name: the sum of the members' values (rolled up),
/// their ratios from those sums when every member's parts cover the same CĐCS, their weighted means
/// from the members' exact means. A member inside another member's subtree is already counted in it
/// and is not put at the top level a second time.
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
        var ids = [full.ids[full.root]], versions = [full.versions[full.root]]
        for member in top {
            var placed: [Int: Int] = [:]
            for unit in member..<full.subtreeEnd[member] {
                let info = full.units[unit]
                let parent = unit == member ? 0 : info.parent.flatMap { placed[$0] }
                placed[unit] = units.count
                units.append(UnitTree.Unit(code: info.code, name: info.name, parent: parent, level: info.level,
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

    /// The values of the whole tree, carried to the group's tree, the group's own line worked out from its members.
    func project(_ values: PeriodValues, catalogue: Catalogue) -> PeriodValues {
        var result = PeriodValues(period: values.period, grid: CellGrid(unitCount: tree.count, indicatorCount: catalogue.count))
        for (unit, origin) in source.enumerated() {
            guard let origin else { continue }
            for indicator in catalogue.indicators.indices {
                let from = values.grid.cell(unit: origin, indicator: indicator), to = result.grid.cell(unit: unit, indicator: indicator)
                result.values[to] = values.values[from]
                result.status[to] = values.status[from]
                result.reporting[to] = values.reporting[from]
            }
        }
        let members = tree.children[tree.root]
        for (position, indicator) in catalogue.indicators.enumerated() where indicator.kind.isAdditive {
            sumMembers(members, indicator: position, into: &result)
        }
        for (position, indicator) in catalogue.indicators.enumerated() {
            switch indicator.kind {
            case .weightedMean(let weight):
                weighMembers(members, indicator: position, weight: weight, means: values.means[position] ?? [], into: &result)
            case .ratio(let numerator, let denominator):
                let matched = members.allSatisfy { Self.partsMatch(result, unit: $0, position, numerator, denominator) }
                let cell = result.grid.cell(unit: tree.root, indicator: position)
                if matched, let hundredths = Aggregator.ratioHundredths(
                    result.value(unit: tree.root, indicator: numerator), result.value(unit: tree.root, indicator: denominator)) {
                    result.values[cell] = hundredths
                    result.status[cell] = .computed
                }
            case .flow, .stock:
                break
            }
        }
        return result
    }

    /// The expected and received CĐCS of the group and of every upper unit under it.
    func completeness(of values: PeriodValues, catalogue: Catalogue) -> [(unit: Int, expected: Int, received: Int)] {
        let additive = catalogue.indicators.indices.filter { catalogue[$0].kind.isAdditive }
        var received = Array(repeating: 0, count: tree.count)
        for unit in tree.units.indices.reversed() {
            if tree.units[unit].level == .grassroots, additive.contains(where: { values.status(unit: unit, indicator: $0) != .missing }) {
                received[unit] += 1
            }
            if let parent = tree.units[unit].parent { received[parent] += received[unit] }
        }
        return tree.units.indices.filter { tree.units[$0].level != .grassroots }.map { ($0, tree.grassrootsCount[$0], received[$0]) }
    }

    private func sumMembers(_ members: [Int], indicator: Int, into result: inout PeriodValues) {
        var sum: Int64 = 0, reporting: Int32 = 0, any = false
        for member in members {
            let cell = result.grid.cell(unit: member, indicator: indicator)
            guard result.status[cell] != .missing else { continue }
            let (total, overflow) = sum.addingReportingOverflow(result.values[cell])
            guard !overflow else { return }
            sum = total
            reporting += result.reporting[cell]
            any = true
        }
        guard any else { return }
        let cell = result.grid.cell(unit: tree.root, indicator: indicator)
        result.values[cell] = sum
        result.status[cell] = .rolledUp
        result.reporting[cell] = reporting
    }

    private func weighMembers(_ members: [Int], indicator: Int, weight: Int, means: [PreciseMean?], into result: inout PeriodValues) {
        var accumulator = PreciseMean.Accumulator()
        for member in members {
            guard let origin = source[member], means.indices.contains(origin), let mean = means[origin],
                  let memberWeight = result.value(unit: member, indicator: weight) else { continue }
            accumulator.add(mean, weight: memberWeight)
        }
        guard let mean = accumulator.mean, let hundredths = mean.hundredths else { return }
        let cell = result.grid.cell(unit: tree.root, indicator: indicator)
        result.values[cell] = hundredths
        result.status[cell] = .computed
    }

    /// Whether a member's ratio parts cover the same CĐCS, as the aggregation decided: it has the ratio,
    /// or neither part, or both with a denominator of 0.
    private static func partsMatch(_ values: PeriodValues, unit: Int, _ ratio: Int, _ numerator: Int, _ denominator: Int) -> Bool {
        if values.status(unit: unit, indicator: ratio) != .missing { return true }
        switch (values.value(unit: unit, indicator: numerator), values.value(unit: unit, indicator: denominator)) {
        case (nil, nil): return true
        case (_?, let bottom?): return bottom == 0
        default: return false
        }
    }
}
