import Foundation

/// A reporting period: a quarter, a half-year or a whole year.
///
/// Written `2021-Q2`, `2021-H1` or `2021`; sub-periods follow `Y = H1 + H2`,
/// `H1 = Q1 + Q2`, `H2 = Q3 + Q4`.
public struct Period: Hashable, Comparable, Sendable, CustomStringConvertible {
    /// How long a period is.
    public enum Length: Int, Sendable, Comparable {
        case quarter = 1
        case half = 2
        case year = 4

        /// Orders lengths from the shortest to the longest.
        public static func < (lhs: Length, rhs: Length) -> Bool { lhs.rawValue < rhs.rawValue }
    }

    /// The calendar year, 1900...2999.
    public let year: Int
    /// The length of the period.
    public let length: Length
    /// The position within the year: 1...4 for quarters, 1...2 for halves, 1 for the year.
    public let index: Int

    /// Creates a period after checking that `index` fits `length`; nil when it does not.
    public init?(year: Int, length: Length, index: Int) {
        guard (1900...2999).contains(year), index >= 1, index <= 4 / length.rawValue else { return nil }
        self.year = year
        self.length = length
        self.index = index
    }

    /// Reads `2021-Q2`, `2021-H1` or `2021` (case-insensitive, surrounding spaces ignored).
    public init?(_ text: some StringProtocol) {
        let trimmed = String(text).cleanedField.uppercased()
        let parts = trimmed.split(separator: "-", omittingEmptySubsequences: false)
        guard let first = parts.first, first.count == 4, first.allSatisfy(\.isASCII),
            let year = Int(first)
        else { return nil }
        switch parts.count {
        case 1:
            self.init(year: year, length: .year, index: 1)
        case 2 where parts[1].count == 2:
            let kind = parts[1].first
            guard let digit = parts[1].last?.wholeNumberValue, parts[1].last?.isASCII == true else { return nil }
            switch kind {
            case "Q": self.init(year: year, length: .quarter, index: digit)
            case "H": self.init(year: year, length: .half, index: digit)
            default: return nil
            }
        default:
            return nil
        }
    }

    /// The canonical code: `2021-Q2`, `2021-H1`, `2021`.
    public var description: String {
        switch length {
        case .quarter: "\(year)-Q\(index)"
        case .half: "\(year)-H\(index)"
        case .year: "\(year)"
        }
    }

    /// The first quarter (1...4) the period covers.
    public var firstQuarter: Int { (index - 1) * length.rawValue + 1 }
    /// The last quarter (1...4) the period covers.
    public var lastQuarter: Int { index * length.rawValue }

    /// The two halves of a year, the two quarters of a half; empty for a quarter.
    public var subPeriods: [Period] {
        switch length {
        case .quarter: []
        case .half: [firstQuarter, lastQuarter].compactMap { Period(year: year, length: .quarter, index: $0) }
        case .year: [1, 2].compactMap { Period(year: year, length: .half, index: $0) }
        }
    }

    /// The quarters the period covers, in order (a quarter: itself).
    public var quarters: [Period] {
        (firstQuarter...lastQuarter).compactMap { Period(year: year, length: .quarter, index: $0) }
    }

    /// The same period one year earlier.
    public var sameLastYear: Period? { Period(year: year - 1, length: length, index: index) }

    /// Whether `other` lies within this period (a period contains itself).
    public func contains(_ other: Period) -> Bool {
        other.year == year && other.firstQuarter >= firstQuarter && other.lastQuarter <= lastQuarter
    }

    /// The last day of the period as (day, month).
    public var endDay: (day: Int, month: Int) {
        switch lastQuarter {
        case 1: (31, 3)
        case 2: (30, 6)
        case 3: (30, 9)
        default: (31, 12)
        }
    }

    /// Orders by end date; of two periods ending together, the shorter comes first.
    public static func < (lhs: Period, rhs: Period) -> Bool {
        if lhs.year != rhs.year { return lhs.year < rhs.year }
        if lhs.lastQuarter != rhs.lastQuarter { return lhs.lastQuarter < rhs.lastQuarter }
        return lhs.length < rhs.length
    }

    /// The Vietnamese label: "Quý II năm 2021", "6 tháng đầu năm 2021", "Năm 2021".
    public var label: String {
        switch length {
        case .quarter: "Quý \(Period.romanQuarter[index - 1]) năm \(year)"
        case .half: index == 1 ? "6 tháng đầu năm \(year)" : "6 tháng cuối năm \(year)"
        case .year: "Năm \(year)"
        }
    }

    /// The label in capitals for report titles: "6 THÁNG ĐẦU NĂM 2021".
    public var titleLabel: String { label.uppercased() }

    private static let romanQuarter = ["I", "II", "III", "IV"]
}
