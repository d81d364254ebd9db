/// One period shown on a tree other than its own: what changed between the two trees and what the
/// restated figures leave out (one section of the `Thay đổi tổ chức` sheet).
public struct TreeRestatement: Sendable {
    /// The restated period.
    public let period: Period
    /// The period's own reference date (its own tree's day).
    public let periodDay: Day
    /// The day of the tree it is restated on.
    public let treeDay: Day
    /// What changed between the two trees.
    public let changes: TreeChanges
    /// The figures left out and the federation's published figures against the restated ones.
    public let carryOver: CarryOver

    /// How `period` is restated by `aggregator` (standing on the tree of `treeDay`); nil when the
    /// period's own tree is that tree. The period's own-tree aggregation emits its findings to `log`.
    init?(of period: Period, by aggregator: Aggregator, input: InputData, treeDay: Day, log: FindingLog) {
        let restatement = aggregator.restatement(for: TimeSpan(period))
        // On the period's own tree nothing is restated unless something is left out.
        guard !restatement.isIdentity, !(restatement.isOwnTree && restatement.notCarriedOver.isEmpty) else {
            return nil
        }
        let periodDay = input.settings.referenceDate(of: period)
        let published = Aggregator(
            input.on(input.history.tree(at: periodDay, findings: log.emitter), day: periodDay), findings: log.emitter)
        self.period = period
        self.periodDay = periodDay
        self.treeDay = treeDay
        changes = TreeChanges((periodDay, restatement.periodTree), (treeDay, aggregator.tree), history: input.history)
        carryOver = CarryOver(
            period: period, restated: aggregator, published: published, periodDay: periodDay, treeDay: treeDay)
    }

    /// "2025-H1 (cây ngày 30/06/2025) tính lại trên cây ngày 30/06/2026", for subtitles.
    public var summary: String {
        "kỳ \(period) (cây tổ chức ngày \(periodDay)) tính lại trên cây tổ chức ngày \(treeDay)"
    }
}
