/// How the units of a period's own tree carry over to the tree an aggregation stands on (docs/design.md,
/// "Restatement onto a later tree"): T_P, the tree on P's reference date, and T_D.
///
/// The **image** of a unit of T_P is itself when it is in T_D, else the first unit of T_D reached by
/// following `successor`; a unit without one is not carried over. The **direct contributors** of a
/// unit of T_D are the grassroots units of T_P whose image it is. A unit's own figure is used only
/// when it is in T_P and its contributors are exactly the CĐCS below it in T_P (and every CĐCS below
/// it in T_D has a contributor): its subtree covers the same CĐCS in both trees. When T_P is T_D every
/// unit is its own image and this is the ordinary aggregation.
public struct Restatement: Sendable {
    /// T_P: the tree of the period's own reference date.
    public let periodTree: UnitTree
    /// Whether T_P is the tree aggregated on, so nothing is restated.
    public let isIdentity: Bool
    /// Per unit of T_D: whether its own figures may be used.
    public let ownAllowed: [Bool]
    /// Per unit of T_D: registry ids of the grassroots units of T_P whose image it is, besides itself
    /// when its own figures may be used; their own figures add to its value from below.
    public let extraContributors: [[Int]]
    /// Per unit of T_P: its image in T_D (an index of T_D), nil when it is not carried over.
    public let image: [Int?]

    /// The ordinary case: the period stands on `tree` itself.
    public init(identity tree: UnitTree) {
        self.init(
            periodTree: tree, isIdentity: true, ownAllowed: Array(repeating: true, count: tree.count),
            extraContributors: Array(repeating: [], count: tree.count), image: Array(tree.units.indices))
    }

    private init(periodTree: UnitTree, isIdentity: Bool, ownAllowed: [Bool], extraContributors: [[Int]], image: [Int?])
    {
        self.periodTree = periodTree
        self.isIdentity = isIdentity
        self.ownAllowed = ownAllowed
        self.extraContributors = extraContributors
        self.image = image
    }

    /// How `periodTree` carries over to `tree`, following successors in `history`.
    public init(from periodTree: UnitTree, to tree: UnitTree, history: UnitHistory) {
        guard !periodTree.hasSameVersions(as: tree) else {
            self.init(identity: tree)
            return
        }
        let image = periodTree.ids.map { Self.image(of: $0, in: tree, history: history) }
        var direct = Array(repeating: [Int](), count: tree.count)
        var contributors = Array(repeating: 0, count: tree.count)
        var contributorsInside = Array(repeating: 0, count: tree.count)
        for (unit, info) in periodTree.units.enumerated() where info.level == .grassroots {
            guard let target = image[unit] else { continue }
            direct[target].append(periodTree.ids[unit])
            // Every unit of T_D from the image up counts it; those that also hold it below them in T_P count it as
            // inside.
            var ancestor: Int? = target
            while let current = ancestor {
                contributors[current] += 1
                if let before = periodTree.index(ofID: tree.ids[current]), periodTree.isInSubtree(unit, of: before) {
                    contributorsInside[current] += 1
                }
                ancestor = tree.units[current].parent
            }
        }
        // CĐCS of T_D below each unit that nothing of T_P flows into (new ones).
        var leavesWithout = Array(repeating: 0, count: tree.count)
        for unit in tree.units.indices.reversed() {
            if tree.units[unit].level == .grassroots, direct[unit].isEmpty { leavesWithout[unit] += 1 }
            if let parent = tree.units[unit].parent { leavesWithout[parent] += leavesWithout[unit] }
        }
        var ownAllowed = Array(repeating: false, count: tree.count)
        var extra = direct
        for unit in tree.units.indices {
            guard let before = periodTree.index(ofID: tree.ids[unit]) else { continue }
            let sameCDCS =
                contributors[unit] == contributorsInside[unit]
                && contributors[unit] == periodTree.grassrootsCount[before]
            ownAllowed[unit] = sameCDCS && leavesWithout[unit] == 0
            if ownAllowed[unit] { extra[unit].removeAll { $0 == tree.ids[unit] } }
        }
        self.init(
            periodTree: periodTree, isIdentity: false, ownAllowed: ownAllowed, extraContributors: extra, image: image)
    }

    /// The unit itself when `tree` holds it, else the first unit of `tree` down its chain of successors.
    static func image(of id: Int, in tree: UnitTree, history: UnitHistory) -> Int? {
        var current = id
        for _ in 0...history.count {
            if let index = tree.index(ofID: current) { return index }
            guard let next = history.successor(of: current) else { return nil }
            current = next
        }
        return nil
    }

    /// Units of T_P that are not carried over (no image in T_D), in T_P's tree order.
    public var notCarriedOver: [Int] { image.indices.filter { image[$0] == nil } }
}
