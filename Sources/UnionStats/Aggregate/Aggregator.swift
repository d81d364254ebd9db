/// Aggregate: every unit × indicator value of a span of time, by DESIGN.md's contract — the one
/// implementation of it.
///
/// Own figures (reported, or derived over time from the unit's own reports) win over the children's
/// sum; otherwise children roll up. Ratios and weighted means come from aggregated parts, exactly,
/// rounded once at the end. A year to date is a span like any period. Every span is aggregated on
/// the aggregator's tree: when the span's own tree (on its reference date) differs, its figures are
/// restated through a `Restatement` — the same loop, with the own figures of units whose CĐCS changed
/// set aside and the figures of units that moved or merged flowing to their images. Spans are
/// computed on demand and kept; each finding (an own figure that differs from its children's sum, an
/// overflow) is emitted once, when its span is first computed.
public final class Aggregator {
    /// The union tree every span is aggregated on (T_D).
    public let tree: UnitTree
    /// Every version of units.csv, for the trees of other days; nil when the tree never changes.
    public let history: UnitHistory?
    /// The federation's settings (reference dates).
    public let settings: Settings
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
    private var restatementCache: [TimeSpan: Restatement] = [:]
    let additive: [Int]
    let weightedMeans: [(position: Int, weight: Int)]
    private let ratios: [(position: Int, numerator: Int, denominator: Int)]

    /// Prepares to aggregate `store` over `tree` with `catalogue`, emitting findings to `findings`.
    ///
    /// With a `history`, each span is aggregated on `tree` from its own tree (restated where they
    /// differ); without, `tree` is every span's own tree.
    public init(
        tree: UnitTree, catalogue: Catalogue, store: ObservationStore, findings: FindingEmitter,
        history: UnitHistory? = nil, settings: Settings = Settings()
    ) {
        self.tree = tree
        self.history = history
        self.settings = settings
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

    /// Aggregates what an input folder holds, on the input's tree.
    public convenience init(_ input: InputData, findings: FindingEmitter) {
        self.init(
            tree: input.tree, catalogue: input.catalogue, store: input.store, findings: findings,
            history: input.history.isDated ? input.history : nil, settings: input.settings)
    }

    /// How a span's own tree carries over to the aggregator's tree.
    public func restatement(for span: TimeSpan) -> Restatement {
        if let cached = restatementCache[span] { return cached }
        let restatement = if let history {
            Restatement(from: history.tree(at: settings.referenceDate(of: span.period), findings: findings), to: tree, history: history)
        } else {
            Restatement(identity: tree)
        }
        restatementCache[span] = restatement
        return restatement
    }

    /// The cell of a tree unit's own figures and reports (the store's row of its registry id).
    @inline(__always)
    func ownCell(unit: Int, indicator: Int) -> Int { store.grid.cell(unit: tree.ids[unit], indicator: indicator) }

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
        let restatement = restatement(for: span)
        let partsShareTree = partsStandOnTree(span)
        var result = PeriodValues(period: span.period, grid: grid)
        var means: [Int: [PreciseMean?]] = [:]
        for (position, _) in weightedMeans { means[position] = Array(repeating: nil, count: tree.count) }
        // Per ratio and unit: whether its numerator and denominator account for the same CĐCS.
        var sameUnits = Array(repeating: Array(repeating: true, count: tree.count), count: ratios.count)
        // Per cell: an own figure that is not the sum of a full set of children's values (it counts CĐCS of its own).
        var ownStandsAlone = Array(repeating: false, count: ratios.isEmpty ? 0 : grid.cellCount)
        for unit in tree.units.indices.reversed() {
            for indicator in additive {
                let standsAlone = aggregateAdditive(
                    unit: unit, indicator: indicator, own: own, span: span, restatement: restatement, partsShareTree: partsShareTree, into: &result)
                if !ownStandsAlone.isEmpty { ownStandsAlone[grid.cell(unit: unit, indicator: indicator)] = standsAlone }
            }
            for (position, weight) in weightedMeans {
                aggregateMean(unit: unit, indicator: position, weight: weight, own: own, ownMeans: ownMeans[position] ?? [], span: span,
                              restatement: restatement, partsShareTree: partsShareTree, means: &means, into: &result)
            }
            for (index, (position, numerator, denominator)) in ratios.enumerated() {
                sameUnits[index][unit] = partsCoverSameUnits(
                    unit: unit, numerator, denominator, in: result, own: own, restatement: restatement, standsAlone: ownStandsAlone,
                    children: sameUnits[index])
                guard sameUnits[index][unit] else { continue }
                computeRatio(unit: unit, indicator: position, numerator: numerator, denominator: denominator, into: &result)
            }
        }
        result.means = means
        valueCache[span] = result
        return result
    }

