/// What one line of the summary says about the grassroots units (CĐCS) its figures account for,
/// column by column, and whether its change compares like with like.
struct SummaryCoverage {
    /// How far one figure is known to reach.
    enum Scope: Equatable {
        /// No figure.
        case missing
        /// The figure accounts for `reporting` of the `expected` CĐCS that existed during its period (a flow
        /// or stock; a ratio whose parts cover the same ones).
        case covers(Int, of: Int)
        /// A ratio whose numerator and denominator account for different numbers of the `expected` CĐCS.
        case parts(numerator: Int, denominator: Int, of: Int)
        /// A figure whose coverage is not counted (a weighted mean).
        case unknown
        /// A ratio left out although its parts count the same number of CĐCS: one of them is a
        /// consolidated report that its listed CĐCS contradict, so they are not the same CĐCS.
        case unmatched
    }

    /// The catalogue, for the kinds of indicators and the positions of a ratio's parts.
    let catalogue: Catalogue
    /// The unit whose line it is (the federation).
    let unit: Int

    /// The scope of the figure of indicator `position` in `values`.
    func scope(of values: PeriodValues, position: Int) -> Scope {
        let present = values.status(unit: unit, indicator: position) != .missing
        let expected = values.expected(unit: unit)
        switch catalogue[position].kind {
        case .flow, .stock:
            return present ? .covers(values.reporting(unit: unit, indicator: position), of: expected) : .missing
        case .weightedMean:
            return present ? .unknown : .missing
        case .ratio(let numerator, let denominator):
            guard catalogue[numerator].kind.isAdditive, catalogue[denominator].kind.isAdditive,
                values.value(unit: unit, indicator: numerator) != nil,
                values.value(unit: unit, indicator: denominator) != nil
            else { return present ? .unknown : .missing }
            let top = values.reporting(unit: unit, indicator: numerator)
            let bottom = values.reporting(unit: unit, indicator: denominator)
            // Parts of different reach give no honest ratio, whether or not one was computed.
            guard top == bottom else { return .parts(numerator: top, denominator: bottom, of: expected) }
            if present { return .covers(top, of: expected) }
            return values.value(unit: unit, indicator: denominator) == 0 ? .missing : .unmatched
        }
    }

    /// Whether a change from `previous` to `current` compares figures of the same reach.
    ///
    /// Figures that account for different numbers of CĐCS (6/48 this period against 48/48 last year)
    /// do not compare like with like: their difference (−95,29 %) measures partly who has reported so
    /// far. Such a change is still written (it is the exact difference of the two printed figures, the
    /// same as the CSV's and the other sheets', and one late CĐCS of 48 would otherwise empty the whole
    /// column), but never silently: its cells are orange and italic, as every figure of the workbook
    /// that does not cover every CĐCS, and the note says "So sánh số liệu khác phạm vi" beside the
    /// coverage of both figures. Two complete figures compare like with like, each over the CĐCS that
    /// existed in its period (last year restated on this year's tree is complete when every CĐCS of
    /// then reported; a CĐCS founded since is no gap). Equal counts are taken as the same reach (the
    /// counts do not say which CĐCS they are), and so are weighted means, whose coverage is not counted.
    static func comparable(_ current: Scope, _ previous: Scope) -> Bool {
        switch (current, previous) {
        case (.covers(let now, let nowExpected), .covers(let before, let beforeExpected)):
            (now == nowExpected && before == beforeExpected) || (now == before && nowExpected == beforeExpected)
        case (.parts, _), (_, .parts): false
        default: true
        }
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
        if let previous {
            let previousScope = scope(of: previous, position: position)
            let printed: (Scope) -> Bool = { $0 != .missing && $0 != .unmatched }
            if printed(currentScope), printed(previousScope), !Self.comparable(currentScope, previousScope) {
                lines.append("So sánh số liệu khác phạm vi")
            }
        }
        return lines.joined(separator: "\n")
    }
}
