extension Aggregator {
    /// Per upper unit (and the federation), in tree order: the grassroots units expected and those
    /// with any flow or stock figure in `values`, on `tree` (default: the aggregator's; a group's tree
    /// for values projected onto it).
    public func completeness(
        of values: PeriodValues, on tree: UnitTree? = nil
    ) -> [(unit: Int, expected: Int, received: Int)] {
        let tree = tree ?? self.tree
        var received = Array(repeating: 0, count: tree.count)
        for unit in tree.units.indices.reversed() {
            if tree.units[unit].level == .grassroots,
                additive.contains(where: { values.status(unit: unit, indicator: $0) != .missing })
            {
                received[unit] += 1
            }
            if let parent = tree.units[unit].parent { received[parent] += received[unit] }
        }
        return tree.units.indices
            .filter { tree.units[$0].level != .grassroots }
            .map { ($0, values.expected(unit: $0), received[$0]) }
    }
}
