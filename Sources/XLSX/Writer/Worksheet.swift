internal import CXlsxWriter

/// One sheet of a workbook; writes cells, formulas and layout into it.
///
/// Obtained from `Workbook.addWorksheet(named:)`. Coordinates are zero-based (row 0, column 0 is A1)
/// and are checked against Excel's grid before anything reaches libxlsxwriter. Every string is
/// NFC-normalised. After the workbook is closed every method throws `XLSXError.workbookClosed`.
public final class Worksheet {
    /// The sheet name as stored in the file (NFC-normalised).
    public let name: String
    /// The owning workbook, held strongly so the C worksheet it owns stays valid.
    public let workbook: Workbook
    /// The libxlsxwriter worksheet; owned and freed by the workbook.
    private let handle: UnsafeMutablePointer<lxw_worksheet>
    /// Ranges merged so far, to refuse overlaps that Excel would reject as corrupt.
    var mergedRanges: [MergedRange] = []

    /// Wraps a worksheet that `workbook` has just created.
    init(name: String, handle: UnsafeMutablePointer<lxw_worksheet>, workbook: Workbook) {
        self.name = name
        self.handle = handle
        self.workbook = workbook
    }

    /// The C worksheet, or `workbookClosed` if the workbook has been closed.
    func liveHandle() throws(XLSXError) -> UnsafeMutablePointer<lxw_worksheet> {
        try workbook.ensureOpen()
        return handle
    }

    /// Describes a cell for error contexts: "cell B14 of sheet 'Tổng hợp'".
    func describe(row: Int, column: Int) -> String {
        "cell \(CellReference.a1(row: row, column: column)) of sheet '\(name)'"
    }

    /// Writes text; an empty string writes a blank cell (kept only if it has a format).
    public func write(_ text: String, row: Int, column: Int, format: CellFormat? = nil) throws(XLSXError) {
        let live = try liveHandle()
        try GridValidation.checkCell(row: row, column: column)
        let normalized = text.nfc
        guard !normalized.isEmpty else {
            try writeBlank(row: row, column: column, format: format)
            return
        }
        try GridValidation.checkTextLength(normalized, row: row, column: column)
        try TextValidation.checkNoNul(normalized, "Text for cell \(CellReference.a1(row: row, column: column))")
        let libraryFormat = try format.libraryHandle(for: workbook)
        try check(
            worksheet_write_string(
                live, LibraryIndex.row(row), LibraryIndex.column(column), normalized, libraryFormat),
            "write text to \(describe(row: row, column: column))")
    }

    /// Writes a number; NaN and infinities are refused because Excel cannot store them.
    public func write(_ number: Double, row: Int, column: Int, format: CellFormat? = nil) throws(XLSXError) {
        let live = try liveHandle()
        try GridValidation.checkCell(row: row, column: column)
        guard number.isFinite else {
            throw .nonFiniteNumber(value: number, cell: CellReference.a1(row: row, column: column))
        }
        let libraryFormat = try format.libraryHandle(for: workbook)
        try check(
            worksheet_write_number(
                live, LibraryIndex.row(row), LibraryIndex.column(column), number, libraryFormat),
            "write a number to \(describe(row: row, column: column))")
    }

    /// Writes an integer, refusing values beyond ±2^53 that a Double (Excel's number type) would round.
    public func write(_ number: Int64, row: Int, column: Int, format: CellFormat? = nil) throws(XLSXError) {
        try workbook.ensureOpen()
        try GridValidation.checkCell(row: row, column: column)
        guard number.magnitude <= ExcelLimits.maxExactInteger.magnitude else {
            throw .integerNotExactlyRepresentable(value: number, cell: CellReference.a1(row: row, column: column))
        }
        try write(Double(number), row: row, column: column, format: format)
    }

    /// Writes an integer (convenience for `Int` counts; same ±2^53 rule as the `Int64` overload).
    public func write(_ number: Int, row: Int, column: Int, format: CellFormat? = nil) throws(XLSXError) {
        try write(Int64(number), row: row, column: column, format: format)
    }

    /// Writes a formula (with its leading "=") plus the numeric result viewers show before recalculating.
    public func writeFormula(
        _ formula: String, cachedNumber: Double, row: Int, column: Int, format: CellFormat? = nil
    ) throws(XLSXError) {
        let live = try liveHandle()
        let normalized = try validatedFormula(formula, row: row, column: column)
        guard cachedNumber.isFinite else {
            throw .nonFiniteNumber(value: cachedNumber, cell: CellReference.a1(row: row, column: column))
        }
        let libraryFormat = try format.libraryHandle(for: workbook)
        try check(
            worksheet_write_formula_num(
                live, LibraryIndex.row(row), LibraryIndex.column(column), normalized, libraryFormat, cachedNumber),
            "write a formula to \(describe(row: row, column: column))")
    }

    /// Writes a formula (with its leading "=") plus the text result viewers show before recalculating.
    public func writeFormula(
        _ formula: String, cachedText: String, row: Int, column: Int, format: CellFormat? = nil
    ) throws(XLSXError) {
        let live = try liveHandle()
        let normalized = try validatedFormula(formula, row: row, column: column)
        let cached = cachedText.nfc
        try GridValidation.checkTextLength(cached, row: row, column: column)
        try TextValidation.checkNoNul(cached, "Cached text for cell \(CellReference.a1(row: row, column: column))")
        let libraryFormat = try format.libraryHandle(for: workbook)
        try check(
            worksheet_write_formula_str(
                live, LibraryIndex.row(row), LibraryIndex.column(column), normalized, libraryFormat, cached),
            "write a formula to \(describe(row: row, column: column))")
    }

    /// Writes a cell with a format but no value (Excel drops blank cells that have no format).
    public func writeBlank(row: Int, column: Int, format: CellFormat?) throws(XLSXError) {
        let live = try liveHandle()
        try GridValidation.checkCell(row: row, column: column)
        let libraryFormat = try format.libraryHandle(for: workbook)
        try check(
            worksheet_write_blank(live, LibraryIndex.row(row), LibraryIndex.column(column), libraryFormat),
            "write a blank to \(describe(row: row, column: column))")
    }

    /// Checks the cell and formula limits and returns the NFC formula.
    private func validatedFormula(_ formula: String, row: Int, column: Int) throws(XLSXError) -> String {
        try GridValidation.checkCell(row: row, column: column)
        let normalized = formula.nfc
        let cell = CellReference.a1(row: row, column: column)
        let body = normalized.hasPrefix("=") ? normalized.dropFirst() : Substring(normalized)
        guard !body.allSatisfy(\.isWhitespace) else { throw .emptyFormula(cell: cell) }
        let length = normalized.utf16.count
        guard length <= ExcelLimits.maxFormulaLength else {
            throw .formulaTooLong(length: length, cell: cell)
        }
        try TextValidation.checkNoNul(normalized, "Formula for cell \(cell)")
        return normalized
    }
}

/// A worksheet wraps mutable C state and must stay within one concurrency domain.
@available(*, unavailable)
extension Worksheet: Sendable {}
