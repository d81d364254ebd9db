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

    /// A period, or `all`.
    enum PeriodChoice: ExpressibleByArgument, Equatable {
        case one(Period)
        case all

        init?(argument: String) {
            if argument.lowercased() == "all" {
                self = .all
            } else if let period = Period(argument) {
                self = .one(period)
            } else {
                return nil
            }
        }
    }

    @Option(help: "The period: 2021-Q2, 2021-H1, 2021-H2, 2021, or all (default: the latest period with reports).")
    var period: PeriodChoice?

    @OptionGroup var inputOptions: InputOptions

    @Option(help: "text: file:line: severity: message [CODE]; csv: one row per finding.")
    var format: Format = .text

    func run() throws {
        let result: (period: Period?, findings: RunFindings)
        let target: ValidateJob.Target = switch period {
        case .all: .all
        case .one(let period): .period(period)
        case nil: .period(nil)
        }
        do {
            result = try ValidateJob.run(input: inputOptions.inputURL, target: target)
        } catch {
            throw failing(error)
        }
        let findings = result.findings.shown
        switch format {
        case .text:
            var text = ""
            for finding in findings { text += finding.description + "\n" }
            text += "\(result.period?.description ?? "Mọi kỳ"): \(findings.count(of: .error)) lỗi, \(findings.count(of: .warning)) cảnh báo, \(findings.count(of: .note)) ghi chú\n"
            if let line = FindingPrinter.otherPeriodsLine(result.findings.otherPeriods) { text += line + "\n" }
            FileHandle.standardOutput.write(Data(text.utf8))
        case .csv:
            FileHandle.standardOutput.write(Data(FindingsTable.csv(findings)))
        }
        if findings.count(of: .error) > 0 { throw ExitCode(1) }
    }
}
