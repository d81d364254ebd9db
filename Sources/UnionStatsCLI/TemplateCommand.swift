import ArgumentParser
import Foundation
import UnionStats

/// `unionstats template`: xlsx fill-in forms for units to complete.
struct TemplateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "template",
        abstract: "Tạo mẫu báo cáo xlsx cho các đơn vị điền rồi gửi lại: output/templates-KỲ/MÃ.xlsx.",
        discussion:
            "Không có --unit: mỗi CĐCS và công đoàn cấp trên cơ sở một mẫu. Chỉ cột Số lượng và Ghi chú được nhập; mẫu đã điền đặt nguyên vào input/reports/."
    )

    @Option(
        help: ArgumentHelp("Kỳ của mẫu: 2021-Q2, 2021-H1, 2021-H2 hoặc 2021.", valueName: "kỳ"),
        transform: ArgumentWords.period)
    var period: Period

    @Option(
        name: .customLong("unit"), parsing: .upToNextOption,
        help: ArgumentHelp("Mã đơn vị (mặc định: mọi CĐCS và công đoàn cấp trên cơ sở).", valueName: "mã-đơn-vị"))
    var units: [String] = []

    @OptionGroup var inputOptions: InputOptions

    @Option(help: ArgumentHelp("Thư mục kết quả.", valueName: "thư-mục"))
    var output: String = "output"

    func run() throws {
        let written: [URL]
        do {
            written = try TemplateJob.run(
                input: inputOptions.inputURL, output: URL(fileURLWithPath: output), period: period, units: units)
        } catch {
            throw failing(error)
        }
        print("Đã ghi \(written.count) mẫu báo cáo kỳ \(period) (\(period.label)):")
        for url in written.prefix(20) { print("  \(url.path)") }
        if written.count > 20 {
            print("  … và \(written.count - 20) tệp nữa trong \(written[0].deletingLastPathComponent().path)")
        }
    }
}
