import ArgumentParser
import Foundation
import UnionStats

/// `unionstats compare`: a period against another of the same length.
struct CompareCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "compare",
        abstract: "So sánh kỳ B với kỳ A: output/compare-A-vs-B/compare-A-vs-B.xlsx và .csv.",
        discussion:
            "Mặc định A là cùng kỳ năm trước. Hai kỳ phải dài bằng nhau (2021-H1 so với 2020-H1 hoặc 2021-H2, không so với 2021-Q2)."
    )

    @Option(
        name: .customLong("period"), help: ArgumentHelp("Kỳ B, ví dụ 2021-H1.", valueName: "kỳ"),
        transform: ArgumentWords.period)
    var periodB: Period

    @Option(
        name: .customLong("against"),
        help: ArgumentHelp("Kỳ A (mặc định: cùng kỳ năm trước của B).", valueName: "kỳ"),
        transform: ArgumentWords.period)
    var periodA: Period?

    @Option(
        name: .customLong("rank-by"),
        help: ArgumentHelp("Mã chỉ tiêu dùng để xếp hạng các công đoàn cấp trên cơ sở.", valueName: "mã-chỉ-tiêu"))
    var rankBy: String = "members_new"

    @OptionGroup var inputOptions: InputOptions

    @OptionGroup var treeOptions: TreeOptions

    @Option(
        help: ArgumentHelp(
            "Mã cụm/khối thi đua (groups.csv): chỉ lập cho các đơn vị thành viên của cụm, cụm đứng ở vị trí LĐLĐ tỉnh.",
            valueName: "mã-cụm"))
    var group: String?

    @Option(help: ArgumentHelp("Thư mục kết quả.", valueName: "thư-mục"))
    var output: String = "output"

    func run() throws {
        let outcome: CompareOutcome
        do {
            outcome = try CompareJob.run(
                input: inputOptions.inputURL, output: URL(fileURLWithPath: output), periodB: periodB, periodA: periodA,
                tree: treeOptions.tree, group: group, rankBy: rankBy)
        } catch {
            throw failing(error)
        }
        FindingPrinter.print(outcome.findings)
        let findings = outcome.findings
        print("So sánh: \(outcome.periodB.label) với \(outcome.periodA.label)")
        print(
            "Phát hiện: \(findings.count(of: .error)) lỗi, \(findings.count(of: .warning)) cảnh báo, \(findings.count(of: .note)) ghi chú"
        )
        if let line = FindingPrinter.otherPeriodsLine(outcome.otherPeriodFindings) { print(line) }
        for url in outcome.written { print("Đã ghi: \(url.path)") }
        if findings.count(of: .error) > 0 { throw ExitCode(1) }
    }
}
