import Foundation

/// `unionstats tree`: the union tree valid on a day, or what changed between two days, as lines a
/// clerk reads to check units.csv before running a report (docs/design.md, "The tree of a day").
///
/// Only units.csv is read: the catalogue and the reports play no part in the tree. Every function
/// returns the text and the units.csv findings; the command prints them and decides the exit status.
public enum TreeJob {
    /// What a run prints: the lines for standard output, and the findings of units.csv.
    public struct Output: Sendable {
        /// The lines to print, without line ends.
        public let lines: [String]
        /// The findings of reading units.csv and of building the trees shown, each once, by location.
        public let findings: [Finding]

        /// The lines joined, each ending in `\n`.
        public var text: String { lines.map { $0 + "\n" }.joined() }

        /// The closing line: how many findings of each severity units.csv gave.
        public var findingsLine: String {
            "Phát hiện trong units.csv: \(findings.count(of: .error)) lỗi, \(findings.count(of: .warning)) cảnh báo, \(findings.count(of: .note)) ghi chú"
        }
    }

    /// Reads `input/units.csv` into every version of every unit; problems go to `findings`.
    ///
    /// Throws when the folder or units.csv is missing, unreadable, lacks a column or has no federation.
    public static func loadHistory(input: URL, findings: FindingEmitter) throws(UnionStatsError) -> UnitHistory {
        try InputLoader.loadUnits(folder: input, findings: findings).history
    }

    /// The tree valid on `day` (nil: today's tree, the versions that never end), read from `input`.
    public static func tree(input: URL, on day: Day?) throws(UnionStatsError) -> Output {
        let log = FindingLog()
        let history = try loadHistory(input: input, findings: log.emitter)
        let tree = history.tree(at: day, findings: log.emitter)
        return Output(lines: treeLines(tree, day: day, history: history), findings: settled(log))
    }

    /// What changed between the trees of two days (in either order), read from `input`.
    public static func changes(input: URL, between first: Day, and second: Day) throws(UnionStatsError) -> Output {
        let log = FindingLog()
        let history = try loadHistory(input: input, findings: log.emitter)
        let (earlier, later) = (min(first, second), max(first, second))
        let earlierTree = history.tree(at: earlier, findings: log.emitter)
        let laterTree = history.tree(at: later, findings: log.emitter)
        let changes = TreeChanges((earlier, earlierTree), (later, laterTree), history: history)
        return Output(
            lines: changeLines(changes, earlierTree: earlierTree, laterTree: laterTree), findings: settled(log))
    }

    // MARK: The tree of a day

    /// The tree as printed: a header with the day and the totals, then one line per unit, two spaces per level.
    ///
    /// The federation and every upper unit show how many CĐCS stand below them; a tree with several
    /// federations (provinces before their merger) says so and lists each federation's subtree in turn.
    public static func treeLines(_ tree: UnitTree, day: Day?, history: UnitHistory) -> [String] {
        let title =
            day.map { "Cây tổ chức ngày \($0)" }
            ?? "Cây tổ chức hiện nay (các đơn vị trong units.csv chưa có ngày kết thúc)"
        guard tree.count > 0 else {
            return ["\(title): không có đơn vị nào.", "Hãy kiểm tra cột valid_from, valid_to của units.csv."]
        }
        var lines = ["\(title): \(sizes(of: tree))."]
        if !history.isDated {
            lines.append("units.csv không ghi ngày hiệu lực (valid_from, valid_to): cây này đúng cho mọi ngày.")
        }
        if tree.roots.count > 1 {
            lines.append(severalFederationsLine(tree, day: day, history: history))
        }
        for root in tree.roots {
            lines.append("")
            for unit in root..<tree.subtreeEnd[root] { lines.append(unitLine(tree, unit)) }
        }
        return lines
    }

