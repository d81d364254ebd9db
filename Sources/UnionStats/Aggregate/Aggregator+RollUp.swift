/// What a node's value may come from besides its children's values.
struct NodeSources {
    /// Whether the unit's own figures (reported or derived) may stand for it: false for a unit whose
    /// CĐCS differ between the span's own tree and the aggregator's, and for a synthetic node.
    let ownAllowed: Bool
    /// Registry ids of units of the span's own tree whose own figures flow into this node (they moved
    /// or merged into it).
    let extraContributors: [Int]

    /// A node made only of its children: an emulation group standing above its members.
    static let childrenOnly = NodeSources(ownAllowed: false, extraContributors: [])
}

/// The span-wide inputs of aggregating one node.
struct SpanInputs {
    /// The span aggregated.
    let span: TimeSpan
    /// Every unit's own figures for the span (by registry id).
    let own: OwnFigures
    /// Every unit's own exact weighted means for the span, per indicator position (by registry id).
    let ownMeans: [Int: [PreciseMean?]]
    /// Per unit of the tree: whether its CĐCS were the same on every quarter of the span (nil: all were).
    let stable: [Bool]?
    /// Registry ids of the contributors that ended during the span: they bring flows only.
    let ended: Set<Int>
    /// Whether the tree aggregated on is the span's own, so own figures are checked against their children.
    let isOwnTree: Bool

    /// Whether a unit's own figure may stand for it over the whole span.
    @inline(__always)
    func isStable(_ unit: Int) -> Bool { stable?[unit] ?? true }

    /// Whether contributor `id` counts for an indicator of `kind`: one that ended brings flows only.
    @inline(__always)
    func counts(_ id: Int, flow: Bool) -> Bool {
        Restatement.brings(flow: flow, ended: !ended.isEmpty && ended.contains(id))
    }
}

/// Per cell: whether the value is an own figure that is not the sum of a full set of children's values
/// (it counts CĐCS of its own). Needed only while ratios are decided; empty without ratios.
struct OwnStandsAlone {
    var flags: [Bool]

    init(cells: Int) { flags = Array(repeating: false, count: cells) }
}

/// The one rule of a node (docs/design.md, "Aggregation"): own figures where they hold, else the sum of
/// the children's values and of the extra contributors' own figures; weighted means from the children's
/// exact means; ratios from the aggregated parts when both cover the same CĐCS.
///
/// Every unit of the aggregator's tree goes through it, bottom up, and so does a synthetic node over
/// values already aggregated (an emulation group above its members, `GroupProjection`): `tree` is the
/// tree the node and its children stand in, `result` holds the children's values. Own figures are
/// looked up only for units of the aggregator's own tree (`sources.ownAllowed` is false otherwise).
extension Aggregator {
    func aggregateNode(
        _ unit: Int, of tree: UnitTree, sources: NodeSources, inputs: SpanInputs, standsAlone: inout OwnStandsAlone,
        into result: inout PeriodValues
    ) {
        for indicator in additive {
            let alone = aggregateAdditive(
                unit: unit, of: tree, indicator: indicator, sources: sources, inputs: inputs, into: &result)
            if !standsAlone.flags.isEmpty {
                standsAlone.flags[result.grid.cell(unit: unit, indicator: indicator)] = alone
            }
        }
        for (position, weight) in weightedMeans {
            aggregateMean(
                unit: unit, of: tree, indicator: position, weight: weight, sources: sources, inputs: inputs,
                into: &result)
        }
        for (position, numerator, denominator) in ratios {
            let matched = partsCoverSameUnits(
                unit: unit, of: tree, numerator, denominator, sources: sources, inputs: inputs, in: result,
                standsAlone: standsAlone,
                matchedAtChildren: result.partsMatch[position] ?? [])
            result.partsMatch[position]?[unit] = matched
            guard matched else { continue }
            computeRatio(unit: unit, indicator: position, numerator: numerator, denominator: denominator, into: &result)
        }
    }

