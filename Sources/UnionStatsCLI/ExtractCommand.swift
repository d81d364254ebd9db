import ArgumentParser
import Foundation
import UnionStats

/// `unionstats extract`: a draft long CSV from a narrative report (.txt or .docx).
struct ExtractCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "extract",
        abstract:
            "Đọc báo cáo văn bản (.txt UTF-8 hoặc .docx) và viết bản nháp CSV unit,period,indicator,value,note, mỗi số kèm câu chứa nó.",
        discussion: """
            Cụm từ của từng chỉ tiêu nằm trong indicator-phrases.csv của thư mục đầu vào (sửa, thêm được, không cần cài lại). \
            Câu nói về kế hoạch, mục tiêu, kỳ sau không cho số liệu mà được đưa ra riêng như bản nháp targets.csv (--targets). \
            Màn hình liệt kê các số đã lấy rồi mọi câu có số chưa lấy. Bản nháp phải được người đối chiếu với văn bản trước khi đưa vào input/reports/, \
            nên không ghi được vào thư mục đầu vào. Mã thoát: 0 khi đọc được (kể cả khi không tìm thấy số nào), 2 khi không chạy được.
            """
    )

    @Argument(help: ArgumentHelp("Báo cáo văn bản: tệp .txt (UTF-8) hoặc .docx.", valueName: "tệp"))
    var file: String

    @Option(help: ArgumentHelp("Mã đơn vị gửi báo cáo, như trong units.csv (ví dụ CDVC).", valueName: "mã-đơn-vị"))
    var unit: String

    @Option(
        help: ArgumentHelp("Kỳ của báo cáo: 2021-Q2, 2021-H1, 2021-H2 hoặc 2021.", valueName: "kỳ"),
        transform: ArgumentWords.period)
    var period: Period

    @OptionGroup var inputOptions: InputOptions

    @Option(help: ArgumentHelp("Tệp CSV nháp cần ghi, hoặc - để in ra màn hình (standard output).", valueName: "tệp"))
    var output: String = "-"

    @Option(
        help: ArgumentHelp(
            "Tệp để ghi bản nháp targets.csv (các mục tiêu tìm thấy), hoặc - để in ra màn hình.", valueName: "tệp"))
    var targets: String?

    func run() throws {
        let narrative = URL(fileURLWithPath: file)
        let outcome: ExtractOutcome
        do {
            outcome = try ExtractJob.run(file: narrative, unit: unit, period: period, input: inputOptions.inputURL)
            for (path, bytes) in [(output, outcome.reportCSV), (targets, outcome.targetsCSV)] {
                guard let path, path != "-" else { continue }
                try ExtractJob.write(
                    bytes, to: URL(fileURLWithPath: path), input: inputOptions.inputURL, narrative: narrative)
            }
        } catch {
            // The rows left out are what the message asks to look at.
            if case .emptyPhraseTable(_, let findings) = error { FindingPrinter.print(findings) }
            throw failing(error)
        }
        FindingPrinter.print(outcome.findings)
        // The readable list goes where the CSV does not.
        let toStandardOutput = output != "-" && targets != "-"
        let summary = Data(outcome.summary.utf8)
        if toStandardOutput {
            try StandardOutput.write(summary)
            for path in [output, targets].compactMap({ $0 }) { print("Đã ghi: \(path)") }
        } else {
            FileHandle.standardError.write(summary)
            if output == "-" { try StandardOutput.write(outcome.reportCSV) }
            if targets == "-" { try StandardOutput.write(outcome.targetsCSV) }
        }
    }
}
