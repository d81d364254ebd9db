internal import CXlsxWriter

extension Worksheet {
    /// Highlights the cells of a range with the rule's format whenever the rule matches.
    ///
    /// Rules added to overlapping ranges are evaluated in the order they were added; with `stopIfTrue`
    /// a matching rule keeps later rules from applying. The format must come from this sheet's workbook.
    /// libxlsxwriter copies the formula during the call, so nothing needs to outlive it.
    public func conditionalFormat(
        firstRow: Int, firstColumn: Int, lastRow: Int, lastColumn: Int,
        rule: ConditionalRule, stopIfTrue: Bool = false
    ) throws(XLSXError) {
        let live = try liveHandle()
        try GridValidation.checkRange(
            firstRow: firstRow, firstColumn: firstColumn, lastRow: lastRow, lastColumn: lastColumn)
        let range = CellReference.range(
            firstRow: firstRow, firstColumn: firstColumn, lastRow: lastRow, lastColumn: lastColumn)
        let libraryFormat = try rule.format.libraryHandle(for: workbook)

        var options = lxw_conditional_format()
        options.format = libraryFormat
        options.stop_if_true = stopIfTrue ? 1 : 0
        let strings = CStringBundle()
        switch rule {
        case .cell(let comparison, _):
            try comparison.validate()
            options.type = UInt8(truncatingIfNeeded: LXW_CONDITIONAL_TYPE_CELL.rawValue)
            options.criteria = comparison.conditionalCriteria
            let operands = comparison.operands
            if operands.count == 2 {
                options.min_value = operands[0]
                options.max_value = operands[1]
            } else {
                options.value = operands[0]
            }
        case .formula(let formula, _):
            let cell = CellReference.a1(row: firstRow, column: firstColumn)
            let normalized = try Self.validatedRuleFormula(formula, cell: cell)
            options.type = UInt8(truncatingIfNeeded: LXW_CONDITIONAL_TYPE_FORMULA.rawValue)
            options.value_string = try strings.duplicate(
                normalized, "copy the conditional-format formula for \(range)")
        }
        // Keeps the duplicated strings alive until libxlsxwriter has copied them.
        try withExtendedLifetime(strings) { () throws(XLSXError) in
            try check(
                worksheet_conditional_format_range(
                    live, LibraryIndex.row(firstRow), LibraryIndex.column(firstColumn),
                    LibraryIndex.row(lastRow), LibraryIndex.column(lastColumn), &options),
                "add a conditional format to \(range) of sheet '\(name)'")
        }
    }

    /// Returns the NFC formula, or throws if it is empty, too long or contains NUL.
    static func validatedRuleFormula(_ formula: String, cell: String) throws(XLSXError) -> String {
        let normalized = formula.nfc
        let body = normalized.hasPrefix("=") ? normalized.dropFirst() : Substring(normalized)
        guard !body.allSatisfy(\.isWhitespace) else { throw .emptyFormula(cell: cell) }
        let length = normalized.utf16.count
        guard length <= ExcelLimits.maxFormulaLength else { throw .formulaTooLong(length: length, cell: cell) }
        try TextValidation.checkNoNul(normalized, "Conditional-format formula for \(cell)")
        return normalized
    }
}
