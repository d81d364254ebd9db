import ArgumentParser
import Foundation
import UnionStats

/// `unionstats export`: CSV for other analysis.
struct ExportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "export",
        abstract: "Xuất số liệu một kỳ ra CSV (long: mỗi dòng một đơn vị × chỉ tiêu; wide: mỗi dòng một đơn vị).",
        discussion:
            "Dạng long giống hệt observations-KỲ.csv. Chữ mà bảng tính có thể chạy như công thức được thêm dấu nháy đơn ở đầu; số vẫn là số."
    )

    /// The table shapes `export` can write.
    enum Layout: String, ExpressibleByArgument, CaseIterable {
        case long, wide
    }

    @Option(
        help: ArgumentHelp("Kỳ: 2021-Q2, 2021-H1, 2021-H2 hoặc 2021.", valueName: "kỳ"), transform: ArgumentWords.period
    )
    var period: Period

    @Option(
        help: ArgumentHelp("long (mỗi dòng một đơn vị × chỉ tiêu) hoặc wide (mỗi dòng một đơn vị).", valueName: "dạng"))
    var layout: Layout = .long

    @OptionGroup var inputOptions: InputOptions

    @OptionGroup var treeOptions: TreeOptions

    @Option(help: ArgumentHelp("Tệp cần ghi, hoặc - để in ra màn hình (standard output).", valueName: "tệp"))
    var output: String = "-"

    @Flag(help: "Ghi dấu BOM UTF-8 ở đầu tệp để Excel mở đúng tiếng Việt.")
    var bom = false

    func run() throws {
        let bytes: [UInt8]
        let findings: [Finding]
        let otherPeriods: Int
        do {
            let export = try ExportJob.run(
                input: inputOptions.inputURL, period: period, tree: treeOptions.tree, wide: layout == .wide,
                byteOrderMark: bom)
            bytes = export.bytes
            findings = export.findings
            otherPeriods = export.otherPeriodFindings
            if output != "-" {
                try ExportJob.write(bytes, to: URL(fileURLWithPath: output), input: inputOptions.inputURL)
            }
        } catch {
            throw failing(error)
        }
        FindingPrinter.print(findings, period: period)
        if let line = FindingPrinter.otherPeriodsLine(otherPeriods) { FindingPrinter.printError(line) }
        if output == "-" { try StandardOutput.write(bytes) }
        if findings.count(of: .error) > 0 { throw ExitCode(1) }
    }
}
