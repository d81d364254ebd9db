internal import CXlsxWriter

extension Worksheet {
    /// Restricts what can be typed into a range and sets the prompt and alert Excel shows for it.
    ///
    /// Checks Excel's limits first: titles ≤ 32 characters, messages ≤ 255, finite bounds (whole for
    /// `.wholeNumber`), minimum ≤ maximum, and a list source of at most 255 characters.
    /// libxlsxwriter copies every string during the call.
    public func dataValidation(
        firstRow: Int, firstColumn: Int, lastRow: Int, lastColumn: Int, _ validation: DataValidation
    ) throws(XLSXError) {
        let live = try liveHandle()
        try GridValidation.checkRange(
            firstRow: firstRow, firstColumn: firstColumn, lastRow: lastRow, lastColumn: lastColumn)
        let range = CellReference.range(
            firstRow: firstRow, firstColumn: firstColumn, lastRow: lastRow, lastColumn: lastColumn)
        let strings = CStringBundle()
        var options = lxw_data_validation()
        try Self.applyRule(validation.rule, to: &options, strings: strings, range: range)
        options.input_title = try Self.validationText(
            validation.inputTitle, kind: .input, isTitle: true, strings: strings)
        options.input_message = try Self.validationText(
            validation.inputMessage, kind: .input, isTitle: false, strings: strings)
        options.error_title = try Self.validationText(
            validation.errorTitle, kind: .error, isTitle: true, strings: strings)
        options.error_message = try Self.validationText(
            validation.errorMessage, kind: .error, isTitle: false, strings: strings)
        options.error_type = Self.errorTypeCode(validation.errorStyle)
        // libxlsxwriter's flags are three-state: DEFAULT (on), OFF, ON.
        if !validation.allowsBlank {
            options.ignore_blank = UInt8(truncatingIfNeeded: LXW_VALIDATION_OFF.rawValue)
        }
        // Keeps the duplicated strings alive until libxlsxwriter has copied them.
        try withExtendedLifetime(strings) { () throws(XLSXError) in
            try check(
                worksheet_data_validation_range(
                    live, LibraryIndex.row(firstRow), LibraryIndex.column(firstColumn),
                    LibraryIndex.row(lastRow), LibraryIndex.column(lastColumn), &options),
                "add data validation to \(range) of sheet '\(name)'")
        }
    }

    /// Fills the type, criteria and bounds (or list source) of `options` after checking them.
    private static func applyRule(
        _ rule: ValidationRule, to options: inout lxw_data_validation, strings: CStringBundle, range: String
    ) throws(XLSXError) {
        switch rule {
        case .wholeNumber(let comparison):
            try comparison.validate()
            for value in comparison.operands where value.rounded(.towardZero) != value {
                throw .validationValueNotWhole(value: value)
            }
            options.validate = UInt8(truncatingIfNeeded: LXW_VALIDATION_TYPE_INTEGER.rawValue)
            applyBounds(comparison, to: &options)
        case .decimal(let comparison):
            try comparison.validate()
            options.validate = UInt8(truncatingIfNeeded: LXW_VALIDATION_TYPE_DECIMAL.rawValue)
            applyBounds(comparison, to: &options)
        case .list(let source):
            let normalized = source.nfc
            let body = normalized.hasPrefix("=") ? normalized.dropFirst() : Substring(normalized)
            guard !body.allSatisfy(\.isWhitespace) else { throw .emptyValidationSource }
            let length = body.utf16.count
            guard length <= ExcelLimits.maxValidationFormulaLength else {
                throw .validationSourceTooLong(length: length)
            }
            try TextValidation.checkNoNul(normalized, "Data-validation list source for \(range)")
            options.validate = UInt8(truncatingIfNeeded: LXW_VALIDATION_TYPE_LIST_FORMULA.rawValue)
            options.value_formula = try strings.duplicate(
                "=" + body, "copy the data-validation list source for \(range)")
        }
    }

    /// Stores the comparison's operator and operands where libxlsxwriter reads them.
    private static func applyBounds(_ comparison: CellComparison, to options: inout lxw_data_validation) {
        options.criteria = comparison.validationCriteria
        let operands = comparison.operands
        if operands.count == 2 {
            options.minimum_number = operands[0]
            options.maximum_number = operands[1]
        } else {
            options.value_number = operands[0]
        }
    }

    /// Checks a title or message against Excel's limit and returns a C copy (nil for nil or empty text).
    ///
    /// libxlsxwriter passes these texts through `lxw_strdup_formula`, which drops one leading "=";
    /// a text that starts with "=" therefore gets a second one so it arrives intact.
    private static func validationText(
        _ text: String?, kind: XLSXError.ValidationTextKind, isTitle: Bool, strings: CStringBundle
    ) throws(XLSXError) -> UnsafeMutablePointer<CChar>? {
        guard let normalized = text?.nfc, !normalized.isEmpty else { return nil }
        let length = normalized.utf16.count
        if isTitle {
            guard length <= ExcelLimits.maxValidationTitleLength else {
                throw .validationTitleTooLong(kind: kind, length: length)
            }
        } else {
            guard length <= ExcelLimits.maxValidationMessageLength else {
                throw .validationMessageTooLong(kind: kind, length: length)
            }
        }
        let what = "Data-validation \(kind.rawValue) \(isTitle ? "title" : "message")"
        try TextValidation.checkNoNul(normalized, what)
        let protected = normalized.hasPrefix("=") ? "=" + normalized : normalized
        return try strings.duplicate(protected, "copy the \(what.lowercased())")
    }

    /// libxlsxwriter's code for an error style.
    private static func errorTypeCode(_ style: DataValidation.ErrorStyle) -> UInt8 {
        let code: lxw_validation_error_types
        switch style {
        case .stop: code = LXW_VALIDATION_ERROR_TYPE_STOP
        case .warning: code = LXW_VALIDATION_ERROR_TYPE_WARNING
        case .information: code = LXW_VALIDATION_ERROR_TYPE_INFORMATION
        }
        return UInt8(truncatingIfNeeded: code.rawValue)
    }
}
