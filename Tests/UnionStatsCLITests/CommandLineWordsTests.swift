import Foundation
import TestSupport
import Testing

/// What the clerk reads on the terminal around the command line itself is Vietnamese (issue 19, item 6):
/// ArgumentParser's help words and errors, why a period or a day cannot be read, a refused period.
@Suite struct CommandLineWordsTests {
    static let english = [
        "Error:", "USAGE", "OPTIONS", "OVERVIEW", "SUBCOMMANDS", "Usage:", "Help:", "See '", "Unknown option",
        "Missing", "is invalid", "Unexpected", "Show help", "Show the version", "default:", "does not take",
    ]

    /// Runs `arguments` in an empty folder.
    static func run(_ arguments: [String]) throws -> CommandRunner.Result {
        let folder = try TemporaryFolder(prefix: "unionstats-cli-words")
        defer { folder.remove() }
        return try CommandRunner.run(arguments, in: folder)
    }

    static func expectNoEnglish(_ text: String, sourceLocation: SourceLocation = #_sourceLocation) {
        for word in english {
            #expect(!text.contains(word), "'\(word)' in: \(text)", sourceLocation: sourceLocation)
        }
    }

    @Test(
        arguments: [
            (["tree", "--date", "2025-13-01"], "Giá trị '2025-13-01' của --date không đúng: tháng 13 không có"),
            (["tree", "--date", "2025-02-30"], "tháng 2 năm 2025 không có ngày 30 (chỉ có 28 ngày)"),
            (["tree", "--date", "06/30/2026"], "ngày viết trước tháng, như 30/06/2026"),
            (
                ["tree", "--changes", "2025-06-30", "2026-6-30"],
                "phải viết đủ hai chữ số cho tháng và ngày, như 2026-06-30"
            ),
            (["report", "--tree", "hôm nay"], "'hôm nay' không phải cách ghi một ngày"),
            (["report", "--period", "2021-13"], "không có tháng 13, và kỳ báo cáo cũng không tính theo tháng"),
            (["report", "--period", "2021-Q5"], "quý 5 không có: một năm có 4 quý, từ Q1 đến Q4"),
            (["export", "--period", "2021-H3"], "nửa năm chỉ có H1 (6 tháng đầu năm) và H2 (6 tháng cuối năm)"),
            (["compare", "--period", "Q2/2021"], "năm đứng trước, rồi dấu '-' (2021-Q2, không phải Q2/2021)"),
            (["template", "--period", "30/06/2021"], "'30/06/2021' là một ngày, không phải kỳ báo cáo"),
            (["validate", "--period", "21-H1"], "năm phải viết đủ 4 chữ số (2021, không phải 21)"),
        ] as [([String], String)])
    func aBadPeriodOrDaySaysWhatIsWrongAndHowToWriteIt(arguments: [String], reason: String) throws {
        let result = try Self.run(arguments)
        #expect(result.status == 2)
        let first = result.standardError.split(separator: "\n").first.map(String.init) ?? ""
        #expect(first.hasPrefix("lỗi: tham số dòng lệnh không hợp lệ. Giá trị '"), "\(result.standardError)")
        #expect(first.contains(reason), "\(first)")
        #expect(
            first.hasSuffix("Kỳ viết 2021-Q2 (quý), 2021-H1 hoặc 2021-H2 (6 tháng), 2021 (năm).")
                || first.hasSuffix("Ngày viết năm-tháng-ngày (2026-06-30) hoặc ngày/tháng/năm (30/06/2026)."),
            "\(first)")
        #expect(result.standardError.contains("\nCách dùng: unionstats \(arguments[0]) "))
        Self.expectNoEnglish(result.standardError)
    }

    @Test(
        arguments: [
            (["report", "--perod", "2021"], "Không có tùy chọn '--perod'. Có phải là '--period'?"),
            (["report", "--bogus"], "Không có tùy chọn '--bogus'."),
            (["report", "--period"], "Thiếu giá trị sau '--period'."),
            (["extract"], "Thiếu tham số bắt buộc '<tệp>'."),
            (["extract", "bao-cao.txt", "--period", "2021-H1"], "Thiếu tùy chọn bắt buộc '--unit <mã-đơn-vị>'."),
            (["report", "thừa"], "Thừa tham số 'thừa': lệnh này không nhận nó."),
            (["report", "--strict=1"], "Tùy chọn '--strict' không nhận giá trị, nhưng đã ghi '1'."),
            (["export", "--period", "2021-H1", "--layout", "tall"], "chỉ nhận 'long' hoặc 'wide'."),
            (["tree", "--date", "2026-06-30", "--changes", "2025-06-30", "2026-06-30"], "Chỉ dùng một trong hai"),
        ] as [([String], String)])
    func argumentParsersErrorsAreVietnamese(arguments: [String], expected: String) throws {
        let result = try Self.run(arguments)
        #expect(result.status == 2)
        #expect(result.standardError.hasPrefix("lỗi: tham số dòng lệnh không hợp lệ. "), "\(result.standardError)")
        #expect(result.standardError.contains(expected), "\(result.standardError)")
        #expect(result.standardError.contains("\nXem thêm: unionstats \(arguments[0]) --help"))
        Self.expectNoEnglish(result.standardError)
    }

    @Test(arguments: [["--help"], [], ["help", "report"], ["report", "--help"], ["validate", "-h"]])
    func helpScreensHaveVietnameseHeadings(arguments: [String]) throws {
        let result = try Self.run(arguments)
        #expect(result.status == 0)
        #expect(result.standardOutput.contains("TỔNG QUAN: "))
        #expect(result.standardOutput.contains("CÁCH DÙNG: unionstats"))
        #expect(result.standardOutput.contains("\nTÙY CHỌN:\n"))
        #expect(result.standardOutput.contains("In hướng dẫn này."))
        if arguments.count == 1 || arguments.isEmpty {
            #expect(result.standardOutput.contains("\nCÁC LỆNH:\n"))
            #expect(result.standardOutput.contains("Xem hướng dẫn từng lệnh: unionstats help TÊN_LỆNH"))
        } else {
            #expect(result.standardOutput.contains("--period <kỳ>"))
            #expect(result.standardOutput.contains("--input <thư-mục>"))
            #expect(result.standardOutput.contains("(mặc định: input)"))
        }
        Self.expectNoEnglish(result.standardOutput)
    }
}

