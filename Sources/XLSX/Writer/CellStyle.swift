/// A value description of how cells look; the workbook turns each distinct style into one shared format.
///
/// Build it with the memberwise initialiser or fluently:
/// `CellStyle().bolded().aligned(.center).bordered(.thin).formatted("#,##0")`.
public struct CellStyle: Hashable, Sendable {
    /// The font family name, at most 31 characters.
    public var fontName: String
    /// The font size in points, 1–409.
    public var fontSize: Double
    /// Whether the font is bold.
    public var bold: Bool
    /// Whether the font is italic.
    public var italic: Bool
    /// Whether the text has a single underline.
    public var underline: Bool
    /// The font colour, or nil for Excel's automatic colour.
    public var fontColor: RGB?
    /// The solid background fill, or nil for no fill.
    public var fill: RGB?
    /// An Excel number format such as "#,##0", "0.00" or "0.00%", or nil for General.
    public var numberFormat: String?
    /// Horizontal alignment of the cell content.
    public var horizontal: HorizontalAlignment
    /// Vertical alignment of the cell content.
    public var vertical: VerticalAlignment
    /// Whether long text wraps onto several lines inside the cell.
    public var wrapText: Bool
    /// The border drawn on all four sides of the cell.
    public var border: Border
    /// The indent level, 0–250.
    public var indent: Int
    /// Whether the cell is locked when the sheet is protected.
    public var locked: Bool

    /// Creates a style; every parameter has the default used by the union reports.
    public init(
        fontName: String = "Times New Roman",
        fontSize: Double = 12,
        bold: Bool = false,
        italic: Bool = false,
        underline: Bool = false,
        fontColor: RGB? = nil,
        fill: RGB? = nil,
        numberFormat: String? = nil,
        horizontal: HorizontalAlignment = .general,
        vertical: VerticalAlignment = .bottom,
        wrapText: Bool = false,
        border: Border = .none,
        indent: Int = 0,
        locked: Bool = true
    ) {
        self.fontName = fontName
        self.fontSize = fontSize
        self.bold = bold
        self.italic = italic
        self.underline = underline
        self.fontColor = fontColor
        self.fill = fill
        self.numberFormat = numberFormat
        self.horizontal = horizontal
        self.vertical = vertical
        self.wrapText = wrapText
        self.border = border
        self.indent = indent
        self.locked = locked
    }

    /// Horizontal placement of cell content.
    public enum HorizontalAlignment: Hashable, Sendable, CaseIterable {
        /// Excel's default: text left, numbers right.
        case general
        /// Left-aligned.
        case left
        /// Centred in the cell.
        case center
        /// Right-aligned.
        case right
        /// Centred across this and following empty cells that share the format (a merge-free title).
        case centerAcross
    }

    /// Vertical placement of cell content.
    public enum VerticalAlignment: Hashable, Sendable, CaseIterable {
        /// Top of the cell.
        case top
        /// Middle of the cell.
        case center
        /// Bottom of the cell (Excel's default).
        case bottom
    }

    /// Border line drawn on all four sides.
    public enum Border: Hashable, Sendable, CaseIterable {
        /// No border.
        case none
        /// A thin line.
        case thin
        /// A medium-weight line.
        case medium
    }
}

extension CellStyle {
    /// A copy with the given font family name.
    public func font(_ name: String) -> CellStyle { with { $0.fontName = name } }
    /// A copy with the given font size in points.
    public func sized(_ points: Double) -> CellStyle { with { $0.fontSize = points } }
    /// A copy with bold switched on (or off).
    public func bolded(_ isOn: Bool = true) -> CellStyle { with { $0.bold = isOn } }
    /// A copy with italic switched on (or off).
    public func italicized(_ isOn: Bool = true) -> CellStyle { with { $0.italic = isOn } }
    /// A copy with single underline switched on (or off).
    public func underlined(_ isOn: Bool = true) -> CellStyle { with { $0.underline = isOn } }
    /// A copy with the given font colour.
    public func colored(_ color: RGB?) -> CellStyle { with { $0.fontColor = color } }
    /// A copy with the given solid background fill.
    public func filled(_ color: RGB?) -> CellStyle { with { $0.fill = color } }
    /// A copy with the given Excel number format, e.g. "#,##0".
    public func formatted(_ numberFormat: String?) -> CellStyle { with { $0.numberFormat = numberFormat } }
    /// A copy with the given horizontal (and optionally vertical) alignment.
    public func aligned(_ horizontal: HorizontalAlignment, vertical: VerticalAlignment? = nil) -> CellStyle {
        with {
            $0.horizontal = horizontal
            if let vertical { $0.vertical = vertical }
        }
    }
    /// A copy with the given vertical alignment.
    public func verticallyAligned(_ vertical: VerticalAlignment) -> CellStyle { with { $0.vertical = vertical } }
    /// A copy with text wrapping switched on (or off).
    public func wrapping(_ isOn: Bool = true) -> CellStyle { with { $0.wrapText = isOn } }
    /// A copy with the given border on all four sides.
    public func bordered(_ border: Border) -> CellStyle { with { $0.border = border } }
    /// A copy with the given indent level.
    public func indented(_ level: Int) -> CellStyle { with { $0.indent = level } }
    /// A copy that is unlocked (editable) when the sheet is protected.
    public func unlocked() -> CellStyle { with { $0.locked = false } }

    /// Applies `change` to a copy of this style and returns it.
    private func with(_ change: (inout CellStyle) -> Void) -> CellStyle {
        var copy = self
        change(&copy)
        return copy
    }
}
