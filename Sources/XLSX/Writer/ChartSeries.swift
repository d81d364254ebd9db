internal import CXlsxWriter

/// One data series of a chart; obtained from `Chart.addSeries(name:categories:values:)`.
///
/// The C series is owned by its chart, which the workbook owns; this wrapper keeps both alive and
/// throws `XLSXError.workbookClosed` once the workbook is closed.
public final class ChartSeries {
    /// The chart the series belongs to.
    public let chart: Chart
    /// The legend text (NFC), or nil for Excel's default.
    public let name: String?
    /// The category range formula, e.g. `='Biểu đồ'!$A$2:$A$11`, or nil.
    public let categories: String?
    /// The value range formula, e.g. `='Biểu đồ'!$B$2:$B$11`.
    public let values: String
    /// The libxlsxwriter series; owned and freed by the chart.
    let handle: UnsafeMutablePointer<lxw_chart_series>

    /// Wraps a series that `chart` has just created.
    init(
        chart: Chart, handle: UnsafeMutablePointer<lxw_chart_series>, name: String?, categories: String?,
        values: String
    ) {
        self.chart = chart
        self.handle = handle
        self.name = name
        self.categories = categories
        self.values = values
    }

    /// The C series, or `workbookClosed` if the workbook has been closed.
    func liveHandle() throws(XLSXError) -> UnsafeMutablePointer<lxw_chart_series> {
        _ = try chart.liveHandle()
        return handle
    }

    /// Colours the series: the bars of column/bar charts, the line of line charts, every slice of a pie.
    public func setColor(_ color: RGB) throws(XLSXError) {
        let live = try liveHandle()
        if chart.kind == .line {
            var line = lxw_chart_line()
            line.color = libraryColor(color)
            line.width = 2.25
            // chart_series_set_line copies the struct (and frees an earlier copy).
            chart_series_set_line(live, &line)
            guard live.pointee.line != nil else { throw .outOfMemory(context: "copy the series line colour") }
        } else {
            var fill = lxw_chart_fill()
            fill.color = libraryColor(color)
            // chart_series_set_fill copies the struct (and frees an earlier copy).
            chart_series_set_fill(live, &fill)
            guard live.pointee.fill != nil else { throw .outOfMemory(context: "copy the series fill colour") }
        }
    }

    /// Shows each point's value above it (or on it, for pies), optionally with a number format like "#,##0".
    public func showValueLabels(numberFormat: String? = nil) throws(XLSXError) {
        let live = try liveHandle()
        if let numberFormat {
            let normalized = numberFormat.nfc
            let byteCount = normalized.utf8.count
            guard byteCount <= ExcelLimits.maxNumberFormatBytes else {
                throw .numberFormatTooLong(format: normalized, byteCount: byteCount)
            }
            try TextValidation.checkNoNul(normalized, "Data-label number format '\(normalized)'")
            // Copied with strdup; an earlier format is freed by the library.
            chart_series_set_labels_num_format(live, normalized)
            guard live.pointee.label_num_format != nil else {
                throw .outOfMemory(context: "copy the data-label number format")
            }
        }
        chart_series_set_labels(live)
    }
}

/// A chart series wraps mutable C state and must stay within one concurrency domain.
@available(*, unavailable)
extension ChartSeries: Sendable {}
