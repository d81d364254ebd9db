/// Every kind of finding the stages emit, with its Vietnamese text: the one place where what a
/// clerk reads about the input is written.
///
/// A stage names the message and its facts (`.unknownIndicator(code: "x", hint: nil)`); the text and
/// the stable `FindingCode` follow from the case. An `indicator` fact is the indicator's `label`
/// (Vietnamese name, then code) wherever the indicator is known.
public enum FindingMessage: Sendable, Equatable {
    // MARK: Files
    /// A report file could not be opened.
    case fileUnopenable(reason: String)
    /// `reports/` is a link that leads outside the input folder.
    case reportsFolderOutside
    /// A link under `reports/` leads outside the input folder.
    case linkOutside
    /// A file under `reports/` is neither .csv nor .xlsx.
    case notAReport
    /// A spreadsheet or document under `reports/` the tool cannot read, and how to resend it.
    case unreadableFormat(UnreadableFormat)
    /// A CSV file in UTF-16 or UTF-32 (Excel's "Unicode text"), refused as a whole.
    case fileUnicodeEncoding(encoding: String)
    /// A CSV file that is not UTF-8 (Windows-1258, TCVN3, VNI …), refused as a whole.
    case fileLegacyEncoding
    /// A named pipe, a device or a broken link.
    case notARegularFile
    /// A report file over the size limit.
    case fileTooLarge(megabytes: Int, limitMegabytes: Int)
    /// An xlsx file that could not be opened.
    case xlsxUnopenable(reason: String)
    /// A worksheet that could not be read to its end.
    case sheetUnreadable(sheet: String, reason: String)
    /// An xlsx file with neither a form nor a wide table.
    case xlsxNoTable
    /// A form that lacks its `Mã đơn vị:` or `Kỳ báo cáo:` label.
    case formLabelMissing(label: String)
    /// A cell holding a formula whose result was never computed (no cached value).
    case formulaWithoutValue(cell: String)
    /// A CSV record holding bytes that are not UTF-8 (past the first 64 KB, which are checked as a whole).
    case csvRecordNotUTF8
    /// A CSV record holding a NUL byte: the file may be damaged.
    case csvRecordNul
    /// A CSV record longer than the reader's limit of `limit` bytes.
    case csvRecordTooLong(limit: Int)
    /// A CSV record with more than the reader's limit of `limit` fields.
    case csvRecordFieldLimit(limit: Int)
    /// A quote opened on `line` and never closed: every line after it lies inside the quote.
    case csvQuoteNotClosed(line: Int)
    /// Reading a CSV file from disk failed part-way, at the line the finding points at.
    case csvReadFailed(reason: String)
    /// A CSV record with more fields than a configuration file's header.
    case csvTooManyFields(count: Int, header: Int)
    /// A report record with more fields than its header (perhaps a comma inside a number).
    case reportTooManyFields(count: Int, header: Int)
    /// A report record with fewer fields than the columns it needs.
    case reportTooFewFields(count: Int, needed: Int)
    /// A number split by a comma into the `note` column.
    case numberSplitIntoNote(value: String, note: String)
    /// A report with no readable header.
    case csvNoHeader
    /// A report header without some required columns.
    case csvMissingColumns(String)
    /// A report header naming one column twice (`value,value`, or `value` and `số lượng`).
    case csvDuplicateColumn(column: String, names: [String])
    /// A report header with columns the tool does not read.
    case csvUnknownColumns([String])
    /// A report with a header and no data rows.
    case csvNoRows

    // MARK: Observations
    /// A unit code that is not in units.csv, perhaps with a close code.
    case unknownUnit(code: String, suggestion: String?)
    /// A unit of units.csv that was left out of the tree.
    case unitLeftOut(code: String)
    /// A period not written 2021-Q2, 2021-H1 or 2021.
    case badPeriod(text: String)
    /// An indicator code that is not in the catalogue.
    case unknownIndicator(code: String, suggestion: String?)
    /// A wide sheet's column that is not an indicator code.
    case unknownIndicatorColumn(code: String, suggestion: String?)
    /// A form row with a figure and no indicator code.
    case figureWithoutCode
    /// A value reported for a ratio.
    case ratioIgnored(code: String, value: String)
    /// A wide sheet's column for a ratio.
    case ratioColumnIgnored(code: String)
    /// A value that is not a usable number.
    case badNumber(indicator: String, reason: NumberProblem)
    /// A fraction where a whole count or đồng is needed.
    case notWhole(indicator: String, measure: String, value: String)
    /// The same cell reported again with the same value.
    case duplicateSame(unit: String, indicator: String, period: Period, first: SourceLocation)
    /// The same cell reported twice with different values.
    case duplicateConflict(
        unit: String, indicator: String, period: Period, first: SourceLocation, firstValue: Int64, value: Int64)
    /// A further report of a cell already in conflict.
    case duplicateAgain(unit: String, indicator: String, period: Period, first: SourceLocation, value: Int64)

