import Foundation
import TestSupport
import Testing

/// Everything a federation's staff read is Vietnamese: help, start-up errors, severity words, summaries.
@Suite struct VietnameseWordsTests {
    @Test(arguments: ["report", "compare", "export", "validate", "template", "tree", "extract"])
    func everyCommandsHelpIsVietnamese(command: String) throws {
        let folder = try TemporaryFolder(prefix: "unionstats-words")
        defer { folder.remove() }
        let result = try CommandRunner.run(["help", command], in: folder)
        #expect(result.status == 0)
        // The abstract and every option's help are ours, in Vietnamese.
        #expect(result.standardOutput.contains("Thư mục đầu vào"), "\(result.standardOutput)")
        #expect(!result.standardOutput.contains("The period"), "\(result.standardOutput)")
        #expect(!result.standardOutput.contains("The output folder"), "\(result.standardOutput)")
    }

    @Test(arguments: [
        (["nope"], "không có lệnh 'nope'"), (["help", "nope"], "không có lệnh 'nope'"),
        (["reprot"], "Có phải là 'report'?"),
    ])
    func aMistypedCommandSaysSoAndSuggests(arguments: [String], expected: String) throws {
        let folder = try TemporaryFolder(prefix: "unionstats-words")
        defer { folder.remove() }
        let result = try CommandRunner.run(arguments, in: folder)
        #expect(result.status == 2)
        #expect(result.standardError.contains(expected), "\(result.standardError)")
    }

    @Test func startUpErrorsAreVietnameseAndNameTheFolder() throws {
        let folder = try TemporaryFolder(prefix: "unionstats-words")
        defer { folder.remove() }
        try CommandRunner.copyFixture("tiny", into: folder)
        try FileManager.default.removeItem(at: folder.url("input/units.csv"))
        let result = try CommandRunner.run(["report"], in: folder)
        #expect(result.status == 2)
        #expect(result.standardError.hasPrefix("lỗi: Thiếu tệp bắt buộc"), "\(result.standardError)")
        #expect(result.standardError.contains(folder.url("input/units.csv").path), "\(result.standardError)")
    }

    @Test func severityWordsAreVietnameseOnTheTerminalAndMachineWordsInCSV() throws {
        let folder = try TemporaryFolder(prefix: "unionstats-words")
        defer { folder.remove() }
        try CommandRunner.copyFixture("tiny", into: folder)
        let text = try CommandRunner.run(["validate", "--period", "2021-H1"], in: folder)
        #expect(text.standardOutput.contains("reports/2021/bad.csv:2: lỗi: "), "\(text.standardOutput)")
        #expect(text.standardOutput.contains("cảnh báo: CĐCS C"), "\(text.standardOutput)")
        #expect(!text.standardOutput.contains("error:") && !text.standardOutput.contains("warning:"))
        let csv = try CommandRunner.run(["validate", "--period", "2021-H1", "--format", "csv"], in: folder)
        #expect(csv.standardOutput.contains("\nerror,E-UNIT-UNKNOWN,"), "\(csv.standardOutput)")
    }

    /// "51,9%" in a count's cell is a percentage where a number is expected, not "not a Vietnamese number"; in a
    /// ratio's cell the value is ignored anyway (ratios are computed).
    @Test func aPercentSignInANumberCellSaysSo() throws {
        let folder = try TemporaryFolder(prefix: "unionstats-words")
        defer { folder.remove() }
        try CommandRunner.copyFixture("tiny", into: folder)
        try folder.write(
            "unit,period,indicator,value\nA,2021-H1,members_new,\"51,9%\"\nB,2021-H1,membership_rate,\"51,9%\"\n",
            to: "input/reports/2021/phan-tram.csv")
        let result = try CommandRunner.run(["validate", "--period", "2021-H1"], in: folder)
        let lines = result.standardOutput.split(separator: "\n").filter { $0.hasPrefix("reports/2021/phan-tram.csv") }
        #expect(
            lines == [
                "reports/2021/phan-tram.csv:2: lỗi: Số đoàn viên kết nạp mới (members_new): '51,9%' có dấu phần trăm (%): đó là một tỷ lệ, nhưng chỉ tiêu này cần một số (số người, số đơn vị hay số tiền), không phải tỷ lệ. Hãy ghi số, không ghi %; các tỷ lệ do chương trình tự tính từ các chỉ tiêu thành phần. [E-NUMBER]",
                "reports/2021/phan-tram.csv:3: cảnh báo: Chỉ tiêu Tỷ lệ đoàn viên so với CNVCLĐ (membership_rate) là tỷ lệ, được tính từ các chỉ tiêu thành phần; giá trị '51,9%' được bỏ qua. [W-RATIO-IGNORED]",
            ], "\(lines)")
    }

    @Test func aBadFlagIsExplainedInVietnameseWithStatusTwo() throws {
        let folder = try TemporaryFolder(prefix: "unionstats-words")
        defer { folder.remove() }
        let result = try CommandRunner.run(["report", "--period", "2021-H7"], in: folder)
        #expect(result.status == 2)
        #expect(result.standardError.hasPrefix("lỗi: tham số dòng lệnh không hợp lệ."), "\(result.standardError)")
    }
}

/// Without settings.csv the report still names the federation, and says what is missing.
@Suite struct SettingsFallbackTests {
    @Test func withoutSettingsTheHeaderNamesTheFederationOfUnitsCSVAndTheRunWarns() throws {
        let folder = try TemporaryFolder(prefix: "unionstats-settings")
        defer { folder.remove() }
        try CommandRunner.copyFixture("tiny", into: folder)
        try FileManager.default.removeItem(at: folder.url("input/settings.csv"))
        let result = try CommandRunner.run(["report", "--period", "2021-H1"], in: folder)
        #expect(result.status == 1)  // the fixture's unknown unit; the missing settings are a warning
        #expect(
            result.standardError.contains("settings.csv: cảnh báo: Không có settings.csv"), "\(result.standardError)")
        #expect(result.standardError.contains("[W-SETTINGS]"))
        let workbook = try WrittenWorkbook(url: folder.url("output/2021-H1/report-2021-H1.xlsx"))
        #expect(try workbook.sheet("Tổng hợp").text("A2") == "LIÊN ĐOÀN LAO ĐỘNG TỈNH THỬ NGHIỆM")
    }
}
