internal import CXlsxWriter

/// A chart being built; obtained from `Workbook.addChart(_:)` and shown with `Worksheet.insertChart`.
///
/// The C chart is owned and freed by the workbook; this wrapper keeps the workbook alive and throws
/// `XLSXError.workbookClosed` once it is closed. Every text is NFC-normalised; libxlsxwriter copies
/// each string during the call. Setting a text again replaces it (libxlsxwriter alone would leak the old copy).
public final class Chart {
    /// The kind of chart.
    public let kind: ChartKind
    /// The owning workbook, held strongly so the C chart it owns stays valid.
    public let workbook: Workbook
    /// The libxlsxwriter chart; owned and freed by the workbook.
    let handle: UnsafeMutablePointer<lxw_chart>
    /// How many series have been added.
    public internal(set) var seriesCount = 0
    /// Whether the chart has been inserted into a worksheet (possible only once).
    public internal(set) var isInserted = false

    /// Wraps a chart that `workbook` has just created.
    init(kind: ChartKind, handle: UnsafeMutablePointer<lxw_chart>, workbook: Workbook) {
        self.kind = kind
        self.handle = handle
        self.workbook = workbook
    }

    /// The C chart, or `workbookClosed` if the workbook has been closed.
    func liveHandle() throws(XLSXError) -> UnsafeMutablePointer<lxw_chart> {
        try workbook.ensureOpen()
        return handle
    }

    /// Adds a data series; ranges are sheet-qualified, e.g. `CellReference.rangeFormula(sheet:…)`.
    ///
    /// - Parameters:
    ///   - name: The legend text, or nil for Excel's "Series1".
    ///   - categories: The category labels, e.g. `='Biểu đồ'!$A$2:$A$11`, or nil for 1, 2, 3…
    ///   - values: The numbers to plot, e.g. `='Biểu đồ'!$B$2:$B$11`.
    /// The sheets must already exist in this workbook (matched exactly, as libxlsxwriter does).
    @discardableResult
    public func addSeries(
        name: String? = nil, categories: String? = nil, values: String
    ) throws(XLSXError)
        -> ChartSeries
    {
        let live = try liveHandle()
        let seriesName = try name.map { (text) throws(XLSXError) in try Self.validatedText(text) }
        let categoryRange = try categories.map { (text) throws(XLSXError) in try checkedRange(text) }
        let valueRange = try checkedRange(values)
        let series = try checkNotNull(
            chart_add_series(live, categoryRange?.formula, valueRange.formula),
            "add the series \(valueRange.formula) to a chart")
        // chart_add_series copies the formulas with strdup and ignores its failure; check the copies.
        let copied =
            series.pointee.values?.pointee.formula != nil
            && (categoryRange == nil || series.pointee.categories?.pointee.formula != nil)
        guard copied else { throw .outOfMemory(context: "copy the chart series ranges") }
        seriesCount += 1
        let wrapper = ChartSeries(
            chart: self, handle: series, name: seriesName, categories: categoryRange?.formula,
            values: valueRange.formula)
        if let seriesName {
            try ChartText.replace(in: series, \.title.name, with: seriesName, context: "copy the series name") {
                chart_series_set_name(series, $0)
            }
        }
        return wrapper
    }

    /// Sets the chart title, optionally with its font (e.g. Times New Roman 14 bold); "" removes the text.
    public func setTitle(_ title: String, font: ChartFont? = nil) throws(XLSXError) {
        let live = try liveHandle()
        let text = try Self.validatedText(title)
        try ChartText.replace(in: live, \.title.name, with: text, context: "copy the chart title") {
            chart_title_set_name(live, $0)
        }
        if let font { try setTitleFont(font) }
    }

    /// Sets the font of the chart title.
    public func setTitleFont(_ font: ChartFont) throws(XLSXError) {
        let live = try liveHandle()
        try font.withLibraryFont { (library) throws(XLSXError) in
            chart_title_set_name_font(live, &library)
        }
        guard live.pointee.title.font?.pointee.name != nil else {
            throw .outOfMemory(context: "copy the chart title font")
        }
    }

    /// The axis showing the categories: `.x` (horizontal), or `.y` in bar charts.
    public var categoryAxis: ChartAxis { kind == .bar || kind == .stackedBar ? .y : .x }
    /// The axis showing the values: `.y` (vertical), or `.x` in bar charts.
    public var valueAxis: ChartAxis { kind == .bar || kind == .stackedBar ? .x : .y }

    /// Sets the caption of the horizontal axis (the category axis, except in bar charts).
    public func setXAxisName(_ name: String) throws(XLSXError) {
        try setAxisName(name, axis: .x)
    }

