import Foundation

/// Reads `units.csv` (`code,name,parent,level`) into a `UnitTree`, every problem a finding.
enum UnitTreeLoader {
    private struct Row {
        let line: Int
        let code: String
        let name: String
        let parent: String
        let level: UnitTree.Level
    }

    /// What units.csv gives: the tree, and the codes of its rows that could not be placed in it.
    struct Loaded {
        /// The union tree.
        let tree: UnitTree
        /// Codes of units.csv rows left out of the tree (bad code or level, unknown parent, cycle, second root).
        let leftOut: Set<String>
    }

    /// Loads the tree; units that cannot be placed (unknown parent, cycle) are left out with a finding.
    static func load(url: URL, file: String, findings: FindingEmitter) throws(UnionStatsError) -> Loaded {
        let table = try HeaderedCSV(url: url, file: file, required: ["code", "name", "parent", "level"], findings: findings)
        var rows: [Row] = []
        var lineByCode: [String: Int] = [:]
        for row in table.rows {
            let location = SourceLocation(file: file, position: .line(row.line))
            let code = row["code"]
            guard isValidCode(code) else {
                findings.emit(.unitCodeInvalid(code: code), at: location, unit: code)
                continue
            }
            guard let level = UnitTree.Level(rawValue: row["level"].lowercased()) else {
                findings.emit(.unitLevelUnknown(code: code, level: row["level"]), at: location, unit: code)
                continue
            }
            if let first = lineByCode[code] {
                findings.emit(.unitDuplicate(code: code, firstLine: first), at: location, unit: code)
                continue
            }
            lineByCode[code] = row.line
            let name = row["name"].isEmpty ? code : row["name"]
            rows.append(Row(line: row.line, code: code, name: name, parent: row["parent"], level: level))
        }
        let tree = try place(rows, file: file, findings: findings)
        let leftOut = Set(table.rows.map { $0["code"] }.filter { tree.index(of: $0) == nil })
        return Loaded(tree: tree, leftOut: leftOut)
    }

    /// Whether a code is safe to use everywhere, file names included.
    static func isValidCode(_ code: String) -> Bool {
        guard !code.isEmpty, code.utf8.count <= 64, code != ".", !code.contains("..") else { return false }
        return code.utf8.allSatisfy { byte in
            (0x30...0x39).contains(byte) || (0x41...0x5A).contains(byte) || (0x61...0x7A).contains(byte)
                || byte == 0x2D || byte == 0x5F || byte == 0x2E
        }
    }

    private static func place(_ rows: [Row], file: String, findings: FindingEmitter) throws(UnionStatsError) -> UnitTree {
        let rowByCode = Dictionary(uniqueKeysWithValues: rows.enumerated().map { ($1.code, $0) })
        let roots = rows.indices.filter { rows[$0].parent.isEmpty }
        guard let root = roots.first(where: { rows[$0].level == .federation }) else {
            throw .noRoot(file: file)
        }
        for extra in roots where extra != root {
            findings.emit(.unitSecondRoot(code: rows[extra].code), at: location(rows[extra], file), unit: rows[extra].code)
        }
        var childRows = Array(repeating: [Int](), count: rows.count)
        for (index, row) in rows.enumerated() where !row.parent.isEmpty {
            if let parent = rowByCode[row.parent] { childRows[parent].append(index) }
        }
        // Depth-first in file order, iteratively so a hostile deep chain cannot overflow the stack.
        var units: [UnitTree.Unit] = []
        var placed = Array(repeating: false, count: rows.count)
        var stack: [(row: Int, parent: Int?, depth: Int)] = [(root, nil, 0)]
        while let (row, parent, depth) = stack.popLast() {
            placed[row] = true
            let index = units.count
            units.append(UnitTree.Unit(code: rows[row].code, name: rows[row].name, parent: parent, level: rows[row].level, depth: depth))
            for child in childRows[row].reversed() { stack.append((child, index, depth + 1)) }
        }
        reportUnplaced(rows, placed: placed, rowByCode: rowByCode, root: root, file: file, findings: findings)
        let tree = UnitTree(treeOrdered: units)
        checkLevels(tree, rows: rows, rowByCode: rowByCode, file: file, findings: findings)
        return tree
    }

    private static func reportUnplaced(
        _ rows: [Row], placed: [Bool], rowByCode: [String: Int], root: Int, file: String, findings: FindingEmitter
    ) {
        for (index, row) in rows.enumerated() where !placed[index] && !row.parent.isEmpty {
            guard let parent = rowByCode[row.parent] else {
                findings.emit(.unitParentUnknown(code: row.code, parent: row.parent, file: file), at: location(row, file), unit: row.code)
                continue
            }
            // Walk up the parents: a cycle comes back to a row already seen.
            var seen: Set<Int> = [index]
            var current = parent
            var inCycle = false
            while !placed[current], !rows[current].parent.isEmpty, let next = rowByCode[rows[current].parent] {
                if current == index { inCycle = true; break }
                guard seen.insert(current).inserted else { break }
                current = next
            }
            if current == index { inCycle = true }
            if inCycle {
                findings.emit(.unitCycle(code: row.code, parent: row.parent), at: location(row, file), unit: row.code)
            } else {
                findings.emit(.unitParentUnplaced(code: row.code, parent: row.parent), at: location(row, file), unit: row.code)
            }
        }
    }

    private static func checkLevels(_ tree: UnitTree, rows: [Row], rowByCode: [String: Int], file: String, findings: FindingEmitter) {
        for (index, unit) in tree.units.enumerated() {
            guard let row = rowByCode[unit.code].map({ rows[$0] }) else { continue }
            let misplaced = switch unit.level {
            case .federation: unit.parent != nil
            case .grassroots: !tree.children[index].isEmpty || unit.parent == nil
            case .upper: unit.parent == nil
            }
            if misplaced {
                findings.emit(.unitLevelMisplaced(code: unit.code, level: unit.level, hasParent: unit.parent != nil), at: location(row, file), unit: unit.code)
            }
        }
    }

    private static func location(_ row: Row, _ file: String) -> SourceLocation {
        SourceLocation(file: file, position: .line(row.line))
    }
}
