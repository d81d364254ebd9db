/// An emulation group: a cluster (cụm thi đua) or bloc (khối thi đua) of units that sign an emulation
/// pact and are compared and ranked together (seed 003: Cụm thi đua số 8 of LĐLĐ Hà Nội).
public struct EmulationGroup: Sendable, Hashable {
    /// What kind of group it is, as `groups.csv` writes it.
    public enum Kind: String, Sendable, CaseIterable {
        /// `cum`: a cluster of units of one kind or area.
        case cluster = "cum"
        /// `khoi`: a bloc, usually of units of one sector.
        case bloc = "khoi"

        /// "Cụm thi đua", "Khối thi đua".
        public var vietnamese: String {
            switch self {
            case .cluster: "Cụm thi đua"
            case .bloc: "Khối thi đua"
            }
        }
    }

    /// The group's code, as the `groups` column of units.csv names it.
    public let code: String
    /// Its name: "Cụm thi đua các công đoàn ngành".
    public let name: String
    /// Cluster or bloc.
    public let kind: Kind

    /// Creates a group.
    public init(code: String, name: String, kind: Kind) {
        self.code = code
        self.name = name
        self.kind = kind
    }
}

/// The emulation groups of an input, in the order `groups.csv` (or else units.csv) names them.
public struct GroupBook: Sendable {
    /// The groups in order.
    public let groups: [EmulationGroup]

    /// A book of `groups` (codes unique).
    public init(_ groups: [EmulationGroup] = []) {
        self.groups = groups
    }

    /// Whether there is no group at all.
    public var isEmpty: Bool { groups.isEmpty }

    /// The group with this code, nil when none.
    public func group(code: String) -> EmulationGroup? { groups.first { $0.code == code } }

    /// The units of `tree` that belong to `group` (their version's `groups` names it), in tree order.
    public func members(of group: EmulationGroup, in tree: UnitTree, history: UnitHistory) -> [Int] {
        tree.units.indices.filter { unit in
            let version = tree.versions[unit]
            return history.versions.indices.contains(version) && history.versions[version].groups.contains(group.code)
        }
    }
}
