import XLSX

/// The report's charts: clustered columns comparing two periods, in Times New Roman.
enum ChartBuilder {
    /// Series colours: last year grey-blue, this period the federation's deep blue.
    static let palette = [RGB(0x9DB7D5), RGB(0x1F4E79), RGB(0xC55A11)]

    /// Inserts a column chart of `series` (name, value column) over the category labels in `categories`.
    static func columnChart(
        in workbook: Workbook, on sheet: Worksheet, sheetName: String, title: String,
        categories: (firstRow: Int, lastRow: Int, column: Int), series: [(name: String, column: Int)],
        valueFormat: String, at anchor: (row: Int, column: Int), yAxisName: String? = nil
    ) throws(XLSXError) {
        let chart = try workbook.addChart(.column)
        let labels = CellReference.rangeFormula(
            sheet: sheetName, firstRow: categories.firstRow, firstColumn: categories.column,
            lastRow: categories.lastRow, lastColumn: categories.column)
        for (index, entry) in series.enumerated() {
            let values = CellReference.rangeFormula(
                sheet: sheetName, firstRow: categories.firstRow, firstColumn: entry.column,
                lastRow: categories.lastRow, lastColumn: entry.column)
            let added = try chart.addSeries(name: entry.name, categories: labels, values: values)
            try added.setColor(palette[index % palette.count])
        }
        try chart.setTitle(title, font: ChartFont(size: 12, bold: true))
        try chart.setAxisNumberFormat(valueFormat, axis: chart.valueAxis)
        try chart.setAxisFont(ChartFont(size: 9), axis: chart.categoryAxis)
        try chart.setAxisFont(ChartFont(size: 9), axis: chart.valueAxis)
        if let yAxisName { try chart.setAxisName(yAxisName, axis: chart.valueAxis) }
        try chart.setLegendPosition(.bottom)
        try chart.setLegendFont(ChartFont(size: 10))
        try sheet.insertChart(chart, row: anchor.row, column: anchor.column, xScale: 1.6, yScale: 1.25)
    }
}
