import Foundation
import TestSupport
import Testing

/// Everything a federation's staff read is Vietnamese: help, start-up errors, severity words, summaries.
@Suite struct VietnameseWordsTests {
    @Test(arguments: ["report", "compare", "export", "validate", "template"])
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

    @Test(arguments: [(["nope"], "không có lệnh 'nope'"), (["help", "nope"], "không có lệnh 'nope'"), (["reprot"], "Có phải là 'report'?")])
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

    @Test func aBadFlagIsExplainedInVietnameseWithStatusTwo() throws {
        let folder = try TemporaryFolder(prefix: "unionstats-words")
        defer { folder.remove() }
        let result = try CommandRunner.run(["report", "--period", "2021-H7"], in: folder)
        #expect(result.status == 2)
        #expect(result.standardError.hasPrefix("lỗi: tham số dòng lệnh không hợp lệ."), "\(result.standardError)")
    }
}
