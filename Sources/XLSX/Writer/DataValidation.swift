/// What values a data-validated range accepts, with the pop-ups Excel shows for it.
///
/// Titles are limited to 32 characters and messages to 255 (Excel's limits, checked before writing).
/// Inline lists ("a,b,c") are deliberately not offered: libxlsxwriter 1.1.4 overflows a buffer on
/// multi-byte lists near 255 characters. Put the choices on a (hidden) sheet and use `.list(source:)`.
public struct DataValidation: Hashable, Sendable {
    /// The kind of value accepted.
    public var rule: ValidationRule
    /// The bold title of the prompt shown when a cell of the range is selected.
    public var inputTitle: String?
    /// The prompt text shown when a cell of the range is selected.
    public var inputMessage: String?
    /// The title of the alert shown when an invalid value is entered.
    public var errorTitle: String?
    /// The text of the alert shown when an invalid value is entered.
    public var errorMessage: String?
    /// How strictly an invalid value is refused.
    public var errorStyle: ErrorStyle
    /// Whether empty cells are accepted.
    public var allowsBlank: Bool

    /// Creates a validation; without messages Excel shows its generic alert.
    public init(
        _ rule: ValidationRule,
        inputTitle: String? = nil,
        inputMessage: String? = nil,
        errorTitle: String? = nil,
        errorMessage: String? = nil,
        errorStyle: ErrorStyle = .stop,
        allowsBlank: Bool = true
    ) {
        self.rule = rule
        self.inputTitle = inputTitle
        self.inputMessage = inputMessage
        self.errorTitle = errorTitle
        self.errorMessage = errorMessage
        self.errorStyle = errorStyle
        self.allowsBlank = allowsBlank
    }

    /// How Excel reacts to an invalid entry.
    public enum ErrorStyle: Hashable, Sendable, CaseIterable {
        /// The value is refused (Excel's default).
        case stop
        /// The user is warned and may keep the value.
        case warning
        /// The user is informed and the value is kept.
        case information
    }
}

/// The kind of value a data validation accepts.
public enum ValidationRule: Hashable, Sendable {
    /// Whole numbers satisfying the comparison; bounds must themselves be whole numbers.
    case wholeNumber(CellComparison)
    /// Any number satisfying the comparison.
    case decimal(CellComparison)
    /// One of the values in a range, offered as a drop-down, e.g. `=Hidden!$A$1:$A$50`.
    ///
    /// libxlsxwriter 1.1.4 copies a list source twice and leaks the first copy (a few bytes per call).
    case list(source: String)

    /// Whole numbers ≥ 0 — the usual rule for head counts.
    public static let nonNegativeWholeNumber = ValidationRule.wholeNumber(.greaterThanOrEqual(0))
    /// Numbers ≥ 0 — the usual rule for amounts.
    public static let nonNegativeDecimal = ValidationRule.decimal(.greaterThanOrEqual(0))
}
