/// One line of `scoring.csv`: an indicator, its weight and what the points are counted on.
///
/// A member's points for the criterion are `weight × basis value`, the basis value rounded to two
/// decimals as every percentage is, the points rounded to two decimals too, half away from zero; its
/// total is the sum of its points as printed (docs/design.md, "Scoring and ranking").
public struct ScoringCriterion: Sendable, Hashable {
    /// What a criterion's points are counted on.
    public enum Basis: String, Sendable, CaseIterable {
        /// `progress`: the % of the member's target reached (progress_pct).
        case progress
        /// `per_100_members`: the value per 100 union members (members_total at the period's end).
        case perHundredMembers = "per_100_members"
        /// `growth`: the change against the same period last year, in % (change_pct).
        case growth

        /// The Vietnamese words printed above the ranking.
        public var vietnamese: String {
            switch self {
            case .progress: "% kế hoạch"
            case .perHundredMembers: "trên 100 đoàn viên"
            case .growth: "tăng, giảm so với cùng kỳ (%)"
            }
        }
    }

    /// The indicator's catalogue position.
    public let indicator: Int
    /// The largest weight `scoring.csv` may give: it bounds every member's points, so that their
    /// total can never overflow (`GroupRanking`).
    public static let maxWeight: Int64 = 1_000

    /// The weight, non-negative, at most `maxWeight`, exact.
    public let weight: ExactDecimal
    /// What the points are counted on.
    public let basis: Basis

    /// Creates a criterion.
    public init(indicator: Int, weight: ExactDecimal, basis: Basis) {
        self.indicator = indicator
        self.weight = weight
        self.basis = basis
    }
}
