import XLSX

/// The cell formats of targets (`Kế hoạch`, `Cụm thi đua`, the target columns of `Tổng hợp`), made only
/// in a workbook that shows targets or groups, so a workbook without them stays as it was.
struct PlanStyles {
    let percent: CellFormat
    let percentBold: CellFormat
    let points: CellFormat
    let pointsBold: CellFormat
    let targetWhole: CellFormat
    let targetHundredths: CellFormat
    let rank: CellFormat
    let unitHeading: CellFormat
    let summaryText: CellFormat
    let exceeded: CellFormat
    let met: CellFormat
    let near: CellFormat
    let notMet: CellFormat
    let unassessed: CellFormat
    /// The status colours on a `0.00%` cell: exceeded, met, near, not met, none.
    let percentByStatus: [CellFormat]
    let count: CellFormat
    let verticalHeader: CellFormat

    init(_ workbook: Workbook) throws(XLSXError) {
        let base = CellStyle(fontName: "Times New Roman", fontSize: 12, vertical: .center)
        let boxed = base.bordered(.thin).wrapping()
        percent = try workbook.format(boxed.formatted("0.00%"))
        percentBold = try workbook.format(boxed.formatted("0.00%").bolded())
        points = try workbook.format(boxed.formatted("#,##0.00"))
        pointsBold = try workbook.format(boxed.formatted("#,##0.00").bolded().filled(RGB(0xF2F2F2)))
        targetWhole = try workbook.format(boxed.formatted("#,##0").filled(RGB(0xFFF9E6)))
        targetHundredths = try workbook.format(boxed.formatted("#,##0.00").filled(RGB(0xFFF9E6)))
        rank = try workbook.format(boxed.bolded().sized(13).aligned(.center))
        unitHeading = try workbook.format(boxed.bolded().filled(RGB(0xDDEBF7)))
        summaryText = try workbook.format(boxed.italicized().filled(RGB(0xDDEBF7)))
        exceeded = try workbook.format(
            boxed.bolded().aligned(.center).filled(NewsColours.betterFill).colored(NewsColours.betterText))
        met = try workbook.format(boxed.aligned(.center).filled(RGB(0xE2EFDA)).colored(NewsColours.betterText))
        near = try workbook.format(boxed.aligned(.center).filled(RGB(0xFFEB9C)).colored(RGB(0x9C5700)))
        notMet = try workbook.format(
            boxed.aligned(.center).filled(NewsColours.worseFill).colored(NewsColours.worseText))
        unassessed = try workbook.format(boxed.sized(10).italicized().colored(RGB(0x595959)))
        let coloured = boxed.formatted("0.00%")
        percentByStatus = [
            try workbook.format(coloured.bolded().filled(NewsColours.betterFill).colored(NewsColours.betterText)),
            try workbook.format(coloured.filled(RGB(0xE2EFDA)).colored(NewsColours.betterText)),
            try workbook.format(coloured.filled(RGB(0xFFEB9C)).colored(RGB(0x9C5700))),
            try workbook.format(coloured.filled(NewsColours.worseFill).colored(NewsColours.worseText)),
            try workbook.format(coloured),
        ]
        count = try workbook.format(boxed.aligned(.center))
        verticalHeader = try workbook.format(
            boxed.sized(10).bolded().aligned(.center, vertical: .center).filled(RGB(0xF2F2F2)))
    }

    /// The format of a status word.
    func format(for status: TargetProgress.Status?) -> CellFormat {
        switch status {
        case .exceeded: exceeded
        case .met: met
        case .near: near
        case .notMet: notMet
        case nil: unassessed
        }
    }

    /// A `0.00%` format coloured as the status's word.
    func percent(for status: TargetProgress.Status?) -> CellFormat {
        switch status {
        case .exceeded: percentByStatus[0]
        case .met: percentByStatus[1]
        case .near: percentByStatus[2]
        case .notMet: percentByStatus[3]
        case nil: percentByStatus[4]
        }
    }

    /// The format of a target: whole for counts and đồng, two decimals for ratios and means.
    func target(for indicator: Indicator) -> CellFormat {
        indicator.hasTwoDecimals && !ReportStyles.printsWhole(indicator) ? targetHundredths : targetWhole
    }
}

extension Worksheet {
    /// Writes a target as a number cell (exact for every target a form can hold).
    func writeTarget(_ value: ExactDecimal, row: Int, column: Int, format: CellFormat) throws(XLSXError) {
        try write(
            Double(value.significand) / Double(ExactDecimal.powerOfTen(value.scale)), row: row, column: column,
            format: format)
    }
}
