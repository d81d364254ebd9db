import Foundation
import TestSupport
import Testing

/// Findings, counts and exit status concern the period asked for; an empty period is not a report.
@Suite struct PeriodScopeTests {
    /// The tiny province without its bad file, plus 2021-Q3 files that hold errors.
    private func inputWithErrorsInQ3() throws -> TemporaryFolder {
        let folder = try TemporaryFolder(prefix: "unionstats-scope")
        try CommandRunner.copyFixture("tiny", into: folder)
        try FileManager.default.removeItem(at: folder.url("input/reports/2021/bad.csv"))
        try folder.write(
            "unit,period,indicator,value\nA,2021-Q3,members_new,abc\nZ9,2021-Q3,members_new,4\nB,2021-Q3,members_new,-2\n",
            to: "input/reports/2021/q3.csv")
        // A file-level problem of a file that holds only Q3 rows: not this half-year's either.
        try folder.write(
            "unit,period,indicator,value\nA,2021-Q3,members_new,1,2\n", to: "input/reports/2021/q3-extra.csv")
        return folder
    }

    @Test(arguments: [
        ["validate", "--period", "2021-H1"], ["export", "--period", "2021-H1"],
        ["report", "--period", "2021-H1", "--strict"],
    ])
    func errorsOfAnotherPeriodDoNotCountForThisOne(arguments: [String]) throws {
        let folder = try inputWithErrorsInQ3()
        defer { folder.remove() }
        let result = try CommandRunner.run(arguments, in: folder)
        #expect(result.status == 0, "\(result.standardOutput)\(result.standardError)")
        let printed = result.standardOutput + result.standardError
        #expect(!printed.contains("q3.csv"), "\(printed)")
        #expect(printed.contains("Còn 4 phát hiện thuộc các kỳ khác"), "\(printed)")
        if arguments[0] == "report" {
            #expect(FileManager.default.fileExists(atPath: folder.path("output/2021-H1/report-2021-H1.xlsx")))
        }
    }

    @Test func validateOfTheOtherPeriodAndOfAllShowsThem() throws {
        let folder = try inputWithErrorsInQ3()
        defer { folder.remove() }
        let q3 = try CommandRunner.run(["validate", "--period", "2021-Q3"], in: folder)
        #expect(q3.status == 1)
        #expect(q3.standardOutput.contains("2021-Q3: 4 lỗi"), "\(q3.standardOutput)")
        let all = try CommandRunner.run(["validate", "--period", "all"], in: folder)
        #expect(all.status == 1)
        #expect(all.standardOutput.contains("Mọi kỳ: 4 lỗi"), "\(all.standardOutput)")
        #expect(!all.standardOutput.contains("kỳ khác"))
    }

    @Test func anErrorInASubPeriodCountsForTheHalfYear() throws {
        let folder = try TemporaryFolder(prefix: "unionstats-scope")
        defer { folder.remove() }
        try CommandRunner.copyFixture("tiny", into: folder)
        // bad.csv names an unknown unit in 2021-Q1, a quarter of the half-year.
        let result = try CommandRunner.run(["validate", "--period", "2021-H1"], in: folder)
        #expect(result.status == 1)
        #expect(result.standardOutput.contains("reports/2021/bad.csv:2:"))
    }

    @Test(arguments: [
        ["report", "--period", "2022-Q1"], ["export", "--period", "2022-Q1"], ["compare", "--period", "2022-Q1"],
        ["compare", "--period", "2021-H1", "--against", "2021-H1"],
        ["compare", "--period", "2021-Q2", "--against", "2022-Q2"],
    ])
    func anEmptyPeriodIsRefused(arguments: [String]) throws {
        let folder = try TemporaryFolder(prefix: "unionstats-scope")
        defer { folder.remove() }
        try CommandRunner.copyFixture("tiny", into: folder)
        let result = try CommandRunner.run(arguments, in: folder)
        #expect(result.status == 2, "\(result.standardError)")
        #expect(
            result.standardError.contains("Chưa có báo cáo nào có số liệu kỳ")
                || result.standardError.contains("với chính nó"),
            "\(result.standardError)")
        let written = (try? FileManager.default.contentsOfDirectory(atPath: folder.path("output"))) ?? []
        #expect(written.isEmpty, "\(written)")
    }
}

/// Ratios are given only when numerator and denominator cover the same CĐCS.
@Suite struct MatchedCoverageTests {
    @Test func aConsolidatedReportBesideItsListedCDCSGivesNoRatio() throws {
        let folder = try TemporaryFolder(prefix: "unionstats-ratio")
        defer { folder.remove() }
        let result = try CommandRunner.run(
            ["export", "--period", "2021-H1", "--input", CommandRunner.bundledInput.path], in: folder)
        #expect(result.status == 0, "\(result.standardError)")
        let lines = result.standardOutput.split(separator: "\n").map(String.init)
        // CĐVC's own 2.686 workers against 262 members of its 5 listed CĐCS was printed as 9,75 %.
        let rate = try #require(lines.first { $0.hasPrefix("2021-H1,CDVC,") && $0.contains(",membership_rate,") })
        #expect(rate.hasSuffix(",%,,missing,,,2021-05-31"), "\(rate)")
        // An upper unit whose CĐCS report both parts keeps its ratio.
        let ply = try #require(lines.first { $0.hasPrefix("2021-H1,PLY,") && $0.contains(",membership_rate,") })
        #expect(ply.contains(",computed,"), "\(ply)")
    }

    @Test func theSignedSummarySaysWhyTheRatioIsEmpty() throws {
        let folder = try TemporaryFolder(prefix: "unionstats-ratio")
        defer { folder.remove() }
        let result = try CommandRunner.run(
            ["report", "--period", "2021-H1", "--input", CommandRunner.bundledInput.path, "--output", "out"], in: folder
        )
        #expect(result.status == 0, "\(result.standardError)")
        let sheet = try WrittenWorkbook(url: folder.url("out/2021-H1/report-2021-H1.xlsx")).sheet("Tổng hợp")
        let row = try #require(sheet.firstRow(where: 1, is: "Tỷ lệ đoàn viên so với CNVCLĐ"))
        #expect(sheet.value(row: row, column: 3) == .empty)
        // The sample's federation has targets, so Kế hoạch năm and % kế hoạch come before Ghi chú.
        let header = try #require(sheet.firstRow(where: 0, is: "TT"))
        let noteColumn = try #require(sheet.strings(row: header, width: 12).firstIndex(of: "Ghi chú"))
        #expect(noteColumn == 9)
        let note = sheet.strings(row: row, width: 12)[noteColumn]
        #expect(note.contains("tử số và mẫu số không cùng các CĐCS"), "\(note)")
        #expect(!note.contains("So sánh số liệu khác phạm vi"), "\(note)")
    }
}
