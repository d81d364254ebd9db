extension Aggregator {
    /// Every unit's own figures for `period`: reported, else derived from its own sub-period figures.
    ///
    /// Own figures belong to a unit whatever tree it stands in: they are indexed like the store, by
    /// registry id (`store.grid`), not by the aggregator's tree.
    public func ownFigures(for period: Period) -> OwnFigures { ownFigures(for: TimeSpan(period)) }

    /// Every unit's own figures for a span: reported (a period only), else derived from its own figures
    /// of the span's parts (docs/design.md, "Own figures over time"): a flow sums the parts the unit
    /// lived to the end of (each needed) and the one it ended in when it has a figure for it; a stock is
    /// the last part's, for a unit that lived to the span's end.
    public func ownFigures(for span: TimeSpan) -> OwnFigures {
        if let cached = ownCache[span] { return cached }
        var own = OwnFigures(cells: store.grid.cellCount)
        if span.isPeriod, let table = store.tables[span.period] {
            for cell in 0..<store.grid.cellCount {
                if let value = table.value(at: cell) {
                    own.values[cell] = value
                    own.status[cell] = .reported
                }
            }
        }
        derive(into: &own, from: span.subSpans, span: span, reportingOverflow: true)
        ownCache[span] = own
        return own
    }

    /// What every unit's own figures for `period` come to from its own sub-period figures alone, as if it
    /// had not reported the period itself; nil for a quarter. An overflow just leaves the cell empty.
    public func ownFiguresFromSubPeriods(of period: Period) -> OwnFigures? {
        let span = TimeSpan(period)
        guard !span.subSpans.isEmpty else { return nil }
        var own = OwnFigures(cells: store.grid.cellCount)
        derive(into: &own, from: span.subSpans, span: span, reportingOverflow: false)
        return own
    }

    /// Fills the cells of `own` that are still missing from the parts: flows from the parts the unit
    /// lived in, stocks from the last part when it lived to its end.
    private func derive(into own: inout OwnFigures, from partSpans: [TimeSpan], span: TimeSpan, reportingOverflow: Bool)
    {
        guard !partSpans.isEmpty else { return }
        let parts = partSpans.map { ownFigures(for: $0) }
        let lives = lives.lives(in: partSpans, units: store.grid.unitCount)
        let lastPart = parts[parts.count - 1]
        let livedToTheEnd = lives?.last
        for (position, indicator) in catalogue.indicators.enumerated() {
            switch indicator.kind {
            case .flow:
                deriveFlow(
                    position, from: parts, lives: lives, span: span, reportingOverflow: reportingOverflow, into: &own)
            case .stock:
                for unit in 0..<store.grid.unitCount {
                    let cell = store.grid.cell(unit: unit, indicator: position)
                    if own.status[cell] == .missing, lastPart.status[cell] != .missing,
                        livedToTheEnd.map({ $0[unit] == .lived }) ?? true
                    {
                        own.values[cell] = lastPart.values[cell]
                        own.status[cell] = .derived
                    }
                }
            case .ratio, .weightedMean:
                break
            }
        }
    }

    private func deriveFlow(
        _ position: Int, from parts: [OwnFigures], lives: [[PartLife]]?, span: TimeSpan, reportingOverflow: Bool,
        into own: inout OwnFigures
    ) {
        for unit in 0..<store.grid.unitCount {
            let cell = store.grid.cell(unit: unit, indicator: position)
            guard own.status[cell] == .missing else { continue }
            var sum: Int64 = 0
            var any = false
            var complete = true
            var overflow = false
            for (index, part) in parts.enumerated() {
                let life = lives?[index][unit] ?? .lived
                let present = part.status[cell] != .missing
                switch life {
                case .outside: continue
                case .endedIn where !present: continue
                case .lived where !present: complete = false
                default:
                    let (next, didOverflow) = sum.addingReportingOverflow(part.values[cell])
                    overflow = overflow || didOverflow
                    sum = next
                    any = true
                }
                if !complete { break }
            }
            guard complete, any else { continue }
            if overflow {
                if reportingOverflow { overflowFinding(code: codeOf(unit), indicator: position, span: span) }
                continue
            }
            own.values[cell] = sum
            own.status[cell] = .derived
        }
    }

    /// A unit's own means of each weighted-mean indicator: reported, else over time from its own
    /// means of every part it lived to the end of, weighted by its values of the weight (none for a unit
    /// that ended during the span). Keyed by indicator position, then registry id.
    func ownMeans(for span: TimeSpan) -> [Int: [PreciseMean?]] {
        if let cached = ownMeanCache[span] { return cached }
        var means: [Int: [PreciseMean?]] = [:]
        guard !weightedMeans.isEmpty else { return means }
        let table = span.isPeriod ? store.tables[span.period] : nil
        let parts = span.subSpans.map {
            (
                means: ownMeans(for: $0), values: values(for: $0), own: ownFigures(for: $0),
                ownAllowed: restatement(for: $0).ownAllowed
            )
        }
        let lives = lives.lives(in: span.subSpans, units: store.grid.unitCount)
        for (position, weight) in weightedMeans {
            var column: [PreciseMean?] = Array(repeating: nil, count: store.grid.unitCount)
            for unit in 0..<store.grid.unitCount {
                if let reported = table?.value(at: store.grid.cell(unit: unit, indicator: position)) {
                    column[unit] = PreciseMean(whole: reported)
                } else if !parts.isEmpty {
                    column[unit] = overTime(
                        unit: unit, indicator: position, weight: weight, span: span, parts: parts,
                        lives: lives?.map { $0[unit] })
                }
            }
            means[position] = column
        }
        ownMeanCache[span] = means
        return means
    }

    /// A unit's mean over the parts of a span, each part's mean weighted by the unit's value of the
    /// weight in that part: its own figure, else its value on the aggregator's tree where that value is
    /// its own (the part's restatement allows its own figures). A restated value is not: a CĐCS that
    /// others merged into holds their weight too.
    private func overTime(
        unit: Int, indicator: Int, weight: Int, span: TimeSpan,
        parts: [(means: [Int: [PreciseMean?]], values: PeriodValues, own: OwnFigures, ownAllowed: [Bool])],
        lives: [PartLife]?
    ) -> PreciseMean? {
        var accumulator = PreciseMean.Accumulator()
        let treeUnit = tree.index(ofID: unit)
        for (index, part) in parts.enumerated() {
            switch lives?[index] ?? .lived {
            case .outside: continue
            case .endedIn: return nil
            case .lived: break
            }
            guard let mean = part.means[indicator]?[unit] else { return nil }
            let treeWeight = treeUnit.flatMap {
                part.ownAllowed[$0] ? part.values.value(unit: $0, indicator: weight) : nil
            }
            guard let partWeight = part.own.value(at: store.grid.cell(unit: unit, indicator: weight)) ?? treeWeight
            else { return nil }
            accumulator.add(mean, weight: partWeight)
        }
        if !accumulator.isUsable { overflowFinding(code: codeOf(unit), indicator: indicator, span: span) }
        return accumulator.mean
    }

    /// The code of a registry id.
    func codeOf(_ id: Int) -> String {
        if let history { return history.codes[id] }
        return tree.index(ofID: id).map { tree.units[$0].code } ?? "#\(id)"
    }

    func overflowFinding(code: String, indicator: Int, span: TimeSpan, ownFigureUsed: Bool = false) {
        let indicatorCode = catalogue[indicator].code
        findings.emit(
            .overflow(
                unit: code, indicator: catalogue[indicator].label, span: span.description, ownFigureUsed: ownFigureUsed),
            unit: code, indicator: indicatorCode, period: span.period)
    }

    func mismatchFinding(
        unit: Int, indicator: Int, period: Period, own: Int64, childSum: Int64, childReporting: Int,
        ownStatus: ValueStatus
    ) {
        let code = tree.units[unit].code
        let indicatorCode = catalogue[indicator].code
        let expected = tree.grassrootsCount[unit]
        let location = store.tables[period]?.source(at: ownCell(unit: unit, indicator: indicator)).map(
            store.location(of:))
        findings.emit(
            .rollupMismatch(
                unit: code, indicator: catalogue[indicator].label, period: period,
                ownIsReported: ownStatus == .reported, own: own,
                childSum: childSum, childReporting: childReporting, expected: expected),
            at: location, unit: code, indicator: indicatorCode, period: period,
            severity: childReporting >= expected ? .warning : .note)
    }
}
