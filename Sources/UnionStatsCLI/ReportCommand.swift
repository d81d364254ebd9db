import ArgumentParser
import Foundation
import UnionStats

/// `unionstats report`: the main job.
struct ReportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "report",
        abstract: "Write output/P/report-P.xlsx, report-P.csv and observations-P.csv for a period.",
        discussion: "Exit status: 0 when there is no error finding, 1 when there are errors (the files are still written unless --strict), 2 when the run could not start."
    )

    @Option(help: "The period: 2021-Q2, 2021-H1, 2021-H2 or 2021 (default: the latest period with reports).")
    var period: Period?

    @OptionGroup var inputOptions: InputOptions

    @Option(help: "The output folder.")
    var output: String = "output"

    @Flag(help: "Write nothing when there is an error finding.")
    var strict = false

    func run() throws {
        let outcome: ReportOutcome
        do {
            outcome = try ReportJob.run(input: inputOptions.inputURL, output: URL(fileURLWithPath: output), period: period, writeWhenErrors: !strict)
        } catch {
            throw failing(error)
        }
        FindingPrinter.print(outcome.findings)
        let findings = outcome.findings
        print("Kỳ báo cáo: \(outcome.period) (\(outcome.period.label))")
        print("CĐCS có số liệu: \(outcome.grassrootsReporting)/\(outcome.grassrootsExpected)")
        print("Phát hiện: \(findings.count(of: .error)) lỗi, \(findings.count(of: .warning)) cảnh báo, \(findings.count(of: .note)) ghi chú")
        if outcome.written.isEmpty {
            print("Không ghi tệp nào (--strict và có lỗi).")
        }
        if let line = FindingPrinter.otherPeriodsLine(outcome.otherPeriodFindings) { print(line) }
        for url in outcome.written { print("Đã ghi: \(url.path)") }
        if findings.count(of: .error) > 0 { throw ExitCode(1) }
    }
}
