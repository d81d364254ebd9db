internal import CXlsxWriter

extension Worksheet {
    /// Prints pages over, then down: all columns of the first rows' band, then the next band.
    ///
    /// Excel's default is down, then over (every row of the first columns first); a wide table read
    /// row by row assembles more naturally over, then down.
    public func printAcross() throws(XLSXError) {
        worksheet_print_across(try liveHandle())
    }

    /// Numbers the sheet's first printed page `number` (the `&P` of headers and footers).
    ///
    /// LibreOffice otherwise continues page numbers from the previous sheet of the workbook.
    /// Throws `pageCountOutOfRange` outside 1–32,767.
    public func setFirstPageNumber(_ number: Int) throws(XLSXError) {
        let live = try liveHandle()
        guard number >= 1, ExcelLimits.fitToPageCounts.contains(number) else {
            throw .pageCountOutOfRange(count: number)
        }
        worksheet_set_start_page(live, UInt16(truncatingIfNeeded: number))
    }
}
