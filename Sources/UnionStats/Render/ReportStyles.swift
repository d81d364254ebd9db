import XLSX

/// The cell formats the report workbook uses, made once per workbook.
struct ReportStyles {
    let plain: CellFormat
    let bold: CellFormat
    let italic: CellFormat
    let title: CellFormat
    let subtitle: CellFormat
    let wrappedSubtitle: CellFormat
    let centeredBold: CellFormat
    let centeredPlain: CellFormat
    let centeredBoldUnderlined: CellFormat
    let header: CellFormat
    let smallHeader: CellFormat
    let sectionNumber: CellFormat
    let sectionText: CellFormat
    let lineNumber: CellFormat
    let lineText: CellFormat
    let lineCentered: CellFormat
    let whole: CellFormat
    let hundredths: CellFormat
    let percent: CellFormat
    let ownWhole: CellFormat
    let ownHundredths: CellFormat
    let partialWhole: CellFormat
    let partialHundredths: CellFormat
    let partialPercent: CellFormat
    let rolledWhole: CellFormat
    let note: CellFormat
    let rightItalic: CellFormat
    let codeText: CellFormat
    let text: CellFormat
    let wrapText: CellFormat
    let smallGrey: CellFormat
    let errorText: CellFormat
    let unitName: CellFormat
    let better: CellFormat
    let worse: CellFormat
    let unitNameBold: CellFormat
    let legendOwn: CellFormat
    let legendPartial: CellFormat
    let legendPlain: CellFormat
    let warningText: CellFormat
    /// The formats of targets, made only for a workbook that shows targets or groups.
    let plan: PlanStyles?

    /// Light blue: a unit's own report.
    static let ownFill = RGB(0xDDEBF7)
    /// Light orange: a sum that does not yet cover every grassroots unit.
    static let partialFill = RGB(0xFCE4D6)

    /// Makes the formats; `withPlan` adds those of targets and groups.
    init(_ workbook: Workbook, withPlan: Bool = false) throws(XLSXError) {
        let base = CellStyle(fontName: "Times New Roman", fontSize: 12, vertical: .center)
        let boxed = base.bordered(.thin).wrapping()
        plain = try workbook.format(base)
        bold = try workbook.format(base.bolded())
        italic = try workbook.format(base.italicized())
        title = try workbook.format(base.sized(14).bolded().aligned(.center).wrapping())
        subtitle = try workbook.format(base.italicized().aligned(.center))
        wrappedSubtitle = try workbook.format(base.italicized().aligned(.center).wrapping())
        centeredBold = try workbook.format(base.bolded().aligned(.center).wrapping())
        centeredPlain = try workbook.format(base.aligned(.center).wrapping())
        centeredBoldUnderlined = try workbook.format(base.bolded().aligned(.center))
        header = try workbook.format(boxed.bolded().aligned(.center, vertical: .center).filled(RGB(0xF2F2F2)))
        smallHeader = try workbook.format(
            boxed.sized(10).bolded().aligned(.center, vertical: .center).filled(RGB(0xF2F2F2)))
        sectionNumber = try workbook.format(boxed.bolded().aligned(.center))
        sectionText = try workbook.format(boxed.bolded())
        lineNumber = try workbook.format(boxed.aligned(.center))
        lineText = try workbook.format(boxed)
        lineCentered = try workbook.format(boxed.aligned(.center))
        whole = try workbook.format(boxed.formatted("#,##0"))
        hundredths = try workbook.format(boxed.formatted("#,##0.00"))
        percent = try workbook.format(boxed.formatted("0.00%"))
        ownWhole = try workbook.format(boxed.formatted("#,##0").filled(Self.ownFill))
        ownHundredths = try workbook.format(boxed.formatted("#,##0.00").filled(Self.ownFill))
        partialWhole = try workbook.format(boxed.formatted("#,##0").filled(Self.partialFill).italicized())
        partialHundredths = try workbook.format(boxed.formatted("#,##0.00").filled(Self.partialFill).italicized())
        partialPercent = try workbook.format(boxed.formatted("0.00%").filled(Self.partialFill).italicized())
        rolledWhole = whole
        note = try workbook.format(boxed.sized(10).italicized())
        rightItalic = try workbook.format(base.italicized().aligned(.right))
        codeText = try workbook.format(boxed.font("Times New Roman"))
        text = try workbook.format(boxed)
        wrapText = try workbook.format(boxed.verticallyAligned(.top))
        smallGrey = try workbook.format(boxed.sized(9).colored(RGB(0x595959)).aligned(.center))
        unitName = try workbook.format(base.bordered(.thin))
        better = try workbook.format(CellStyle().filled(NewsColours.betterFill).colored(NewsColours.betterText))
        worse = try workbook.format(CellStyle().filled(NewsColours.worseFill).colored(NewsColours.worseText))
        unitNameBold = try workbook.format(base.bordered(.thin).bolded())
        legendOwn = try workbook.format(base.sized(11).bordered(.thin).wrapping().filled(Self.ownFill))
        legendPartial = try workbook.format(
            base.sized(11).bordered(.thin).wrapping().filled(Self.partialFill).italicized())
        legendPlain = try workbook.format(base.sized(11).bordered(.thin).wrapping())
        errorText = try workbook.format(boxed.bolded().colored(RGB(0xC00000)))
        warningText = try workbook.format(boxed.colored(RGB(0x9C5700)))
        plan = withPlan ? try PlanStyles(workbook) : nil
    }

    /// The number format of an indicator's values: whole numbers `#,##0`, ratios `#,##0.00`; a
    /// weighted mean in đồng (the average wage) prints as whole đồng, its cell keeping the exact
    /// two-decimal value. `own` gives the blue fill of a unit's own report, `partial` the orange italics
    /// of a figure that does not compare like with like.
    func number(for indicator: Indicator, own: Bool = false, partial: Bool = false) -> CellFormat {
        let decimals = indicator.hasTwoDecimals && !Self.printsWhole(indicator)
        if partial { return decimals ? partialHundredths : partialWhole }
        switch (decimals, own) {
        case (false, false): return whole
        case (false, true): return ownWhole
        case (true, false): return hundredths
        case (true, true): return ownHundredths
        }
    }

    /// Whether an indicator kept in hundredths is printed as a whole number: a weighted mean measured in đồng.
    static func printsWhole(_ indicator: Indicator) -> Bool {
        if case .weightedMean = indicator.kind { return indicator.measure == "đồng" }
        return false
    }
}
