internal import CXlsxWriter

extension Worksheet {
    /// Places a chart with its top-left corner in a cell, shifted by pixel offsets and scaled from 480 × 288 px.
    ///
    /// The chart must come from this sheet's workbook, have at least one series, and not be inserted yet
    /// (libxlsxwriter draws each chart once). Scales must lie in 0.01–100 and offsets in 0–2,147,483,647.
    public func insertChart(
        _ chart: Chart, row: Int, column: Int,
        xOffset: Int = 0, yOffset: Int = 0, xScale: Double = 1, yScale: Double = 1
    ) throws(XLSXError) {
        let live = try liveHandle()
        try GridValidation.checkCell(row: row, column: column)
        guard chart.workbook === workbook else { throw .chartFromAnotherWorkbook }
        let libraryChart = try chart.liveHandle()
        guard !chart.isInserted else { throw .chartAlreadyInserted }
        guard chart.seriesCount > 0 else { throw .chartHasNoSeries }
        for scale in [xScale, yScale] where !ExcelLimits.chartScales.contains(scale) {
            throw .chartScaleOutOfRange(scale: scale)
        }
        for offset in [xOffset, yOffset] where !ExcelLimits.chartOffsets.contains(offset) {
            throw .chartOffsetOutOfRange(offset: offset)
        }
        var options = lxw_chart_options()
        options.x_offset = Int32(truncatingIfNeeded: xOffset)
        options.y_offset = Int32(truncatingIfNeeded: yOffset)
        options.x_scale = xScale
        options.y_scale = yScale
        try check(
            worksheet_insert_chart_opt(
                live, LibraryIndex.row(row), LibraryIndex.column(column), libraryChart, &options),
            "insert a chart at \(describe(row: row, column: column))")
        chart.isInserted = true
    }
}