/// A period without any figure is refused in one line, without a finding per unit and without pointing at a
/// sheet that was not written; a tree is suggested only when the period has figures to put on it.
@Suite struct RefusedPeriodWordsTests {
    static let ninhBinh = CommandRunner.bundledInput.appendingPathComponent("ninh-binh-2026").path

    @Test(arguments: [["report", "--period", "2022-H1"], ["compare", "--period", "2022-H1"]])
    func aPeriodNobodyReportedIsSaidOnce(arguments: [String]) throws {
        let folder = try TemporaryFolder(prefix: "unionstats-refused")
        defer { folder.remove() }
        try FileManager.default.copyItem(at: CommandRunner.bundledInput, to: folder.url("input"))
        let result = try CommandRunner.run(arguments, in: folder)
        #expect(result.status == 2)
        #expect(
            result.standardError
                == "lỗi: Chưa có báo cáo nào có số liệu kỳ 2022-H1 (6 tháng đầu năm 2022), nên không lập báo cáo trống để ký. Để gửi mẫu cho các đơn vị điền, dùng: unionstats template --period 2022-H1\n"
        )
        #expect(!result.standardError.contains("W-NO-REPORT") && !result.standardError.contains("Kiểm tra"))
        #expect(!FileManager.default.fileExists(atPath: folder.url("output").path))
    }

    @Test func aPeriodWithoutFiguresOnAnOldTreeSuggestsNoTree() throws {
        let folder = try TemporaryFolder(prefix: "unionstats-refused")
        defer { folder.remove() }
        let result = try CommandRunner.run(["report", "--period", "2024-H1", "--input", Self.ninhBinh], in: folder)
        #expect(result.status == 2)
        #expect(
            result.standardError.hasPrefix("lỗi: Chưa có báo cáo nào có số liệu kỳ 2024-H1 (6 tháng đầu năm 2024)"),
            "\(result.standardError)")
        #expect(!result.standardError.contains("--tree"), "\(result.standardError)")
        // A comparison whose earlier period has no figures: no tree either.
        let compare = try CommandRunner.run(
            ["compare", "--period", "2025-H1", "--input", Self.ninhBinh, "--output", folder.url("out").path], in: folder
        )
        #expect(compare.status == 2)
        #expect(compare.standardError.contains("Chưa có báo cáo nào có số liệu kỳ 2024-H1"), "\(compare.standardError)")
        #expect(!compare.standardError.contains("--tree"), "\(compare.standardError)")
    }

    @Test func aPeriodWithFiguresOnAnOldTreeSuggestsATreeThatWorks() throws {
        let folder = try TemporaryFolder(prefix: "unionstats-refused")
        defer { folder.remove() }
        let output = folder.url("out").path
        let refused = try CommandRunner.run(
            ["report", "--period", "2025-H1", "--input", Self.ninhBinh, "--output", output], in: folder)
        #expect(refused.status == 2)
        let suggestion = try #require(refused.standardError.firstMatch(of: /thêm --tree (\d{4}-\d{2}-\d{2})/))
        let followed = try CommandRunner.run(
            [
                "report", "--period", "2025-H1", "--input", Self.ninhBinh, "--output", output, "--tree",
                String(suggestion.1),
            ], in: folder)
        #expect(followed.status != 2, "\(followed.standardError)")
        #expect(followed.standardOutput.contains("Đã ghi: "))
    }

    @Test func manyFindingsPointAtValidateAndAtTheChecksSheetOnlyWhenOneWasWritten() throws {
        let folder = try TemporaryFolder(prefix: "unionstats-refused")
        defer { folder.remove() }
        let input = CommandRunner.fixtures.appendingPathComponent("bench-province").path
        let export = try CommandRunner.run(
            ["export", "--period", "2021-H1", "--input", input, "--output", folder.url("h1.csv").path], in: folder)
        let exportLine = try #require(export.standardError.split(separator: "\n").first { $0.hasPrefix("… và ") })
        #expect(
            exportLine.hasSuffix("lỗi, cảnh báo khác: xem tất cả bằng lệnh unionstats validate --period 2021-H1."),
            "\(exportLine)")
        let report = try CommandRunner.run(
            ["report", "--period", "2021-H1", "--input", input, "--output", folder.url("out").path], in: folder)
        let reportLine = try #require(report.standardError.split(separator: "\n").first { $0.hasPrefix("… và ") })
        #expect(
            reportLine.hasSuffix(
                "xem trang Kiểm tra của báo cáo hoặc lệnh unionstats validate --period 2021-H1."), "\(reportLine)")
    }
}
