import ArgumentParser
import Foundation
import UnionStats

/// `unionstats compare`: a period against another of the same length.
struct CompareCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "compare",
        abstract: "Compare period B with period A: output/compare-A-vs-B/compare-A-vs-B.xlsx and .csv.",
        discussion: "A defaults to the same period a year earlier. Both periods must have the same length (2021-H1 against 2020-H1 or 2021-H2, not against 2021-Q2)."
    )

    @Option(name: .customLong("period"), help: "Period B, e.g. 2021-H1.")
    var periodB: Period

    @Option(name: .customLong("against"), help: "Period A (default: B one year earlier).")
    var periodA: Period?

    @Option(name: .customLong("rank-by"), help: "The indicator code upper units are ranked by.")
    var rankBy: String = "members_new"

    @OptionGroup var inputOptions: InputOptions

    @Option(help: "The output folder.")
    var output: String = "output"

    func run() throws {
        let outcome: CompareOutcome
        do {
            outcome = try CompareJob.run(
                input: inputOptions.inputURL, output: URL(fileURLWithPath: output), periodB: periodB, periodA: periodA, rankBy: rankBy)
        } catch {
            throw failing(error)
        }
        FindingPrinter.print(outcome.findings)
        let findings = outcome.findings
        print("So sánh: \(outcome.periodB.label) với \(outcome.periodA.label)")
        print("Phát hiện: \(findings.count(of: .error)) lỗi, \(findings.count(of: .warning)) cảnh báo, \(findings.count(of: .note)) ghi chú")
        if let line = FindingPrinter.otherPeriodsLine(outcome.otherPeriodFindings) { print(line) }
        for url in outcome.written { print("Đã ghi: \(url.path)") }
        if findings.count(of: .error) > 0 { throw ExitCode(1) }
    }
}
