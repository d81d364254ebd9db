/// An emulation group's members ranked by the criteria of `scoring.csv` (docs/design.md, "Scoring and ranking").
///
/// Every number is the one printed: each criterion's basis value in hundredths (the % of target as in
/// `targets-P.csv`; the value per 100 members; the change against the same period last year as
/// `change_pct`), rounded half away from zero; points = weight × basis value, rounded the same way;
/// the total is the sum of the points; members are ranked by total, equal totals sharing a rank
/// (1, 1, 3, `CompetitionRanking`). A criterion without a basis value gives no points. The points of a
/// criterion whose indicator's direction is `down` (accidents, strikes: falling is good) are subtracted,
/// so fewer accidents rank higher.
///
/// Points and totals cannot overflow: a basis value is an `Int64`, a weight at most
/// `ScoringCriterion.maxWeight` (1.000), so a point, added or subtracted, is below 2^73 in magnitude and
/// the sum of the few criteria (one per indicator and basis) stays far inside `Int128` either way.
public struct GroupRanking: Sendable {
    /// One member's line.
    public struct Standing: Sendable, Equatable {
        /// The member's index in the report's tree.
        public let unit: Int
        /// The basis value of each criterion, in hundredths; nil when there is none.
        public let basis: [Int64?]
        /// The points of each criterion, in hundredths; nil when there is no basis value.
        public let points: [Int128?]
        /// The sum of the points, in hundredths.
        public let total: Int128
        /// The rank: 1 for the highest total, equal totals sharing one.
        public let rank: Int
    }

    /// The group.
    public let group: EmulationGroup
    /// Its members in the report's tree, in tree order.
    public let members: [Int]
    /// The criteria.
    public let criteria: [ScoringCriterion]
    /// Whether each criterion's points are subtracted: its indicator's direction is `down`.
    public let subtracted: [Bool]
    /// The members by rank (then code).
    public let standings: [Standing]

    /// Ranks `members` by `criteria` from the period's values, last year's and the plan.
    public init(
        group: EmulationGroup, members: [Int], criteria: [ScoringCriterion], tree: UnitTree, catalogue: Catalogue,
        current: PeriodValues, previous: PeriodValues?, plan: TargetPlan
    ) {
        self.group = group
        self.members = members
        self.criteria = criteria
        let subtracted = criteria.map { catalogue[$0.indicator].direction == .down }
        self.subtracted = subtracted
        let membersTotal = catalogue.position(of: "members_total")
        let scored = members.map { unit -> (unit: Int, basis: [Int64?], points: [Int128?], total: Int128) in
            let basis = criteria.map { criterion in
                Self.basisValue(
                    criterion, unit: unit, code: tree.units[unit].code, catalogue: catalogue, current: current,
                    previous: previous, plan: plan, membersTotal: membersTotal)
            }
            let points = criteria.indices.map { index in
                basis[index].map {
                    Self.points(weight: criteria[index].weight, basis: $0, subtracted: subtracted[index])
                }
            }
            let total = points.reduce(Int128(0)) { sum, value in sum + (value ?? 0) }
            return (unit, basis, points, total)
        }
        let ordered = scored.sorted { left, right in
            left.total != right.total
                ? left.total > right.total
                : tree.units[left.unit].code.utf8.lexicographicallyPrecedes(tree.units[right.unit].code.utf8)
        }
        let ranks = CompetitionRanking.ranks(ofOrdered: ordered.map(\.total))
        standings = zip(ordered, ranks).map { line, rank in
            Standing(unit: line.unit, basis: line.basis, points: line.points, total: line.total, rank: rank ?? 0)
        }
    }

    /// weight × basis in hundredths, rounded half away from zero (exact: the product of two `Int64`s fits in `Int128`);
    /// negated when `subtracted` (a `down` criterion), so the rounding is the same either way.
    public static func points(weight: ExactDecimal, basis: Int64, subtracted: Bool = false) -> Int128 {
        let product = Int128(weight.significand) * Int128(basis)
        let divisor = Int128(ExactDecimal.powerOfTen(weight.scale))
        var quotient = product / divisor
        let remainder = product % divisor
        if 2 * remainder.magnitude >= divisor.magnitude { quotient += product < 0 ? -1 : 1 }
        return subtracted ? -quotient : quotient
    }

    /// A criterion's basis value for one member, in hundredths.
    static func basisValue(
        _ criterion: ScoringCriterion, unit: Int, code: String, catalogue: Catalogue, current: PeriodValues,
        previous: PeriodValues?,
        plan: TargetPlan, membersTotal: Int?
    ) -> Int64? {
        let indicator = criterion.indicator
        switch criterion.basis {
        case .progress:
            return plan.progress(of: code, indicator: indicator)?.progressHundredths
        case .perHundredMembers:
            guard let membersTotal, let members = current.value(unit: unit, indicator: membersTotal), members > 0,
                let value = current.value(unit: unit, indicator: indicator)
            else { return nil }
            // value × 100 ÷ members in hundredths; a two-decimal value is already × 100.
            let scaled = Int128(value) * (catalogue[indicator].hasTwoDecimals ? 100 : 10_000)
            return Fraction(scaled, over: Int128(members))?.rounded(scale: 1)
        case .growth:
            return Comparison.changePercentHundredths(
                from: previous?.value(unit: unit, indicator: indicator),
                to: current.value(unit: unit, indicator: indicator))
        }
    }
}
