/// A calendar day: the dates of units.csv's versions, a period's reference date, `--tree DATE`.
public struct Day: Hashable, Comparable, Sendable, CustomStringConvertible {
    /// The year, e.g. 2025.
    public let year: Int
    /// The month, 1–12.
    public let month: Int
    /// The day of the month.
    public let day: Int

    /// A real calendar day, or nil (31/02, month 13, year outside 1900–9999).
    public init?(year: Int, month: Int, day: Int) {
        guard (1900...9999).contains(year), (1...12).contains(month),
            (1...Self.length(ofMonth: month, year: year)).contains(day)
        else { return nil }
        self.year = year
        self.month = month
        self.day = day
    }

    /// Reads `2025-07-01` or `01/07/2025` (also `1/7/2025`); nil for anything else.
    public init?(_ text: some StringProtocol) {
        let text = String(text)
        if text.contains("-") {
            let parts = text.split(separator: "-", omittingEmptySubsequences: false)
            guard parts.count == 3, parts[0].count == 4, parts[1].count == 2, parts[2].count == 2,
                let year = Int(parts[0]), let month = Int(parts[1]), let day = Int(parts[2])
            else { return nil }
            self.init(year: year, month: month, day: day)
        } else {
            let parts = text.split(separator: "/", omittingEmptySubsequences: false)
            guard parts.count == 3, (1...2).contains(parts[0].count), (1...2).contains(parts[1].count),
                parts[2].count == 4,
                let day = Int(parts[0]), let month = Int(parts[1]), let year = Int(parts[2])
            else { return nil }
            self.init(year: year, month: month, day: day)
        }
    }

    /// How many days a month has.
    static func length(ofMonth month: Int, year: Int) -> Int {
        switch month {
        case 2: year % 4 == 0 && (year % 100 != 0 || year % 400 == 0) ? 29 : 28
        case 4, 6, 9, 11: 30
        default: 31
        }
    }

    /// The day before.
    public var previous: Day {
        if day > 1 { return Day(unchecked: year, month, day - 1) }
        if month > 1 { return Day(unchecked: year, month - 1, Self.length(ofMonth: month - 1, year: year)) }
        return Day(unchecked: year - 1, 12, 31)
    }

    /// The day after.
    public var next: Day {
        if day < Self.length(ofMonth: month, year: year) { return Day(unchecked: year, month, day + 1) }
        if month < 12 { return Day(unchecked: year, month + 1, 1) }
        return Day(unchecked: year + 1, 1, 1)
    }

    /// A day before every real one, for sorting versions without a start.
    static let distantPast = Day(unchecked: 1900, 1, 1)

    private init(unchecked year: Int, _ month: Int, _ day: Int) {
        self.year = year
        self.month = month
        self.day = day
    }

    /// The first day of a period (01/01, 01/04, 01/07, 01/10 of its year).
    public init(startOf period: Period) {
        self.init(unchecked: period.year, (period.firstQuarter - 1) * 3 + 1, 1)
    }

    /// The last day of a period (31/03, 30/06, 30/09, 31/12 of its year).
    public init(endOf period: Period) {
        let end = period.endDay
        self.init(unchecked: period.year, end.month, end.day)
    }

    /// `30/06/2025`, as Vietnamese documents write dates.
    public var description: String {
        "\(day < 10 ? "0" : "")\(day)/\(month < 10 ? "0" : "")\(month)/\(year)"
    }

    /// `2025-06-30`, for file names and machine-readable columns.
    public var iso: String {
        "\(year)-\(month < 10 ? "0" : "")\(month)-\(day < 10 ? "0" : "")\(day)"
    }

    /// Orders days in time.
    public static func < (lhs: Day, rhs: Day) -> Bool {
        (lhs.year, lhs.month, lhs.day) < (rhs.year, rhs.month, rhs.day)
    }
}
