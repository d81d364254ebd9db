/// The stable code of each kind of finding; docs/findings.md lists them all.
public enum FindingCode: String, Sendable, CaseIterable, Hashable {
    // Files
    case fileUnreadable = "E-FILE-UNREADABLE"
    case fileEncoding = "E-FILE-ENCODING"
    case fileIgnored = "N-FILE-IGNORED"
    case fileFormat = "W-FILE-FORMAT"
    case fileTooLarge = "E-FILE-TOO-LARGE"
    case xlsxUnreadable = "E-XLSX-UNREADABLE"
    case xlsxLayout = "E-XLSX-LAYOUT"
    case xlsxFormula = "E-XLSX-FORMULA"
    case csvRow = "E-CSV-ROW"
    case csvQuote = "E-CSV-QUOTE"
    case csvHeader = "E-CSV-HEADER"
    case csvColumns = "W-CSV-COLUMNS"
    case csvEmpty = "N-CSV-EMPTY"
    // Observations
    case unknownUnit = "E-UNIT-UNKNOWN"
    case unknownIndicator = "E-INDICATOR-UNKNOWN"
    case badPeriod = "E-PERIOD"
    case emptyValue = "E-VALUE-EMPTY"
    case notANumber = "E-NUMBER"
    case ambiguousNumber = "E-NUMBER-AMBIGUOUS"
    case negative = "E-NEGATIVE"
    case notWhole = "E-NOT-WHOLE"
    case tooLarge = "E-TOO-LARGE"
    case ratioIgnored = "W-RATIO-IGNORED"
    case duplicateSame = "N-DUPLICATE-SAME"
    case duplicateConflict = "E-DUPLICATE-CONFLICT"
    // Aggregation
    case rollupMismatch = "W-ROLLUP-MISMATCH"
    case overflow = "E-OVERFLOW"
    // Plausibility and completeness
    case impossible = "E-IMPOSSIBLE"
    case periodSum = "W-PERIOD-SUM"
    case outlier = "W-OUTLIER"
    case noReport = "W-NO-REPORT"
    // Units and catalogue
    case unitRow = "E-UNIT-ROW"
    case unitDuplicate = "E-UNIT-DUPLICATE"
    case unitParent = "E-UNIT-PARENT"
    case unitCycle = "E-UNIT-CYCLE"
    case unitLevel = "E-UNIT-LEVEL"
    case unitVersion = "E-UNIT-VERSION"
    case unitSuccessor = "E-UNIT-SUCCESSOR"
    case reportOutsideLife = "W-REPORT-OUTSIDE-LIFE"
    case catalogue = "E-CATALOGUE"
    case settings = "W-SETTINGS"
    // Targets, groups, scoring
    case targetPeriod = "E-TARGET-PERIOD"
    case targetRange = "E-TARGET-RANGE"
    case targetDuplicate = "E-TARGET-DUPLICATE"
    case targetNotInTree = "W-TARGET-NOT-IN-TREE"
    case groupUnknown = "E-GROUP-UNKNOWN"
    case groupRow = "E-GROUP-ROW"
    case groupEmpty = "W-GROUP-EMPTY"
    case scoringRow = "E-SCORING-ROW"
    // The phrase table of extract
    case phraseRow = "W-PHRASE-ROW"

    /// The usual severity, read off the code's first letter.
    public var severity: Finding.Severity {
        switch rawValue.first {
        case "E": .error
        case "W": .warning
        default: .note
        }
    }

