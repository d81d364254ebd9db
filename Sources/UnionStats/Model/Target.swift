/// One target (chỉ tiêu kế hoạch) given to a unit: a figure to reach during a year or a half-year.
public struct Target: Sendable, Hashable {
    /// The unit's code, as in units.csv.
    public let unit: String
    /// The year (`2026`) or half-year (`2026-H1`) the target is for.
    public let period: Period
    /// The indicator's catalogue position.
    public let indicator: Int
    /// The figure to reach, exactly as written: whole for counts and đồng, up to six decimals for
    /// ratios (percentage points) and means.
    public let value: ExactDecimal
    /// The note of targets.csv ("Nghị quyết Đại hội…"), "" when none.
    public let note: String
    /// Where the target was read, for findings.
    public let location: SourceLocation

    /// Creates a target.
    public init(
        unit: String, period: Period, indicator: Int, value: ExactDecimal, note: String = "", location: SourceLocation
    ) {
        self.unit = unit
        self.period = period
        self.indicator = indicator
        self.value = value
        self.note = note
        self.location = location
    }
}

/// Every usable target of `targets.csv`, looked up by unit.
public struct TargetBook: Sendable {
    /// The targets in file order.
    public let targets: [Target]
    private let positionsByUnit: [String: [Int]]

    /// A book of `targets` (one per unit, period and indicator: the loader keeps no duplicates).
    public init(_ targets: [Target] = []) {
        self.targets = targets
        var positions: [String: [Int]] = [:]
        for (position, target) in targets.enumerated() { positions[target.unit, default: []].append(position) }
        positionsByUnit = positions
    }

    /// Whether there is no target at all (no targets.csv, or nothing usable in it).
    public var isEmpty: Bool { targets.isEmpty }

    /// Every target of a unit, in file order.
    public func targets(of unit: String) -> [Target] {
        positionsByUnit[unit, default: []].map { targets[$0] }
    }

    /// The targets of a unit that a report of `period` measures progress against: those whose period
    /// contains `period`'s end (the year, or the half-year the period ends in), in catalogue order,
    /// the year's before the half-year's.
    public func targets(of unit: String, applyingTo period: Period) -> [Target] {
        targets(of: unit)
            .filter { $0.period.containsEnd(of: period) }
            .sorted { ($0.indicator, $1.period.length) < ($1.indicator, $0.period.length) }
    }
}

extension Period {
    /// Whether `other` ends inside this period: a target of this period measures a report of `other`.
    public func containsEnd(of other: Period) -> Bool {
        other.year == year && firstQuarter <= other.lastQuarter && other.lastQuarter <= lastQuarter
    }

    /// The number of quarters the period covers: 1, 2 or 4.
    public var quarterCount: Int { length.rawValue }
}
