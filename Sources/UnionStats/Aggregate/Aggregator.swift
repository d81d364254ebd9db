/// Aggregate: every unit × indicator value of a span of time, by docs/design.md, "Aggregation" — the one
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
    let ratios: [(position: Int, numerator: Int, denominator: Int)]

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
        let restatement =
            if let history {
                Restatement(
                    from: history.tree(at: settings.referenceDate(of: span.period), findings: findings), to: tree,
                    history: history)
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
        let restatement = restatement(for: span)
        let inputs = SpanInputs(
            span: span, own: ownFigures(for: span), ownMeans: ownMeans(for: span),
            partsShareTree: partsStandOnTree(span))
        var result = PeriodValues(period: span.period, grid: grid)
        result.prepareRollUp(weightedMeans: weightedMeans.map(\.position), ratios: ratios.map(\.position))
        var standsAlone = OwnStandsAlone(cells: ratios.isEmpty ? 0 : grid.cellCount)
        for unit in tree.units.indices.reversed() {
            let sources = NodeSources(
                ownAllowed: restatement.ownAllowed[unit], extraContributors: restatement.extraContributors[unit])
            aggregateNode(unit, of: tree, sources: sources, inputs: inputs, standsAlone: &standsAlone, into: &result)
        }
        valueCache[span] = result
        return result
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
    func ownHoldsOverTime(unit: Int, indicator: Int, span: TimeSpan) -> Bool {
        guard !(span.isPeriod && store.tables[span.period]?.value(at: ownCell(unit: unit, indicator: indicator)) != nil)
        else { return true }
        let parts = span.subSpans
        let derivedFrom = if case .stock = catalogue[indicator].kind { Array(parts.suffix(1)) } else { parts }
        return derivedFrom.allSatisfy {
            restatement(for: $0).ownAllowed[unit] && ownHoldsOverTime(unit: unit, indicator: indicator, span: $0)
        }
    }
}