    /// Sets the caption of the vertical axis (the value axis, except in bar charts).
    public func setYAxisName(_ name: String) throws(XLSXError) {
        try setAxisName(name, axis: .y)
    }

    /// Sets the caption of an axis; "" removes it. Pie charts have no axes and ignore it.
    public func setAxisName(_ name: String, axis: ChartAxis) throws(XLSXError) {
        let libraryAxis = try self.libraryAxis(axis)
        let text = try Self.validatedText(name)
        try ChartText.replace(in: libraryAxis, \.title.name, with: text, context: "copy the axis name") {
            chart_axis_set_name(libraryAxis, $0)
        }
    }

    /// Sets the number format of an axis's labels, e.g. `setAxisNumberFormat("#,##0", axis: chart.valueAxis)`.
    public func setAxisNumberFormat(_ format: String, axis: ChartAxis) throws(XLSXError) {
        let libraryAxis = try self.libraryAxis(axis)
        let normalized = format.nfc
        let byteCount = normalized.utf8.count
        guard byteCount <= ExcelLimits.maxNumberFormatBytes else {
            throw .numberFormatTooLong(format: normalized, byteCount: byteCount)
        }
        try TextValidation.checkNoNul(normalized, "Axis number format '\(normalized)'")
        chart_axis_set_num_format(libraryAxis, normalized)
        guard libraryAxis.pointee.num_format != nil else {
            throw .outOfMemory(context: "copy the axis number format '\(normalized)'")
        }
    }

    /// Sets the font of an axis's caption and of its labels.
    public func setAxisFont(_ font: ChartFont, axis: ChartAxis) throws(XLSXError) {
        let libraryAxis = try self.libraryAxis(axis)
        try font.withLibraryFont { (library) throws(XLSXError) in
            chart_axis_set_name_font(libraryAxis, &library)
            chart_axis_set_num_font(libraryAxis, &library)
        }
        guard libraryAxis.pointee.title.font?.pointee.name != nil,
            libraryAxis.pointee.num_font?.pointee.name != nil
        else { throw .outOfMemory(context: "copy the axis font") }
    }

    /// Places the legend, or removes it with `.none`.
    public func setLegendPosition(_ position: ChartLegendPosition) throws(XLSXError) {
        chart_legend_set_position(try liveHandle(), position.libraryPosition)
    }

    /// Sets the font of the legend.
    public func setLegendFont(_ font: ChartFont) throws(XLSXError) {
        let live = try liveHandle()
        try font.withLibraryFont { (library) throws(XLSXError) in
            chart_legend_set_font(live, &library)
        }
        guard live.pointee.legend.font?.pointee.name != nil else {
            throw .outOfMemory(context: "copy the legend font")
        }
    }

    /// Applies one of Excel's 48 built-in chart styles (2 is the default).
    ///
    /// Refuses numbers outside 1–48, which libxlsxwriter would silently replace by 2.
    public func setStyle(_ style: Int) throws(XLSXError) {
        let live = try liveHandle()
        guard ExcelLimits.chartStyles.contains(style) else { throw .chartStyleOutOfRange(style: style) }
        chart_set_style(live, UInt8(truncatingIfNeeded: style))
    }

    /// The C axis for `axis`, or an error if the workbook is closed.
    private func libraryAxis(_ axis: ChartAxis) throws(XLSXError) -> UnsafeMutablePointer<lxw_chart_axis> {
        try checkNotNull(chart_axis_get(try liveHandle(), axis.libraryType), "get the chart's \(axis) axis")
    }

    /// Parses a range and checks that its sheet exists in this workbook.
    private func checkedRange(_ text: String) throws(XLSXError) -> ChartRangeFormula {
        let range = try ChartRangeFormula(text)
        guard workbook.worksheetNames.contains(range.sheet) else {
            throw .chartRangeUnknownSheet(formula: range.formula, sheet: range.sheet)
        }
        return range
    }

    /// Returns the NFC text, refusing NUL and a leading "=" (libxlsxwriter would treat it as a cell reference).
    static func validatedText(_ text: String) throws(XLSXError) -> String {
        let normalized = text.nfc
        guard !normalized.hasPrefix("=") else { throw .chartTextStartsWithEquals(text: normalized) }
        try TextValidation.checkNoNul(normalized, "Chart text '\(normalized)'")
        return normalized
    }
}

/// A chart wraps mutable C state and must stay within one concurrency domain.
@available(*, unavailable)
extension Chart: Sendable {}