    /// A one-line English explanation, as printed in the table of docs/findings.md.
    public var summary: String {
        switch self {
        case .fileUnreadable: "a file could not be opened or read (to its end)"
        case .fileEncoding: "a file is not UTF-8 (save it as CSV UTF-8)"
        case .fileIgnored: "a file under reports/ that is not a report (.csv or .xlsx) was skipped"
        case .fileFormat:
            "a spreadsheet or document the tool cannot read (.xls, .ods, .numbers, .docx, .pdf, Excel's Unicode text): save it as Excel Workbook (.xlsx) or CSV UTF-8 and send it again"
        case .xlsxFormula:
            "a cell of an xlsx report holds a formula without a computed value (a program that does not calculate wrote it): open and save it in Excel"
        case .csvColumns: "a report's header has columns the tool does not know; they are ignored"
        case .csvEmpty: "a report has a header and no rows"
        case .fileTooLarge: "a report file is larger than the limit (512 MB) and was not read"
        case .xlsxUnreadable:
            "an xlsx report (or one of its sheets) could not be read: not a zip, truncated, too large unpacked (zip bomb), DOCTYPE/ENTITY declarations, a missing part; none of that sheet's figures are used"
        case .xlsxLayout:
            "an xlsx report has no fill-in form or wide table, or a form lacks its 'Mã đơn vị:' or 'Kỳ báo cáo:' cell"
        case .csvRow: "a malformed CSV record (invalid UTF-8, NUL byte, too long, too many or too few fields)"
        case .csvQuote:
            "a quote (\") opened in a CSV file is never closed: every line from it to the end of the file is lost"
        case .csvHeader: "a report's header lacks a required column (unit, period, indicator, value) or names one twice"
        case .unknownUnit: "the unit code is not in units.csv"
        case .unknownIndicator: "the indicator code is not in indicators.csv"
        case .badPeriod: "the period is not written 2021-Q2, 2021-H1 or 2021"
        case .emptyValue: "the value is empty (an empty value is not a zero)"
        case .notANumber: "the value is not a number"
        case .ambiguousNumber: "the value could be read two ways (1,234): ask the sender"
        case .negative: "counts and money are never negative"
        case .notWhole: "the indicator is a whole count or whole đồng but the value has a fraction"
        case .tooLarge: "the value is beyond what any report can hold (over 10^15)"
        case .ratioIgnored: "a value for a ratio indicator was reported; ratios are computed, so it is ignored"
        case .duplicateSame: "the same unit, period and indicator reported twice with equal values; one is used"
        case .duplicateConflict:
            "the same unit, period and indicator reported twice with different values; neither is used"
        case .rollupMismatch:
            "a unit's own figure differs from the sum of its children (a note when the children do not all report)"
        case .overflow: "a total would overflow 64-bit arithmetic"
        case .impossible:
            "two figures of one unit contradict each other (members above workers, supported above reviewed, admissions above members, women above the total)"
        case .periodSum:
            "the quarters a unit reported do not add up to the half-year or year it also reported (stocks: the last quarter differs)"
        case .outlier:
            "a figure is more than 3 times, or less than a third of, the unit's figure for the same period last year"
        case .noReport: "a unit has no figures at all for the period"
        case .unitRow: "a row of units.csv lacks a code or has an unknown level"
        case .unitDuplicate: "a unit code appears twice in units.csv; the later row is ignored"
        case .unitParent:
            "a unit's parent is not in units.csv (or not valid on every day of the row); the unit and its subtree are left out"
        case .unitCycle: "units.csv's parents form a cycle; those units are left out"
        case .unitLevel: "a unit's level does not fit its place in the tree"
        case .unitVersion:
            "a row of units.csv has a bad valid_from/valid_to, or overlaps another row of the same code; the row is ignored"
        case .unitSuccessor:
            "a successor is unknown, on a row that does not end, or part of a cycle; it is not followed (the unit counts as dissolved)"
        case .reportOutsideLife:
            "a report of a unit for a period in which it did not exist (before its founding, after it ended or merged); listed in Thay đổi tổ chức, never added"
        case .catalogue: "a row of indicators.csv is unusable; that indicator is left out"
        case .settings:
            "a line of settings.csv is not understood (an unknown key, a bad day, a target_near_pct outside 0–100)"
        case .targetPeriod:
            "a target of targets.csv is for a quarter; targets are for a year or a half-year, so the line is ignored"
        case .targetRange: "a target of a ratio indicator is outside 0–100 (percentage points); the line is ignored"
        case .targetDuplicate:
            "the same unit, period and indicator given a target twice: equal values are a note (used once), different values an error (neither is used)"
        case .targetNotInTree:
            "a target of a unit that is in units.csv but not in the tree the report stands on (dissolved, not yet founded); it is not measured"
        case .groupUnknown:
            "a group code in the groups column of units.csv is not in groups.csv; the unit is not put in that group"
        case .groupRow:
            "a row of groups.csv is unusable (a bad code, a kind other than cum or khoi, a code listed twice); it is ignored"
        case .groupEmpty: "a group of groups.csv has no member in units.csv"
        case .scoringRow:
            "a row of scoring.csv is unusable (a basis other than progress, per_100_members or growth, a bad weight, a criterion listed twice); it is ignored"
        case .phraseRow:
            "a row of indicator-phrases.csv is unusable (an unknown or ratio indicator, a value that is not a whole number, a pattern without a word, with more than one #, with neither # nor value, or opening or closing with …); extract leaves it out"
        }
    }
}
