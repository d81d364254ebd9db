/// How the units of a period's own tree carry over to the tree an aggregation stands on (docs/design.md,
/// "Restatement onto a later tree"): T_P, the tree of P (its reference date's, plus every unit that ended
/// during P under its last upper unit), and T_D.
///
/// The **image** of a unit of T_P is itself when it is in T_D, else the first unit of T_D reached by
/// following `successor`; a unit that ended without one (dissolved) goes, on P's own tree (or any tree of
/// a day of P's year), where its last upper unit goes (its flows happened in the federation during P), and on
/// another year's tree nowhere: it is not carried over. The **direct contributors** of a unit of T_D are the grassroots units of T_P whose image it is;
/// one that ended during P brings its flows only, never its stocks or means. A unit's own figure is used
/// only when it is in T_P and its contributors are exactly the CĐCS below it in T_P. A CĐCS of T_D with no
/// contributor did not exist during P: it is not expected to report. When T_P is T_D every unit is its
/// own image and this is the ordinary aggregation.
public struct Restatement: Sendable {
    /// T_P: the tree of the period (with the units that ended during it).
    public let periodTree: UnitTree
    /// Whether T_P is the tree aggregated on, so nothing is restated.
    public let isIdentity: Bool
    /// Whether the tree aggregated on is P's own (the tree of its reference date), so a dissolved unit's
    /// flows stay in the federation and own figures are checked against their children.
    public let isOwnTree: Bool
    /// Per unit of T_D: whether its own figures may be used.
    public let ownAllowed: [Bool]
    /// Per unit of T_D: registry ids of the grassroots units of T_P whose image it is, besides itself
    /// when its own figures may be used; their own figures add to its value from below.
    public let extraContributors: [[Int]]
    /// Per unit of T_P: its image in T_D (an index of T_D), nil when it is not carried over.
    public let image: [Int?]
    /// Registry ids of the units of T_P that ended during the period: they bring flows only.
    public let endedDuringPeriod: Set<Int>
    /// Per unit of T_D: the CĐCS at or below it that existed during the period (have a contributor).
    public let expected: [Int]

    /// The ordinary case: the period stands on `tree` itself.
    public init(identity tree: UnitTree) {
        self.init(
            periodTree: tree, isIdentity: true, isOwnTree: true, ownAllowed: Array(repeating: true, count: tree.count),
            extraContributors: Array(repeating: [], count: tree.count), image: Array(tree.units.indices),
            endedDuringPeriod: [], expected: tree.grassrootsCount)
    }

    private init(
        periodTree: UnitTree, isIdentity: Bool, isOwnTree: Bool, ownAllowed: [Bool], extraContributors: [[Int]],
        image: [Int?], endedDuringPeriod: Set<Int>, expected: [Int]
    ) {
        self.periodTree = periodTree
        self.isIdentity = isIdentity
        self.isOwnTree = isOwnTree
        self.ownAllowed = ownAllowed
        self.extraContributors = extraContributors
        self.image = image
        self.endedDuringPeriod = endedDuringPeriod
        self.expected = expected
    }

    /// How `periodTree` (T_P, the tree of a period whose reference date is `referenceDate`) carries over
    /// to `tree`, following successors in `history`; `isOwnTree` when `tree` is the tree of that date;
    /// `keepsDissolved` when a dissolved unit goes where its last upper unit goes.
    public init(
        from periodTree: UnitTree, to tree: UnitTree, history: UnitHistory, referenceDate: Day, isOwnTree: Bool,
        keepsDissolved: Bool
    ) {
        guard !periodTree.hasSameVersions(as: tree) else {
            self.init(identity: tree)
            return
        }
        let ended = Set(
            periodTree.ids.filter { id in history.lifespan(of: id).last.map { $0 < referenceDate } ?? false })
        let image = periodTree.ids.map {
            Self.image(of: $0, in: tree, history: history, followingParents: keepsDissolved)
        }
        var direct = Array(repeating: [Int](), count: tree.count)
        var contributors = Array(repeating: 0, count: tree.count)
        var contributorsInside = Array(repeating: 0, count: tree.count)
        for (unit, info) in periodTree.units.enumerated() where info.level == .grassroots {
            guard let target = image[unit] else { continue }
            direct[target].append(periodTree.ids[unit])
            // Every unit of T_D from the image up counts it; those that also hold it below them in T_P count it as inside.
            var ancestor: Int? = target
            while let current = ancestor {
                contributors[current] += 1
                if let before = periodTree.index(ofID: tree.ids[current]), periodTree.isInSubtree(unit, of: before) {
                    contributorsInside[current] += 1
                }
                ancestor = tree.units[current].parent
            }
        }
        // The CĐCS of T_D below each unit that existed during the period: those something of T_P flows into.
        var expected = Array(repeating: 0, count: tree.count)
        for unit in tree.units.indices.reversed() {
            if tree.units[unit].level == .grassroots, !direct[unit].isEmpty { expected[unit] += 1 }
            if let parent = tree.units[unit].parent { expected[parent] += expected[unit] }
        }
        var ownAllowed = Array(repeating: false, count: tree.count)
        var extra = direct
        for unit in tree.units.indices {
            guard let before = periodTree.index(ofID: tree.ids[unit]) else { continue }
            ownAllowed[unit] =
                contributors[unit] == contributorsInside[unit]
                && contributors[unit] == periodTree.grassrootsCount[before]
            if ownAllowed[unit] { extra[unit].removeAll { $0 == tree.ids[unit] } }
        }
        self.init(
            periodTree: periodTree, isIdentity: false, isOwnTree: isOwnTree, ownAllowed: ownAllowed,
            extraContributors: extra, image: image, endedDuringPeriod: ended, expected: expected)
    }

    /// The unit itself when `tree` holds it, else the first unit of `tree` down its chain of successors;
    /// with `followingParents` (P's own tree), a unit that ended without one goes where its last upper unit goes.
    static func image(of id: Int, in tree: UnitTree, history: UnitHistory, followingParents: Bool = false) -> Int? {
        var current = id
        for _ in 0...(2 * history.count) {
            if let index = tree.index(ofID: current) { return index }
            if let next = history.successor(of: current) {
                current = next
            } else if followingParents, history.lifespan(of: current).last != nil,
                let parent = history.lastParent(of: current)
            {
                current = parent
            } else {
                return nil
            }
        }
        return nil
    }

    /// Whether a contributor brings its own figure of an indicator: one that `ended` during the period
    /// brings its flows only, never its stocks or means (the one place this rule is written).
    @inline(__always)
    static func brings(flow: Bool, ended: Bool) -> Bool { flow || !ended }

    /// Units of T_P that are not carried over (no image in T_D), in T_P's tree order.
    public var notCarriedOver: [Int] { image.indices.filter { image[$0] == nil } }
}
