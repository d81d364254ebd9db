import Foundation

/// Every failure the XLSX writer can report, each naming the offending value and the limit it broke.
///
/// Coordinates stored in the cases are zero-based, exactly as they were passed to the API;
/// the human-readable messages show them one-based (row 1 = first row) or in A1 notation,
/// the way a spreadsheet user sees them.
public enum XLSXError: Error, LocalizedError, Equatable {
    /// The workbook was already closed (written to disk or failed while writing); nothing can use it any more.
    case workbookClosed
    /// A worksheet name was empty.
    case emptySheetName
    /// A worksheet name has more than 31 characters after NFC normalisation.
    case sheetNameTooLong(name: String, length: Int)
    /// A worksheet name contains one of `[ ] : * ? / \`.
    case sheetNameHasForbiddenCharacter(name: String, character: Character)
    /// A worksheet name begins or ends with an apostrophe.
    case sheetNameStartsOrEndsWithApostrophe(name: String)
    /// A worksheet name equals, ignoring case, the name of a sheet already in the workbook.
    case duplicateSheetName(name: String, existingName: String)
    /// A zero-based cell coordinate lies outside Excel's grid of 1,048,576 rows × 16,384 columns.
    case cellOutOfRange(row: Int, column: Int)
    /// A range's first row or column comes after its last one.
    case invertedRange(firstRow: Int, firstColumn: Int, lastRow: Int, lastColumn: Int)
    /// A merge was requested for a range that covers only one cell.
    case mergeOfSingleCell(cell: String)
    /// A merge overlaps a range merged earlier on the same sheet (Excel would call the file corrupt).
    case overlappingMerge(range: String, existingRange: String)
    /// Cell text (or a cached formula text) is longer than Excel's 32,767 characters.
    case textTooLong(length: Int, cell: String)
    /// A cell comment is longer than Excel's 32,767 characters.
    case commentTooLong(length: Int, cell: String)
    /// A formula is longer than Excel's 8,192 characters.
    case formulaTooLong(length: Int, cell: String)
    /// A formula is empty (or only "=").
    case emptyFormula(cell: String)
    /// An integer cannot be stored exactly because Excel numbers are IEEE doubles (|value| > 2^53).
    case integerNotExactlyRepresentable(value: Int64, cell: String)
    /// A number is NaN or infinite, which Excel cannot store.
    case nonFiniteNumber(value: Double, cell: String)
    /// A page header or footer is longer than Excel's 255 characters.
    case headerFooterTooLong(kind: HeaderFooterKind, length: Int)
    /// A font name is longer than Excel's 31 characters.
    case fontNameTooLong(name: String, length: Int)
    /// A number format is longer than the 127 bytes libxlsxwriter keeps.
    case numberFormatTooLong(format: String, byteCount: Int)
    /// A font size lies outside Excel's 1–409 points.
    case fontSizeOutOfRange(size: Double)
    /// An indent level lies outside Excel's 0–250.
    case indentOutOfRange(indent: Int)
    /// A column width lies outside Excel's 0–255 characters.
    case columnWidthOutOfRange(width: Double)
    /// A row height lies outside Excel's 0–409 points.
    case rowHeightOutOfRange(height: Double)
    /// A zoom factor lies outside Excel's 10–400 %.
    case zoomOutOfRange(percent: Int)
    /// A page margin is negative, not finite, or wider than the 1,000 mm sanity limit.
    case marginOutOfRange(millimetres: Double)
    /// A fit-to-pages count lies outside 0–32,767.
    case pageCountOutOfRange(count: Int)
    /// A cell format created by one workbook was passed to a worksheet of another workbook.
    case formatFromAnotherWorkbook
    /// Text contains U+0000, which C would treat as the end of the string and Excel cannot store.
    case nulCharacter(what: String)
    /// A conditional-format or data-validation value is NaN or infinite, which Excel cannot store.
    case ruleValueNotFinite(value: Double)
    /// A "between" rule has its minimum above its maximum.
    case ruleBoundsInverted(minimum: Double, maximum: Double)
    /// A whole-number data-validation bound has a fractional part.
    case validationValueNotWhole(value: Double)
    /// A data-validation input or error title is longer than Excel's 32 characters.
    case validationTitleTooLong(kind: ValidationTextKind, length: Int)
    /// A data-validation input or error message is longer than Excel's 255 characters.
    case validationMessageTooLong(kind: ValidationTextKind, length: Int)
    /// A list-validation source formula is empty (or only "=").
    case emptyValidationSource
    /// A list-validation source formula is longer than the 255 characters this writer accepts.
    case validationSourceTooLong(length: Int)
    /// A chart title, axis name or series name begins with "=", which libxlsxwriter would treat as a cell reference.
    case chartTextStartsWithEquals(text: String)
    /// A chart range is not a sheet-qualified A1 cell or range such as `='Biểu đồ'!$B$2:$B$11`.
    case invalidChartRange(formula: String)
    /// A chart range refers to a worksheet that this workbook does not have (names must match exactly).
    case chartRangeUnknownSheet(formula: String, sheet: String)
    /// A chart style number lies outside Excel's 1–48.
    case chartStyleOutOfRange(style: Int)
    /// A chart scale factor lies outside the accepted 0.01–100.
    case chartScaleOutOfRange(scale: Double)
    /// A chart offset lies outside the accepted 0–2,147,483,647 pixels.
    case chartOffsetOutOfRange(offset: Int)
    /// A chart created by one workbook was passed to a worksheet of another workbook.
    case chartFromAnotherWorkbook
    /// The chart has already been inserted into a worksheet; each chart can be shown only once.
    case chartAlreadyInserted
    /// The chart has no data series, so Excel could not draw it.
    case chartHasNoSeries
    /// A sheet-protection password is longer than the 15 characters the legacy Excel hash covers.
    case protectionPasswordTooLong(length: Int)
    /// A sheet-protection password has a character outside printable ASCII at the given one-based position.
    case protectionPasswordNotASCII(position: Int)
    /// The worksheet is the one shown when the file opens; activate another sheet before hiding it.
    case cannotHideActiveSheet(name: String)
    /// A sheet's print-titles formula would exceed the 127 bytes libxlsxwriter keeps (long quoted sheet name).
    case printTitlesTooLong(sheet: String, byteCount: Int)
    /// A defined name breaks Excel's naming rules (letter/underscore/backslash first, no spaces, not a cell reference).
    case invalidDefinedName(name: String)
    /// A defined name is longer than the 127 UTF-8 bytes libxlsxwriter keeps.
    case definedNameTooLong(name: String, byteCount: Int)
    /// A defined name's formula is longer than the 127 UTF-8 bytes libxlsxwriter keeps.
    case definedNameFormulaTooLong(name: String, byteCount: Int)
    /// A defined name's formula is empty (or only "=").
    case emptyDefinedNameFormula(name: String)
    /// A defined name equals, ignoring case, a name defined earlier in the workbook.
    case duplicateDefinedName(name: String, existingName: String)
    /// Memory for a C string could not be allocated.
    case outOfMemory(context: String)
    /// libxlsxwriter reported an error (or returned no object) while doing `context`.
    case libxlsxwriter(context: String, message: String)
    /// libxlsxwriter could not create or write the file at `path` (or its temporary files); `errorNumber` is the
    /// system's reason (`errno`: `ENOSPC` a full disk, `EACCES` no permission, …), 0 when unknown, and
    /// `message` the library's own words.
    case fileNotWritten(path: String, errorNumber: Int32, message: String)