    /// Aggregates one flow or stock cell; returns whether the value is an own figure that stands alone:
    /// the unit's consolidated report where its children's values cover every listed CĐCS with another total.
    ///
    /// From below, a value is the sum of the children's values and of the own figures of the unit's
    /// extra contributors (units of the period's own tree that moved or merged into it).
    private func aggregateAdditive(
        unit: Int, indicator: Int, own: OwnFigures, span: TimeSpan, restatement: Restatement, partsShareTree: Bool,
        into result: inout PeriodValues
    ) -> Bool {
        let cell = grid.cell(unit: unit, indicator: indicator)
        let ownCell = ownCell(unit: unit, indicator: indicator)
        let usesOwn = restatement.ownAllowed[unit] && own.status[ownCell] != .missing
            && (partsShareTree || ownHoldsOverTime(unit: unit, indicator: indicator, span: span))
        var childSum: Int64 = 0
        var childReporting: Int32 = 0
        var anyChild = false
        var overflowed = false
        for child in tree.children[unit] {
            let childCell = grid.cell(unit: child, indicator: indicator)
            guard result.status[childCell] != .missing else { continue }
            anyChild = true
            childReporting += result.reporting[childCell]
            let (sum, overflow) = childSum.addingReportingOverflow(result.values[childCell])
            guard !overflow else { overflowed = true; break }
            childSum = sum
        }
        var belowSum = childSum
        var anyBelow = anyChild
        if !overflowed {
            for contributor in restatement.extraContributors[unit] {
                let contributorCell = store.grid.cell(unit: contributor, indicator: indicator)
                guard own.status[contributorCell] != .missing else { continue }
                anyBelow = true
                let (sum, overflow) = belowSum.addingReportingOverflow(own.values[contributorCell])
                guard !overflow else { overflowed = true; break }
                belowSum = sum
            }
        }
        if overflowed {
            overflowFinding(unit: unit, indicator: indicator, span: span, ownFigureUsed: usesOwn)
            anyChild = false
            anyBelow = false
        }
        if usesOwn {
            result.values[cell] = own.values[ownCell]
            result.status[cell] = own.status[ownCell]
            result.reporting[cell] = Int32(clamping: tree.grassrootsCount[unit])
            // A year to date's own figure differs from its children's exactly where one of its parts does: said there.
            // A restated span's own figures were checked against their own tree's children when that was aggregated.
            if anyChild, childSum != own.values[ownCell], span.isPeriod, restatement.isIdentity {
                mismatchFinding(unit: unit, indicator: indicator, period: span.period, own: own.values[ownCell],
                                childSum: childSum, childReporting: Int(childReporting), ownStatus: own.status[ownCell])
            }
            return anyChild && Int(childReporting) == tree.grassrootsCount[unit] && childSum != own.values[ownCell]
        } else if anyBelow {
            result.values[cell] = belowSum
            result.status[cell] = .rolledUp
            // A CĐCS of this tree reports when it has a value; an upper unit counts its children's.
            result.reporting[cell] = tree.units[unit].level == .grassroots && tree.children[unit].isEmpty ? 1 : childReporting
        }
        return false
    }

    /// Whether every span `span`'s own figures may be derived from (its parts, theirs…) stands on the
    /// aggregator's tree itself, so an own figure derived over time covers the CĐCS it covers there.
    private func partsStandOnTree(_ span: TimeSpan) -> Bool {
        span.subSpans.allSatisfy { restatement(for: $0).isIdentity && partsStandOnTree($0) }
    }

