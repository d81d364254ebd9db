internal import CXlsxWriter

extension Workbook {
    /// Returns the format for `style`, creating it on first use; equal styles always get the same format.
    ///
    /// Cheap to call for every cell: after the first request a style costs one dictionary lookup.
    /// Throws if the style breaks an Excel limit (font name or size, number format length, indent).
    public func format(_ style: CellStyle) throws(XLSXError) -> CellFormat {
        let live = try liveHandle()
        if let cached = formatCache[style] {
            return CellFormat(style: style, handle: cached, workbook: self)
        }
        try FormatBuilder.validate(style)
        let format = try checkNotNull(workbook_add_format(live), "add a cell format")
        FormatBuilder.apply(style, to: format)
        formatCache[style] = format
        return CellFormat(style: style, handle: format, workbook: self)
    }
}

/// Translates a `CellStyle` into libxlsxwriter format settings.
enum FormatBuilder {
    /// Throws the first Excel limit `style` breaks.
    static func validate(_ style: CellStyle) throws(XLSXError) {
        let fontName = style.fontName.nfc
        let fontNameLength = fontName.unicodeScalars.count
        guard fontNameLength <= ExcelLimits.maxFontNameLength else {
            throw .fontNameTooLong(name: fontName, length: fontNameLength)
        }
        try TextValidation.checkNoNul(fontName, "Font name '\(fontName)'")
        guard ExcelLimits.fontSizes.contains(style.fontSize) else {
            throw .fontSizeOutOfRange(size: style.fontSize)
        }
        if let numberFormat = style.numberFormat?.nfc {
            let byteCount = numberFormat.utf8.count
            guard byteCount <= ExcelLimits.maxNumberFormatBytes else {
                throw .numberFormatTooLong(format: numberFormat, byteCount: byteCount)
            }
            try TextValidation.checkNoNul(numberFormat, "Number format '\(numberFormat)'")
        }
        guard ExcelLimits.indentLevels.contains(style.indent) else {
            throw .indentOutOfRange(indent: style.indent)
        }
    }

    /// Sets every property of a validated `style` on a fresh `format`.
    static func apply(_ style: CellStyle, to format: UnsafeMutablePointer<lxw_format>) {
        if !style.fontName.isEmpty { format_set_font_name(format, style.fontName.nfc) }
        format_set_font_size(format, style.fontSize)
        if style.bold { format_set_bold(format) }
        if style.italic { format_set_italic(format) }
        if style.underline { format_set_underline(format, code(LXW_UNDERLINE_SINGLE.rawValue)) }
        if let color = style.fontColor { format_set_font_color(format, libraryColor(color)) }
        if let fill = style.fill {
            format_set_pattern(format, code(LXW_PATTERN_SOLID.rawValue))
            format_set_bg_color(format, libraryColor(fill))
        }
        if let numberFormat = style.numberFormat, !numberFormat.isEmpty {
            format_set_num_format(format, numberFormat.nfc)
        }
        if let alignment = horizontalCode(style.horizontal) { format_set_align(format, alignment) }
        if let alignment = verticalCode(style.vertical) { format_set_align(format, alignment) }
        if style.wrapText { format_set_text_wrap(format) }
        if let border = borderCode(style.border) { format_set_border(format, border) }
        if style.indent > 0 { format_set_indent(format, code(UInt32(style.indent))) }
        if !style.locked { format_set_unlocked(format) }
    }

    /// libxlsxwriter's code for a horizontal alignment, or nil for Excel's default.
    private static func horizontalCode(_ alignment: CellStyle.HorizontalAlignment) -> UInt8? {
        switch alignment {
        case .general: return nil
        case .left: return code(LXW_ALIGN_LEFT.rawValue)
        case .center: return code(LXW_ALIGN_CENTER.rawValue)
        case .right: return code(LXW_ALIGN_RIGHT.rawValue)
        case .centerAcross: return code(LXW_ALIGN_CENTER_ACROSS.rawValue)
        }
    }

    /// libxlsxwriter's code for a vertical alignment, or nil for Excel's default (bottom).
    private static func verticalCode(_ alignment: CellStyle.VerticalAlignment) -> UInt8? {
        switch alignment {
        case .top: return code(LXW_ALIGN_VERTICAL_TOP.rawValue)
        case .center: return code(LXW_ALIGN_VERTICAL_CENTER.rawValue)
        case .bottom: return nil
        }
    }

    /// libxlsxwriter's code for a border style, or nil for no border.
    private static func borderCode(_ border: CellStyle.Border) -> UInt8? {
        switch border {
        case .none: return nil
        case .thin: return code(LXW_BORDER_THIN.rawValue)
        case .medium: return code(LXW_BORDER_MEDIUM.rawValue)
        }
    }

    /// Narrows a small libxlsxwriter enum value (all fit in a byte) to the `uint8_t` the setters take.
    private static func code(_ value: UInt32) -> UInt8 {
        UInt8(truncatingIfNeeded: value)
    }
}
