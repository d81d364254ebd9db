import Foundation
import TestSupport
import Testing

/// End to end: `unionstats validate`, in particular `--format csv`.
@Suite struct ValidateCommandTests {
    static let header = "severity,code,file,position,unit,indicator,period,message"

    @Test func csvHasTheHeaderAndOneRowPerFindingAndStatusOneOnErrors() throws {
        let folder = try TemporaryFolder(prefix: "unionstats-validate")
        defer { folder.remove() }
        try CommandRunner.copyFixture("tiny", into: folder)
        let csv = try CommandRunner.run(["validate", "--period", "2021-H1", "--format", "csv"], in: folder)
        #expect(csv.status == 1)
        #expect(csv.standardError.isEmpty, "\(csv.standardError)")
        let lines = csv.standardOutput.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        #expect(lines.first == Self.header)
        #expect(lines.last == "")  // every record ends with "\n"
        #expect(
            Array(lines.dropFirst().dropLast()) == [
                "error,E-UNIT-UNKNOWN,reports/2021/bad.csv,2,Z9,members_new,2021-Q1,Mã đơn vị 'Z9' không có trong units.csv. Có phải là 'A'?",
                "warning,W-NO-REPORT,,,C,,2021-H1,CĐCS C (Công đoàn Trường THPT Nguyễn Khuyến) chưa có số liệu kỳ 2021-H1 (6 tháng đầu năm 2021).",
            ])
        // The same findings as the text format, one row each.
        let text = try CommandRunner.run(["validate", "--period", "2021-H1"], in: folder)
        #expect(text.status == 1)
        let textFindings = text.standardOutput.split(separator: "\n").filter { $0.hasSuffix("]") }
        let records = try CSVText.records(csv.standardOutput).dropFirst()
        #expect(
            records.map { "[\($0[1])]" }
                == textFindings.map { String($0.suffix(from: $0.lastIndex(of: "[") ?? $0.startIndex)) })
        #expect(text.standardOutput.contains("2021-H1: 1 lỗi, 1 cảnh báo, 0 ghi chú"))
        #expect(!FileManager.default.fileExists(atPath: folder.path("output")))
    }

    @Test func fieldsWithCommasQuotesAndLineBreaksAreQuotedAsRFC4180Says() throws {
        let folder = try TemporaryFolder(prefix: "unionstats-validate")
        defer { folder.remove() }
        try CommandRunner.copyFixture("tiny", into: folder)
        // A unit code holding a quote and a comma, in a file whose name holds a comma.
        try folder.write(
            "unit,period,indicator,value\n\"Q\"\"1,2\",2021-H1,members_new,3\n", to: "input/reports/2021/tổ 1, tổ 2.csv"
        )
        // A unit code holding a line break.
        try folder.write(
            "unit,period,indicator,value\n\"L\n1\",2021-H1,members_new,3\n", to: "input/reports/2021/nl.csv")
        let result = try CommandRunner.run(["validate", "--period", "2021-H1", "--format", "csv"], in: folder)
        #expect(result.status == 1)
        #expect(
            result.standardOutput.contains("reports/2021/nl.csv,2,\"L\n1\",members_new,2021-H1,\"Mã đơn vị 'L\n1' "))
        #expect(
            result.standardOutput.contains(
                "error,E-UNIT-UNKNOWN,\"reports/2021/tổ 1, tổ 2.csv\",2,\"Q\"\"1,2\",members_new,2021-H1,\"Mã đơn vị 'Q\"\"1,2' không có trong units.csv.\"\n"
            ))
        let records = try CSVText.records(result.standardOutput)
        #expect(records.allSatisfy { $0.count == 8 }, "\(records)")
        let row = try #require(records.first { $0[2] == "reports/2021/tổ 1, tổ 2.csv" })
        #expect(
            row == [
                "error", "E-UNIT-UNKNOWN", "reports/2021/tổ 1, tổ 2.csv", "2", "Q\"1,2", "members_new", "2021-H1",
                "Mã đơn vị 'Q\"1,2' không có trong units.csv.",
            ])
        #expect(records.first { $0[2] == "reports/2021/nl.csv" }?[4] == "L\n1")
        #expect(records.count == 5)
    }

    @Test func warningsAloneExitWithStatusZero() throws {
        let folder = try TemporaryFolder(prefix: "unionstats-validate")
        defer { folder.remove() }
        try CommandRunner.copyFixture("tiny", into: folder)
        try FileManager.default.removeItem(at: folder.url("input/reports/2021/bad.csv"))
        let result = try CommandRunner.run(["validate", "--period", "2021-H1", "--format", "csv"], in: folder)
        #expect(result.status == 0, "\(result.standardError)")
        let records = try CSVText.records(result.standardOutput)
        #expect(records.first?.joined(separator: ",") == Self.header)
        #expect(records.dropFirst().map { $0[0] } == ["warning"])
    }

    @Test func timingsPrintOneLinePerStageToStandardErrorOnlyWhenAsked() throws {
        let folder = try TemporaryFolder(prefix: "unionstats-validate")
        defer { folder.remove() }
        try CommandRunner.copyFixture("tiny", into: folder)
        let plain = try CommandRunner.run(["validate", "--period", "2021-H1", "--format", "csv"], in: folder)
        let timed = try CommandRunner.run(
            ["validate", "--period", "2021-H1", "--format", "csv", "--timings"], in: folder)
        #expect(plain.standardError.isEmpty)
        #expect(timed.standardOutput == plain.standardOutput)
        #expect(timed.status == plain.status)
        let stages = timed.standardError.split(separator: "\n").map {
            $0.split(separator: " ").dropFirst().dropLast(2).joined(separator: " ")
        }
        #expect(stages == ["read+parse", "aggregate", "validate", "print", "other", "total"])
        let report = try CommandRunner.run(["report", "--period", "2021-H1", "--timings"], in: folder)
        let reportStages = report.standardError.split(separator: "\n").filter { $0.hasPrefix("timing: ") }
            .map { $0.split(separator: " ").dropFirst().dropLast(2).joined(separator: " ") }
        #expect(
            reportStages == [
                "read+parse", "aggregate", "validate", "write xlsx", "write csv", "print", "other", "total",
            ])
    }
}
