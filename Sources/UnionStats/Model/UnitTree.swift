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
    private let indexByCode: [String: Int]

    /// Builds the tree from units listed in tree order (parents before children).
    public init(treeOrdered units: [Unit]) {
        self.units = units
        var children = Array(repeating: [Int](), count: units.count)
        var indexByCode: [String: Int] = [:]
        for (index, unit) in units.enumerated() {
            indexByCode[unit.code] = index
            if let parent = unit.parent { children[parent].append(index) }
        }
        var grassroots = units.map { $0.level == .grassroots ? 1 : 0 }
        for index in units.indices.reversed() {
            if let parent = units[index].parent { grassroots[parent] += grassroots[index] }
        }
        self.children = children
        self.grassrootsCount = grassroots
        self.indexByCode = indexByCode
    }

    /// The number of units.
    public var count: Int { units.count }

    /// The root (the federation) is always first.
    public var root: Int { 0 }

    /// The index of the unit with this code.
    public func index(of code: String) -> Int? { indexByCode[code] }

    /// The codes of every unit, for suggestions.
    public var codes: some Collection<String> { indexByCode.keys }
}