    /// Aggregates one flow or stock cell; returns whether the value is an own figure that stands alone:
    /// the unit's consolidated report where its children's values cover every listed CĐCS with another total.
    ///
    /// From below, a value is the sum of the children's values and of the own figures of the unit's
    /// extra contributors (units of the period's own tree that moved or merged into it).
    private func aggregateAdditive(
        unit: Int, of tree: UnitTree, indicator: Int, sources: NodeSources, inputs: SpanInputs,
        into result: inout PeriodValues
    ) -> Bool {
        let cell = result.grid.cell(unit: unit, indicator: indicator)
        let ownCell = sources.ownAllowed ? ownCell(unit: unit, indicator: indicator) : -1
        let usesOwn = sources.ownAllowed && inputs.own.status[ownCell] != .missing && inputs.isStable(unit)
        var childSum: Int64 = 0
        var childReporting: Int32 = 0
        var anyChild = false
        var overflowed = false
        for child in tree.children[unit] {
            let childCell = result.grid.cell(unit: child, indicator: indicator)
            guard result.status[childCell] != .missing else { continue }
            anyChild = true
            childReporting += result.reporting[childCell]
            let (sum, overflow) = childSum.addingReportingOverflow(result.values[childCell])
            guard !overflow else {
                overflowed = true
                break
            }
            childSum = sum
        }
        var belowSum = childSum
        var anyBelow = anyChild
        if !overflowed {
            for contributor in sources.extraContributors where inputs.counts(contributor, flow: isFlow[indicator]) {
                let contributorCell = store.grid.cell(unit: contributor, indicator: indicator)
                guard inputs.own.status[contributorCell] != .missing else { continue }
                anyBelow = true
                let (sum, overflow) = belowSum.addingReportingOverflow(inputs.own.values[contributorCell])
                guard !overflow else {
                    overflowed = true
                    break
                }
                belowSum = sum
            }
        }
        if overflowed {
            overflowFinding(
                code: tree.units[unit].code, indicator: indicator, span: inputs.span, ownFigureUsed: usesOwn)
            anyChild = false
            anyBelow = false
        }
        if usesOwn {
            result.values[cell] = inputs.own.values[ownCell]
            result.status[cell] = inputs.own.status[ownCell]
            result.reporting[cell] = result.expected[unit]
            // A year to date's own figure differs from its children's exactly where one of its parts does: said there.
            // A restated span's own figures were checked against their own tree's children when that was aggregated.
            if anyChild, childSum != inputs.own.values[ownCell], inputs.span.isPeriod, inputs.isOwnTree {
                mismatchFinding(
                    unit: unit, indicator: indicator, period: inputs.span.period, own: inputs.own.values[ownCell],
                    childSum: childSum, childReporting: Int(childReporting), ownStatus: inputs.own.status[ownCell])
            }
            return anyChild && childReporting == result.expected[unit] && childSum != inputs.own.values[ownCell]
        } else if anyBelow {
            result.values[cell] = belowSum
            result.status[cell] = .rolledUp
            // A CĐCS of this tree reports when it has a value; an upper unit counts its children's.
            result.reporting[cell] =
                tree.units[unit].level == .grassroots && tree.children[unit].isEmpty ? 1 : childReporting
        }
        return false
    }

    /// `numerator / denominator × 100` in hundredths, rounded half away from zero; nil when a part is missing or the
    /// denominator is 0.
    static func ratioHundredths(_ numerator: Int64?, _ denominator: Int64?) -> Int64? {
        guard let numerator, let denominator, denominator != 0 else { return nil }
        return Fraction(Int128(numerator) * 100, over: Int128(denominator))?.hundredths
    }

