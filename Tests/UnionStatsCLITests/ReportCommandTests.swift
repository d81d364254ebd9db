import Foundation
import TestSupport
import Testing

/// End to end: the real `unionstats report` on fixtures in a temporary folder.
@Suite struct ReportCommandTests {
    @Test func tinyProvinceGivesTheHandComputedObservations() throws {
        let folder = try TemporaryFolder(prefix: "unionstats-e2e")
        defer { folder.remove() }
        _ = try CommandRunner.copyFixture("tiny", into: folder)
        let result = try CommandRunner.run(["report", "--period", "2021-H1"], in: folder)
        // bad.csv names an unknown unit: an error, so exit 1, but every file is still written.
        #expect(result.status == 1)
        #expect(result.standardError.contains("reports/2021/bad.csv:2: lỗi: "))
        #expect(result.standardError.contains("[E-UNIT-UNKNOWN]"))
        let written = folder.url("output/2021-H1")
        let observations = try Data(contentsOf: written.appendingPathComponent("observations-2021-H1.csv"))
        let expected = try Data(
            contentsOf: CommandRunner.fixtures.appendingPathComponent("tiny-observations-2021-H1.csv"))
        #expect(observations == expected)
        // The workbook opens with every sheet (its content: ReportWorkbookTests); the wide CSV has one row per unit.
        let workbook = try WrittenWorkbook(url: written.appendingPathComponent("report-2021-H1.xlsx"))
        #expect(workbook.sheetNames == ["Tổng hợp", "Theo đơn vị", "Biểu đồ", "Kiểm tra", "Nguồn"])
        let wide = try CSVText.records(
            String(decoding: try Data(contentsOf: written.appendingPathComponent("report-2021-H1.csv")), as: UTF8.self))
        #expect(wide.map { $0.count == 13 ? $0[1] : "?" } == ["unit_code", "F", "U1", "A", "B", "U2", "C"])
        #expect(
            wide.first == [
                "period", "unit_code", "unit_name", "parent_code", "level", "workers_total", "members_total",
                "members_new", "membership_rate", "avg_wage_vnd", "wage_counted", "welfare_vnd", "tree_date",
            ])
        #expect(
            wide.dropFirst().first == [
                "2021-H1", "F", "Liên đoàn Lao động tỉnh Thử nghiệm", "", "federation", "375", "255", "32", "",
                "7052380.95", "110", "5000000", "2021-06-30",
            ])
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: written.path).filter {
            $0.hasSuffix(".tmp")
        }
        #expect(leftovers.isEmpty)
    }

    @Test func strictWritesNothingWhenThereIsAnError() throws {
        let folder = try TemporaryFolder(prefix: "unionstats-e2e")
        defer { folder.remove() }
        _ = try CommandRunner.copyFixture("tiny", into: folder)
        let result = try CommandRunner.run(["report", "--period", "2021-H1", "--strict"], in: folder)
        #expect(result.status == 1)
        #expect(!FileManager.default.fileExists(atPath: folder.url("output/2021-H1").path))
    }

    @Test func defaultPeriodIsTheLatestWithReportsPreferringTheLongerPeriod() throws {
        let folder = try TemporaryFolder(prefix: "unionstats-e2e")
        defer { folder.remove() }
        _ = try CommandRunner.copyFixture("tiny", into: folder)
        let result = try CommandRunner.run(["report"], in: folder)
        #expect(result.standardOutput.contains("2021-H1"))
        #expect(FileManager.default.fileExists(atPath: folder.url("output/2021-H1/observations-2021-H1.csv").path))
    }

    @Test func outputInsideTheInputIsRefused() throws {
        let folder = try TemporaryFolder(prefix: "unionstats-e2e")
        defer { folder.remove() }
        _ = try CommandRunner.copyFixture("tiny", into: folder)
        let result = try CommandRunner.run(["report", "--output", "input/out"], in: folder)
        #expect(result.status == 2)
        #expect(result.standardError.contains("nằm trong thư mục đầu vào"))
        #expect(!FileManager.default.fileExists(atPath: folder.url("input/out").path))
    }

    @Test func missingInputFolderExitsWithStatusTwo() throws {
        let folder = try TemporaryFolder(prefix: "unionstats-e2e")
        defer { folder.remove() }
        let result = try CommandRunner.run(["report", "--input", "nowhere"], in: folder)
        #expect(result.status == 2)
        #expect(result.standardError.contains("Không có thư mục đầu vào"))
    }

    @Test func bundledSampleHasNoErrorsAndTheRealFigures() throws {
        let folder = try TemporaryFolder(prefix: "unionstats-e2e")
        defer { folder.remove() }
        let input = CommandRunner.bundledInput.path
        let result = try CommandRunner.run(
            ["report", "--input", input, "--output", folder.url("out").path], in: folder)
        #expect(result.status == 0, "\(result.standardError)")
        #expect(!result.standardError.contains("error:"))
        let csv = try String(contentsOf: folder.url("out/2021-H1/observations-2021-H1.csv"), encoding: .utf8)
        let rows = csv.split(separator: "\n").map(String.init)
        // Công đoàn Viên chức tỉnh's own half-year report (seed 002): its figures win.
        #expect(
            rows.contains {
                $0.hasPrefix("2021-H1,CDVC,") && $0.contains(",workers_total,") && $0.contains(",2686,reported,")
            })
        #expect(
            rows.contains {
                $0.hasPrefix("2021-H1,CDVC,") && $0.contains(",tet_gifts_vnd,") && $0.contains(",22750000,reported,")
            })
        #expect(
            rows.contains {
                $0.hasPrefix("2021-H1,CDVC,") && $0.contains(",party_admissions,") && $0.contains(",27,reported,")
            })
        // LNH-03 sent no 2021-Q2 report: the federation's welfare money covers 47 of 48 CĐCS.
        #expect(
            rows.contains {
                $0.hasPrefix("2021-H1,HNM,") && $0.contains(",welfare_spending_vnd,")
                    && $0.hasSuffix(",1750400000,rolled_up,47,48,2021-05-31")
            })
    }

    @Test func withoutAnyUsableReportTheFindingsSayWhy() throws {
        let folder = try TemporaryFolder(prefix: "unionstats-e2e")
        defer { folder.remove() }
        let input = try CommandRunner.copyFixture("tiny", into: folder)
        let reports = input.appendingPathComponent("reports")
        try FileManager.default.removeItem(at: reports)
        try FileManager.default.createDirectory(at: reports, withIntermediateDirectories: true)
        var utf16 = Data([0xFF, 0xFE])
        utf16.append("unit,period,indicator,value\nA,2021-Q1,members_new,3\n".data(using: .utf16LittleEndian) ?? Data())
        try utf16.write(to: reports.appendingPathComponent("utf16.csv"))
        for command in ["report", "validate"] {
            let result = try CommandRunner.run([command], in: folder)
            #expect(result.status == 2)
            #expect(result.standardError.contains("reports/utf16.csv: lỗi: "))
            #expect(result.standardError.contains("[E-FILE-ENCODING]"))
        }
    }
}
