import ArgumentParser

/// `unionstats`: turns union reports into the federation's spreadsheets.
@main
struct UnionStatsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "unionstats",
        abstract: "Turn member unions' reports into the federation's spreadsheets and CSV.",
        discussion: "Reads input/ (units.csv, indicators.csv, settings.csv, reports/**), checks and adds up the figures, and writes output/.",
        version: "0.1.0",
        subcommands: [ReportCommand.self, CompareCommand.self, ExportCommand.self],
        defaultSubcommand: nil
    )
}
