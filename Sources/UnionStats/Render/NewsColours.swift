import XLSX

/// Colours of good and bad news.
enum NewsColours {
    /// Green fill, dark green text: better.
    static let betterFill = RGB(0xC6EFCE), betterText = RGB(0x006100)
    /// Red fill, dark red text: worse.
    static let worseFill = RGB(0xFFC7CE), worseText = RGB(0x9C0006)

    /// The word written in a "Chiều tốt" column for a direction, which the colour rules read.
    static func word(for direction: Indicator.Direction) -> String {
        switch direction {
        case .up: "tăng"
        case .down: "giảm"
        case .neutral: "-"
        }
    }

    /// Colours `columns` of the rows by comparing the change (in `changeColumn`) with the direction
    /// word written in `directionColumn` ("tăng", "giảm" or "-").
    static func apply(
        to sheet: Worksheet, styles: ReportStyles, firstRow: Int, lastRow: Int, columns: ClosedRange<Int>,
        changeColumn: Int, directionColumn: Int
    ) throws(XLSXError) {
        guard lastRow >= firstRow else { return }
        let change = "$\(CellReference.column(changeColumn))\(firstRow + 1)"
        let direction = "$\(CellReference.column(directionColumn))\(firstRow + 1)"
        let better =
            "=AND(ISNUMBER(\(change)),OR(AND(\(direction)=\"tăng\",\(change)>0),AND(\(direction)=\"giảm\",\(change)<0)))"
        let worse =
            "=AND(ISNUMBER(\(change)),OR(AND(\(direction)=\"tăng\",\(change)<0),AND(\(direction)=\"giảm\",\(change)>0)))"
        try sheet.conditionalFormat(
            firstRow: firstRow, firstColumn: columns.lowerBound, lastRow: lastRow, lastColumn: columns.upperBound,
            rule: .formula(better, format: styles.better))
        try sheet.conditionalFormat(
            firstRow: firstRow, firstColumn: columns.lowerBound, lastRow: lastRow, lastColumn: columns.upperBound,
            rule: .formula(worse, format: styles.worse))
    }

    /// Colours one change cell (and its percent) by the indicator's direction: green for good news, red for bad.
    static func apply(
        to sheet: Worksheet, styles: ReportStyles, row: Int, columns: ClosedRange<Int>, direction: Indicator.Direction
    ) throws(XLSXError) {
        let (better, worse): (String, String)
        switch direction {
        case .up: (better, worse) = (">", "<")
        case .down: (better, worse) = ("<", ">")
        case .neutral: return
        }
        // The change cell holds "" when a value is missing; text must not count as above or below zero.
        let change = CellReference.a1(row: row, column: columns.lowerBound)
        for (comparison, format) in [(better, styles.better), (worse, styles.worse)] {
            try sheet.conditionalFormat(
                firstRow: row, firstColumn: columns.lowerBound, lastRow: row, lastColumn: columns.upperBound,
                rule: .formula("=AND(ISNUMBER($\(change)),$\(change)\(comparison)0)", format: format))
        }
    }
}
