internal import CXlsxWriter

extension Workbook {
    /// Creates a chart owned by this workbook; add series to it, then show it with `Worksheet.insertChart`.
    ///
    /// A chart that is never inserted is simply freed with the workbook.
    public func addChart(_ kind: ChartKind) throws(XLSXError) -> Chart {
        let live = try liveHandle()
        let chart = try checkNotNull(workbook_add_chart(live, kind.libraryType), "add a \(kind) chart")
        return Chart(kind: kind, handle: chart, workbook: self)
    }
}
