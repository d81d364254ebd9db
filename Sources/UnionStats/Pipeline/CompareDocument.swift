import Foundation

/// Everything the comparison workbook shows, computed once by `Pipeline.comparison`.
public struct CompareDocument: Sendable {
    /// The input compared.
    public let input: InputData
    /// The two periods' values.
    public let comparison: PeriodComparison
    /// The catalogue position of the indicator upper units are ranked by.
    public let rankBy: Int
    /// Findings about the two periods' figures (and of reading the files that hold them).
    public internal(set) var findings: [Finding]
    /// How many findings of the input concern only other periods.
    public internal(set) var findingsOfOtherPeriods: Int
    /// When it was made.
    public let generated: Date
    /// The day of the tree both periods stand on.
    public let treeDay: Day
    /// The periods whose own tree differs from it, restated, with what changed.
    public let restatements: [TreeRestatement]
    /// The emulation group compared within (`compare --group`), standing in the federation's place; nil for the
    /// federation.
    public let group: EmulationGroup?

    /// Everything the comparison shows; by default it stands on B's own tree and restates nothing.
    init(
        input: InputData, comparison: PeriodComparison, rankBy: Int, findings: [Finding], findingsOfOtherPeriods: Int,
        generated: Date,
        treeDay: Day? = nil, restatements: [TreeRestatement] = [], group: EmulationGroup? = nil
    ) {
        self.input = input
        self.comparison = comparison
        self.rankBy = rankBy
        self.findings = findings
        self.findingsOfOtherPeriods = findingsOfOtherPeriods
        self.generated = generated
        self.treeDay = treeDay ?? input.settings.referenceDate(of: comparison.periodB)
        self.restatements = restatements
        self.group = group
    }

    /// The stem of the output's names: `compare-2020-H1-vs-2021-H1`, with `-CODE` for a group; on a tree other than
    /// B's own (`--tree`), with `-tree-YYYY-MM-DD` after it (docs/design.md, "Output files").
    public var fileStem: String {
        "compare-\(comparison.periodA)-vs-\(comparison.periodB)" + (group.map { "-\($0.code)" } ?? "")
            + TreeDate.nameSuffix(treeDay, ownDay: input.settings.referenceDate(of: comparison.periodB))
    }

    /// The units the `Xếp hạng` sheet ranks: the upper units, or a group's members.
    public var rankedUnits: [Int] {
        let tree = input.tree
        guard group == nil else { return tree.children[tree.root] }
        return tree.units.indices.filter { tree.units[$0].level == .upper }
    }
}
