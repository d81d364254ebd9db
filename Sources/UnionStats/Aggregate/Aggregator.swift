/// Aggregate: every unit × indicator value of a span of time, by DESIGN.md's contract — the one
/// implementation of it.
///
/// Own figures (reported, or derived over time from the unit's own reports) win over the children's
/// sum; otherwise children roll up. Ratios and weighted means come from aggregated parts, exactly,
/// rounded once at the end. A year to date is a span like any period. Spans are computed on demand
/// and kept; each finding (an own figure that differs from its children's sum, an overflow) is emitted
/// once, when its span is first computed.
public final class Aggregator {
    /// The union tree.
    public let tree: UnitTree
    /// The indicator catalogue.
    public let catalogue: Catalogue
    /// The reported values.
    public let store: ObservationStore
    /// The shape of every table: units × indicators.
    public let grid: CellGrid
    /// Where the aggregation's findings go.
    let findings: FindingEmitter

    var ownCache: [TimeSpan: OwnFigures] = [:]
    var ownMeanCache: [TimeSpan: [Int: [PreciseMean?]]] = [:]
    private var valueCache: [TimeSpan: PeriodValues] = [:]
    let additive: [Int]
    let weightedMeans: [(position: Int, weight: Int)]
    private let ratios: [(position: Int, numerator: Int, denominator: Int)]

    /// Prepares to aggregate `store` over `tree` with `catalogue`, emitting findings to `findings`.
    public init(tree: UnitTree, catalogue: Catalogue, store: ObservationStore, findings: FindingEmitter) {
        self.tree = tree
        self.catalogue = catalogue
        self.store = store
        self.findings = findings
        grid = CellGrid(unitCount: tree.count, indicatorCount: catalogue.count)
        var additive: [Int] = []
        var weightedMeans: [(Int, Int)] = []
        var ratios: [(Int, Int, Int)] = []
        for (position, indicator) in catalogue.indicators.enumerated() {
            switch indicator.kind {
            case .flow, .stock: additive.append(position)
            case .weightedMean(let weight): weightedMeans.append((position, weight))
            case .ratio(let numerator, let denominator): ratios.append((position, numerator, denominator))
            }
        }
        self.additive = additive
        self.weightedMeans = weightedMeans
        self.ratios = ratios
    }

    /// Aggregates what an input folder holds.
    public convenience init(_ input: InputData, findings: FindingEmitter) {
        self.init(tree: input.tree, catalogue: input.catalogue, store: input.store, findings: findings)
    }

    /// Every unit × indicator value of `period`.
    public func values(for period: Period) -> PeriodValues { values(for: TimeSpan(period)) }

    /// Every unit's year-to-date values through a quarter (Q1, H1, nine months, the year); nil for other periods.
    public func yearToDate(through quarter: Period) -> PeriodValues? {
        TimeSpan.yearToDate(through: quarter).map { values(for: $0) }
    }

    /// Every unit × indicator value of a span.
    public func values(for span: TimeSpan) -> PeriodValues {
        if let cached = valueCache[span] { return cached }
        let own = ownFigures(for: span)
        let ownMeans = ownMeans(for: span)
        var result = PeriodValues(period: span.period, grid: grid)
        var means: [Int: [PreciseMean?]] = [:]
        for (position, _) in weightedMeans { means[position] = Array(repeating: nil, count: tree.count) }
        // Per ratio and unit: whether its numerator and denominator account for the same CĐCS.
        var sameUnits = Array(repeating: Array(repeating: true, count: tree.count), count: ratios.count)
        // Per cell: an own figure that is not the sum of a full set of children's values (it counts CĐCS of its own).
        var ownStandsAlone = Array(repeating: false, count: ratios.isEmpty ? 0 : grid.cellCount)
        for unit in tree.units.indices.reversed() {
            for indicator in additive {
                let standsAlone = aggregateAdditive(unit: unit, indicator: indicator, own: own, span: span, into: &result)
                if !ownStandsAlone.isEmpty { ownStandsAlone[grid.cell(unit: unit, indicator: indicator)] = standsAlone }
            }
            for (position, weight) in weightedMeans {
                aggregateMean(unit: unit, indicator: position, weight: weight, own: ownMeans[position]?[unit], span: span, means: &means, into: &result)
            }
            for (index, (position, numerator, denominator)) in ratios.enumerated() {
                sameUnits[index][unit] = partsCoverSameUnits(
                    unit: unit, numerator, denominator, in: result, standsAlone: ownStandsAlone, children: sameUnits[index])
                guard sameUnits[index][unit] else { continue }
                computeRatio(unit: unit, indicator: position, numerator: numerator, denominator: denominator, into: &result)
            }
        }
        valueCache[span] = result
        return result
    }

