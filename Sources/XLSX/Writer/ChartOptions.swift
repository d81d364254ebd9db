internal import CXlsxWriter

/// The kinds of chart the writer can create.
public enum ChartKind: Hashable, Sendable, CaseIterable {
    /// Vertical bars, one cluster per category (a clustered column chart).
    case column
    /// Vertical bars with the series stacked on each other.
    case stackedColumn
    /// Horizontal bars, one cluster per category (the category axis is vertical).
    case bar
    /// Horizontal bars with the series stacked on each other.
    case stackedBar
    /// Lines through the values of each series.
    case line
    /// A pie of the first series' values (further series are not drawn).
    case pie

    /// libxlsxwriter's chart type code.
    var libraryType: UInt8 {
        let type: lxw_chart_type
        switch self {
        case .column: type = LXW_CHART_COLUMN
        case .stackedColumn: type = LXW_CHART_COLUMN_STACKED
        case .bar: type = LXW_CHART_BAR
        case .stackedBar: type = LXW_CHART_BAR_STACKED
        case .line: type = LXW_CHART_LINE
        case .pie: type = LXW_CHART_PIE
        }
        return UInt8(truncatingIfNeeded: type.rawValue)
    }
}

/// One of a chart's two axes, by direction (as libxlsxwriter names them).
///
/// In column and line charts `x` is the category axis and `y` the value axis; bar charts swap the roles
/// (`x` is the horizontal value axis). `Chart.categoryAxis` and `Chart.valueAxis` pick the right one.
public enum ChartAxis: Hashable, Sendable, CaseIterable {
    /// The horizontal axis.
    case x
    /// The vertical axis.
    case y

    /// libxlsxwriter's axis selector.
    var libraryType: lxw_chart_axis_type {
        switch self {
        case .x: return LXW_CHART_AXIS_TYPE_X
        case .y: return LXW_CHART_AXIS_TYPE_Y
        }
    }
}

/// Where a chart's legend is drawn, if at all.
public enum ChartLegendPosition: Hashable, Sendable, CaseIterable {
    /// No legend.
    case none
    /// Right of the plot area (Excel's default).
    case right
    /// Left of the plot area.
    case left
    /// Above the plot area.
    case top
    /// Below the plot area.
    case bottom

    /// libxlsxwriter's legend position code.
    var libraryPosition: UInt8 {
        let position: lxw_chart_legend_position
        switch self {
        case .none: position = LXW_CHART_LEGEND_NONE
        case .right: position = LXW_CHART_LEGEND_RIGHT
        case .left: position = LXW_CHART_LEGEND_LEFT
        case .top: position = LXW_CHART_LEGEND_TOP
        case .bottom: position = LXW_CHART_LEGEND_BOTTOM
        }
        return UInt8(truncatingIfNeeded: position.rawValue)
    }
}

/// Font settings for chart text (title, axis names and labels, legend).
public struct ChartFont: Hashable, Sendable {
    /// The font family name, at most 31 characters.
    public var name: String
    /// The size in points, 1–409.
    public var size: Double
    /// Whether the text is bold.
    public var bold: Bool
    /// Whether the text is italic.
    public var italic: Bool
    /// The text colour, or nil for the chart style's colour.
    public var color: RGB?

    /// Creates a font; the defaults match the union reports' Times New Roman body text.
    public init(
        name: String = "Times New Roman", size: Double = 11, bold: Bool = false, italic: Bool = false,
        color: RGB? = nil
    ) {
        self.name = name
        self.size = size
        self.bold = bold
        self.italic = italic
        self.color = color
    }

    /// Throws if the name or size breaks Excel's limits; returns the NFC name.
    func validatedName() throws(XLSXError) -> String {
        let normalized = name.nfc
        let length = normalized.unicodeScalars.count
        guard length <= ExcelLimits.maxFontNameLength else {
            throw .fontNameTooLong(name: normalized, length: length)
        }
        try TextValidation.checkNoNul(normalized, "Chart font name '\(normalized)'")
        guard ExcelLimits.fontSizes.contains(size) else { throw .fontSizeOutOfRange(size: size) }
        return normalized
    }

    /// Calls `body` with the equivalent libxlsxwriter font, whose name pointer is valid only during `body`.
    ///
    /// Every libxlsxwriter font setter copies the font (and `strdup`s the name) during the call.
    func withLibraryFont<Result>(
        _ body: (inout lxw_chart_font) throws(XLSXError) -> Result
    ) throws(XLSXError) -> Result {
        let normalized = try validatedName()
        let strings = CStringBundle()
        var font = lxw_chart_font()
        font.name = try strings.duplicate(normalized, "copy the chart font name")
        font.size = size
        font.bold = bold ? 1 : 0
        font.italic = italic ? 1 : 0
        if let color { font.color = libraryColor(color) }
        return try withExtendedLifetime(strings) { () throws(XLSXError) -> Result in try body(&font) }
    }
}
