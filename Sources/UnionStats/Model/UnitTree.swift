/// The union hierarchy: the federation at the root, upper units, grassroots unions (CĐCS) as leaves.
public struct UnitTree: Sendable {
    /// The place of a unit in the hierarchy.
    public enum Level: String, Sendable, CaseIterable {
        case federation, upper, grassroots

        /// The Vietnamese word for the level.
        public var vietnamese: String {
            switch self {
            case .federation: "LĐLĐ tỉnh"
            case .upper: "Cấp trên cơ sở"
            case .grassroots: "CĐCS"
            }
        }
    }

    /// One unit of the tree.
    public struct Unit: Hashable, Sendable {
        /// The unit's code, e.g. `PLY-01`.
        public let code: String
        /// The unit's name.
        public let name: String
        /// The parent's index in `units`, nil for the root.
        public let parent: Int?
        /// The level.
        public let level: Level
        /// How deep in the tree: 0 for the root.
        public let depth: Int
    }

    /// Every unit in tree order: each unit followed by its subtree, siblings in units.csv order.
    public let units: [Unit]
    /// Children of each unit (indices into `units`), in tree order.
    public let children: [[Int]]
    /// The number of grassroots units at or below each unit.
    public let grassrootsCount: [Int]
    /// Each unit's id in the run's unit registry (`UnitHistory`), the row of its reports in `ObservationStore`.
    public let ids: [Int]
    /// The version of units.csv each unit stands for (indices into `UnitHistory.versions`; its index when built by
    /// hand).
    public let versions: [Int]
    /// One past the last unit of each unit's subtree: the subtree of `u` is `u..<subtreeEnd[u]`.
    public let subtreeEnd: [Int]
    /// The roots: the federation first; before a merger of provinces, the federations that end.
    public let roots: [Int]
    private let indexByCode: [String: Int]
    private let indexByID: [Int: Int]

    /// Builds the tree from units listed in tree order (parents before children, each subtree contiguous).
    ///
    /// `ids` are the units' registry ids and `versions` their units.csv versions; both default to the
    /// units' indices (a tree made by hand, or the only tree of a units.csv without dates).
    public init(treeOrdered units: [Unit], ids: [Int]? = nil, versions: [Int]? = nil) {
        self.units = units
        var children = Array(repeating: [Int](), count: units.count)
        var indexByCode: [String: Int] = [:]
        for (index, unit) in units.enumerated() {
            indexByCode[unit.code] = index
            if let parent = unit.parent { children[parent].append(index) }
        }
        var grassroots = units.map { $0.level == .grassroots ? 1 : 0 }
        var subtreeEnd = Array(units.indices).map { $0 + 1 }
        for index in units.indices.reversed() {
            if let parent = units[index].parent {
                grassroots[parent] += grassroots[index]
                subtreeEnd[parent] = max(subtreeEnd[parent], subtreeEnd[index])
            }
        }
        let ids = ids ?? Array(units.indices)
        self.children = children
        self.grassrootsCount = grassroots
        self.subtreeEnd = subtreeEnd
        self.roots = units.indices.filter { units[$0].parent == nil }
        self.ids = ids
        self.versions = versions ?? Array(units.indices)
        self.indexByCode = indexByCode
        self.indexByID = Dictionary(uniqueKeysWithValues: zip(ids, units.indices))
    }

    /// The number of units.
    public var count: Int { units.count }

    /// The root (the federation) is always first.
    public var root: Int { 0 }

    /// The index of the unit with this code.
    public func index(of code: String) -> Int? { indexByCode[code] }

    /// The index of the unit with this registry id.
    public func index(ofID id: Int) -> Int? { indexByID[id] }

    /// Whether `unit` lies in the subtree of `ancestor` (a unit lies in its own).
    public func isInSubtree(_ unit: Int, of ancestor: Int) -> Bool { unit >= ancestor && unit < subtreeEnd[ancestor] }

    /// Whether two trees are made of the same versions of units.csv, so they are the same tree.
    public func hasSameVersions(as other: UnitTree) -> Bool { versions == other.versions && ids == other.ids }

    /// The codes of every unit, for suggestions.
    public var codes: some Collection<String> { indexByCode.keys }
}
