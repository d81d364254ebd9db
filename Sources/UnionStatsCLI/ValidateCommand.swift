import ArgumentParser
import Foundation
import UnionStats

/// `unionstats validate`: findings only.
struct ValidateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "validate",
        abstract: "Kiểm tra số liệu đầu vào và liệt kê mọi phát hiện theo tệp và vị trí; không ghi tệp nào.",
        discussion: "Mã thoát: 0 khi không có lỗi, 1 khi có lỗi, 2 khi không chạy được (thiếu units.csv, tham số sai)."
    )

    /// How findings are printed.
    enum Format: String, ExpressibleByArgument, CaseIterable {
        case text, csv
    }

    /// A period, or `all`.
    enum PeriodChoice: Equatable {
        case one(Period)
        case all

        /// Reads `all` or a period, or says what is wrong with it.
        static func read(_ argument: String) throws -> PeriodChoice {
            if argument.lowercased() == "all" { return .all }
            return .one(try ArgumentWords.period(argument))
        }
    }

    @Option(
        help: ArgumentHelp(
            "Kỳ: 2021-Q2, 2021-H1, 2021-H2, 2021, hoặc all để xem mọi kỳ (mặc định: kỳ gần nhất có báo cáo).",
            valueName: "kỳ"),
        transform: PeriodChoice.read)
    var period: PeriodChoice?

    @OptionGroup var inputOptions: InputOptions

    @Option(
        help: ArgumentHelp(
            "text: tệp:dòng: mức: nội dung [MÃ]; csv: mỗi phát hiện một dòng, mức và mã bằng tiếng Anh cho máy đọc.",
            valueName: "dạng"))
    var format: Format = .text

    @OptionGroup var timingsOptions: TimingsOptions

    func run() throws {
        let result: (period: Period?, findings: RunFindings)
        let times = timingsOptions.start()
        let target: ValidateJob.Target =
            switch period {
            case .all: .all
            case .one(let period): .period(period)
            case nil: .period(nil)
            }
        do {
            result = try ValidateJob.run(input: inputOptions.inputURL, target: target, times: times)
        } catch {
            TerminalProgress.clear()
            throw failing(error)
        }
        let findings = result.findings.shown
        if let times {
            try times.measure(.print) { try write(findings, of: result) }
        } else {
            try write(findings, of: result)
        }
        timingsOptions.finish(times)
        if findings.count(of: .error) > 0 { throw ExitCode(1) }
    }

    /// Writes the findings to standard output in the chosen format.
    private func write(_ findings: [Finding], of result: (period: Period?, findings: RunFindings)) throws {
        switch format {
        case .text:
            var text = ""
            for finding in findings { text += finding.description + "\n" }
            text +=
                "\(result.period?.description ?? "Mọi kỳ"): \(findings.count(of: .error)) lỗi, \(findings.count(of: .warning)) cảnh báo, \(findings.count(of: .note)) ghi chú\n"
            if let line = FindingPrinter.otherPeriodsLine(result.findings.otherPeriods) { text += line + "\n" }
            try StandardOutput.write(text)
        case .csv:
            try StandardOutput.write(FindingsTable.csv(findings))
        }
    }
}
