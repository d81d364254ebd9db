import Foundation

/// Reads `units.csv` (`code,name,parent,level[,valid_from,valid_to,successor]`) into a `UnitHistory`,
/// every problem a finding naming its row.
enum UnitTreeLoader {
    /// What units.csv gives: every version, the tree of the versions that never end, and the codes
    /// that could not be used.
    struct Loaded {
        /// Every usable version, with the registry of codes.
        let history: UnitHistory
        /// The tree of today's units: the versions that never end (for a file without dates, the tree).
        let tree: UnitTree
        /// Codes of units.csv rows that no tree can hold (bad code, level or dates, unknown parent, cycle, second
        /// root).
        let leftOut: Set<String>
    }

    /// Loads the versions and today's tree; rows that cannot be used are left out with a finding.
    static func load(url: URL, file: String, findings: FindingEmitter) throws(UnionStatsError) -> Loaded {
        let table = try HeaderedCSV(
            url: url, file: file, required: ["code", "name", "parent", "level"], findings: findings)
        var versions: [UnitHistory.Version] = []
        var versionsOfCode: [String: [Int]] = [:]
        for row in table.rows {
            guard let version = readVersion(row, file: file, findings: findings) else { continue }
            if let clash = versionsOfCode[version.code, default: []].first(where: { overlaps(versions[$0], version) }) {
                let first = versions[clash]
                let undated = [first, version].allSatisfy { $0.validFrom == nil && $0.validTo == nil }
                findings.emit(
                    undated
                        ? .unitDuplicate(code: version.code, firstLine: first.line)
                        : .unitVersionsOverlap(code: version.code, firstLine: first.line),
                    at: location(version, file), unit: version.code)
                continue
            }
            versionsOfCode[version.code, default: []].append(versions.count)
            versions.append(version)
        }
        guard versions.contains(where: { $0.parent.isEmpty && $0.level == .federation }) else {
            throw .noRoot(file: file)
        }
        let successors = usableSuccessors(versions, versionsOfCode: versionsOfCode, file: file, findings: findings)
        checkParentsCoverTheirChildren(versions, versionsOfCode: versionsOfCode, file: file, findings: findings)
        let history = UnitHistory(file: file, versions: versions, successors: successors)
        var tree = history.tree(at: nil, findings: findings)
        if tree.count == 0, let lastDay = versions.compactMap(\.validTo).max() {
            tree = history.tree(at: lastDay, findings: findings)
        }
        var leftOut = Set(table.rows.map { $0["code"] }.filter { history.id(of: $0) == nil })
        if !history.isDated { leftOut.formUnion(history.codes.filter { tree.index(of: $0) == nil }) }
        return Loaded(history: history, tree: tree, leftOut: leftOut)
    }

    /// Whether a code is safe to use everywhere, file names included.
    static func isValidCode(_ code: String) -> Bool {
        guard !code.isEmpty, code.utf8.count <= 64, code != ".", !code.contains("..") else { return false }
        return code.utf8.allSatisfy { byte in
            (0x30...0x39).contains(byte) || (0x41...0x5A).contains(byte) || (0x61...0x7A).contains(byte)
                || byte == 0x2D || byte == 0x5F || byte == 0x2E
        }
    }

    private static func readVersion(
        _ row: HeaderedCSV.Row, file: String, findings: FindingEmitter
    ) -> UnitHistory.Version? {
        let at = SourceLocation(file: file, position: .line(row.line))
        let code = row["code"]
        guard isValidCode(code) else {
            findings.emit(.unitCodeInvalid(code: code), at: at, unit: code)
            return nil
        }
        guard let level = UnitTree.Level(rawValue: row["level"].lowercased()) else {
            findings.emit(.unitLevelUnknown(code: code, level: row["level"]), at: at, unit: code)
            return nil
        }
        var days: [Day?] = []
        for column in ["valid_from", "valid_to"] {
            let text = row[column]
            guard !text.isEmpty else {
                days.append(nil)
                continue
            }
            guard let day = Day(text) else {
                findings.emit(.unitDate(code: code, column: column, text: text), at: at, unit: code)
                return nil
            }
            days.append(day)
        }
        if let from = days[0], let to = days[1], to < from {
            findings.emit(.unitDatesReversed(code: code, from: from, to: to), at: at, unit: code)
            return nil
        }
        let successor = row["successor"]
        var version = UnitHistory.Version(
            code: code, name: row["name"].isEmpty ? code : row["name"], parent: row["parent"], level: level,
            validFrom: days[0], validTo: days[1], successor: successor.isEmpty ? nil : successor, line: row.line)
        version.groups = groupCodes(row["groups"], at: at, findings: findings)
        return version
    }

