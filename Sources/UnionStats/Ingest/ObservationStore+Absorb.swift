extension ObservationStore {
    /// Takes one file's reading into the store: its sources, its values (a second report of a cell
    /// is resolved and said here), and its findings, emitted in the order reading one file after
    /// another would have made them.
    mutating func absorb(
        _ reading: FinishedReading, catalogue: Catalogue, history: UnitHistory, findings: FindingEmitter
    ) {
        let firstSource = UInt32(sources.count)
        for (index, sheet) in reading.sheets.enumerated() {
            let source = addSource(reading.path, sheet: sheet)
            notePeriods(reading.notedPeriods[index], in: source)
        }
        var tables = reading.periods.map { takeTable(of: $0) }
        let said = reading.findings
        var nextFinding = 0
        for (index, value) in reading.pending.enumerated() {
            while nextFinding < said.count, said[nextFinding].before <= index {
                findings.emit(said[nextFinding].finding)
                nextFinding += 1
            }
            let source = SourceRef(
                file: firstSource + value.source.file, line: value.source.line, column: value.source.column)
            let cell = grid.cell(unit: Int(value.unit), indicator: Int(value.indicator))
            let outcome = tables[Int(value.period)].record(value.value, cell: cell, source: source)
            if outcome != .recorded {
                sayDuplicate(
                    outcome, of: value, at: source, period: reading.periods[Int(value.period)], catalogue: catalogue,
                    history: history, findings: findings)
            }
        }
        for (period, table) in zip(reading.periods, tables) { putBack(table, of: period) }
        tables = []
        while nextFinding < said.count {
            findings.emit(said[nextFinding].finding)
            nextFinding += 1
        }
    }

    /// The finding for a cell reported again: the same value, a different one, or one already in conflict.
    private func sayDuplicate(
        _ outcome: Outcome, of pending: FileReading.Pending, at source: SourceRef, period: Period, catalogue: Catalogue,
        history: UnitHistory,
        findings: FindingEmitter
    ) {
        let code = history.codes[Int(pending.unit)]
        let indicator = catalogue[Int(pending.indicator)]
        let here = location(of: source)
        let message: FindingMessage
        switch outcome {
        case .recorded:
            return
        case .sameAsBefore(let first):
            message = .duplicateSame(unit: code, indicator: indicator.label, period: period, first: location(of: first))
        case .alreadyInConflict(let first):
            message = .duplicateAgain(
                unit: code, indicator: indicator.label, period: period, first: location(of: first), value: pending.value
            )
        case .conflict(let first, let firstValue):
            message = .duplicateConflict(
                unit: code, indicator: indicator.label, period: period, first: location(of: first),
                firstValue: firstValue, value: pending.value)
        }
        findings.emit(message, at: here, unit: code, indicator: indicator.code, period: period)
    }
}
