import Foundation
import TestSupport
import Testing

/// End to end: `unionstats compare`.
@Suite struct CompareCommandTests {
    @Test func quarterAgainstQuarterGivesTheHandComputedChanges() throws {
        let folder = try TemporaryFolder(prefix: "unionstats-e2e")
        defer { folder.remove() }
        _ = try CommandRunner.copyFixture("tiny", into: folder)
        let result = try CommandRunner.run(["compare", "--period", "2021-Q2", "--against", "2021-Q1"], in: folder)
        #expect(result.status == 1)  // the fixture's unknown unit
        let base = folder.url("output/compare-2021-Q1-vs-2021-Q2")
        // The workbook's summary shows the same federation figures: A (Q1) first, then B (Q2), then the change.
        let workbook = try WrittenWorkbook(url: base.appendingPathComponent("compare-2021-Q1-vs-2021-Q2.xlsx"))
        let summary = try workbook.sheet("So sánh")
        let workers = try #require(summary.firstRow(where: 1, is: "Tổng số công nhân viên chức lao động"))
        #expect(summary.strings(row: workers, width: 6)[3...5] == ["350", "165", "-185"])
        let csv = try String(contentsOf: base.appendingPathComponent("compare-2021-Q1-vs-2021-Q2.csv"), encoding: .utf8)
        let lines = csv.split(separator: "\n").map(String.init)
        #expect(
            lines.first
                == "period_a,period_b,unit_code,unit_name,parent_code,level,indicator_code,indicator_name,measure,value_a,value_b,change,change_pct,status_a,status_b,grassroots_reporting_a,grassroots_reporting_b,grassroots_expected_a,grassroots_expected_b,tree_date"
        )
        #expect(lines.count == 1 + 6 * 7)
        let federation = "2021-Q1,2021-Q2,F,Liên đoàn Lao động tỉnh Thử nghiệm,,federation,"
        // Q1: A 100 + B 50 + C 200 (3 of 3 CĐCS); Q2: A 110 + B 55 (C did not report: 2 of 3): −185, −52.857… %,
        // on the tree of B's reference date, 30/06/2021.
        #expect(
            lines.contains(
                federation
                    + "workers_total,Tổng số công nhân viên chức lao động,người,350,165,-185,-52.86,rolled_up,rolled_up,3,2,3,3,2021-06-30"
            ))
        // New members 18 → 7: −61.11 %, of 3 CĐCS against A's 7 alone.
        #expect(
            lines.contains(
                federation
                    + "members_new,Số đoàn viên kết nạp mới,người,18,7,-11,-61.11,rolled_up,rolled_up,3,1,3,3,2021-06-30"
            ))
        // Welfare money 2.300.000 → 2.700.000: +17.39 %, A and B both times.
        #expect(
            lines.contains(
                federation
                    + "welfare_vnd,\"Tổng số tiền chăm lo đời sống vật chất, tinh thần\",đồng,2300000,2700000,400000,17.39,rolled_up,rolled_up,2,2,3,3,2021-06-30"
            ))
        // A ratio and a mean have a status but no counted reach.
        #expect(
            lines.contains(
                federation + "membership_rate,Tỷ lệ đoàn viên so với CNVCLĐ,%,81.43,,,,computed,missing,,,,,2021-06-30")
        )
        // C has nothing in Q2: change and percent are empty, the base stays; it reaches itself in A only.
        #expect(
            lines.contains(
                "2021-Q1,2021-Q2,C,Công đoàn Trường THPT Nguyễn Khuyến,U2,grassroots,members_new,Số đoàn viên kết nạp mới,người,10,,,,reported,missing,1,0,1,1,2021-06-30"
            ))
    }

    @Test func defaultBaseIsTheSamePeriodLastYear() throws {
        let folder = try TemporaryFolder(prefix: "unionstats-e2e")
        defer { folder.remove() }
        let input = CommandRunner.bundledInput.path
        let result = try CommandRunner.run(
            ["compare", "--period", "2021-H1", "--input", input, "--output", "out"], in: folder)
        #expect(result.status == 0, "\(result.standardError)")
        let csv = try String(
            contentsOf: folder.url("out/compare-2020-H1-vs-2021-H1/compare-2020-H1-vs-2021-H1.csv"), encoding: .utf8)
        #expect(csv.contains("\n2020-H1,2021-H1,HNM,"))
    }

    @Test(arguments: [
        (["compare", "--period", "2021-H1", "--against", "2021-Q1"], "dài khác nhau"),
        (["compare", "--period", "2021-Q2", "--rank-by", "nothing_here"], "nothing_here"),
    ])
    func badRequestsStopWithStatusTwo(arguments: [String], message: String) throws {
        let folder = try TemporaryFolder(prefix: "unionstats-e2e")
        defer { folder.remove() }
        _ = try CommandRunner.copyFixture("tiny", into: folder)
        let result = try CommandRunner.run(arguments, in: folder)
        #expect(result.status == 2)
        #expect(result.standardError.contains(message))
        #expect(!FileManager.default.fileExists(atPath: folder.url("output").path))
    }
}