    /// Whether two flow/stock values of a unit account for the same grassroots units (docs/design.md,
    /// "Ratios on matched coverage"): a rolled-up value accounts for the union of its children's, a
    /// missing one for none, an own figure for every CĐCS below the unit. Where the children's values
    /// cover every listed CĐCS and add up to another total, the own figure counts CĐCS of its own (a
    /// consolidated report counting units that units.csv does not list: 2.686 workers beside 262 members
    /// of the 5 listed CĐCS); it stands alone and matches only another own figure that stands alone.
    /// `matchedAtChildren` holds the answer for the units already aggregated (the children).
    private func partsCoverSameUnits(
        unit: Int, of tree: UnitTree, _ numerator: Int, _ denominator: Int, sources: NodeSources, inputs: SpanInputs,
        in result: PeriodValues, standsAlone: OwnStandsAlone, matchedAtChildren: [Bool]
    ) -> Bool {
        let a = result.status(unit: unit, indicator: numerator)
        let b = result.status(unit: unit, indicator: denominator)
        let aAlone = standsAlone.flags[result.grid.cell(unit: unit, indicator: numerator)]
        let bAlone = standsAlone.flags[result.grid.cell(unit: unit, indicator: denominator)]
        let everyUnit = Int(result.expected[unit])
        func coversEveryListedUnit(_ indicator: Int, _ status: ValueStatus) -> Bool {
            status == .reported || status == .derived || result.reporting(unit: unit, indicator: indicator) == everyUnit
        }
        /// Whether every extra contributor counts in both parts or in neither (one that ended during the
        /// span counts in a flow only: three conferences of three merged CĐCS over one CĐCS are not 300 %).
        func contributorsMatch() -> Bool {
            let numeratorIsFlow = isFlow[numerator]
            let denominatorIsFlow = isFlow[denominator]
            return sources.extraContributors.allSatisfy { contributor in
                let inNumerator =
                    inputs.counts(contributor, flow: numeratorIsFlow)
                    && inputs.own.status[store.grid.cell(unit: contributor, indicator: numerator)] != .missing
                let inDenominator =
                    inputs.counts(contributor, flow: denominatorIsFlow)
                    && inputs.own.status[store.grid.cell(unit: contributor, indicator: denominator)] != .missing
                return inNumerator == inDenominator
            }
        }
        switch (a, b) {
        case (.missing, .missing): return true
        case (.missing, _), (_, .missing): return false
        case _ where aAlone || bAlone: return aAlone && bAlone
        case (.rolledUp, .rolledUp):
            return tree.children[unit].allSatisfy { matchedAtChildren[$0] } && contributorsMatch()
        default: return coversEveryListedUnit(numerator, a) && coversEveryListedUnit(denominator, b)
        }
    }

    private func computeRatio(
        unit: Int, indicator: Int, numerator: Int, denominator: Int, into result: inout PeriodValues
    ) {
        guard
            let hundredths = Self.ratioHundredths(
                result.value(unit: unit, indicator: numerator), result.value(unit: unit, indicator: denominator))
        else { return }
        let cell = result.grid.cell(unit: unit, indicator: indicator)
        result.values[cell] = hundredths
        result.status[cell] = .computed
    }

    /// A weighted mean: the unit's own exact mean where its own figures hold, else the children's and
    /// extra contributors' exact means weighted by their weights.
    private func aggregateMean(
        unit: Int, of tree: UnitTree, indicator: Int, weight: Int, sources: NodeSources, inputs: SpanInputs,
        into result: inout PeriodValues
    ) {
        let ownMeans = inputs.ownMeans[indicator] ?? []
        let cell = result.grid.cell(unit: unit, indicator: indicator)
        var mean: PreciseMean?
        var status = ValueStatus.missing
        if sources.ownAllowed, inputs.isStable(unit),
            let ownMean = ownMeans.isEmpty ? nil : ownMeans[self.tree.ids[unit]]
        {
            mean = ownMean
            let span = inputs.span
            status =
                span.isPeriod && store.tables[span.period]?.value(at: ownCell(unit: unit, indicator: indicator)) != nil
                ? .reported : .derived
        } else if !tree.children[unit].isEmpty || !sources.extraContributors.isEmpty {
            var accumulator = PreciseMean.Accumulator()
            for child in tree.children[unit] {
                guard let childMean = result.means[indicator]?[child],
                    let childWeight = result.value(unit: child, indicator: weight)
                else { continue }
                accumulator.add(childMean, weight: childWeight)
            }
            for contributor in sources.extraContributors where inputs.counts(contributor, flow: false) {
                guard let contributorMean = ownMeans.isEmpty ? nil : ownMeans[contributor],
                    let contributorWeight = inputs.own.value(at: store.grid.cell(unit: contributor, indicator: weight))
                else { continue }
                accumulator.add(contributorMean, weight: contributorWeight)
            }
            if !accumulator.isUsable {
                overflowFinding(code: tree.units[unit].code, indicator: indicator, span: inputs.span)
            }
            mean = accumulator.mean
            status = .computed
        }
        guard let mean, let hundredths = mean.hundredths else { return }
        result.means[indicator]?[unit] = mean
        result.values[cell] = hundredths
        result.status[cell] = status
    }
}
