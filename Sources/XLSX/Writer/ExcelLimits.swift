/// Excel's hard limits that the writer checks before any value reaches libxlsxwriter.
public enum ExcelLimits {
    /// Number of rows in a worksheet (valid zero-based rows are `0..<rowCount`).
    public static let rowCount = 1_048_576
    /// Number of columns in a worksheet (valid zero-based columns are `0..<columnCount`, A…XFD).
    public static let columnCount = 16_384
    /// Maximum characters (UTF-16 code units) in one cell's text or comment.
    public static let maxTextLength = 32_767
    /// Maximum characters in a formula.
    public static let maxFormulaLength = 8_192
    /// Maximum characters in a worksheet name.
    public static let maxSheetNameLength = 31
    /// Maximum characters in a page header or footer, control codes included.
    public static let maxHeaderFooterLength = 255
    /// Maximum characters in a font name.
    public static let maxFontNameLength = 31
    /// Maximum UTF-8 bytes of a number format that libxlsxwriter keeps without truncating.
    public static let maxNumberFormatBytes = 127
    /// Largest magnitude up to which every integer is exactly representable as a Double (2^53).
    public static let maxExactInteger: Int64 = 1 << 53
    /// Font sizes Excel accepts, in points.
    public static let fontSizes: ClosedRange<Double> = 1...409
    /// Indent levels Excel accepts.
    public static let indentLevels: ClosedRange<Int> = 0...250
    /// Column widths Excel accepts, in characters of the default font.
    public static let columnWidths: ClosedRange<Double> = 0...255
    /// Row heights Excel accepts, in points.
    public static let rowHeights: ClosedRange<Double> = 0...409
    /// Zoom factors Excel accepts, in percent.
    public static let zoomPercents: ClosedRange<Int> = 10...400
    /// Page margins accepted by this writer, in millimetres (a sanity bound; paper is smaller).
    public static let marginMillimetres: ClosedRange<Double> = 0...1_000
    /// Page counts accepted by fit-to-pages (0 means "as many as needed").
    public static let fitToPageCounts: ClosedRange<Int> = 0...32_767
    /// Maximum characters (UTF-16 code units) in a data-validation input or error title.
    public static let maxValidationTitleLength = 32
    /// Maximum characters (UTF-16 code units) in a data-validation input or error message.
    public static let maxValidationMessageLength = 255
    /// Maximum characters in a data-validation list-source formula (conservative: Excel's list limit).
    public static let maxValidationFormulaLength = 255
    /// Maximum characters of a sheet-protection password (the legacy 16-bit hash covers 15).
    public static let maxProtectionPasswordLength = 15
    /// Maximum UTF-8 bytes of a defined name, or of its formula, that libxlsxwriter keeps without truncating.
    public static let maxDefinedNameBytes = 127
    /// Built-in chart styles Excel offers (Design ▸ Chart Styles).
    public static let chartStyles: ClosedRange<Int> = 1...48
    /// Chart scale factors accepted by `Worksheet.insertChart` (a sanity bound around Excel's sizes).
    public static let chartScales: ClosedRange<Double> = 0.01...100
    /// Chart offsets in pixels accepted by `Worksheet.insertChart` (libxlsxwriter stores int32).
    public static let chartOffsets: ClosedRange<Int> = 0...Int(Int32.max)
    /// Characters Excel forbids anywhere in a worksheet name.
    public static let forbiddenSheetNameCharacters: Set<Character> = ["[", "]", ":", "*", "?", "/", "\\"]
}

/// Coordinate checks shared by every worksheet operation.
enum GridValidation {
    /// Throws `cellOutOfRange` unless (row, column) lies inside Excel's grid.
    static func checkCell(row: Int, column: Int) throws(XLSXError) {
        guard (0..<ExcelLimits.rowCount).contains(row), (0..<ExcelLimits.columnCount).contains(column) else {
            throw .cellOutOfRange(row: row, column: column)
        }
    }

    /// Throws unless both corners lie inside the grid and the first corner is not after the last.
    static func checkRange(firstRow: Int, firstColumn: Int, lastRow: Int, lastColumn: Int) throws(XLSXError) {
        try checkCell(row: firstRow, column: firstColumn)
        try checkCell(row: lastRow, column: lastColumn)
        guard firstRow <= lastRow, firstColumn <= lastColumn else {
            throw .invertedRange(firstRow: firstRow, firstColumn: firstColumn, lastRow: lastRow, lastColumn: lastColumn)
        }
    }

    /// Throws `cellOutOfRange` unless `row` is a valid zero-based row (column 0 is reported alongside).
    static func checkRow(_ row: Int) throws(XLSXError) {
        try checkCell(row: row, column: 0)
    }

    /// Throws `cellOutOfRange` unless `column` is a valid zero-based column (row 0 is reported alongside).
    static func checkColumn(_ column: Int) throws(XLSXError) {
        try checkCell(row: 0, column: column)
    }

    /// Throws `textTooLong` if `text` (already NFC) exceeds Excel's per-cell limit.
    ///
    /// Counts UTF-16 code units, as Excel does; this is never less than the code-point count
    /// libxlsxwriter checks, so a string accepted here is accepted by the C library too.
    static func checkTextLength(_ text: String, row: Int, column: Int) throws(XLSXError) {
        let length = text.utf16.count
        guard length <= ExcelLimits.maxTextLength else {
            throw .textTooLong(length: length, cell: CellReference.a1(row: row, column: column))
        }
    }
}
