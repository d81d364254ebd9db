/// What changed in the union tree between two days: dissolved, merged, moved, renamed and new units
/// (the first part of the `Thay đổi tổ chức` sheet and of `unionstats tree --changes`).
public struct TreeChanges: Sendable {
    /// The kinds of change, in the order they are listed.
    public enum Kind: Int, Sendable, Comparable, CaseIterable {
        case dissolved, merged, moved, renamed, new

        /// The Vietnamese word for the change.
        public var vietnamese: String {
            switch self {
            case .dissolved: "Giải thể"
            case .merged: "Sáp nhập"
            case .moved: "Chuyển cấp trên"
            case .renamed: "Đổi tên"
            case .new: "Thành lập mới"
            }
        }

        /// Whether the unit stops being in the tree (its day is the last one).
        public var isEnding: Bool { self == .dissolved || self == .merged }

        /// Orders the kinds as listed.
        public static func < (lhs: Kind, rhs: Kind) -> Bool { lhs.rawValue < rhs.rawValue }
    }

    /// One unit's change.
    public struct Change: Sendable, Equatable {
        /// What happened.
        public let kind: Kind
        /// The unit's code.
        public let code: String
        /// Its name (on the earlier day; a new unit's on the later).
        public let name: String
        /// Its level.
        public let level: UnitTree.Level
        /// What it became, in words: "→ NBH (Liên đoàn Lao động tỉnh Ninh Bình)", "HN-PLY → P-PHULY", the new name.
        public let detail: String
        /// The day of the change: the first day of the new version, or the last day of the one that ended.
        public let day: Day?
    }

    /// The earlier day.
    public let earlier: Day
    /// The later day.
    public let later: Day
    /// Every change, by kind, then in the tree order of the day the unit is listed on.
    public let changes: [Change]

    /// Whether nothing changed.
    public var isEmpty: Bool { changes.isEmpty }

    /// The changes from the tree on `earlier` to the tree on `later` (the two days in either order).
    public init(_ first: (day: Day, tree: UnitTree), _ second: (day: Day, tree: UnitTree), history: UnitHistory) {
        let (before, after) = first.day <= second.day ? (first, second) : (second, first)
        earlier = before.day
        later = after.day
        var changes: [Change] = []
        for (unit, info) in before.tree.units.enumerated() {
            let id = before.tree.ids[unit]
            guard let now = after.tree.index(ofID: id) else {
                let ended = history.versions(of: id).last { ($0.validTo ?? after.day) < after.day }?.validTo
                if let image = Restatement.image(of: id, in: after.tree, history: history) {
                    let successor = after.tree.units[image]
                    changes.append(
                        Change(
                            kind: .merged, code: info.code, name: info.name, level: info.level,
                            detail: "→ \(successor.code) (\(successor.name))", day: ended))
                } else {
                    changes.append(
                        Change(
                            kind: .dissolved, code: info.code, name: info.name, level: info.level,
                            detail: "không có đơn vị kế thừa", day: ended))
                }
                continue
            }
            let current = after.tree.units[now]
            let oldParent = info.parent.map { before.tree.units[$0].code } ?? ""
            let newParent = current.parent.map { after.tree.units[$0].code } ?? ""
            if oldParent != newParent {
                changes.append(
                    Change(
                        kind: .moved, code: info.code, name: info.name, level: info.level,
                        detail: "\(oldParent.isEmpty ? "—" : oldParent) → \(newParent.isEmpty ? "—" : newParent)",
                        day: Self.firstDay(of: id, on: after.day, history: history) { $0.parent == newParent }))
            }
            if current.name != info.name {
                changes.append(
                    Change(
                        kind: .renamed, code: info.code, name: info.name, level: info.level,
                        detail: "→ \(current.name)",
                        day: Self.firstDay(of: id, on: after.day, history: history) { $0.name == current.name }))
            }
        }
        for (unit, info) in after.tree.units.enumerated() where before.tree.index(ofID: after.tree.ids[unit]) == nil {
            let parent = info.parent.map { after.tree.units[$0].code } ?? "—"
            changes.append(
                Change(
                    kind: .new, code: info.code, name: info.name, level: info.level, detail: "trực thuộc \(parent)",
                    day: history.version(of: after.tree.ids[unit], on: after.day)?.validFrom))
        }
        self.changes = changes.enumerated().sorted { ($0.element.kind, $0.offset) < ($1.element.kind, $1.offset) }.map(
            \.element)
    }

    /// The first day of the unbroken run of versions, up to the one valid on `day`, that all have what
    /// `same` asks (the parent it moved to, the name it took): the day of the change.
    static func firstDay(of id: Int, on day: Day, history: UnitHistory, same: (UnitHistory.Version) -> Bool) -> Day? {
        let versions = history.versions(of: id)
        guard var index = versions.firstIndex(where: { $0.isValid(on: day) }) else { return nil }
        while index > 0, same(versions[index - 1]), versions[index - 1].validTo?.next == versions[index].validFrom {
            index -= 1
        }
        return versions[index].validFrom
    }

    /// How many changes of each kind.
    public func count(of kind: Kind) -> Int { changes.count { $0.kind == kind } }
}
