import ArgumentParser
import Foundation
import UnionStats

/// `unionstats`: turns union reports into the federation's spreadsheets.
@main
struct UnionStatsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "unionstats",
        abstract: "Tổng hợp báo cáo của các công đoàn thành bảng tính và CSV của LĐLĐ tỉnh.",
        discussion:
            "Đọc input/ (units.csv, indicators.csv, settings.csv, reports/**), kiểm tra và cộng số liệu, ghi kết quả vào output/. Mã thoát: 0 không có lỗi, 1 số liệu có lỗi, 2 không chạy được.",
        version: ToolVersion.current,
        subcommands: [
            ReportCommand.self, CompareCommand.self, ExportCommand.self, ValidateCommand.self, TemplateCommand.self,
            TreeCommand.self,
            ExtractCommand.self,
        ]
    )

    /// The names of the subcommands, as typed.
    static var commandNames: [String] { configuration.subcommands.map { $0._commandName } }

    /// A Vietnamese message when the first word (or the word after `help`) is no command, with the closest one.
    static func unknownCommand(in arguments: [String]) -> String? {
        guard var word = arguments.first, !word.hasPrefix("-") else { return nil }
        if word == "help" {
            guard arguments.count > 1, !arguments[1].hasPrefix("-") else { return nil }
            word = arguments[1]
        }
        guard !commandNames.contains(word) else { return nil }
        let hint = Suggestion.nearest(to: word, among: commandNames).map { " Có phải là '\($0)'?" } ?? ""
        return
            "lỗi: không có lệnh '\(word)'.\(hint) Các lệnh: \(commandNames.joined(separator: ", ")). Xem: unionstats --help"
    }

    /// Runs the command; a bad flag exits with status 2 (the run could not start), as every other refusal to start.
    /// What ArgumentParser prints (help screens, errors) goes through `ArgumentWords`, into Vietnamese.
    static func main() {
        InterruptCleanup.install()
        if let unknown = unknownCommand(in: Array(CommandLine.arguments.dropFirst())) {
            FindingPrinter.printError(unknown)
            Foundation.exit(2)
        }
        do {
            var command = try parseAsRoot()
            try command.run()
        } catch {
            let code = exitCode(for: error)
            let text = fullMessage(for: error)
            if code == .success {
                if !text.isEmpty { try? StandardOutput.write(ArgumentWords.help(text) + "\n") }
                Foundation.exit(0)
            }
            if code == .validationFailure {
                FindingPrinter.printError(ArgumentWords.error(text))
                Foundation.exit(2)
            }
            // ExitCode(1) after the findings, ExitCode(2) after a message already printed: nothing more to say.
            if !text.isEmpty {
                let line = text.hasPrefix("Error: ") ? String(text.dropFirst(7)) : text
                FindingPrinter.printError("lỗi: " + ArgumentWords.message(line))
            }
            Foundation.exit(code.rawValue)
        }
    }
}
