import Foundation

/// Reads the emulation groups: `groups.csv` (`code,name,kind`, kind `cum` or `khoi`) and the `groups`
/// column of units.csv, every problem a finding naming its line.
///
/// Without groups.csv, every code the `groups` column names is a cluster named by its code. With it,
/// a code units.csv names but groups.csv does not list is an error (the unit is in no such group: only
/// listed groups have members), and a listed group without members a warning.
enum GroupLoader {
    /// The file's name in the input folder.
    static let fileName = "groups.csv"

    /// The groups.
    static func load(url: URL, history: UnitHistory, findings: FindingEmitter) -> GroupBook {
        let named = Set(history.versions.flatMap(\.groups))
        guard FileManager.default.fileExists(atPath: url.path) else {
            var seen: Set<String> = []
            let codes = history.versions.flatMap(\.groups).filter { seen.insert($0).inserted }
            return GroupBook(codes.map { EmulationGroup(code: $0, name: $0, kind: .cluster) })
        }
        var groups: [EmulationGroup] = []
        var lineOfCode: [String: Int] = [:]
        if let table = PlanFile.read(url: url, file: fileName, required: ["code", "name", "kind"], findings: findings) {
            for row in table.rows {
                let at = SourceLocation(file: fileName, position: .line(row.line))
                let code = row["code"]
                guard UnitTreeLoader.isValidCode(code) else {
                    findings.emit(.plan(.groupCodeInvalid(code: code)), at: at)
                    continue
                }
                guard let kind = EmulationGroup.Kind(rawValue: row["kind"].lowercased()) else {
                    findings.emit(.plan(.groupKindUnknown(code: code, kind: row["kind"])), at: at)
                    continue
                }
                if let first = lineOfCode[code] {
                    findings.emit(.plan(.groupDuplicate(code: code, firstLine: first)), at: at)
                    continue
                }
                lineOfCode[code] = row.line
                let group = EmulationGroup(code: code, name: row["name"].isEmpty ? code : row["name"], kind: kind)
                groups.append(group)
                if !named.contains(code) {
                    findings.emit(.plan(.groupEmpty(code: code, name: group.name)), at: at)
                }
            }
        }
        let known = groups.map(\.code)
        for version in history.versions {
            for code in version.groups where !known.contains(code) {
                findings.emit(
                    .plan(.groupUnknown(unit: version.code, group: code, known: known)),
                    at: SourceLocation(file: history.file, position: .line(version.line)), unit: version.code)
            }
        }
        return GroupBook(groups)
    }
}
