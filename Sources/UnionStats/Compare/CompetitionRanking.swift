/// The one rule of every ranking the tool prints (docs/design.md, "Scoring and ranking"):
/// standard competition ranking. Lines are already in order, best first; equal scores share the rank
/// of the first of them and the next score's rank counts every line before it (1, 1, 3). A line
/// without a score gets no rank.
enum CompetitionRanking {
    /// The rank of each line of `scores` (in order, best first); nil where the score is nil.
    static func ranks<Score: Equatable>(ofOrdered scores: [Score?]) -> [Int?] {
        var ranks: [Int?] = []
        ranks.reserveCapacity(scores.count)
        var previous: (score: Score, rank: Int)?
        for (offset, score) in scores.enumerated() {
            guard let score else {
                ranks.append(nil)
                continue
            }
            let rank = previous.flatMap { $0.score == score ? $0.rank : nil } ?? offset + 1
            ranks.append(rank)
            previous = (score, rank)
        }
        return ranks
    }
}

/// Upper units (a group's members) ranked by one indicator's value in period B (`compare`'s `Xếp hạng`):
/// largest first, equal values sharing a rank, units without a value last and unranked, then by code.
public struct IndicatorRanking: Sendable {
    /// One ranked unit with its values.
    public struct Entry: Sendable, Equatable {
        /// The unit's index in the comparison's tree.
        public let unit: Int
        /// Its rank; nil when it has no value in B.
        public let rank: Int?
        /// The values in A and B, the change and the change in % (hundredths where the indicator has decimals).
        public let a: Int64?, b: Int64?, change: Int64?, percent: Int64?
    }

    /// The units in rank order.
    public let entries: [Entry]

    /// Ranks `document`'s ranked units by its ranking indicator.
    public init(_ document: CompareDocument) {
        let tree = document.input.tree
        let rows = document.rankedUnits.map { unit in
            (unit, document.comparison.row(unit: unit, indicator: document.rankBy))
        }
        let sorted = rows.sorted { left, right in
            switch (left.1.b, right.1.b) {
            case (let l?, let r?) where l != r: return l > r
            case (nil, _?): return false
            case (_?, nil): return true
            default: return tree.units[left.0].code.utf8.lexicographicallyPrecedes(tree.units[right.0].code.utf8)
            }
        }
        let ranks = CompetitionRanking.ranks(ofOrdered: sorted.map(\.1.b))
        entries = zip(sorted, ranks).map { row, rank in
            Entry(unit: row.0, rank: rank, a: row.1.a, b: row.1.b, change: row.1.change, percent: row.1.changePercent)
        }
    }
}
