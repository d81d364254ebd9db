import ArgumentParser
import Foundation
import UnionStats

/// `--tree DATE`, shared by report, compare and export.
struct TreeOptions: ParsableArguments {
    @Option(
        name: .long,
        help: ArgumentHelp(
            "Lập số liệu trên cây tổ chức ngày này (2026-06-30 hoặc 30/06/2026), số liệu các kỳ khác cây được tính lại; mặc định: ngày chốt của kỳ.",
            valueName: "ngày"),
        transform: ArgumentWords.day)
    var tree: Day?
}

/// `--input DIR`, shared by every command.
struct InputOptions: ParsableArguments {
    @Option(
        name: .long,
        help: ArgumentHelp(
            "Thư mục đầu vào (units.csv, indicators.csv, settings.csv, reports/).", valueName: "thư-mục"))
    var input: String = "input"

    /// The input folder as a URL.
    var inputURL: URL { URL(fileURLWithPath: input) }
}

/// Prints findings to standard error, `file:line: lỗi: message`, the most serious first, at most `limit`.
enum FindingPrinter {
    /// Prints `findings`; past `limit`, one line says where the rest are: the `Kiểm tra` sheet only when
    /// `checksSheet` (a report workbook was written), and `unionstats validate` (for `period` when given).
    static func print(_ findings: [Finding], limit: Int = 50, checksSheet: Bool = false, period: Period? = nil) {
        let shown = findings.filter { $0.severity >= .warning }
        let ordered = shown.filter { $0.severity == .error } + shown.filter { $0.severity == .warning }
        for finding in ordered.prefix(limit) { printError(finding.description) }
        if ordered.count > limit {
            let validate = "lệnh unionstats validate" + (period.map { " --period \($0)" } ?? "")
            printError(
                "… và \(ordered.count - limit) lỗi, cảnh báo khác: xem "
                    + (checksSheet ? "trang Kiểm tra của báo cáo hoặc \(validate)." : "tất cả bằng \(validate)."))
        }
    }

    /// "N phát hiện khác thuộc các kỳ khác …", or nil when there are none.
    static func otherPeriodsLine(_ count: Int) -> String? {
        guard count > 0 else { return nil }
        return
            "Còn \(count) phát hiện thuộc các kỳ khác, không tính cho kỳ này; xem tất cả: unionstats validate --period all"
    }

    /// Writes one line to standard error.
    static func printError(_ line: String) {
        FileHandle.standardError.write(Data((line + "\n").utf8))
    }
}

/// Standard output, where `export`, `validate`, `tree` and `extract` print their tables: a write that fails (a
/// full disk under `> tệp.csv`) stops the run with status 2 and a Vietnamese message, not a crash.
enum StandardOutput {
    static func write(_ data: Data) throws {
        do {
            try FileHandle.standardOutput.write(contentsOf: data)
        } catch {
            throw failing(UnionStatsError.writing(WriteProblem.standardOutput, failedWith: error))
        }
    }

    static func write(_ bytes: [UInt8]) throws { try write(Data(bytes)) }

    static func write(_ text: String) throws { try write(Data(text.utf8)) }
}

/// Turns a core error into ArgumentParser's exit with status 2 and the error's message.
func failing(_ error: some Error) -> Error {
    switch error as? UnionStatsError {
    case .noReports(_, let findings)?:
        FindingPrinter.print(findings)  // why the reports gave nothing
    case .noFigures(let period, _, let findings)?:
        FindingPrinter.print(findings, period: Period(period))  // why the period's reports gave nothing
    default:
        break
    }
    FindingPrinter.printError("lỗi: \(error.localizedDescription)")
    return ExitCode(2)
}
