internal import CXlsxWriter

/// A comparison of a cell's number against one or two constants, shared by conditional formats and data validation.
public enum CellComparison: Hashable, Sendable {
    /// The value equals the operand.
    case equal(Double)
    /// The value differs from the operand.
    case notEqual(Double)
    /// The value is greater than the operand.
    case greaterThan(Double)
    /// The value is greater than or equal to the operand.
    case greaterThanOrEqual(Double)
    /// The value is less than the operand.
    case lessThan(Double)
    /// The value is less than or equal to the operand.
    case lessThanOrEqual(Double)
    /// The value lies between the two operands, inclusive (minimum first).
    case between(Double, Double)
    /// The value lies outside the two operands (minimum first).
    case notBetween(Double, Double)

    /// The operands in order: one for single comparisons, minimum and maximum for ranges.
    var operands: [Double] {
        switch self {
        case .equal(let value), .notEqual(let value), .greaterThan(let value),
            .greaterThanOrEqual(let value), .lessThan(let value), .lessThanOrEqual(let value):
            return [value]
        case .between(let minimum, let maximum), .notBetween(let minimum, let maximum):
            return [minimum, maximum]
        }
    }

    /// Throws unless every operand is finite and a range's minimum does not exceed its maximum.
    func validate() throws(XLSXError) {
        for value in operands where !value.isFinite { throw .ruleValueNotFinite(value: value) }
        if case .between(let minimum, let maximum) = self, minimum > maximum {
            throw .ruleBoundsInverted(minimum: minimum, maximum: maximum)
        }
        if case .notBetween(let minimum, let maximum) = self, minimum > maximum {
            throw .ruleBoundsInverted(minimum: minimum, maximum: maximum)
        }
    }

    /// libxlsxwriter's conditional-format criteria code (always within the writer's operator table).
    var conditionalCriteria: UInt8 {
        let code: lxw_conditional_criteria
        switch self {
        case .equal: code = LXW_CONDITIONAL_CRITERIA_EQUAL_TO
        case .notEqual: code = LXW_CONDITIONAL_CRITERIA_NOT_EQUAL_TO
        case .greaterThan: code = LXW_CONDITIONAL_CRITERIA_GREATER_THAN
        case .greaterThanOrEqual: code = LXW_CONDITIONAL_CRITERIA_GREATER_THAN_OR_EQUAL_TO
        case .lessThan: code = LXW_CONDITIONAL_CRITERIA_LESS_THAN
        case .lessThanOrEqual: code = LXW_CONDITIONAL_CRITERIA_LESS_THAN_OR_EQUAL_TO
        case .between: code = LXW_CONDITIONAL_CRITERIA_BETWEEN
        case .notBetween: code = LXW_CONDITIONAL_CRITERIA_NOT_BETWEEN
        }
        return UInt8(truncatingIfNeeded: code.rawValue)
    }

    /// libxlsxwriter's data-validation criteria code.
    var validationCriteria: UInt8 {
        let code: lxw_validation_criteria
        switch self {
        case .equal: code = LXW_VALIDATION_CRITERIA_EQUAL_TO
        case .notEqual: code = LXW_VALIDATION_CRITERIA_NOT_EQUAL_TO
        case .greaterThan: code = LXW_VALIDATION_CRITERIA_GREATER_THAN
        case .greaterThanOrEqual: code = LXW_VALIDATION_CRITERIA_GREATER_THAN_OR_EQUAL_TO
        case .lessThan: code = LXW_VALIDATION_CRITERIA_LESS_THAN
        case .lessThanOrEqual: code = LXW_VALIDATION_CRITERIA_LESS_THAN_OR_EQUAL_TO
        case .between: code = LXW_VALIDATION_CRITERIA_BETWEEN
        case .notBetween: code = LXW_VALIDATION_CRITERIA_NOT_BETWEEN
        }
        return UInt8(truncatingIfNeeded: code.rawValue)
    }
}

/// A rule deciding when a conditional format applies to a cell, and which format it then shows.
///
/// Only the font colour, bold/italic/underline, fill, border and number format of the `CellFormat`
/// take effect (Excel's differential formats ignore font name and size).
public enum ConditionalRule: Hashable {
    /// Applies `format` when the cell's value satisfies the comparison.
    case cell(CellComparison, format: CellFormat)
    /// Applies `format` when the formula is true; write it for the range's top-left cell with relative
    /// references, e.g. `=AND(ISNUMBER($F5),$F5>0)` for a range starting at F5.
    case formula(String, format: CellFormat)

    /// The format shown when the rule matches.
    public var format: CellFormat {
        switch self {
        case .cell(_, let format), .formula(_, let format): return format
        }
    }
}
