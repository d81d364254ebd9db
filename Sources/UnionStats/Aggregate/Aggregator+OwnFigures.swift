extension Aggregator {
    /// A unit's own figures for `period`: reported, else derived from its own sub-period figures.
    ///
    /// Flows need every sub-period; stocks take the last sub-period only, never an older one.
    func ownFigures(for period: Period) -> OwnFigures {
        if let cached = ownCache[period] { return cached }
        let cells = tree.count * catalogue.count
        var own = OwnFigures(values: Array(repeating: 0, count: cells), status: Array(repeating: .missing, count: cells))
        if let table = store.tables[period] {
            for cell in 0..<cells {
                if let value = table.value(at: cell) {
                    own.values[cell] = value
                    own.status[cell] = .reported
                }
            }
        }
        let subPeriods = period.subPeriods
        if !subPeriods.isEmpty {
            let parts = subPeriods.map { ownFigures(for: $0) }
            for (position, indicator) in catalogue.indicators.enumerated() {
                switch indicator.kind {
                case .flow:
                    deriveFlow(position, from: parts, period: period, into: &own)
                case .stock:
                    let lastPart = parts[parts.count - 1]
                    for unit in 0..<tree.count {
                        let cell = unit * catalogue.count + position
                        if own.status[cell] == .missing, lastPart.status[cell] != .missing {
                            own.values[cell] = lastPart.values[cell]
                            own.status[cell] = .derived
                        }
                    }
                case .ratio, .weightedMean:
                    break
                }
            }
        }
        ownCache[period] = own
        return own
    }

    private func deriveFlow(_ position: Int, from parts: [OwnFigures], period: Period, into own: inout OwnFigures) {
        for unit in 0..<tree.count {
            let cell = unit * catalogue.count + position
            guard own.status[cell] == .missing, parts.allSatisfy({ $0.status[cell] != .missing }) else { continue }
            var sum: Int64 = 0
            var overflow = false
            for part in parts {
                let (next, didOverflow) = sum.addingReportingOverflow(part.values[cell])
                overflow = overflow || didOverflow
                sum = next
            }
            if overflow {
                overflowFinding(unit: unit, indicator: position, period: period)
                continue
            }
            own.values[cell] = sum
            own.status[cell] = .derived
        }
    }

    /// A unit's own means of each weighted-mean indicator: reported, else over time from its own
    /// means of every sub-period weighted by its values of the weight. Keyed by indicator position.
    func ownMeans(for period: Period) -> [Int: [PreciseMean?]] {
        if let cached = ownMeanCache[period] { return cached }
        var means: [Int: [PreciseMean?]] = [:]
        guard catalogue.indicators.contains(where: { if case .weightedMean = $0.kind { true } else { false } }) else { return means }
        let table = store.tables[period]
        let subPeriods = period.subPeriods
        let parts = subPeriods.map { (means: ownMeans(for: $0), values: values(for: $0)) }
        for (position, indicator) in catalogue.indicators.enumerated() {
            guard case .weightedMean(let weight) = indicator.kind else { continue }
            var column: [PreciseMean?] = Array(repeating: nil, count: tree.count)
            for unit in 0..<tree.count {
                if let reported = table?.value(at: unit * catalogue.count + position) {
                    column[unit] = PreciseMean(whole: reported)
                } else if !parts.isEmpty {
                    column[unit] = overTime(unit: unit, indicator: position, weight: weight, period: period, parts: parts)
                }
            }
            means[position] = column
        }
        ownMeanCache[period] = means
        return means
    }

    private func overTime(unit: Int, indicator: Int, weight: Int, period: Period, parts: [(means: [Int: [PreciseMean?]], values: PeriodValues)]) -> PreciseMean? {
        var accumulator = PreciseMean.Accumulator()
        for part in parts {
            guard let mean = part.means[indicator]?[unit], let partWeight = part.values.value(unit: unit, indicator: weight) else { return nil }
            accumulator.add(mean, weight: partWeight)
        }
        if !accumulator.isUsable { overflowFinding(unit: unit, indicator: indicator, period: period) }
        return accumulator.mean
    }

    func overflowFinding(unit: Int, indicator: Int, period: Period, ownFigureUsed: Bool = false) {
        let outcome = ownFigureUsed ? "dùng số của chính đơn vị" : "giá trị bị bỏ trống"
        record(Finding(.overflow, "Tổng của \(catalogue[indicator].code) kỳ \(period) tại \(tree.units[unit].code) vượt quá giới hạn tính toán; \(outcome). Hãy kiểm tra các số liệu quá lớn.", unit: tree.units[unit].code, indicator: catalogue[indicator].code, period: period))
    }

    func mismatchFinding(unit: Int, indicator: Int, period: Period, own: Int64, childSum: Int64, childReporting: Int, ownStatus: ValueStatus) {
        let code = tree.units[unit].code
        let indicatorCode = catalogue[indicator].code
        let expected = tree.grassrootsCount[unit]
        let complete = childReporting >= expected
        let location = store.tables[period]?.source(at: unit * catalogue.count + indicator).map(store.location(of:))
        let kind = ownStatus == .reported ? "báo cáo" : "tổng hợp từ các kỳ"
        let coverage = complete ? "" : " (các đơn vị trực thuộc mới có số liệu của \(childReporting)/\(expected) CĐCS)"
        let message = "\(code) \(kind) \(indicatorCode) kỳ \(period) là \(VietnameseFormat.grouped(own)), khác tổng của các đơn vị trực thuộc \(VietnameseFormat.grouped(childSum))\(coverage); dùng số của \(code)."
        record(Finding(.rollupMismatch, message, at: location, unit: code, indicator: indicatorCode, period: period, severity: complete ? .warning : .note))
    }
}