    /// Which printed page caption a header/footer error is about.
    public enum HeaderFooterKind: String, Sendable, Equatable {
        /// The page header.
        case header
        /// The page footer.
        case footer
    }

    /// Which data-validation pop-up a title/message error is about.
    public enum ValidationTextKind: String, Sendable, Equatable {
        /// The input prompt shown when the cell is selected.
        case input
        /// The error alert shown when an invalid value is entered.
        case error
    }

    /// A one-sentence English explanation naming the value and the limit.
    public var errorDescription: String? {
        switch self {
        case .workbookClosed:
            return "The workbook has already been closed; it can no longer be changed or written again"
        case .emptySheetName:
            return "Worksheet name must not be empty"
        case .sheetNameTooLong(let name, let length):
            return "Worksheet name '\(name)' exceeds Excel's limit of \(ExcelLimits.maxSheetNameLength) characters "
                + "(it has \(length))"
        case .sheetNameHasForbiddenCharacter(let name, let character):
            return "Worksheet name '\(name)' contains '\(character)', which Excel forbids in sheet names "
                + "(forbidden: [ ] : * ? / \\)"
        case .sheetNameStartsOrEndsWithApostrophe(let name):
            return "Worksheet name '\(name)' must not begin or end with an apostrophe"
        case .duplicateSheetName(let name, let existingName):
            return "Worksheet name '\(name)' is already used by sheet '\(existingName)' "
                + "(Excel compares sheet names case-insensitively)"
        case .cellOutOfRange(let row, let column):
            return "Cell (row \(row + 1), column \(column + 1)) is outside Excel's grid of "
                + "\(grouped(ExcelLimits.rowCount)) rows × \(grouped(ExcelLimits.columnCount)) columns"
        case .invertedRange(let firstRow, let firstColumn, let lastRow, let lastColumn):
            return "Range from (row \(firstRow + 1), column \(firstColumn + 1)) to "
                + "(row \(lastRow + 1), column \(lastColumn + 1)) has its first cell after its last cell"
        case .mergeOfSingleCell(let cell):
            return "Cannot merge the single cell \(cell); a merged range needs at least two cells"
        case .overlappingMerge(let range, let existingRange):
            return "Merged range \(range) overlaps the range \(existingRange) merged earlier on the same sheet"
        case .textTooLong(let length, let cell):
            return "Text of \(length) characters in cell \(cell) exceeds Excel's limit of "
                + grouped(ExcelLimits.maxTextLength)
        case .commentTooLong(let length, let cell):
            return "Comment of \(length) characters on cell \(cell) exceeds Excel's limit of "
                + grouped(ExcelLimits.maxTextLength)
        case .formulaTooLong(let length, let cell):
            return "Formula of \(length) characters in cell \(cell) exceeds Excel's limit of "
                + grouped(ExcelLimits.maxFormulaLength)
        case .emptyFormula(let cell):
            return "Formula for cell \(cell) is empty"
        case .integerNotExactlyRepresentable(let value, let cell):
            return "Integer \(value) in cell \(cell) cannot be stored exactly: Excel numbers are exact only up to "
                + "±\(grouped(ExcelLimits.maxExactInteger)) (2^53)"
        case .nonFiniteNumber(let value, let cell):
            return "Number \(value) in cell \(cell) cannot be stored: Excel has no NaN or infinity"
        case .headerFooterTooLong(let kind, let length):
            return "Page \(kind.rawValue) of \(length) characters exceeds Excel's limit of "
                + "\(ExcelLimits.maxHeaderFooterLength)"
        case .fontNameTooLong(let name, let length):
            return "Font name '\(name)' of \(length) characters exceeds Excel's limit of "
                + "\(ExcelLimits.maxFontNameLength)"
        case .numberFormatTooLong(let format, let byteCount):
            return "Number format '\(format)' of \(byteCount) UTF-8 bytes exceeds libxlsxwriter's limit of "
                + "\(ExcelLimits.maxNumberFormatBytes) bytes"
        case .fontSizeOutOfRange(let size):
            return "Font size \(size) is outside Excel's range of \(ExcelLimits.fontSizes.lowerBound)–"
                + "\(ExcelLimits.fontSizes.upperBound) points"
        case .indentOutOfRange(let indent):
            return "Indent level \(indent) is outside Excel's range of \(ExcelLimits.indentLevels.lowerBound)–"
                + "\(ExcelLimits.indentLevels.upperBound)"
        case .columnWidthOutOfRange(let width):
            return "Column width \(width) is outside Excel's range of \(ExcelLimits.columnWidths.lowerBound)–"
                + "\(ExcelLimits.columnWidths.upperBound) characters"
        case .rowHeightOutOfRange(let height):
            return "Row height \(height) is outside Excel's range of \(ExcelLimits.rowHeights.lowerBound)–"
                + "\(ExcelLimits.rowHeights.upperBound) points"
        case .zoomOutOfRange(let percent):
            return "Zoom of \(percent)% is outside Excel's range of \(ExcelLimits.zoomPercents.lowerBound)–"
                + "\(ExcelLimits.zoomPercents.upperBound)%"
        case .marginOutOfRange(let millimetres):
            return "Page margin of \(millimetres) mm is outside the accepted range of "
                + "\(ExcelLimits.marginMillimetres.lowerBound)–\(ExcelLimits.marginMillimetres.upperBound) mm"
        case .pageCountOutOfRange(let count):
            return "Fit-to-pages count \(count) is outside Excel's range of \(ExcelLimits.fitToPageCounts.lowerBound)–"
                + grouped(ExcelLimits.fitToPageCounts.upperBound)
        case .formatFromAnotherWorkbook:
            return "The cell format belongs to a different workbook; ask this sheet's workbook for the format"
        case .nulCharacter(let what):
            return "\(what) contains a NUL character (U+0000), which Excel cannot store"
        case .ruleValueNotFinite(let value):
            return "Rule value \(value) cannot be used: Excel has no NaN or infinity"
        case .ruleBoundsInverted(let minimum, let maximum):
            return "Rule minimum \(minimum) is greater than its maximum \(maximum)"
        case .validationValueNotWhole(let value):
            return "Whole-number validation bound \(value) has a fractional part"
        case .validationTitleTooLong(let kind, let length):
            return "Data-validation \(kind.rawValue) title of \(length) characters exceeds Excel's limit of "
                + "\(ExcelLimits.maxValidationTitleLength)"
        case .validationMessageTooLong(let kind, let length):
            return "Data-validation \(kind.rawValue) message of \(length) characters exceeds Excel's limit of "
                + "\(ExcelLimits.maxValidationMessageLength)"
        case .emptyValidationSource:
            return "Data-validation list source is empty; give a range such as =Hidden!$A$1:$A$50"
        case .validationSourceTooLong(let length):
            return "Data-validation list source of \(length) characters exceeds the limit of "
                + "\(ExcelLimits.maxValidationFormulaLength)"
        case .chartTextStartsWithEquals(let text):
            return "Chart text '\(text)' must not begin with '=', which libxlsxwriter would read as a cell reference"
        case .invalidChartRange(let formula):
            return "Chart range '\(formula)' is not a sheet-qualified A1 cell or range inside Excel's grid, "
                + "such as ='Biểu đồ'!$B$2:$B$11"
        case .chartRangeUnknownSheet(let formula, let sheet):
            return "Chart range '\(formula)' refers to worksheet '\(sheet)', which this workbook does not have"
        case .chartStyleOutOfRange(let style):
            return "Chart style \(style) is outside Excel's range of \(ExcelLimits.chartStyles.lowerBound)–"
                + "\(ExcelLimits.chartStyles.upperBound)"
        case .chartScaleOutOfRange(let scale):
            return "Chart scale \(scale) is outside the accepted range of \(ExcelLimits.chartScales.lowerBound)–"
                + "\(ExcelLimits.chartScales.upperBound)"
        case .chartOffsetOutOfRange(let offset):
            return "Chart offset of \(offset) pixels is outside the accepted range of 0–"
                + grouped(ExcelLimits.chartOffsets.upperBound)
        case .chartFromAnotherWorkbook:
            return "The chart belongs to a different workbook; insert it into a worksheet of the workbook that made it"
        case .chartAlreadyInserted:
            return "The chart has already been inserted into a worksheet; each chart can be inserted only once"
        case .chartHasNoSeries:
            return "The chart has no data series; add at least one with addSeries before inserting it"
        case .protectionPasswordTooLong(let length):
            return "Protection password of \(length) characters exceeds the limit of "
                + "\(ExcelLimits.maxProtectionPasswordLength) covered by Excel's sheet-protection hash"
        case .protectionPasswordNotASCII(let position):
            return "Protection password character \(position) is not printable ASCII; Excel hashes other "
                + "characters differently, so the sheet could not be unprotected"
        case .cannotHideActiveSheet(let name):
            return "Worksheet '\(name)' is the sheet shown when the file opens and cannot be hidden; "
                + "activate another sheet first"
        case .printTitlesTooLong(let sheet, let byteCount):
            return "Print titles of sheet '\(sheet)' need \(byteCount) UTF-8 bytes, over libxlsxwriter's limit of "
                + "\(ExcelLimits.maxDefinedNameBytes); use a shorter sheet name"
        case .invalidDefinedName(let name):
            return "Defined name '\(name)' is invalid: it must start with a letter, '_' or '\\', contain only "
                + "letters, digits, '_', '.' or '\\', not look like a cell reference, and not use the _xlnm. prefix"
        case .definedNameTooLong(let name, let byteCount):
            return "Defined name '\(name)' of \(byteCount) UTF-8 bytes exceeds libxlsxwriter's limit of "
                + "\(ExcelLimits.maxDefinedNameBytes) bytes"
        case .definedNameFormulaTooLong(let name, let byteCount):
            return "Formula of defined name '\(name)' of \(byteCount) UTF-8 bytes exceeds libxlsxwriter's limit of "
                + "\(ExcelLimits.maxDefinedNameBytes) bytes"
        case .emptyDefinedNameFormula(let name):
            return "Formula of defined name '\(name)' is empty"
        case .duplicateDefinedName(let name, let existingName):
            return "Defined name '\(name)' is already used by '\(existingName)' "
                + "(Excel compares defined names case-insensitively)"
        case .outOfMemory(let context):
            return "Out of memory while trying to \(context)"
        case .libxlsxwriter(let context, let message):
            return "libxlsxwriter failed to \(context): \(message)"
        case .fileNotWritten(let path, let errorNumber, let message):
            let reason = errorNumber == 0 ? "unknown system error" : String(cString: strerror(errorNumber))
            return "The workbook could not be written to '\(path)': \(reason) (libxlsxwriter: \(message))"
        }
    }

    /// The system's reason (`errno`) when the file itself could not be written, nil for every other error.
    public var errorNumber: Int32? {
        guard case .fileNotWritten(_, let errorNumber, _) = self, errorNumber != 0 else { return nil }
        return errorNumber
    }
}

/// Formats an integer with comma thousands separators ("1,048,576"), independent of the user's locale.
func grouped<Number: BinaryInteger>(_ value: Number) -> String {
    let digits = String(value.magnitude)
    var result = ""
    for (offset, digit) in digits.enumerated() {
        if offset > 0, (digits.count - offset) % 3 == 0 { result.append(",") }
        result.append(digit)
    }
    return value < 0 ? "-" + result : result
}
