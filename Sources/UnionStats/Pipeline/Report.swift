import Foundation

/// Everything the report of one period shows, computed once by `Pipeline.report` and rendered many ways.
public struct Report: Sendable {
    /// The input it was made from.
    public private(set) var input: InputData
    /// The period reported on.
    public let period: Period
    /// The values of the period.
    public let current: PeriodValues
    /// The values of the same period one year earlier, for comparison.
    public let previous: PeriodValues?
    /// For quarters II–IV, the year-to-date values (lũy kế); nil otherwise.
    public let yearToDate: PeriodValues?
    /// Per upper unit (and the federation): grassroots units expected and those with any figure for the period.
    public let completeness: [(unit: Int, expected: Int, received: Int)]
    /// The findings the report shows (those about the figures it uses), by location.
    public internal(set) var findings: [Finding]
    /// How many findings of the input concern only other periods.
    public internal(set) var findingsOfOtherPeriods: Int
    /// When the report was made.
    public let generated: Date
    /// The day of the tree the report stands on.
    public let treeDay: Day
    /// The periods shown on this tree although their own tree differs (last year, or the period with `--tree`), with
    /// what changed.
    public let restatements: [TreeRestatement]
    /// Every unit's progress against the targets of `targets.csv` that apply to the period (empty without targets).
    public let plan: TargetPlan
    /// Each emulation group with members in the tree, its members ranked by `scoring.csv`.
    public let rankings: [GroupRanking]
    /// Who lived during the period: the units that ended during it, reports outside a unit's life.
    public var lives: PeriodLives
    /// Per unit of the tree: the contributors whose own figures add to it without standing under it.
    public var contributions: [[Contribution]]
    /// The emulation group the report is for (`report --group`), standing in the federation's place; nil for the
    /// federation's report.
    public let group: EmulationGroup?

    /// The stem of the report's file names: `2021-H1`, or `2021-H1-CUM-NGANH` for a group; on a tree other than the
    /// period's own (`--tree`), with `-tree-YYYY-MM-DD` after it (`2025-H1-tree-2025-07-01`), so a restated report
    /// never replaces the period's own (docs/design.md, "Output files").
    public var fileStem: String {
        (group.map { "\(period)-\($0.code)" } ?? period.description)
            + TreeDate.nameSuffix(treeDay, ownDay: input.settings.referenceDate(of: period))
    }
}

extension Report {
    /// The same report without the input's reported values, which rendering never reads: a report
    /// being written need not hold them (on a large province they are most of the memory).
    public func withoutObservations() -> Report {
        var copy = self
        copy.input = input.withoutObservations()
        return copy
    }
}
