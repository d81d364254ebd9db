import Foundation
import Synchronization

/// Every version of every unit in units.csv, and the tree they make on any day (docs/design.md,
/// "Versions of units.csv").
///
/// Each unit code gets one registry id, the row of its reports in `ObservationStore`, whatever tree
/// it stands in. A units.csv without dates has one version per unit, valid always: one tree, whose
/// tree order is the registry's order, so tree indices and registry ids coincide.
public final class UnitHistory: Sendable {
    /// One row of units.csv: a unit as it was from `validFrom` to `validTo` (both inclusive; nil = unbounded).
    public struct Version: Sendable, Equatable {
        /// The unit's code.
        public let code: String
        /// Its name in this version.
        public let name: String
        /// The parent's code, "" for a root.
        public let parent: String
        /// Its level.
        public let level: UnitTree.Level
        /// The first day of the version, nil when it has always been.
        public let validFrom: Day?
        /// The last day of the version, nil when it goes on.
        public let validTo: Day?
        /// The unit that took over its members when it ended (last version only), nil for none.
        public let successor: String?
        /// The line of units.csv.
        public let line: Int
        /// The emulation groups (cụm, khối thi đua) the unit belongs to in this version, by code.
        public var groups: [String] = []

        /// The first day, or a day before every real one when the version has always been.
        public var start: Day { validFrom ?? .distantPast }

        /// Whether the version is valid on `day`; with nil, whether it never ends.
        public func isValid(on day: Day?) -> Bool {
            guard let day else { return validTo == nil }
            return (validFrom.map { $0 <= day } ?? true) && (validTo.map { day <= $0 } ?? true)
        }
    }

    /// The name of the file the versions come from, for findings.
    public let file: String
    /// Every usable version, in units.csv order.
    public let versions: [Version]
    /// The registry: the code of each id.
    public let codes: [String]
    /// Whether any version has a date or a successor; without, the tree never changes.
    public let isDated: Bool
    /// The versions of each id, earliest first.
    let versionsOfID: [[Int]]
    private let idByCode: [String: Int]
    /// Successor ids that may be followed (unknown successors and cycles already taken out).
    private let successorOfID: [Int?]
    /// The trees built so far, shared by the threads that ask for trees.
    private let built = Mutex(BuiltTrees())

    /// Each tree built, kept for the next time it is asked for.
    private struct BuiltTrees {
        /// Each distinct tree with its placement findings, by its set of valid versions.
        var trees: [[Int]: (tree: UnitTree, findings: [Finding])] = [:]
        /// The set of valid versions of each day asked for, so a day asked again costs one look-up.
        var validByDay: [Day?: [Int]] = [:]
    }

    /// Builds the registry: ids in the tree order of the versions that never end, then every other code
    /// in file order. `successors` maps each code to the successor code the loader found usable.
    init(file: String, versions: [Version], successors: [String: String]) {
        self.file = file
        self.versions = versions
        isDated = versions.contains { $0.validFrom != nil || $0.validTo != nil || $0.successor != nil }
        let lasting = UnitPlacement(
            versions: versions, valid: versions.indices.filter { versions[$0].isValid(on: nil) }, file: file)
        var codes = lasting.placed.map { versions[$0].code }
        var idByCode = Dictionary(uniqueKeysWithValues: codes.enumerated().map { ($1, $0) })
        for version in versions where idByCode[version.code] == nil {
            idByCode[version.code] = codes.count
            codes.append(version.code)
        }
        var versionsOfID = Array(repeating: [Int](), count: codes.count)
        for (index, version) in versions.enumerated() {
            if let id = idByCode[version.code] { versionsOfID[id].append(index) }
        }
        for id in versionsOfID.indices {
            versionsOfID[id].sort { versions[$0].start < versions[$1].start }
        }
        self.codes = codes
        self.idByCode = idByCode
        self.versionsOfID = versionsOfID
        successorOfID = codes.map { code in successors[code].flatMap { idByCode[$0] } }
    }

    /// The registry id of a code.
    public func id(of code: String) -> Int? { idByCode[code] }

    /// How many codes the registry holds.
    public var count: Int { codes.count }

    /// The unit that took over `id`'s members when it ended, nil when none (or it never ended).
    public func successor(of id: Int) -> Int? { successorOfID[id] }

