import ArgumentParser
import Foundation
import UnionStats

/// `unionstats template`: xlsx fill-in forms for units to complete.
struct TemplateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "template",
        abstract: "Write xlsx fill-in forms, output/templates-P/CODE.xlsx, for units to complete and send back.",
        discussion: "Without --unit, one form for every grassroots and upper unit. Only the Số lượng and Ghi chú columns take input; the filled forms go in input/reports/ as they are."
    )

    @Option(help: "The period the forms are for: 2021-Q2, 2021-H1, 2021-H2 or 2021.")
    var period: Period

    @Option(name: .customLong("unit"), parsing: .upToNextOption, help: "Unit codes (default: all grassroots and upper units).")
    var units: [String] = []

    @OptionGroup var inputOptions: InputOptions

    @Option(help: "The output folder.")
    var output: String = "output"

    func run() throws {
        let written: [URL]
        do {
            written = try TemplateJob.run(input: inputOptions.inputURL, output: URL(fileURLWithPath: output), period: period, units: units)
        } catch {
            throw failing(error)
        }
        print("Đã ghi \(written.count) mẫu báo cáo kỳ \(period) (\(period.label)):")
        for url in written.prefix(20) { print("  \(url.path)") }
        if written.count > 20 { print("  … và \(written.count - 20) tệp nữa trong \(written[0].deletingLastPathComponent().path)") }
    }
}
