/// The own figures of a unit of the period's tree that add to a unit of the tree aggregated on without
/// standing under it there (docs/design.md, "Traceable contributions"): a unit that merged or was
/// dissolved during the period, one that moved, or the unit's own figures beside its new CĐCS. The
/// `Theo đơn vị` sheet shows each as a row under the unit it adds to, so every SUM adds up what it shows.
public struct Contribution: Sendable {
    /// How the contributor came to add to the unit.
    public enum Fate: Sendable, Equatable {
        /// The unit's own figures (its CĐCS changed, so they are one part of its sum).
        case itself
        /// It merged into `successor` (a code) and ended on `day`.
        case merged(successor: String, day: Day)
        /// It was dissolved on `day`; its flows stay with the upper unit it stood under.
        case dissolved(day: Day)
        /// It stood elsewhere in the period's tree and is here now.
        case moved
    }

    /// The unit of the tree aggregated on it adds to.
    public let unit: Int
    /// Its code and name (its last version's).
    public let code: String, name: String
    /// How it came to add there.
    public let fate: Fate
    /// Per catalogue position: the own figure that adds (flows; stocks unless it ended); nil otherwise.
    public let values: [Int64?]
}

extension Aggregator {
    /// Per unit of the tree, the contributors of `span` whose own figures add to it without standing under it.
    public func contributions(for span: TimeSpan) -> [[Contribution]] {
        let restatement = restatement(for: span)
        let own = ownFigures(for: span)
        var result = Array(repeating: [Contribution](), count: tree.count)
        for unit in tree.units.indices where !restatement.extraContributors[unit].isEmpty {
            for id in restatement.extraContributors[unit] {
                let ended = restatement.endedDuringPeriod.contains(id)
                let values = catalogue.indicators.indices.map { position -> Int64? in
                    let kind = catalogue[position].kind
                    guard kind.isAdditive, Restatement.brings(flow: kind == .flow, ended: ended) else { return nil }
                    return own.value(at: store.grid.cell(unit: id, indicator: position))
                }
                guard values.contains(where: { $0 != nil }) else { continue }
                let version = history?.lastVersion(of: id)
                result[unit].append(
                    Contribution(
                        unit: unit, code: codeOf(id), name: version?.name ?? codeOf(id),
                        fate: fate(of: id, in: unit, ended: ended), values: values))
            }
        }
        return result
    }

    private func fate(of id: Int, in unit: Int, ended: Bool) -> Contribution.Fate {
        if id == tree.ids[unit] { return .itself }
        guard ended, let history, let day = history.lifespan(of: id).last else { return .moved }
        if let successor = history.successor(of: id) { return .merged(successor: history.codes[successor], day: day) }
        return .dissolved(day: day)
    }
}
