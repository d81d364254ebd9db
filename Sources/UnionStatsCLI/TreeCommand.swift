import ArgumentParser
import Foundation
import UnionStats

/// `unionstats tree`: the union tree of a day, or what changed between two days, to check units.csv.
struct TreeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "tree",
        abstract:
            "In cây tổ chức công đoàn của một ngày (kèm số CĐCS của từng đơn vị), hoặc những thay đổi giữa hai ngày, để kiểm tra units.csv trước khi lập báo cáo.",
        discussion: """
            Chỉ đọc units.csv; không ghi tệp nào. Không có --date và --changes: cây hiện nay (các đơn vị chưa có ngày kết thúc). \
            --changes A B liệt kê các đơn vị giải thể, sáp nhập, chuyển cấp trên, đổi tên, thành lập mới từ cây ngày A đến cây ngày B \
            (như sheet Thay đổi tổ chức của báo cáo). Mã thoát: 0 khi units.csv không có lỗi; 1 khi có lỗi; \
            2 khi không chạy được (thiếu thư mục hoặc units.csv, ngày sai, dùng cùng lúc --date và --changes).
            """
    )

    @Option(
        help: ArgumentHelp(
            "In cây tổ chức ngày này (2026-06-30 hoặc 30/06/2026); mặc định: cây hiện nay.", valueName: "ngày"),
        transform: ArgumentWords.day)
    var date: Day?

    @Option(
        parsing: .upToNextOption,
        help: ArgumentHelp(
            "Hai ngày A B: in những thay đổi từ cây ngày A đến cây ngày B, ví dụ --changes 2025-06-30 2026-06-30.",
            valueName: "ngày"),
        transform: ArgumentWords.day)
    var changes: [Day] = []

    @OptionGroup var inputOptions: InputOptions

    func validate() throws {
        if date != nil, !changes.isEmpty {
            throw ValidationError(
                "Chỉ dùng một trong hai: --date NGÀY (cây một ngày) hoặc --changes A B (thay đổi giữa hai ngày).")
        }
        if !changes.isEmpty, changes.count != 2 {
            throw ValidationError(
                "--changes cần đúng hai ngày, ví dụ --changes 2025-06-30 2026-06-30 (đã nhận \(changes.count) ngày).")
        }
    }

    func run() throws {
        let output: TreeJob.Output
        do {
            if changes.count == 2 {
                output = try TreeJob.changes(input: inputOptions.inputURL, between: changes[0], and: changes[1])
            } else {
                output = try TreeJob.tree(input: inputOptions.inputURL, on: date)
            }
        } catch {
            throw failing(error)
        }
        FindingPrinter.print(output.findings)
        try StandardOutput.write(output.text + output.findingsLine + "\n")
        if output.findings.count(of: .error) > 0 { throw ExitCode(1) }
    }
}
