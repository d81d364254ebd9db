/// What restating one period on another tree leaves out, and how the federation's figures go from
/// its own tree to the restated ones, line by line (the figures part of `Thay đổi tổ chức`).
public struct CarryOver: Sendable {
    /// Why a unit's figures are not in the restated totals.
    public enum Reason: Sendable, Equatable {
        /// A unit of the period's tree with no image on the new tree (dissolved, or ended with no successor there).
        case notCarriedOver
        /// An upper unit's consolidated figure, set aside because the CĐCS below it changed.
        case consolidatedSetAside
        /// A unit that reported the period but is not in the period's tree.
        case notInPeriodTree

    }

    /// One unit whose figures the restated totals leave out.
    public struct Omitted: Sendable {
        /// The unit's code.
        public let code: String
        /// Its name.
        public let name: String
        /// Its level.
        public let level: UnitTree.Level
        /// Why.
        public let reason: Reason
        /// Its own figures of `indicators`, nil where it has none.
        public let values: [Int64?]
    }

    /// What a line of the reconciliation stands for (the sheet words it; docs/design.md, "The tree over time").
    public enum Step: Sendable, Equatable {
        /// The federation's figures on the period's own tree, as published.
        case published(federation: String)
        /// Plus the figures of another federation of the period's tree merged into this one.
        case mergedFederation(name: String, into: String)
        /// Less the figures of `count` CĐCS with no image on the new tree.
        case droppedGrassroots(count: Int)
        /// The rest: consolidated figures replaced by their CĐCS' sum, CĐCS moved in, CĐCS not reporting.
        case otherDifference
        /// The figures restated on the new tree.
        case restated
    }

    /// One line from the published figures to the restated ones.
    public struct Line: Sendable {
        /// What the line stands for.
        public let step: Step
        /// Per indicator of `indicators`, nil where there is nothing.
        public let values: [Int64?]
        /// Whether it is the restated total rather than a step towards it.
        public var isTotal: Bool { step == .restated }
    }

    /// The restated period.
    public let period: Period
    /// The period's own reference date and the day of the tree it is restated on.
    public let periodDay: Day, treeDay: Day
    /// The indicators shown (positions in the catalogue): members, CĐCS, workers where the catalogue has them.
    public let indicators: [Int]
    /// Units whose figures are left out, in the period tree's order (then units outside it).
    public let omitted: [Omitted]
    /// From the published federation figures to the restated ones.
    public let lines: [Line]

    /// The main indicators of the reconciliation: đoàn viên, CĐCS, CNVCLĐ (those the catalogue has).
    static func mainIndicators(_ catalogue: Catalogue) -> [Int] {
        ["members_total", "cdcs_total", "workers_total"].compactMap { catalogue.position(of: $0) }
    }

    /// Works out what restating `period` on `restated`'s tree leaves out; `published` aggregates on the period's own
    /// tree.
    init(period: Period, restated: Aggregator, published: Aggregator, periodDay: Day, treeDay: Day) {
        self.period = period
        self.periodDay = periodDay
        self.treeDay = treeDay
        let catalogue = restated.catalogue
        let indicators = Self.mainIndicators(catalogue)
        self.indicators = indicators
        let restatement = restated.restatement(for: TimeSpan(period))
        let periodTree = restatement.periodTree
        let own = restated.ownFigures(for: period)
        let grid = restated.store.grid
        func ownValues(_ id: Int) -> [Int64?] { indicators.map { own.value(at: grid.cell(unit: id, indicator: $0)) } }
        var omitted: [Omitted] = []
        for (unit, info) in periodTree.units.enumerated() {
            let id = periodTree.ids[unit]
            let values = ownValues(id)
            guard values.contains(where: { $0 != nil }) else { continue }
            if restatement.image[unit] == nil, info.level == .grassroots || restated.tree.index(ofID: id) == nil {
                omitted.append(
                    Omitted(
                        code: info.code, name: info.name, level: info.level,
                        reason: info.level == .grassroots ? .notCarriedOver : .consolidatedSetAside, values: values))
            } else if info.level != .grassroots {
                let now = restated.tree.index(ofID: id)
                if now.map({ !restatement.ownAllowed[$0] }) ?? true {
                    omitted.append(
                        Omitted(
                            code: info.code, name: info.name, level: info.level, reason: .consolidatedSetAside,
                            values: values))
                }
            }
        }
        if let history = restated.history {
            for id in 0..<grid.unitCount where periodTree.index(ofID: id) == nil {
                let values = ownValues(id)
                guard values.contains(where: { $0 != nil }),
                    let version = history.version(of: id, on: nil) ?? history.lastVersion(of: id)
                else { continue }
                omitted.append(
                    Omitted(
                        code: version.code, name: version.name, level: version.level, reason: .notInPeriodTree,
                        values: values))
            }
        }
        self.omitted = omitted
        lines = Self.reconcile(
            period, restated: restated, published: published, restatement: restatement, omitted: omitted,
            indicators: indicators)
    }

    private static func reconcile(
        _ period: Period, restated: Aggregator, published: Aggregator, restatement: Restatement, omitted: [Omitted],
        indicators: [Int]
    ) -> [Line] {
        guard let root = restated.tree.roots.first else { return [] }
        let periodTree = restatement.periodTree
        let before = published.values(for: period)
        let after = restated.values(for: period)
        var lines: [Line] = []
        var running: [Int64?] = indicators.map { _ in nil }
        func add(_ values: [Int64?]) {
            running = zip(running, values).map { total, value in
                guard let value else { return total }
                return Self.sum([total ?? 0, value])
            }
        }
        // The federations of the period's tree whose figures flow into this tree's federation, each as published.
        for federation in periodTree.roots where restatement.image[federation] == root {
            let values = indicators.map { before.value(unit: federation, indicator: $0) }
            let info = periodTree.units[federation]
            let step: Step =
                info.code == restated.tree.units[root].code
                ? .published(federation: info.name)
                : .mergedFederation(name: info.name, into: restated.tree.units[root].code)
            lines.append(Line(step: step, values: values))
            add(values)
        }
        let dropped = omitted.filter { $0.reason == .notCarriedOver }
        if !dropped.isEmpty {
            let less: [Int64?] = indicators.indices.map { index in
                Self.sum(dropped.compactMap { $0.values[index] }).map { -$0 }
            }
            lines.append(Line(step: .droppedGrassroots(count: dropped.count), values: less))
            add(less)
        }
        let restatedValues = indicators.map { after.value(unit: root, indicator: $0) }
        let rest: [Int64?] = zip(restatedValues, running).map { restated, running in
            guard let restated else { return running.map { -$0 } }
            let (difference, overflow) = restated.subtractingReportingOverflow(running ?? 0)
            return difference == 0 || overflow ? nil : difference
        }
        if rest.contains(where: { $0 != nil }) {
            lines.append(Line(step: .otherDifference, values: rest))
        }
        lines.append(Line(step: .restated, values: restatedValues))
        return lines
    }

    /// The exact sum of `values`; nil when there are none, or when it would overflow (an empty cell, never a wrapped
    /// one).
    static func sum(_ values: [Int64]) -> Int64? {
        guard !values.isEmpty else { return nil }
        var total: Int64 = 0
        for value in values {
            let (next, overflow) = total.addingReportingOverflow(value)
            guard !overflow else { return nil }
            total = next
        }
        return total
    }
}
