internal import CXlsxWriter

extension Worksheet {
    /// Repeats columns `first...last` at the left of every printed page (e.g. the unit-name column).
    ///
    /// Together with `repeatRows` this becomes the sheet's `_xlnm.Print_Titles` name. libxlsxwriter
    /// formats that name into a 128-byte buffer and silently truncates it, which Excel reports as a
    /// corrupt file; long quoted sheet names (Vietnamese text is 2–3 bytes a letter) are refused here.
    public func repeatColumns(first: Int, last: Int) throws(XLSXError) {
        let live = try liveHandle()
        try GridValidation.checkRange(firstRow: 0, firstColumn: first, lastRow: 0, lastColumn: last)
        var rows: ClosedRange<Int>?
        if live.pointee.repeat_rows.in_use != 0 {
            rows = Int(live.pointee.repeat_rows.first_row)...Int(live.pointee.repeat_rows.last_row)
        }
        try checkPrintTitlesLength(columns: first...last, rows: rows)
        try check(
            worksheet_repeat_columns(live, LibraryIndex.column(first), LibraryIndex.column(last)),
            "repeat columns \(CellReference.column(first))–\(CellReference.column(last)) on every page "
                + "of sheet '\(name)'")
    }

    /// Throws `printTitlesTooLong` if libxlsxwriter's Print_Titles formula for these settings would not fit.
    ///
    /// Mirrors workbook.c: `"%s!$%s:$%s,%s!$%d:$%d"` (or one half) into `char[LXW_DEFINED_NAME_LENGTH]`.
    func checkPrintTitlesLength(columns: ClosedRange<Int>?, rows: ClosedRange<Int>?) throws(XLSXError) {
        let quoted = try quotedSheetName()
        var parts: [String] = []
        if let columns {
            parts.append(
                quoted + "!$" + CellReference.column(columns.lowerBound)
                    + ":$" + CellReference.column(columns.upperBound))
        }
        if let rows {
            parts.append(quoted + "!$" + String(rows.lowerBound + 1) + ":$" + String(rows.upperBound + 1))
        }
        let formula = parts.joined(separator: ",")
        let appName = quoted + "!Print_Titles"
        let byteCount = max(formula.utf8.count, appName.utf8.count)
        guard byteCount <= ExcelLimits.maxDefinedNameBytes else {
            throw .printTitlesTooLong(sheet: name, byteCount: byteCount)
        }
    }

    /// The sheet name as libxlsxwriter quotes it in formulas (unquoted when only ASCII letters, digits, "_", ".").
    private func quotedSheetName() throws(XLSXError) -> String {
        if let quoted = try liveHandle().pointee.quoted_name {
            return String(cString: quoted)
        }
        let plain = name.utf8.allSatisfy { byte in
            (byte >= 0x30 && byte <= 0x39) || (byte >= 0x41 && byte <= 0x5A) || (byte >= 0x61 && byte <= 0x7A)
                || byte == 0x5F || byte == 0x2E
        }
        // qualified(sheet:_:) quotes and doubles apostrophes; drop its trailing "!".
        return plain ? name : String(CellReference.qualified(sheet: name, "").dropLast())
    }
}
