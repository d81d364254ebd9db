import ArgumentParser
import Foundation
import UnionStats

/// `unionstats validate`: findings only.
struct ValidateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "validate",
        abstract: "Check the input and list every finding, sorted by file and position; write nothing.",
        discussion: "Exit status: 0 when there is no error, 1 when there are errors, 2 when the run could not start (missing units.csv, bad flags)."
    )

    /// How findings are printed.
    enum Format: String, ExpressibleByArgument, CaseIterable {
        case text, csv
    }

    @Option(help: "The period: 2021-Q2, 2021-H1, 2021-H2 or 2021 (default: the latest period with reports).")
    var period: Period?

    @OptionGroup var inputOptions: InputOptions

    @Option(help: "text: file:line: severity: message [CODE]; csv: one row per finding.")
    var format: Format = .text

    func run() throws {
        let result: (period: Period, findings: [Finding])
        do {
            result = try ValidateJob.run(input: inputOptions.inputURL, period: period)
        } catch {
            throw failing(error)
        }
        let findings = result.findings
        switch format {
        case .text:
            var text = ""
            for finding in findings { text += finding.description + "\n" }
            text += "\(result.period): \(findings.count(of: .error)) lỗi, \(findings.count(of: .warning)) cảnh báo, \(findings.count(of: .note)) ghi chú\n"
            FileHandle.standardOutput.write(Data(text.utf8))
        case .csv:
            FileHandle.standardOutput.write(Data(FindingsTable.csv(findings)))
        }
        if findings.count(of: .error) > 0 { throw ExitCode(1) }
    }
}