    /// "1 LĐLĐ tỉnh, 12 công đoàn cấp trên cơ sở, 47 CĐCS": how many units of each level a tree holds.
    public static func sizes(of tree: UnitTree) -> String {
        let count = { (level: UnitTree.Level) in tree.units.count { $0.level == level } }
        return "\(count(.federation)) LĐLĐ tỉnh, \(count(.upper)) công đoàn cấp trên cơ sở, \(count(.grassroots)) CĐCS"
    }

    /// `    CODE  Name (n CĐCS)`: one unit, indented by its depth; the count only above the grassroots.
    static func unitLine(_ tree: UnitTree, _ index: Int) -> String {
        let unit = tree.units[index]
        let indent = String(repeating: "  ", count: unit.depth)
        let count = unit.level == .grassroots ? "" : " (\(tree.grassrootsCount[index]) CĐCS)"
        return "\(indent)\(unit.code)  \(unit.name)\(count)"
    }

    /// Says that the tree has several federations, which they are, and on which tree a report can stand.
    private static func severalFederationsLine(_ tree: UnitTree, day: Day?, history: UnitHistory) -> String {
        let codes = tree.roots.map { tree.units[$0].code }.joined(separator: ", ")
        var line =
            "Cây này có \(tree.roots.count) LĐLĐ tỉnh (\(codes)): các tỉnh trước khi hợp nhất; báo cáo chỉ lập được trên cây có một LĐLĐ tỉnh"
        if let day, let suggestion = history.firstDayWithOneFederation(after: day) {
            line += ", ví dụ --tree \(suggestion.iso) (cây ngày \(suggestion))"
        }
        return line + "."
    }

    // MARK: The changes between two days

    /// The changes as printed: a header with both days, each kind with its count and its units (code,
    /// name, what became of it, the day), a line of counts, and the sizes of both trees.
    ///
    /// The same content as part I of the workbook sheet `Thay đổi tổ chức`; "Không có thay đổi nào."
    /// when the trees are the same.
    public static func changeLines(_ changes: TreeChanges, earlierTree: UnitTree, laterTree: UnitTree) -> [String] {
        var lines = ["Thay đổi tổ chức từ cây ngày \(changes.earlier) đến cây ngày \(changes.later):"]
        if changes.isEmpty {
            lines.append("Không có thay đổi nào.")
        } else {
            for kind in TreeChanges.Kind.allCases {
                let ofKind = changes.changes.filter { $0.kind == kind }
                guard !ofKind.isEmpty else { continue }
                lines.append("")
                lines.append("\(kind.vietnamese) (\(ofKind.count) đơn vị):")
                let width = ofKind.map(\.code.count).max() ?? 0
                lines += ofKind.map { changeLine($0, codeWidth: width) }
            }
            lines.append("")
            let counts = TreeChanges.Kind.allCases.map { "\($0.vietnamese.lowercased()) \(changes.count(of: $0))" }
            lines.append("Tổng cộng \(changes.changes.count) thay đổi: \(counts.joined(separator: ", ")).")
        }
        lines.append("Cây ngày \(changes.earlier): \(sizes(of: earlierTree)).")
        lines.append("Cây ngày \(changes.later): \(sizes(of: laterTree)).")
        return lines
    }

    /// `  CODE  Name: detail, từ ngày D`: one change, codes padded to `codeWidth` so the names line up.
    static func changeLine(_ change: TreeChanges.Change, codeWidth: Int) -> String {
        let code = change.code.padding(toLength: max(codeWidth, change.code.count), withPad: " ", startingAt: 0)
        // "→ NBH (…)" and "→ new name" follow the name; "không có đơn vị kế thừa", "A → B", "trực thuộc X" after a
        // colon.
        let detail = change.detail.hasPrefix("→") ? " \(change.detail)" : ": \(change.detail)"
        let day = change.day.map { change.kind.isEnding ? ", đến hết ngày \($0)" : ", từ ngày \($0)" } ?? ""
        return "  \(code)  \(change.name)\(detail)\(day)"
    }

    /// The findings of a run, each once, sorted by location.
    private static func settled(_ log: FindingLog) -> [Finding] {
        RunFindings(log, scope: .everything).shown
    }
}
