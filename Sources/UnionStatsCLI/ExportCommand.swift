import ArgumentParser
import Foundation
import UnionStats

/// `unionstats export`: CSV for other analysis.
struct ExportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "export",
        abstract: "Write a period's values as CSV (long: one row per unit × indicator; wide: one row per unit).",
        discussion: "The long layout is byte for byte observations-P.csv. Text that a spreadsheet could run as a formula is prefixed with an apostrophe; numbers stay numbers."
    )

    /// The table shapes `export` can write.
    enum Layout: String, ExpressibleByArgument, CaseIterable {
        case long, wide
    }

    @Option(help: "The period: 2021-Q2, 2021-H1, 2021-H2 or 2021.")
    var period: Period

    @Option(help: "long (tidy, one row per unit × indicator) or wide (one row per unit).")
    var layout: Layout = .long

    @OptionGroup var inputOptions: InputOptions

    @Option(help: "The file to write, or - for standard output.")
    var output: String = "-"

    @Flag(help: "Start with a UTF-8 byte-order mark so Excel opens the file as UTF-8.")
    var bom = false

    func run() throws {
        let bytes: [UInt8]
        let findings: [Finding]
        let otherPeriods: Int
        do {
            let export = try ExportJob.run(input: inputOptions.inputURL, period: period, wide: layout == .wide, byteOrderMark: bom)
            bytes = export.bytes
            findings = export.findings
            otherPeriods = export.otherPeriodFindings
            if output != "-" {
                try ExportJob.write(bytes, to: URL(fileURLWithPath: output), input: inputOptions.inputURL)
            }
        } catch {
            throw failing(error)
        }
        FindingPrinter.print(findings)
        if let line = FindingPrinter.otherPeriodsLine(otherPeriods) { FindingPrinter.printError(line) }
        if output == "-" { FileHandle.standardOutput.write(Data(bytes)) }
        if findings.count(of: .error) > 0 { throw ExitCode(1) }
    }
}
