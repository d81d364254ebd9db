/// Places the versions of units.csv valid on one day into a tree: roots first, each unit followed
/// by its subtree, siblings in file order; what cannot be placed is remembered for a finding.
struct UnitPlacement {
    /// The placed units in tree order.
    private(set) var units: [UnitTree.Unit] = []
    /// The version behind each placed unit.
    private(set) var placed: [Int] = []
    private let versions: [UnitHistory.Version]
    private let file: String
    private var problems: [(version: Int, message: FindingMessage)] = []

    /// Places `valid` (indices into `versions`, in file order).
    ///
    /// The roots are the federation that goes on (else the first federation), then the federations
    /// that end (provinces before their merger); any other root is left out.
    init(versions: [UnitHistory.Version], valid: [Int], file: String) {
        self.versions = versions
        self.file = file
        var validByCode: [String: Int] = [:]
        for index in valid where validByCode[versions[index].code] == nil { validByCode[versions[index].code] = index }
        let roots = valid.filter { versions[$0].parent.isEmpty }
        let federations = roots.filter { versions[$0].level == .federation }
        guard let main = federations.first(where: { versions[$0].validTo == nil }) ?? federations.first else {
            for root in roots { problems.append((root, .unitSecondRoot(code: versions[root].code))) }
            return
        }
        let ending = federations.filter { $0 != main && versions[$0].validTo != nil }
        for root in roots where root != main && !ending.contains(root) {
            problems.append((root, .unitSecondRoot(code: versions[root].code)))
        }
        var childVersions: [Int: [Int]] = [:]
        for index in valid where !versions[index].parent.isEmpty {
            if let parent = validByCode[versions[index].parent] { childVersions[parent, default: []].append(index) }
        }
        var isPlaced: Set<Int> = []
        for root in [main] + ending {
            // Depth-first in file order, iteratively so a hostile deep chain cannot overflow the stack.
            var stack: [(version: Int, parent: Int?, depth: Int)] = [(root, nil, 0)]
            while let (version, parent, depth) = stack.popLast() {
                isPlaced.insert(version)
                let index = units.count
                let row = versions[version]
                units.append(
                    UnitTree.Unit(code: row.code, name: row.name, parent: parent, level: row.level, depth: depth))
                placed.append(version)
                for child in (childVersions[version] ?? []).reversed() { stack.append((child, index, depth + 1)) }
            }
        }
        noteUnplaced(
            valid.filter { !isPlaced.contains($0) && !versions[$0].parent.isEmpty }, validByCode: validByCode,
            isPlaced: isPlaced)
        noteMisplacedLevels(childVersions: childVersions)
    }

    /// A finding for every version that could not be placed or sits at the wrong level.
    ///
    /// A parent that exists in units.csv but not on this day was said once by the loader (the row's
    /// interval is not covered by its parent's versions), so it is not said again for each day.
    func findings(history: UnitHistory) -> [Finding] {
        problems.compactMap { version, message in
            if case .unitParentUnknown(_, let parent, _) = message, history.id(of: parent) != nil { return nil }
            return Finding(
                message, at: SourceLocation(file: file, position: .line(versions[version].line)),
                unit: versions[version].code)
        }
    }

    private mutating func noteUnplaced(_ unplaced: [Int], validByCode: [String: Int], isPlaced: Set<Int>) {
        for index in unplaced {
            let row = versions[index]
            guard let parent = validByCode[row.parent] else {
                problems.append((index, .unitParentUnknown(code: row.code, parent: row.parent, file: file)))
                continue
            }
            // Walk up the parents: a cycle comes back to the version we started from.
            var seen: Set<Int> = [index]
            var current = parent
            while !isPlaced.contains(current), !versions[current].parent.isEmpty,
                let next = validByCode[versions[current].parent]
            {
                if current == index { break }
                guard seen.insert(current).inserted else { break }
                current = next
            }
            if current == index {
                problems.append((index, .unitCycle(code: row.code, parent: row.parent)))
            } else {
                problems.append((index, .unitParentUnplaced(code: row.code, parent: row.parent)))
            }
        }
    }

    private mutating func noteMisplacedLevels(childVersions: [Int: [Int]]) {
        for (index, unit) in units.enumerated() {
            let hasChildren = !(childVersions[placed[index]] ?? []).isEmpty
            let misplaced =
                switch unit.level {
                case .federation: unit.parent != nil
                case .grassroots: hasChildren || unit.parent == nil
                case .upper: unit.parent == nil
                }
            if misplaced {
                problems.append(
                    (
                        placed[index],
                        .unitLevelMisplaced(code: unit.code, level: unit.level, hasParent: unit.parent != nil)
                    ))
            }
        }
    }
}
