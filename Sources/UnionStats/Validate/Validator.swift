/// Validate: plausibility and completeness findings for one period, beyond what ingest finds.
///
/// Contradictions between a unit's own figures, quarters that do not add up to a half-year or
/// year reported directly, outliers against last year, and units with no figures at all.
public struct Validator {
    /// Pairs (smaller, larger): the first can never exceed the second for one unit and period.
    public static let relations: [(smaller: String, larger: String)] = [
        ("members_total", "workers_total"),
        ("members_female", "members_total"),
        ("workers_female", "workers_total"),
        ("covid_supported", "covid_reviewed"),
        ("party_admissions", "members_total"),
        ("underemployed", "workers_total"),
    ]
    /// An outlier is more than this many times last year's figure, or less than its inverse.
    public static let outlierFactor: Int64 = 3
    /// Counts below this (both years) are too small to call outliers.
    public static let outlierFloor: Int64 = 20
    /// Money below this many đồng (both years) is too small to call an outlier.
    public static let moneyOutlierFloor: Int64 = 5_000_000

    let tree: UnitTree
    let catalogue: Catalogue
    let store: ObservationStore
    let aggregator: Aggregator

    /// Prepares to validate what `aggregator` aggregates.
    public init(_ aggregator: Aggregator) {
        tree = aggregator.tree
        catalogue = aggregator.catalogue
        store = aggregator.store
        self.aggregator = aggregator
    }

    /// Emits every plausibility and completeness finding for `period`.
    public func check(_ period: Period, findings: FindingEmitter) {
        for finding in contradictions(in: period) + periodSums(in: period) + outliers(in: period)
            + missingReports(in: period)
        {
            findings.emit(finding)
        }
    }

    /// Own figures of a unit that contradict each other (members above workers, …).
    func contradictions(in period: Period) -> [Finding] {
        let own = aggregator.ownFigures(for: period)
        var findings: [Finding] = []
        for relation in Self.relations {
            guard let small = catalogue.position(of: relation.smaller),
                let large = catalogue.position(of: relation.larger)
            else { continue }
            for unit in 0..<tree.count {
                let smallCell = store.grid.cell(unit: tree.ids[unit], indicator: small)
                let largeCell = store.grid.cell(unit: tree.ids[unit], indicator: large)
                guard own.status[smallCell] != .missing, own.status[largeCell] != .missing,
                    own.values[smallCell] > own.values[largeCell]
                else { continue }
                let location = store.tables[period]?.source(at: smallCell).map(store.location(of:))
                findings.append(
                    Finding(
                        .impossible(
                            unit: tree.units[unit].code, period: period, smaller: catalogue[small].label,
                            smallValue: own.values[smallCell],
                            larger: catalogue[large].label, largeValue: own.values[largeCell]),
                        at: location, unit: tree.units[unit].code, indicator: relation.smaller, period: period))
            }
        }
        return findings
    }

    /// A half-year or year reported directly whose own sub-period reports say otherwise.
    func periodSums(in period: Period) -> [Finding] {
        guard let table = store.tables[period], !period.subPeriods.isEmpty else { return [] }
        guard let fromParts = aggregator.ownFiguresFromSubPeriods(of: period) else { return [] }
        let subPeriods = period.subPeriods
        var findings: [Finding] = []
        for unit in 0..<tree.count {
            for (position, indicator) in catalogue.indicators.enumerated() where indicator.kind.isAdditive {
                let cell = store.grid.cell(unit: tree.ids[unit], indicator: position)
                guard let reported = table.value(at: cell), let expected = fromParts.value(at: cell),
                    expected != reported
                else { continue }
                let rule =
                    indicator.kind == .stock
                    ? "số cuối kỳ \(subPeriods[subPeriods.count - 1])"
                    : "tổng các kỳ \(subPeriods.map(\.description).joined(separator: " + "))"
                findings.append(
                    Finding(
                        .periodSum(
                            unit: tree.units[unit].code, indicator: indicator.label, period: period, reported: reported,
                            rule: rule, expected: expected),
                        at: table.source(at: cell).map(store.location(of:)), unit: tree.units[unit].code,
                        indicator: indicator.code, period: period))
            }
        }
        return findings
    }

    /// Own figures more than 3× (or under a third of) the same period last year, above a small floor.
    func outliers(in period: Period) -> [Finding] {
        guard let lastYear = period.sameLastYear else { return [] }
        let now = aggregator.ownFigures(for: period)
        let before = aggregator.ownFigures(for: lastYear)
        var findings: [Finding] = []
        for unit in 0..<tree.count {
            for (position, indicator) in catalogue.indicators.enumerated() where indicator.kind.isAdditive {
                let cell = store.grid.cell(unit: tree.ids[unit], indicator: position)
                guard now.status[cell] != .missing, before.status[cell] != .missing else { continue }
                let current = now.values[cell]
                let previous = before.values[cell]
                let floor = indicator.measure == "đồng" ? Self.moneyOutlierFloor : Self.outlierFloor
                guard max(current, previous) >= floor else { continue }
                let factor = Int128(Self.outlierFactor)
                let isOutlier =
                    Int128(current) > Int128(previous) * factor || Int128(current) * factor < Int128(previous)
                guard isOutlier else { continue }
                findings.append(
                    Finding(
                        .outlier(
                            unit: tree.units[unit].code, indicator: indicator.label, period: period, current: current,
                            previous: previous),
                        at: store.tables[period]?.source(at: cell).map(store.location(of:)),
                        unit: tree.units[unit].code, indicator: indicator.code, period: period))
            }
        }
        return findings
    }

    /// Grassroots units with no own figure at all, and upper units none of whose CĐCS nor itself has any.
    func missingReports(in period: Period) -> [Finding] {
        let values = aggregator.values(for: period)
        let additive = catalogue.indicators.indices.filter { catalogue[$0].kind.isAdditive }
        var findings: [Finding] = []
        for (unit, info) in tree.units.enumerated() where info.level != .federation {
            let hasFigures = additive.contains { values.status(unit: unit, indicator: $0) != .missing }
            guard !hasFigures else { continue }
            findings.append(
                Finding(
                    .noReport(
                        unit: info.code, name: info.name, isGrassroots: info.level == .grassroots, period: period),
                    unit: info.code, period: period))
        }
        return findings
    }
}
