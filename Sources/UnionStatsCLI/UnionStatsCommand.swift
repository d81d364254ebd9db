import ArgumentParser
import Foundation
import UnionStats

/// `unionstats`: turns union reports into the federation's spreadsheets.
@main
struct UnionStatsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "unionstats",
        abstract: "Turn member unions' reports into the federation's spreadsheets and CSV.",
        discussion: "Reads input/ (units.csv, indicators.csv, settings.csv, reports/**), checks and adds up the figures, and writes output/. Exit status: 0 no error, 1 error findings, 2 the run could not start.",
        version: ToolVersion.current,
        subcommands: [ReportCommand.self, CompareCommand.self, ExportCommand.self, ValidateCommand.self, TemplateCommand.self]
    )

    /// Runs the command; a bad flag exits with status 2 (the run could not start), as every other refusal to start.
    static func main() {
        do {
            var command = try parseAsRoot()
            try command.run()
        } catch {
            if exitCode(for: error) == .validationFailure {
                FindingPrinter.printError(fullMessage(for: error))
                Foundation.exit(2)
            }
            exit(withError: error)
        }
    }
}