    /// Aggregates one flow or stock cell; returns whether the value is an own figure that stands alone:
    /// the unit's consolidated report where its children's values cover every listed CĐCS with another total.
    private func aggregateAdditive(unit: Int, indicator: Int, own: OwnFigures, span: TimeSpan, into result: inout PeriodValues) -> Bool {
        let cell = grid.cell(unit: unit, indicator: indicator)
        var childSum: Int64 = 0
        var childReporting: Int32 = 0
        var anyChild = false
        for child in tree.children[unit] {
            let childCell = grid.cell(unit: child, indicator: indicator)
            guard result.status[childCell] != .missing else { continue }
            anyChild = true
            childReporting += result.reporting[childCell]
            let (sum, overflow) = childSum.addingReportingOverflow(result.values[childCell])
            guard !overflow else {
                overflowFinding(unit: unit, indicator: indicator, span: span, ownFigureUsed: own.status[cell] != .missing)
                anyChild = false
                break
            }
            childSum = sum
        }
        if own.status[cell] != .missing {
            result.values[cell] = own.values[cell]
            result.status[cell] = own.status[cell]
            result.reporting[cell] = Int32(clamping: tree.grassrootsCount[unit])
            // A year to date's own figure differs from its children's exactly where one of its parts does: said there.
            if anyChild, childSum != own.values[cell], span.isPeriod {
                mismatchFinding(unit: unit, indicator: indicator, period: span.period, own: own.values[cell],
                                childSum: childSum, childReporting: Int(childReporting), ownStatus: own.status[cell])
            }
            return anyChild && Int(childReporting) == tree.grassrootsCount[unit] && childSum != own.values[cell]
        } else if anyChild {
            result.values[cell] = childSum
            result.status[cell] = .rolledUp
            result.reporting[cell] = childReporting
        }
        return false
    }

    /// `numerator / denominator × 100` in hundredths, rounded half away from zero; nil when a part is missing or the denominator is 0.
    static func ratioHundredths(_ numerator: Int64?, _ denominator: Int64?) -> Int64? {
        guard let numerator, let denominator, denominator != 0 else { return nil }
        return Fraction(Int128(numerator) * 100, over: Int128(denominator))?.hundredths
    }

    /// Whether two flow/stock values of a unit account for the same grassroots units (DESIGN.md,
    /// "Ratios on matched coverage"): a rolled-up value accounts for the union of its children's, a
    /// missing one for none, an own figure for every CĐCS below the unit. Where the children's values
    /// cover every listed CĐCS and add up to another total, the own figure counts CĐCS of its own (a
    /// consolidated report counting units that units.csv does not list: 2.686 workers beside 262 members
    /// of the 5 listed CĐCS); it stands alone and matches only another own figure that stands alone. `children` holds the answer for the units
    /// already aggregated (the children, in reverse tree order).
    private func partsCoverSameUnits(
        unit: Int, _ numerator: Int, _ denominator: Int, in result: PeriodValues, standsAlone: [Bool], children: [Bool]
    ) -> Bool {
        let a = result.status(unit: unit, indicator: numerator), b = result.status(unit: unit, indicator: denominator)
        let aAlone = standsAlone[grid.cell(unit: unit, indicator: numerator)]
        let bAlone = standsAlone[grid.cell(unit: unit, indicator: denominator)]
        let everyUnit = tree.grassrootsCount[unit]
        func coversEveryListedUnit(_ indicator: Int, _ status: ValueStatus) -> Bool {
            status == .reported || status == .derived || result.reporting(unit: unit, indicator: indicator) == everyUnit
        }
        switch (a, b) {
        case (.missing, .missing): return true
        case (.missing, _), (_, .missing): return false
        case _ where aAlone || bAlone: return aAlone && bAlone
        case (.rolledUp, .rolledUp): return tree.children[unit].allSatisfy { children[$0] }
        default: return coversEveryListedUnit(numerator, a) && coversEveryListedUnit(denominator, b)
        }
    }

    private func computeRatio(unit: Int, indicator: Int, numerator: Int, denominator: Int, into result: inout PeriodValues) {
        guard let hundredths = Self.ratioHundredths(result.value(unit: unit, indicator: numerator), result.value(unit: unit, indicator: denominator))
        else { return }
        let cell = grid.cell(unit: unit, indicator: indicator)
        result.values[cell] = hundredths
        result.status[cell] = .computed
    }

    private func aggregateMean(
        unit: Int, indicator: Int, weight: Int, own: PreciseMean?, span: TimeSpan, means: inout [Int: [PreciseMean?]],
        into result: inout PeriodValues
    ) {
        let cell = grid.cell(unit: unit, indicator: indicator)
        var mean: PreciseMean?
        var status = ValueStatus.missing
        if let own {
            mean = own
            status = span.isPeriod && store.tables[span.period]?.value(at: cell) != nil ? .reported : .derived
        } else if !tree.children[unit].isEmpty {
            var accumulator = PreciseMean.Accumulator()
            for child in tree.children[unit] {
                guard let childMean = means[indicator]?[child], let childWeight = result.value(unit: child, indicator: weight) else { continue }
                accumulator.add(childMean, weight: childWeight)
            }
            if !accumulator.isUsable { overflowFinding(unit: unit, indicator: indicator, span: span) }
            mean = accumulator.mean
            status = .computed
        }
        guard let mean, let hundredths = mean.hundredths else { return }
        means[indicator]?[unit] = mean
        result.values[cell] = hundredths
        result.status[cell] = status
    }
}