    /// The versions of `id`, earliest first.
    public func versions(of id: Int) -> [Version] { versionsOfID[id].map { versions[$0] } }

    /// The version of `id` valid on `day`, nil when none.
    public func version(of id: Int, on day: Day?) -> Version? {
        versionsOfID[id].lazy.map { self.versions[$0] }.first { $0.isValid(on: day) }
    }

    /// The last version of `id`.
    public func lastVersion(of id: Int) -> Version? { versionsOfID[id].last.map { versions[$0] } }

    /// The first version of `id`.
    public func firstVersion(of id: Int) -> Version? { versionsOfID[id].first.map { versions[$0] } }

    /// The tree on `day` (nil: of the versions that never end); its placement findings go to `findings`
    /// every time it is asked for (a run's log keeps each finding once).
    ///
    /// Built once per distinct set of versions and kept; a units.csv without dates has one tree.
    public func tree(at day: Day?, findings: FindingEmitter) -> UnitTree {
        // Built under the lock, emitted after it: the emitter is the caller's code.
        let kept = built.withLock { built in
            let valid = built.validByDay[day] ?? versions.indices.filter { versions[$0].isValid(on: day) }
            built.validByDay[day] = valid
            let kept = built.trees[valid] ?? build(valid)
            built.trees[valid] = kept
            return kept
        }
        kept.findings.forEach(findings.emit)
        return kept.tree
    }

    /// The tree of a period (docs/design.md, "The tree of a period"): the versions valid on its reference
    /// date `day`, plus the last version of every unit that ended from `first` (the period's first day) to
    /// the day before `day`, each under its last upper unit. Without such units it is the tree of `day`.
    public func tree(at day: Day, withUnitsEndedFrom first: Day, findings: FindingEmitter) -> UnitTree {
        let ended = versionsOfID.compactMap { ids -> Int? in
            guard let last = ids.last, let end = versions[last].validTo, first <= end, end < day else { return nil }
            return last
        }
        guard !ended.isEmpty else { return tree(at: day, findings: findings) }
        let kept = built.withLock { built in
            let onDay = built.validByDay[day] ?? versions.indices.filter { versions[$0].isValid(on: day) }
            built.validByDay[day] = onDay
            let valid = (onDay + ended).sorted()
            let kept = built.trees[valid] ?? build(valid)
            built.trees[valid] = kept
            return kept
        }
        kept.findings.forEach(findings.emit)
        return kept.tree
    }

    /// The tree of the versions `valid` (indices, in file order) with its placement findings.
    private func build(_ valid: [Int]) -> (tree: UnitTree, findings: [Finding]) {
        let placement = UnitPlacement(versions: versions, valid: valid, file: file)
        let tree = UnitTree(
            treeOrdered: placement.units, ids: placement.placed.map { idByCode[versions[$0].code] ?? 0 },
            versions: placement.placed)
        return (tree, placement.findings(history: self))
    }

    /// The days `id` lived: from its first version's first day to its last version's last day (nil: unbounded).
    public func lifespan(of id: Int) -> (first: Day?, last: Day?) {
        guard let first = versionsOfID[id].first, let last = versionsOfID[id].last else { return (nil, nil) }
        return (versions[first].validFrom, versions[last].validTo)
    }

    /// The registry id of the upper unit `id` stood under in its last version, nil for a root.
    public func lastParent(of id: Int) -> Int? {
        guard let last = versionsOfID[id].last, !versions[last].parent.isEmpty else { return nil }
        return idByCode[versions[last].parent]
    }

    /// The first day after `day` whose tree has exactly one federation: the tree to restate a period of
    /// provinces before their merger on.
    public func firstDayWithOneFederation(after day: Day) -> Day? {
        changeDays.first { $0 > day && tree(at: $0, findings: .discarding).roots.count == 1 }
    }

    /// Whether `id` has a version valid on `day` (placed in that day's tree or not).
    public func isValid(_ id: Int, on day: Day) -> Bool { version(of: id, on: day) != nil }

    /// Every day on which the set of valid versions changes (a version starts, or the day after one ends), in order.
    public var changeDays: [Day] {
        Set(versions.flatMap { [$0.validFrom, $0.validTo?.next].compactMap { $0 } }).sorted()
    }
}
