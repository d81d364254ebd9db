import Foundation

/// What the federation's summary table shows: a title and up to three columns of values.
struct SummaryContent {
    /// What the percent column of the table shows.
    enum PercentMeasure {
        /// This period ÷ the period compared with × 100 (130,82 %): the Vietnamese statistical
        /// reports' "So với cùng kỳ (%)", in the signed report.
        case ofPrevious
        /// (This period − the period compared with) ÷ the period compared with × 100 (30,82 %): the
        /// comparison workbook's "Tăng, giảm (%)", the same as `change_pct` of its CSV.
        case growth

        /// The column's heading.
        var heading: String {
            switch self {
            case .ofPrevious: "So với cùng kỳ (%)"
            case .growth: "Tăng, giảm (%)"
            }
        }
    }

    /// One column of values: its heading, its name in the coverage note, its values.
    struct ValueColumn {
        let heading: String
        let noteName: String
        let values: PeriodValues
    }

    /// The input (settings, tree, catalogue).
    let input: InputData
    /// The title in capitals.
    let title: String
    /// "(Số liệu tính đến ngày …)", or nil.
    let cutoffLine: String?
    /// The period shown.
    let current: ValueColumn
    /// Year to date, for quarters.
    let yearToDate: ValueColumn?
    /// The period compared with, when there is one.
    let previous: ValueColumn?
    /// The heading of the period compared with even when it has no values.
    let previousHeading: String
    /// Whether the period compared with comes before the period shown (a comparison: A, then B).
    let baseFirst: Bool
    /// What the percent column shows.
    let percent: PercentMeasure
    /// The date on the place-and-date line.
    let generated: Date
    /// Whether changes are coloured green or red by the indicator's direction (comparisons, not the signed report).
    let coloursChanges: Bool
    /// The form's name at top right ("Mẫu số 2-HĐCĐ"), or nil.
    let formName: String?
    /// On which tree the figures stand, when a period shown is restated on another tree than its own; nil otherwise.
    let treeLine: String?
    /// The federation's progress against its targets for the year, by indicator position; nil when it
    /// has none (then `Tổng hợp` has no target columns).
    let yearTargets: [Int: TargetProgress]?
    /// What `% kế hoạch` measures, printed under the table when there are target columns.
    let targetNote: String?

    /// "Số liệu trên cây tổ chức ngày …; cùng kỳ năm trước (…) tính lại trên cây này …", or nil when nothing is
    /// restated.
    static func treeLine(treeDay: Day, restatements: [TreeRestatement]) -> String? {
        guard !restatements.isEmpty else { return nil }
        let restated = restatements.map { "\($0.period.label) (cây ngày \($0.periodDay))" }.joined(separator: " và ")
        return
            "(Số liệu trên cây tổ chức ngày \(treeDay); \(restated) được tính lại trên cây này, xem sheet Thay đổi tổ chức)"
    }

    /// The content of a report's `Tổng hợp`.
    init(report: Report) {
        let settings = report.input.settings
        let cutoff = settings.cutoff(for: report.period)
        input = report.input
        title =
            "BÁO CÁO TỔNG HỢP SỐ LIỆU HOẠT ĐỘNG CÔNG ĐOÀN \(report.period.titleLabel)"
            + (report.group.map { "\n\($0.name.uppercased())" } ?? "")
        cutoffLine =
            "(Số liệu tính đến ngày \(VietnameseFormat.day(cutoff.day))/\(VietnameseFormat.month(cutoff.month))/\(cutoff.year))"
        current = ValueColumn(heading: report.period.label, noteName: "Kỳ này", values: report.current)
        yearToDate = report.yearToDate.map {
            ValueColumn(heading: TimeSpan.yearToDateLabel(through: report.period), noteName: "Lũy kế", values: $0)
        }
        let previousHeading = "Cùng kỳ năm trước (\(report.period.sameLastYear?.label ?? ""))"
        self.previousHeading = previousHeading
        previous = report.previous.map { ValueColumn(heading: previousHeading, noteName: "Cùng kỳ", values: $0) }
        baseFirst = false
        percent = .ofPrevious
        generated = report.generated
        coloursChanges = false
        formName = "Mẫu số 2-HĐCĐ"
        treeLine = Self.treeLine(treeDay: report.treeDay, restatements: report.restatements)
        let rootCode = report.input.tree.units[report.input.tree.root].code
        let year = report.plan.unit(rootCode)?.progress.filter { $0.target.period.length == .year } ?? []
        yearTargets =
            year.isEmpty
            ? nil : Dictionary(year.map { ($0.target.indicator, $0) }, uniquingKeysWith: { first, _ in first })
        targetNote =
            year.isEmpty ? nil : Self.targetNote(period: report.period, ceilings: year.contains(where: \.isCeiling))
    }

    /// "% kế hoạch: số lũy kế … so với kế hoạch năm …; tiến độ dự kiến …"; with `ceilings`, that a falling
    /// indicator's target is a ceiling.
    static func targetNote(period: Period, ceilings: Bool = false) -> String {
        let expected = period.lastQuarter * 25
        return
            "% kế hoạch = số thực hiện so với kế hoạch năm \(period.year): chỉ tiêu cộng dồn (phát sinh trong kỳ) tính lũy kế từ đầu năm đến hết kỳ này, tiến độ dự kiến \(expected)%; chỉ tiêu thời điểm và tỷ lệ lấy số cuối kỳ, dự kiến 100%."
            + (ceilings
                ? " Chỉ tiêu giảm (tai nạn lao động, đình công…) là mức trần: thực hiện càng thấp càng tốt." : "")
            + " Chi tiết xem sheet Kế hoạch."
    }

    /// The content of a comparison's summary: A (the base period), then B, as in `Xếp hạng` and the CSV.
    init(document: CompareDocument) {
        let comparison = document.comparison
        input = document.input
        title =
            "SO SÁNH SỐ LIỆU HOẠT ĐỘNG CÔNG ĐOÀN \(comparison.periodB.titleLabel) VỚI \(comparison.periodA.titleLabel)"
        cutoffLine = nil
        current = ValueColumn(
            heading: comparison.periodB.label, noteName: comparison.periodB.description, values: comparison.valuesB)
        yearToDate = nil
        previousHeading = comparison.periodA.label
        previous = ValueColumn(
            heading: previousHeading, noteName: comparison.periodA.description, values: comparison.valuesA)
        baseFirst = true
        // The comparison workbook keeps the growth rate, as its CSV's change_pct, under an explicit heading.
        percent = .growth
        generated = document.generated
        coloursChanges = true
        formName = nil
        treeLine = Self.treeLine(treeDay: document.treeDay, restatements: document.restatements)
        yearTargets = nil
        targetNote = nil
    }

    /// The value columns in the order the note names them: the order they are printed in.
    var valueColumnsInPrintOrder: [ValueColumn] {
        let rest = [yearToDate, previous].compactMap { $0 }
        guard baseFirst, let previous else { return [current] + rest }
        return [previous, current] + [yearToDate].compactMap { $0 }
    }
}
