internal import CXlsxWriter

/// A rectangular block of cells merged into one, remembered to detect overlaps.
struct MergedRange: Equatable {
    /// First (top) zero-based row.
    let firstRow: Int
    /// First (left) zero-based column.
    let firstColumn: Int
    /// Last (bottom) zero-based row.
    let lastRow: Int
    /// Last (right) zero-based column.
    let lastColumn: Int

    /// Whether the two ranges share at least one cell.
    func overlaps(_ other: MergedRange) -> Bool {
        firstRow <= other.lastRow && other.firstRow <= lastRow
            && firstColumn <= other.lastColumn && other.firstColumn <= lastColumn
    }

    /// The range in A1 notation, e.g. "A1:F1".
    var a1: String {
        CellReference.range(firstRow: firstRow, firstColumn: firstColumn, lastRow: lastRow, lastColumn: lastColumn)
    }
}

extension Worksheet {
    /// Merges a block of at least two cells, writing `text` into it with `format` applied to every cell.
    ///
    /// Refuses ranges that overlap an earlier merge on this sheet (Excel reports such files as corrupt).
    /// Not available in constant-memory mode.
    public func merge(
        firstRow: Int, firstColumn: Int, lastRow: Int, lastColumn: Int,
        text: String = "", format: CellFormat? = nil
    ) throws(XLSXError) {
        let live = try liveHandle()
        try GridValidation.checkRange(
            firstRow: firstRow, firstColumn: firstColumn, lastRow: lastRow, lastColumn: lastColumn)
        let range = MergedRange(firstRow: firstRow, firstColumn: firstColumn, lastRow: lastRow, lastColumn: lastColumn)
        guard firstRow != lastRow || firstColumn != lastColumn else {
            throw .mergeOfSingleCell(cell: CellReference.a1(row: firstRow, column: firstColumn))
        }
        if let existing = mergedRanges.first(where: { $0.overlaps(range) }) {
            throw .overlappingMerge(range: range.a1, existingRange: existing.a1)
        }
        let normalized = text.nfc
        try GridValidation.checkTextLength(normalized, row: firstRow, column: firstColumn)
        try TextValidation.checkNoNul(normalized, "Text for merged range \(range.a1)")
        let libraryFormat = try format.libraryHandle(for: workbook)
        try check(
            worksheet_merge_range(
                live, LibraryIndex.row(firstRow), LibraryIndex.column(firstColumn),
                LibraryIndex.row(lastRow), LibraryIndex.column(lastColumn), normalized, libraryFormat),
            "merge \(range.a1) of sheet '\(name)'")
        mergedRanges.append(range)
    }

    /// Sets the width (in characters of the default font) and optional format of columns `first...last`.
    public func setColumns(
        _ first: Int, _ last: Int, width: Double, format: CellFormat? = nil, hidden: Bool = false
    ) throws(XLSXError) {
        let live = try liveHandle()
        try GridValidation.checkRange(firstRow: 0, firstColumn: first, lastRow: 0, lastColumn: last)
        guard ExcelLimits.columnWidths.contains(width) else { throw .columnWidthOutOfRange(width: width) }
        let libraryFormat = try format.libraryHandle(for: workbook)
        var options = lxw_row_col_options()
        options.hidden = hidden ? 1 : 0
        try check(
            worksheet_set_column_opt(
                live, LibraryIndex.column(first), LibraryIndex.column(last), width, libraryFormat, &options),
            "set the columns \(CellReference.column(first)):\(CellReference.column(last)) of sheet '\(name)'")
    }

    /// Sets the height of a row in points (0 hides it) and an optional default format for the row.
    public func setRow(_ row: Int, height: Double, format: CellFormat? = nil) throws(XLSXError) {
        let live = try liveHandle()
        try GridValidation.checkRow(row)
        guard ExcelLimits.rowHeights.contains(height) else { throw .rowHeightOutOfRange(height: height) }
        let libraryFormat = try format.libraryHandle(for: workbook)
        try check(
            worksheet_set_row(live, LibraryIndex.row(row), height, libraryFormat),
            "set row \(row + 1) of sheet '\(name)'")
    }

    /// Freezes the rows above `row` and the columns left of `column` (0 freezes nothing in that direction).
    public func freezePanes(row: Int, column: Int) throws(XLSXError) {
        let live = try liveHandle()
        try GridValidation.checkCell(row: row, column: column)
        worksheet_freeze_panes(live, LibraryIndex.row(row), LibraryIndex.column(column))
    }

    /// Adds filter drop-downs to the header row of the given range.
    public func autofilter(firstRow: Int, firstColumn: Int, lastRow: Int, lastColumn: Int) throws(XLSXError) {
        let live = try liveHandle()
        try GridValidation.checkRange(
            firstRow: firstRow, firstColumn: firstColumn, lastRow: lastRow, lastColumn: lastColumn)
        try check(
            worksheet_autofilter(
                live, LibraryIndex.row(firstRow), LibraryIndex.column(firstColumn),
                LibraryIndex.row(lastRow), LibraryIndex.column(lastColumn)),
            "add an autofilter to sheet '\(name)'")
    }

    /// Attaches a note (comment) to a cell.
    public func writeComment(_ text: String, row: Int, column: Int) throws(XLSXError) {
        let live = try liveHandle()
        try GridValidation.checkCell(row: row, column: column)
        let normalized = text.nfc
        let length = normalized.utf16.count
        guard length <= ExcelLimits.maxTextLength else {
            throw .commentTooLong(length: length, cell: CellReference.a1(row: row, column: column))
        }
        try TextValidation.checkNoNul(normalized, "Comment for cell \(CellReference.a1(row: row, column: column))")
        try check(
            worksheet_write_comment(live, LibraryIndex.row(row), LibraryIndex.column(column), normalized),
            "write a comment on \(describe(row: row, column: column))")
    }
}
