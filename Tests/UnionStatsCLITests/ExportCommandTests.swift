import Foundation
import TestSupport
import Testing

/// End to end: `unionstats export`.
@Suite struct ExportCommandTests {
    @Test func longLayoutIsByteForByteTheObservationsFile() throws {
        let folder = try TemporaryFolder(prefix: "unionstats-e2e")
        defer { folder.remove() }
        _ = try CommandRunner.copyFixture("tiny", into: folder)
        let export = try CommandRunner.run(["export", "--period", "2021-H1", "--output", "long.csv"], in: folder)
        #expect(export.status == 1)  // the fixture's unknown unit is still an error
        let exported = try Data(contentsOf: folder.url("long.csv"))
        let expected = try Data(
            contentsOf: CommandRunner.fixtures.appendingPathComponent("tiny-observations-2021-H1.csv"))
        #expect(exported == expected)
        let again = try CommandRunner.run(["export", "--period", "2021-H1"], in: folder)
        #expect(Data(again.standardOutput.utf8) == expected)
    }

    @Test func wideLayoutWithByteOrderMark() throws {
        let folder = try TemporaryFolder(prefix: "unionstats-e2e")
        defer { folder.remove() }
        _ = try CommandRunner.copyFixture("tiny", into: folder)
        _ = try CommandRunner.run(
            ["export", "--period", "2021-H1", "--layout", "wide", "--bom", "--output", "wide.csv"], in: folder)
        let bytes = try Data(contentsOf: folder.url("wide.csv"))
        #expect(Array(bytes.prefix(3)) == [0xEF, 0xBB, 0xBF])
        let text = String(decoding: bytes.dropFirst(3), as: UTF8.self)
        let lines = text.split(separator: "\n")
        #expect(
            lines.first
                == "period,unit_code,unit_name,parent_code,level,workers_total,members_total,members_new,membership_rate,avg_wage_vnd,wage_counted,welfare_vnd,tree_date"
        )
        #expect(lines.count == 7)  // header + 6 units in tree order
        #expect(
            lines[1]
                == "2021-H1,F,Liên đoàn Lao động tỉnh Thử nghiệm,,federation,375,255,32,,7052380.95,110,5000000,2021-06-30"
        )
    }

    @Test func badPeriodIsAUsageError() throws {
        let folder = try TemporaryFolder(prefix: "unionstats-e2e")
        defer { folder.remove() }
        let result = try CommandRunner.run(["export", "--period", "2021-Q5"], in: folder)
        #expect(result.status != 0)
        #expect(result.standardError.contains("2021-Q5"))
    }
}