    // MARK: Aggregation
    /// A unit's own figure that differs from its children's sum.
    case rollupMismatch(
        unit: String, indicator: String, period: Period, ownIsReported: Bool, own: Int64, childSum: Int64,
        childReporting: Int, expected: Int)
    /// A total beyond 64-bit arithmetic.
    case overflow(unit: String, indicator: String, span: String, ownFigureUsed: Bool)

    // MARK: Plausibility and completeness
    /// Two own figures of one unit that contradict each other.
    case impossible(unit: String, period: Period, smaller: String, smallValue: Int64, larger: String, largeValue: Int64)
    /// A reported half-year or year that its own sub-periods contradict.
    case periodSum(unit: String, indicator: String, period: Period, reported: Int64, rule: String, expected: Int64)
    /// A figure far from last year's.
    case outlier(unit: String, indicator: String, period: Period, current: Int64, previous: Int64)
    /// A unit with no figures at all.
    case noReport(unit: String, name: String, isGrassroots: Bool, period: Period)

    // MARK: Units, catalogue, settings
    /// A unit code that cannot be used.
    case unitCodeInvalid(code: String)
    /// A unit level that is not federation, upper or grassroots.
    case unitLevelUnknown(code: String, level: String)
    /// A unit code listed twice.
    case unitDuplicate(code: String, firstLine: Int)
    /// A second root that is not the federation.
    case unitSecondRoot(code: String)
    /// A parent that is not in units.csv.
    case unitParentUnknown(code: String, parent: String, file: String)
    /// A unit inside a cycle of parents.
    case unitCycle(code: String, parent: String)
    /// A unit whose parent could not be placed.
    case unitParentUnplaced(code: String, parent: String)
    /// A date of units.csv that is not a day (`valid_from` or `valid_to`).
    case unitDate(code: String, column: String, text: String)
    /// A version that ends before it starts.
    case unitDatesReversed(code: String, from: Day, to: Day)
    /// Two versions of one unit valid on the same day.
    case unitVersionsOverlap(code: String, firstLine: Int)
    /// A successor that is not a unit of units.csv (or the unit itself).
    case unitSuccessorUnknown(code: String, successor: String)
    /// Successors that lead back to where they started.
    case unitSuccessorCycle(code: String, chain: [String])
    /// A successor on a version that does not end, or is not the unit's last.
    case unitSuccessorMisplaced(code: String, successor: String)
    /// A parent that is in units.csv but not valid on every day of the version.
    case unitParentNotValid(code: String, parent: String, from: Day?, to: Day?)
    /// A report of a unit that is in units.csv but not in the tree of the period.
    case reportOutsideLife(code: String, period: Period, day: Day, validFrom: Day?, validTo: Day?)
    /// A level that does not fit the unit's place in the tree.
    case unitLevelMisplaced(code: String, level: UnitTree.Level, hasParent: Bool)
    /// An indicator code listed twice.
    case indicatorDuplicate(code: String, firstLine: Int)
    /// An indicator code that cannot be used.
    case indicatorCodeInvalid(code: String)
    /// An indicator kind that is not flow, stock, ratio or weighted_mean.
    case indicatorKindUnknown(code: String, kind: String)
    /// A ratio or mean that refers to something other than a flow or stock.
    case indicatorReferenceInvalid(code: String, reference: String)
    /// A settings day not written day/month.
    case settingsDay(key: String, value: String)
    /// A settings key that is not used.
    case settingsKeyUnknown(key: String)
    /// No settings.csv: the federation's name comes from units.csv, the rest are defaults.
    case settingsMissing(federationName: String)

    // MARK: Targets, groups, scoring
    /// A problem of targets.csv, groups.csv, scoring.csv or the groups column of units.csv.
    case plan(PlanProblem)

    // MARK: The phrase table of extract
    /// A row of indicator-phrases.csv naming an indicator that is not in the catalogue.
    case phraseIndicatorUnknown(code: String)
    /// A row of indicator-phrases.csv naming a ratio, which is computed, never read from prose.
    case phraseIndicatorRatio(code: String)
    /// A row of indicator-phrases.csv whose `value` is not a whole number ≥ 0.
    case phraseValue(text: String)
    /// A row of indicator-phrases.csv whose `pattern` cannot be used (see `PhrasePattern`).
    case phrasePattern(text: String)
}
