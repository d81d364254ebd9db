/// Aggregate: every unit × indicator value of a span of time, by docs/design.md, "Aggregation" — the one
/// implementation of it.
///
/// Own figures (reported, or derived over time from the unit's own reports) win over the children's
/// sum; otherwise children roll up. Ratios and weighted means come from aggregated parts, exactly,
/// rounded once at the end. A year to date is a span like any period. Every span is aggregated on
/// the aggregator's tree: when the span's own tree (its reference date's, with the units that ended
/// during it) differs, its figures are restated through a `Restatement` — the same loop, with the own
/// figures of units whose CĐCS changed set aside and the figures of units that moved, merged or ended
/// flowing to their images (docs/design.md, "The tree over time"). Spans are
/// computed on demand and kept; each finding (an own figure that differs from its children's sum, an
/// overflow) is emitted once, when its span is first computed.
public final class Aggregator {
    /// The union tree every span is aggregated on (T_D).
    public let tree: UnitTree
    /// Every version of units.csv, for the trees of other days; nil when the tree never changes.
    public let history: UnitHistory?
    /// The day of `tree`; nil for the tree of the units that never end (or a tree of no day).
    public let treeDay: Day?
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
    /// Per catalogue position: whether the indicator is a flow (what a contributor that ended brings).
    let isFlow: [Bool]
    let weightedMeans: [(position: Int, weight: Int)]
    let ratios: [(position: Int, numerator: Int, denominator: Int)]

    /// Prepares to aggregate `store` over `tree` with `catalogue`, emitting findings to `findings`.
    ///
    /// With a `history`, each span is aggregated on `tree` from its own tree (restated where they
    /// differ); without, `tree` is every span's own tree.
    public init(
        tree: UnitTree, catalogue: Catalogue, store: ObservationStore, findings: FindingEmitter,
        history: UnitHistory? = nil, settings: Settings = Settings(), treeDay: Day? = nil
    ) {
        self.tree = tree
        self.history = history
        self.treeDay = treeDay
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
        lives = UnitLives(history)
        isFlow = catalogue.indicators.map { $0.kind == .flow }
        self.additive = additive
        self.weightedMeans = weightedMeans
        self.ratios = ratios
    }

    /// Per quarter: each unit's (registry id's) CĐCS on the quarter's tree, as a count and a hash.
    var quarterSignatures: [Period: [Int: SubtreeSignature]] = [:]
    /// How long every unit lived, for figures over time.
    let lives: UnitLives

    /// Aggregates what an input folder holds, on the input's tree.
    public convenience init(_ input: InputData, findings: FindingEmitter) {
        self.init(
            tree: input.tree, catalogue: input.catalogue, store: input.store, findings: findings,
            history: input.history.isDated ? input.history : nil, settings: input.settings, treeDay: input.treeDay)
    }

    /// How a span's own tree carries over to the aggregator's tree.
    public func restatement(for span: TimeSpan) -> Restatement {
        if let cached = restatementCache[span] { return cached }
        let restatement: Restatement
        if let history {
            let day = settings.referenceDate(of: span.period)
            let periodTree = history.tree(at: day, withUnitsEndedFrom: span.firstDay, findings: findings)
            let isOwnTree = history.tree(at: day, findings: findings).hasSameVersions(as: tree)
            // A dissolved unit's flows stay in the federation on a tree of a day of the span's own year;
            // on another year's tree they are not carried over (a restated comparison is like for like).
            let keepsDissolved = treeDay.map { $0.year == span.period.year } ?? isOwnTree
            restatement = Restatement(
                from: periodTree, to: tree, history: history, referenceDate: day, isOwnTree: isOwnTree,
                keepsDissolved: keepsDissolved)
        } else {
            restatement = Restatement(identity: tree)
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
            span: span, own: ownFigures(for: span), ownMeans: ownMeans(for: span), stable: stableSubtrees(for: span),
            ended: restatement.endedDuringPeriod, isOwnTree: restatement.isOwnTree)
        var result = PeriodValues(period: span.period, grid: grid)
        result.expected = restatement.expected.map { Int32(clamping: $0) }
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

    /// Per unit of the tree: whether the CĐCS at or below it were the same on every quarter of `span`
    /// (nothing moved in or out, nothing founded or ended), so that its own figure for the span covers
    /// the CĐCS it covers here; a CĐCS always is. Nil when they all are (one quarter, or no dated tree).
    func stableSubtrees(for span: TimeSpan) -> [Bool]? {
        let quarters = span.quarters
        guard history != nil, quarters.count > 1 else { return nil }
        let bySignature = quarters.map { signatures(of: $0) }
        return tree.units.indices.map { unit in
            guard tree.units[unit].level != .grassroots else { return true }
            let id = tree.ids[unit]
            guard let first = bySignature[0][id] else { return false }
            return bySignature.dropFirst().allSatisfy { $0[id] == first }
        }
    }

    /// Each unit's CĐCS on the tree of `quarter`'s last day, by registry id.
    private func signatures(of quarter: Period) -> [Int: SubtreeSignature] {
        if let cached = quarterSignatures[quarter] { return cached }
        let quarterTree = history?.tree(at: Day(endOf: quarter), findings: findings) ?? tree
        var signature = quarterTree.units.indices.map { unit in
            quarterTree.units[unit].level == .grassroots
                ? SubtreeSignature(leaf: quarterTree.ids[unit]) : SubtreeSignature()
        }
        for unit in quarterTree.units.indices.reversed() {
            if let parent = quarterTree.units[unit].parent { signature[parent].add(signature[unit]) }
        }
        let byID = Dictionary(zip(quarterTree.ids, signature), uniquingKeysWith: { first, _ in first })
        quarterSignatures[quarter] = byID
        return byID
    }
}

/// The CĐCS of a subtree, compared without listing them: how many, and a sum of a strong 64-bit hash of
/// each one's registry id.
struct SubtreeSignature: Equatable {
    private var count = 0
    private var hash: UInt64 = 0

    init() {}

    /// One CĐCS.
    init(leaf id: Int) {
        count = 1
        // SplitMix64's finaliser: distinct ids give unrelated hashes.
        var z = UInt64(truncatingIfNeeded: id) &+ 0x9E37_79B9_7F4A_7C15
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        hash = z ^ (z >> 31)
    }

    /// Adds the CĐCS of another subtree.
    mutating func add(_ other: SubtreeSignature) {
        count += other.count
        hash &+= other.hash
    }
}
