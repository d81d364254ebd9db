import XLSX

/// How `Theo đơn vị` prints: landscape A4, the code and name columns and the header row on every
/// page, pages over then down (a band of units across all its indicators, then the next band), and a
/// scale of about 70 %, which keeps 10-point headings and 12-point figures readable.
extension ByUnitSheet {
    /// Widths of the code, name, level, parent-code and CĐCS-count columns.
    static let leadingWidths: [Double] = [codeWidth, nameWidth, 12, 10, 8]
    /// The code column's width.
    static let codeWidth = 11.0
    /// The name column's width: room for an indented CĐCS name.
    static let nameWidth = 52.0
    /// The printed scale the page count across is chosen for.
    static let targetScale = 0.7
    /// Margins in millimetres: left, right, top, bottom.
    static let margins = (left: 15.0, right: 10.0, top: 15.0, bottom: 15.0)

    /// An indicator column's width: money needs room for 13-digit đồng, counts and ratios less.
    static func width(of indicator: Indicator) -> Double {
        indicator.measure == "đồng" ? 15 : 11
    }

    /// A column `width` characters wide, in points (Excel: 7 pixels a character plus 5 of padding).
    static func points(width: Double) -> Double { (width * 7 + 5) * 0.75 }

    /// How many pages across the sheet needs at `targetScale`, given that each page repeats the code
    /// and name columns.
    static func pagesAcross(catalogue: Catalogue) -> Int {
        let printable = (297 - margins.left - margins.right) / 25.4 * 72 / targetScale
        let repeated = points(width: codeWidth) + points(width: nameWidth)
        let rest =
            leadingWidths.dropFirst(2).map(points(width:)).reduce(0, +)
            + catalogue.indicators.map { points(width: width(of: $0)) }.reduce(0, +)
        let perPage = max(printable - repeated, 1)
        return max(1, Int((rest / perPage).rounded(.up)))
    }

    /// Paper, orientation, margins, print titles, page order, scale and footer.
    func setUpPrinting(_ sheet: Worksheet, headerRow: Int) throws(XLSXError) {
        try sheet.setPaper(.a4)
        try sheet.setOrientation(.landscape)
        try sheet.setMargins(
            left: Self.margins.left, right: Self.margins.right, top: Self.margins.top, bottom: Self.margins.bottom)
        try sheet.repeatRows(first: headerRow, last: headerRow)
        try sheet.repeatColumns(first: 0, last: 1)  // the unit's code and name on every printed page
        try sheet.printAcross()
        try sheet.fitToPages(width: Self.pagesAcross(catalogue: report.input.catalogue), height: 0)
        // "&N" would count the whole workbook's pages in LibreOffice.
        try sheet.setFooter("&CTheo đơn vị - trang &P")
        try sheet.setFirstPageNumber(1)
    }
}
