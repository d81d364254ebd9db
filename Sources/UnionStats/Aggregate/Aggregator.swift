/// Aggregate: every unit × indicator value of a period, by DESIGN.md's contract.
///
/// Own figures (reported, or derived over time from the unit's own reports) win over the
/// children's sum; otherwise children roll up. Ratios and weighted means come from aggregated
/// parts, exactly, rounded once at the end. Periods are computed on demand and kept.
public final class Aggregator {
    /// The union tree.
    public let tree: UnitTree
    /// The indicator catalogue.
    public let catalogue: Catalogue
    /// The reported values.
    public let store: ObservationStore
    /// Problems found while aggregating (own figures that differ from the children's sum, overflow).
    public private(set) var findings: [Finding] = []

    /// Own figures per period, computed once.
    var ownCache: [Period: OwnFigures] = [:]
    /// Own weighted means per period (by indicator position), computed once.
    var ownMeanCache: [Period: [Int: [PreciseMean?]]] = [:]
    private var valueCache: [Period: PeriodValues] = [:]
    /// Every unit's weighted means per period (by indicator position), kept exact for later combinations.
    private var meanCache: [Period: [Int: [PreciseMean?]]] = [:]
    private let additive: [Int]
    private let weightedMeans: [(position: Int, weight: Int)]
    private let ratios: [(position: Int, numerator: Int, denominator: Int)]

    /// Own figures of flow and stock indicators for one period.
    struct OwnFigures {
        var values: [Int64]
        /// `.missing`, `.reported` or `.derived`.
        var status: [ValueStatus]
    }

    /// Prepares to aggregate `store` over `tree` with `catalogue`.
    public init(tree: UnitTree, catalogue: Catalogue, store: ObservationStore) {
        self.tree = tree
        self.catalogue = catalogue
        self.store = store
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

    /// Every unit's weighted means of `period` before rounding, by indicator position.
    public func means(for period: Period) -> [Int: [PreciseMean?]] {
        _ = values(for: period)
        return meanCache[period] ?? [:]
    }

    /// Convenience: aggregates what an input folder holds.
    public convenience init(_ input: InputData) {
        self.init(tree: input.tree, catalogue: input.catalogue, store: input.store)
    }

    /// Every unit × indicator value of `period`.
    public func values(for period: Period) -> PeriodValues {
        if let cached = valueCache[period] { return cached }
        let own = ownFigures(for: period)
        let ownMeans = ownMeans(for: period)
        var result = PeriodValues(period: period, unitCount: tree.count, indicatorCount: catalogue.count)
        var means: [Int: [PreciseMean?]] = [:]
        for (position, _) in weightedMeans { means[position] = Array(repeating: nil, count: tree.count) }
        for unit in tree.units.indices.reversed() {
            for indicator in additive { aggregateAdditive(unit: unit, indicator: indicator, own: own, into: &result) }
            for (position, weight) in weightedMeans {
                aggregateMean(unit: unit, indicator: position, weight: weight, own: ownMeans[position]?[unit], means: &means, into: &result)
            }
            for (position, numerator, denominator) in ratios {
                computeRatio(unit: unit, indicator: position, numerator: numerator, denominator: denominator, into: &result)
            }
        }
        valueCache[period] = result
        meanCache[period] = means
        return result
    }

    private func aggregateAdditive(unit: Int, indicator: Int, own: OwnFigures, into result: inout PeriodValues) {
        let cell = unit * catalogue.count + indicator
        var childSum: Int64 = 0
        var childReporting: Int32 = 0
        var anyChild = false
        for child in tree.children[unit] {
            let childCell = child * catalogue.count + indicator
            guard result.status[childCell] != .missing else { continue }
            anyChild = true
            childReporting += result.reporting[childCell]
            let (sum, overflow) = childSum.addingReportingOverflow(result.values[childCell])
            guard !overflow else {
                overflowFinding(unit: unit, indicator: indicator, period: result.period, ownFigureUsed: own.status[cell] != .missing)
                anyChild = false
                break
            }
            childSum = sum
        }
        if own.status[cell] != .missing {
            result.values[cell] = own.values[cell]
            result.status[cell] = own.status[cell]
            result.reporting[cell] = Int32(clamping: tree.grassrootsCount[unit])
            if anyChild, childSum != own.values[cell] {
                mismatchFinding(unit: unit, indicator: indicator, period: result.period, own: own.values[cell],
                                childSum: childSum, childReporting: Int(childReporting), ownStatus: own.status[cell])
            }
        } else if anyChild {
            result.values[cell] = childSum
            result.status[cell] = .rolledUp
            result.reporting[cell] = childReporting
        }
    }

    /// `numerator / denominator × 100` in hundredths, rounded half away from zero; nil when a part is missing or the denominator is 0.
    static func ratioHundredths(_ numerator: Int64?, _ denominator: Int64?) -> Int64? {
        guard let numerator, let denominator, denominator != 0 else { return nil }
        return Fraction(Int128(numerator) * 100, over: Int128(denominator))?.hundredths
    }

    /// Adds a finding of the aggregation stage.
    func record(_ finding: Finding) { findings.append(finding) }

    private func computeRatio(unit: Int, indicator: Int, numerator: Int, denominator: Int, into result: inout PeriodValues) {
        guard let hundredths = Self.ratioHundredths(result.value(unit: unit, indicator: numerator), result.value(unit: unit, indicator: denominator))
        else { return }
        let cell = unit * catalogue.count + indicator
        result.values[cell] = hundredths
        result.status[cell] = .computed
    }

    private func aggregateMean(
        unit: Int, indicator: Int, weight: Int, own: PreciseMean?, means: inout [Int: [PreciseMean?]], into result: inout PeriodValues
    ) {
        let cell = unit * catalogue.count + indicator
        var mean: PreciseMean?
        var status = ValueStatus.missing
        if let own {
            mean = own
            status = store.tables[result.period]?.value(at: cell) != nil ? .reported : .derived
        } else if !tree.children[unit].isEmpty {
            var accumulator = PreciseMean.Accumulator()
            for child in tree.children[unit] {
                guard let childMean = means[indicator]?[child], let childWeight = result.value(unit: child, indicator: weight) else { continue }
                accumulator.add(childMean, weight: childWeight)
            }
            if !accumulator.isUsable { overflowFinding(unit: unit, indicator: indicator, period: result.period) }
            mean = accumulator.mean
            status = .computed
        }
        guard let mean, let hundredths = mean.hundredths else { return }
        means[indicator]?[unit] = mean
        result.values[cell] = hundredths
        result.status[cell] = status
    }
}