    /// Whether a unit's own figure for `span` holds on the aggregator's tree through the parts it was
    /// derived from: reported for the span, or derived only from parts on whose trees the unit's
    /// subtree covers the same CĐCS as here (flows and means: every part; stocks: the last). Else a
    /// CĐCS that moved mid-span would count in its old upper unit's figure and under its new one.
    private func ownHoldsOverTime(unit: Int, indicator: Int, span: TimeSpan) -> Bool {
        guard !(span.isPeriod && store.tables[span.period]?.value(at: ownCell(unit: unit, indicator: indicator)) != nil) else { return true }
        let parts = span.subSpans
        let derivedFrom = if case .stock = catalogue[indicator].kind { Array(parts.suffix(1)) } else { parts }
        return derivedFrom.allSatisfy { restatement(for: $0).ownAllowed[unit] && ownHoldsOverTime(unit: unit, indicator: indicator, span: $0) }
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
        unit: Int, _ numerator: Int, _ denominator: Int, in result: PeriodValues, own: OwnFigures, restatement: Restatement,
        standsAlone: [Bool], children: [Bool]
    ) -> Bool {
        let a = result.status(unit: unit, indicator: numerator), b = result.status(unit: unit, indicator: denominator)
        let aAlone = standsAlone[grid.cell(unit: unit, indicator: numerator)]
        let bAlone = standsAlone[grid.cell(unit: unit, indicator: denominator)]
        let everyUnit = tree.grassrootsCount[unit]
        func coversEveryListedUnit(_ indicator: Int, _ status: ValueStatus) -> Bool {
            status == .reported || status == .derived || result.reporting(unit: unit, indicator: indicator) == everyUnit
        }
        /// Whether every extra contributor has both parts or neither.
        func contributorsMatch() -> Bool {
            restatement.extraContributors[unit].allSatisfy { contributor in
                (own.status[store.grid.cell(unit: contributor, indicator: numerator)] == .missing)
                    == (own.status[store.grid.cell(unit: contributor, indicator: denominator)] == .missing)
            }
        }
        switch (a, b) {
        case (.missing, .missing): return true
        case (.missing, _), (_, .missing): return false
        case _ where aAlone || bAlone: return aAlone && bAlone
        case (.rolledUp, .rolledUp): return tree.children[unit].allSatisfy { children[$0] } && contributorsMatch()
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
        unit: Int, indicator: Int, weight: Int, own: OwnFigures, ownMeans: [PreciseMean?], span: TimeSpan, restatement: Restatement,
        partsShareTree: Bool, means: inout [Int: [PreciseMean?]], into result: inout PeriodValues
    ) {
        let cell = grid.cell(unit: unit, indicator: indicator)
        var mean: PreciseMean?
        var status = ValueStatus.missing
        let extra = restatement.extraContributors[unit]
        if restatement.ownAllowed[unit], partsShareTree || ownHoldsOverTime(unit: unit, indicator: indicator, span: span),
           let ownMean = ownMeans.isEmpty ? nil : ownMeans[tree.ids[unit]] {
            mean = ownMean
            status = span.isPeriod && store.tables[span.period]?.value(at: ownCell(unit: unit, indicator: indicator)) != nil ? .reported : .derived
        } else if !tree.children[unit].isEmpty || !extra.isEmpty {
            var accumulator = PreciseMean.Accumulator()
            for child in tree.children[unit] {
                guard let childMean = means[indicator]?[child], let childWeight = result.value(unit: child, indicator: weight) else { continue }
                accumulator.add(childMean, weight: childWeight)
            }
            for contributor in extra {
                guard let contributorMean = ownMeans.isEmpty ? nil : ownMeans[contributor],
                      let contributorWeight = own.value(at: store.grid.cell(unit: contributor, indicator: weight)) else { continue }
                accumulator.add(contributorMean, weight: contributorWeight)
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
