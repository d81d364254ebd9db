internal import CXlsxWriter

extension Worksheet {
    /// Millimetres per inch, for converting our margins to libxlsxwriter's inches.
    private static let millimetresPerInch = 25.4

    /// Sets the paper size used when printing.
    public func setPaper(_ paper: Paper) throws(XLSXError) {
        worksheet_set_paper(try liveHandle(), paper.rawValue)
    }

    /// Sets portrait or landscape printing.
    public func setOrientation(_ orientation: Orientation) throws(XLSXError) {
        let live = try liveHandle()
        switch orientation {
        case .portrait: worksheet_set_portrait(live)
        case .landscape: worksheet_set_landscape(live)
        }
    }

    /// Sets the printed page margins in millimetres (converted to the inches Excel stores).
    public func setMargins(left: Double, right: Double, top: Double, bottom: Double) throws(XLSXError) {
        let live = try liveHandle()
        for margin in [left, right, top, bottom] where !ExcelLimits.marginMillimetres.contains(margin) {
            throw .marginOutOfRange(millimetres: margin)
        }
        worksheet_set_margins(
            live, Self.inches(left), Self.inches(right), Self.inches(top), Self.inches(bottom))
    }

    /// Converts millimetres to inches rounded to 1/10,000 inch, so 19.05 mm is stored as "0.75", not
    /// "0.7500000000000001".
    private static func inches(_ millimetres: Double) -> Double {
        (millimetres / millimetresPerInch * 10_000).rounded() / 10_000
    }

    /// Repeats rows `first...last` at the top of every printed page (e.g. the table header).
    public func repeatRows(first: Int, last: Int) throws(XLSXError) {
        let live = try liveHandle()
        try GridValidation.checkRange(firstRow: first, firstColumn: 0, lastRow: last, lastColumn: 0)
        var columns: ClosedRange<Int>?
        if live.pointee.repeat_cols.in_use != 0 {
            columns = Int(live.pointee.repeat_cols.first_col)...Int(live.pointee.repeat_cols.last_col)
        }
        try checkPrintTitlesLength(columns: columns, rows: first...last)
        try check(
            worksheet_repeat_rows(live, LibraryIndex.row(first), LibraryIndex.row(last)),
            "repeat rows \(first + 1)–\(last + 1) on every page of sheet '\(name)'")
    }

    /// Scales the printout to fit `width` pages across and `height` pages down (0 = as many as needed).
    public func fitToPages(width: Int, height: Int) throws(XLSXError) {
        let live = try liveHandle()
        for count in [width, height] where !ExcelLimits.fitToPageCounts.contains(count) {
            throw .pageCountOutOfRange(count: count)
        }
        worksheet_fit_to_pages(live, UInt16(truncatingIfNeeded: width), UInt16(truncatingIfNeeded: height))
    }

    /// Centres the printed content horizontally between the left and right margins.
    public func centerHorizontally() throws(XLSXError) {
        worksheet_center_horizontally(try liveHandle())
    }

    /// Sets the printed page header, using Excel's codes ("&C" centre, "&P" page, "&N" page count, "&&" for "&").
    public func setHeader(_ text: String) throws(XLSXError) {
        let live = try liveHandle()
        let normalized = try Self.validatedHeaderFooter(text, kind: .header)
        try check(worksheet_set_header(live, normalized), "set the page header of sheet '\(name)'")
    }

    /// Sets the printed page footer, e.g. "&CTrang &P/&N" for "Trang 1/3" centred.
    public func setFooter(_ text: String) throws(XLSXError) {
        let live = try liveHandle()
        let normalized = try Self.validatedHeaderFooter(text, kind: .footer)
        try check(worksheet_set_footer(live, normalized), "set the page footer of sheet '\(name)'")
    }

    /// Restricts printing to the given range of cells.
    public func printArea(firstRow: Int, firstColumn: Int, lastRow: Int, lastColumn: Int) throws(XLSXError) {
        let live = try liveHandle()
        try GridValidation.checkRange(
            firstRow: firstRow, firstColumn: firstColumn, lastRow: lastRow, lastColumn: lastColumn)
        let range = CellReference.range(
            firstRow: firstRow, firstColumn: firstColumn, lastRow: lastRow, lastColumn: lastColumn)
        try check(
            worksheet_print_area(
                live, LibraryIndex.row(firstRow), LibraryIndex.column(firstColumn),
                LibraryIndex.row(lastRow), LibraryIndex.column(lastColumn)),
            "set the print area \(range) of sheet '\(name)'")
    }

    /// Hides the gridlines on screen and on paper.
    public func hideGridlines() throws(XLSXError) {
        worksheet_gridlines(try liveHandle(), UInt8(truncatingIfNeeded: LXW_HIDE_ALL_GRIDLINES.rawValue))
    }

    /// Sets the on-screen zoom in percent (10–400); printing is unaffected.
    public func setZoom(_ percent: Int) throws(XLSXError) {
        let live = try liveHandle()
        guard ExcelLimits.zoomPercents.contains(percent) else { throw .zoomOutOfRange(percent: percent) }
        worksheet_set_zoom(live, UInt16(truncatingIfNeeded: percent))
    }

    /// Makes this the sheet shown when the file is opened.
    public func activate() throws(XLSXError) {
        worksheet_activate(try liveHandle())
    }

    /// Colours the sheet's tab.
    public func setTabColor(_ color: RGB) throws(XLSXError) {
        worksheet_set_tab_color(try liveHandle(), libraryColor(color))
    }

    /// Returns the NFC header/footer text, or throws if it exceeds Excel's 255 characters.
    private static func validatedHeaderFooter(
        _ text: String, kind: XLSXError.HeaderFooterKind
    ) throws(XLSXError) -> String {
        let normalized = text.nfc
        // libxlsxwriter counts UTF-8 code points; after NFC that is the Unicode scalar count.
        let length = normalized.unicodeScalars.count
        guard length <= ExcelLimits.maxHeaderFooterLength else {
            throw .headerFooterTooLong(kind: kind, length: length)
        }
        try TextValidation.checkNoNul(normalized, "Page \(kind.rawValue)")
        return normalized
    }
}
