/// A stretch of time the aggregation core adds up: a period, or a year to date that is no single
/// period (nine months: H1 then Q3).
///
/// Every span follows the same contract: a unit's own figure is what it reported for the span (a
/// period only), else derived from its own figures of the span's parts (flows: all parts; stocks:
/// the last part); values roll up the tree from there.
public struct TimeSpan: Hashable, Sendable, CustomStringConvertible {
    /// The period the span's values stand for: the period itself, or the quarter a year to date ends with.
    public let period: Period
    /// The periods a nine-month year to date adds up; empty when the span is `period` itself.
    private let parts: [Period]

    /// The span of one period.
    public init(_ period: Period) {
        self.period = period
        parts = []
    }

    private init(period: Period, parts: [Period]) {
        self.period = period
        self.parts = parts
    }

    /// Year to date (lũy kế) through a quarter: Q1, H1, H1 + Q3 (nine months), the year; nil for other periods.
    public static func yearToDate(through quarter: Period) -> TimeSpan? {
        guard quarter.length == .quarter else { return nil }
        let year = quarter.year
        switch quarter.index {
        case 1: return TimeSpan(quarter)
        case 2: return Period(year: year, length: .half, index: 1).map(TimeSpan.init)
        case 4: return Period(year: year, length: .year, index: 1).map(TimeSpan.init)
        default:
            return Period(year: year, length: .half, index: 1).map { TimeSpan(period: quarter, parts: [$0, quarter]) }
        }
    }

    /// A label for a year-to-date column: "Lũy kế 9 tháng năm 2021".
    public static func yearToDateLabel(through quarter: Period) -> String {
        "Lũy kế \(quarter.lastQuarter * 3) tháng năm \(quarter.year)"
    }

    /// Whether the span is exactly its period, so that reports for the period count as its own figures.
    public var isPeriod: Bool { parts.isEmpty }

    /// The periods it covers: the period itself, or the parts of a year to date.
    public var periods: [Period] { isPeriod ? [period] : parts }

    /// The first day it covers.
    public var firstDay: Day { Day(startOf: periods[0]) }

    /// The last day it covers (its period's last day).
    public var lastDay: Day { Day(endOf: period) }

    /// The quarters it covers, in order.
    public var quarters: [Period] { periods.flatMap(\.quarters) }

    /// The spans it is made of, in time order: the period's sub-periods, or the parts of a year to date.
    var subSpans: [TimeSpan] {
        (isPeriod ? period.subPeriods : parts).map(TimeSpan.init)
    }

    /// "kỳ 2021-H1", or "lũy kế 9 tháng năm 2021", for messages.
    public var description: String {
        isPeriod ? "kỳ \(period)" : TimeSpan.yearToDateLabel(through: period).lowercased()
    }
}
