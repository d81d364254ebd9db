/// What one line of the summary says about the grassroots units (CĐCS) its figures account for,
/// column by column, and whether its change compares like with like (by the core's `Reach`); also the
/// note of a row of a comparison's `Theo đơn vị` whose A and B are of different reach.
struct SummaryCoverage {
    /// How far one figure is known to reach (the core's rule, `Reach`).
    typealias Scope = Reach

    /// The catalogue, for the kinds of indicators and the positions of a ratio's parts.
    let catalogue: Catalogue
    /// The unit whose line it is (the federation; any unit in a comparison's `Theo đơn vị`).
    let unit: Int

    /// The scope of the figure of indicator `position` in `values`.
    func scope(of values: PeriodValues, position: Int) -> Scope {
        Reach(of: values, unit: unit, indicator: position, catalogue: catalogue)
    }

    /// The note of the line of indicator `position`: empty when every figure covers every CĐCS.
    ///
    /// Otherwise one line per value column ("Kỳ này: 6/48 CĐCS", "Cùng kỳ: 48/48 CĐCS",
    /// "Kỳ này: tử số 5/48, mẫu số 6/48 CĐCS") and, when both figures are there but of different
    /// reach, "So sánh số liệu khác phạm vi".
    ///
    /// `columns` are the value columns in print order; `current` and `previous` the two figures the
    /// change compares (`previous` nil when there is no column compared with).
    func note(
        position: Int, columns: [SummaryContent.ValueColumn], current: PeriodValues, previous: PeriodValues?
    ) -> String {
        let scopes = columns.map { scope(of: $0.values, position: position) }
        let currentScope = scope(of: current, position: position)
        let partial = scopes.contains { scope in
            switch scope {
            case .covers(let reporting, let expected): reporting < expected
            case .parts, .unmatched: true
            case .missing, .unknown: false
            }
        }
        if scopes.allSatisfy({ $0 == .missing }) { return catalogue[position].kind.isAdditive ? "Chưa có số liệu" : "" }
        guard partial || (currentScope == .missing && catalogue[position].kind.isAdditive) else { return "" }
        var lines: [String] = []
        for (column, scope) in zip(columns, scopes) {
            switch scope {
            case .covers(let reporting, let expected): lines.append("\(column.noteName): \(reporting)/\(expected) CĐCS")
            case .parts(let top, let bottom, let expected):
                lines.append("\(column.noteName): tử số \(top)/\(expected), mẫu số \(bottom)/\(expected) CĐCS")
            case .missing: lines.append("\(column.noteName): chưa có số liệu")
            case .unmatched:
                lines.append(
                    "\(column.noteName): tử số và mẫu số không cùng các CĐCS (có số liệu tổng hợp của đơn vị cấp trên khác tổng các CĐCS của đơn vị đó)"
                )
            case .unknown: break
            }
        }
        if let previous, Reach.differ(currentScope, scope(of: previous, position: position)) {
            lines.append("So sánh số liệu khác phạm vi")
        }
        return lines.joined(separator: "\n")
    }
}
