/// How a value came about, as `observations-P.csv` writes it.
public enum ValueStatus: UInt8, Sendable, CaseIterable {
    /// No value.
    case missing
    /// The unit reported it for this period.
    case reported
    /// Worked out from the unit's own reports for the sub-periods.
    case derived
    /// The sum of the children's values.
    case rolledUp
    /// A ratio or weighted mean computed from aggregated parts.
    case computed

    /// `reported|derived|rolled_up|computed|missing`.
    public var name: String {
        switch self {
        case .missing: "missing"
        case .reported: "reported"
        case .derived: "derived"
        case .rolledUp: "rolled_up"
        case .computed: "computed"
        }
    }
}

/// Every unit × indicator value of one period (or year to date), in compact arrays indexed by `CellGrid`.
///
/// Flow and stock values are whole numbers; ratio and weighted-mean values are in hundredths.
public struct PeriodValues: Sendable {
    /// The period.
    public let period: Period
    /// The shape of the arrays: units × indicators.
    public let grid: CellGrid
    /// The values (meaningless where the status is `missing`).
    public internal(set) var values: [Int64]
    /// How each value came about.
    public internal(set) var status: [ValueStatus]
    /// How many grassroots units each flow/stock value accounts for.
    public internal(set) var reporting: [Int32]
    /// The exact weighted means behind the two-decimal values, per indicator position then unit: what
    /// a total over units regrouped (an emulation group's) is weighted from.
    var means: [Int: [PreciseMean?]] = [:]
    /// Per ratio indicator position then unit: whether the ratio's numerator and denominator account for
    /// the same CĐCS (docs/design.md, "Ratios on matched coverage"), as the roll-up decided; what a node
    /// over units regrouped (an emulation group's) decides its own ratio from.
    var partsMatch: [Int: [Bool]] = [:]
    /// Per unit: the CĐCS at or below it expected to report (`grassroots_expected`): those that existed
    /// during the period (docs/design.md, "Coverage").
    public internal(set) var expected: [Int32]

    init(period: Period, grid: CellGrid) {
        self.period = period
        self.grid = grid
        let cells = grid.cellCount
        values = Array(repeating: 0, count: cells)
        status = Array(repeating: .missing, count: cells)
        reporting = Array(repeating: 0, count: cells)
        expected = Array(repeating: 0, count: grid.unitCount)
    }

    /// The CĐCS at or below a unit expected to report.
    public func expected(unit: Int) -> Int { Int(expected[unit]) }

    /// Makes room for the exact means of `weightedMeans` and the matched coverage of `ratios` (indicator
    /// positions), before a roll-up fills them in.
    mutating func prepareRollUp(weightedMeans: [Int], ratios: [Int]) {
        for position in weightedMeans { means[position] = Array(repeating: nil, count: grid.unitCount) }
        for position in ratios { partsMatch[position] = Array(repeating: true, count: grid.unitCount) }
    }

    /// The value of a unit and indicator, nil when missing.
    public func value(unit: Int, indicator: Int) -> Int64? {
        let cell = grid.cell(unit: unit, indicator: indicator)
        return status[cell] == .missing ? nil : values[cell]
    }

    /// The status of a unit and indicator.
    public func status(unit: Int, indicator: Int) -> ValueStatus { status[grid.cell(unit: unit, indicator: indicator)] }

    /// How many grassroots units the value accounts for.
    public func reporting(unit: Int, indicator: Int) -> Int {
        Int(reporting[grid.cell(unit: unit, indicator: indicator)])
    }
}
