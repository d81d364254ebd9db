import ArgumentParser
import Foundation
import UnionStats

/// `unionstats report`: the main job.
struct ReportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "report",
        abstract: "Lập báo cáo một kỳ: output/KỲ/report-KỲ.xlsx, report-KỲ.csv và observations-KỲ.csv.",
        discussion:
            "Mã thoát: 0 khi không có lỗi; 1 khi có lỗi trong số liệu (các tệp vẫn được ghi, trừ khi dùng --strict); 2 khi không chạy được (thiếu thư mục, tệp bắt buộc, kỳ không có số liệu, tham số sai) hoặc không ghi được tệp (ổ đĩa đầy, một lần chạy khác đang ghi cùng thư mục; các tệp của lần chạy trước vẫn giữ nguyên)."
    )

    @Option(
        help: ArgumentHelp(
            "Kỳ báo cáo: 2021-Q2, 2021-H1, 2021-H2 hoặc 2021 (mặc định: kỳ gần nhất có báo cáo).", valueName: "kỳ"),
        transform: ArgumentWords.period)
    var period: Period?

    @OptionGroup var inputOptions: InputOptions

    @OptionGroup var treeOptions: TreeOptions

    @Option(
        help: ArgumentHelp(
            "Mã cụm/khối thi đua (groups.csv): chỉ lập cho các đơn vị thành viên của cụm, cụm đứng ở vị trí LĐLĐ tỉnh.",
            valueName: "mã-cụm"))
    var group: String?

    @Option(help: ArgumentHelp("Thư mục kết quả.", valueName: "thư-mục"))
    var output: String = "output"

    @Flag(help: "Không ghi tệp nào khi số liệu có lỗi.")
    var strict = false

    @OptionGroup var timingsOptions: TimingsOptions

    func run() throws {
        let outcome: ReportOutcome
        let times = timingsOptions.start()
        do {
            outcome = try ReportJob.run(
                input: inputOptions.inputURL, output: URL(fileURLWithPath: output), period: period,
                tree: treeOptions.tree, group: group,
                writeWhenErrors: !strict, times: times)
        } catch {
            TerminalProgress.clear()
            throw failing(error)
        }
        let checksSheet = outcome.written.contains { $0.pathExtension == "xlsx" }
        if let times {
            times.measure(.print) {
                FindingPrinter.print(outcome.findings, checksSheet: checksSheet, period: outcome.period)
            }
        } else {
            FindingPrinter.print(outcome.findings, checksSheet: checksSheet, period: outcome.period)
        }
        let findings = outcome.findings
        print("Kỳ báo cáo: \(outcome.period) (\(outcome.period.label))")
        print("CĐCS có số liệu: \(outcome.grassrootsReporting)/\(outcome.grassrootsExpected)")
        print(
            "Phát hiện: \(findings.count(of: .error)) lỗi, \(findings.count(of: .warning)) cảnh báo, \(findings.count(of: .note)) ghi chú"
        )
        if outcome.written.isEmpty {
            print("Không ghi tệp nào (--strict và có lỗi).")
        }
        if let line = FindingPrinter.otherPeriodsLine(outcome.otherPeriodFindings) { print(line) }
        for url in outcome.written { print("Đã ghi: \(url.path)") }
        timingsOptions.finish(times)
        if findings.count(of: .error) > 0 { throw ExitCode(1) }
    }
}