    /// The group codes of a `groups` field (`CUM1;KHOI-YTE`), each once; a code that cannot be used is a finding.
    private static func groupCodes(_ field: String, at location: SourceLocation, findings: FindingEmitter) -> [String] {
        var codes: [String] = []
        for part in field.split(separator: ";") {
            let code = String(part).cleanedField
            guard !code.isEmpty, !codes.contains(code) else { continue }
            guard isValidCode(code) else {
                findings.emit(.plan(.groupCodeInvalid(code: code)), at: location)
                continue
            }
            codes.append(code)
        }
        return codes
    }

    private static func overlaps(_ a: UnitHistory.Version, _ b: UnitHistory.Version) -> Bool {
        let startsBeforeBEnds = b.validTo.map { a.start <= $0 } ?? true
        let bStartsBeforeAEnds = a.validTo.map { b.start <= $0 } ?? true
        return startsBeforeBEnds && bStartsBeforeAEnds
    }

    /// The successor of each code that names one usably: on its last version, which ends; a code of
    /// units.csv; no chain back to itself. Every other successor is a finding and is not followed.
    private static func usableSuccessors(
        _ versions: [UnitHistory.Version], versionsOfCode: [String: [Int]], file: String, findings: FindingEmitter
    ) -> [String: String] {
        var successors: [String: String] = [:]
        var lineOfCode: [String: Int] = [:]
        for (index, version) in versions.enumerated() {
            guard let successor = version.successor else { continue }
            let last = versionsOfCode[version.code]?.max { versions[$0].start < versions[$1].start }
            guard last == index, version.validTo != nil else {
                findings.emit(
                    .unitSuccessorMisplaced(code: version.code, successor: successor), at: location(version, file),
                    unit: version.code)
                continue
            }
            guard versionsOfCode[successor] != nil, successor != version.code else {
                findings.emit(
                    .unitSuccessorUnknown(code: version.code, successor: successor), at: location(version, file),
                    unit: version.code)
                continue
            }
            successors[version.code] = successor
            lineOfCode[version.code] = version.line
        }
        // A chain of successors that comes back to where it started has no end: none of it is followed.
        var inCycle: Set<String> = []
        for start in successors.keys.sorted() where !inCycle.contains(start) {
            var chain = [start]
            var current = start
            while let next = successors[current], chain.count <= successors.count {
                if next == start {
                    inCycle.formUnion(chain)
                    break
                }
                if chain.contains(next) { break }
                chain.append(next)
                current = next
            }
        }
        for code in inCycle.sorted() {
            let chain = cycle(from: code, successors)
            findings.emit(
                .unitSuccessorCycle(code: code, chain: chain),
                at: SourceLocation(file: file, position: .line(lineOfCode[code] ?? 0)), unit: code)
        }
        return successors.filter { !inCycle.contains($0.key) }
    }

    private static func cycle(from start: String, _ successors: [String: String]) -> [String] {
        var chain = [start]
        var current = start
        while let next = successors[current], next != start, chain.count <= successors.count {
            chain.append(next)
            current = next
        }
        return chain + [start]
    }

    /// Every version's parent must be valid on every day the version is: else a finding naming the row.
    private static func checkParentsCoverTheirChildren(
        _ versions: [UnitHistory.Version], versionsOfCode: [String: [Int]], file: String, findings: FindingEmitter
    ) {
        for version in versions where !version.parent.isEmpty {
            guard let parentVersions = versionsOfCode[version.parent] else { continue }
            let intervals = parentVersions.map { (from: versions[$0].start, to: versions[$0].validTo) }.sorted {
                $0.from < $1.from
            }
            // Walk from the version's first day; each parent interval that starts by then carries it further.
            var covered = version.start
            var ok = false
            for interval in intervals {
                if let end = version.validTo, covered > end { break }
                if interval.from > covered { break }
                guard let to = interval.to else {
                    ok = true
                    break
                }
                if to >= covered { covered = to.next }
            }
            if let end = version.validTo, covered > end { ok = true }
            if !ok {
                findings.emit(
                    .unitParentNotValid(
                        code: version.code, parent: version.parent, from: version.validFrom, to: version.validTo),
                    at: location(version, file), unit: version.code)
            }
        }
    }

    private static func location(_ version: UnitHistory.Version, _ file: String) -> SourceLocation {
        SourceLocation(file: file, position: .line(version.line))
    }
}
