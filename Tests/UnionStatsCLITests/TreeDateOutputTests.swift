import Foundation
import TestSupport
import Testing

/// Issue 19, item 2: every CSV ends with `tree_date`, the tree its figures stand on, and a report or
/// comparison on another tree than the period's own (`--tree D`) is written under names that say so
/// (`output/P-tree-D/`, `…-P-tree-D.csv`), never over the period's own files (docs/design.md, "Output files").
@Suite struct TreeDateOutputTests {
    static let ninhBinh = CommandRunner.bundledInput.appendingPathComponent("ninh-binh-2026").path

    /// The last field of every record after the header, once each.
    static func treeDates(_ text: String) throws -> Set<String> {
        Set(try CSVText.records(text).dropFirst().map { $0.last ?? "" })
    }

    /// The files under `output/`, as `folder/file` paths, sorted.
    static func outputFiles(_ folder: TemporaryFolder) throws -> [String] {
        let output = folder.url("output")
        return try FileManager.default.contentsOfDirectory(atPath: output.path).flatMap { sub in
            try FileManager.default.contentsOfDirectory(atPath: output.appendingPathComponent(sub).path).map {
                "\(sub)/\($0)"
            }
        }.sorted()
    }

    @Test func aReportOnAnotherTreeIsWrittenBesideThePeriodsOwnAndSaysItsTree() throws {
        let folder = try TemporaryFolder(prefix: "unionstats-treedate")
        defer { folder.remove() }
        try CommandRunner.copyFixture("tiny", into: folder)
        // On its own tree (30/06/2021, H1's reference date): the period's names, tree_date 2021-06-30.
        _ = try CommandRunner.run(["report", "--period", "2021-H1"], in: folder)
        let observations = try folder.text("output/2021-H1/observations-2021-H1.csv")
        let wide = try folder.text("output/2021-H1/report-2021-H1.csv")
        #expect(
            observations.prefix { $0 != "\n" }
                == "period,unit_code,unit_name,parent_code,level,indicator_code,indicator_name,measure,value,status,grassroots_reporting,grassroots_expected,tree_date"
        )
        #expect(
            wide.prefix { $0 != "\n" }
                == "period,unit_code,unit_name,parent_code,level,workers_total,members_total,members_new,membership_rate,avg_wage_vnd,wage_counted,welfare_vnd,tree_date"
        )
        #expect(try Self.treeDates(observations) == ["2021-06-30"])
        #expect(try Self.treeDates(wide) == ["2021-06-30"])
        let own = try Self.outputFiles(folder).map { ($0, try Data(contentsOf: folder.url("output/" + $0))) }
        // `--tree` on the period's own reference date is the period's own report: the same names.
        _ = try CommandRunner.run(["report", "--period", "2021-H1", "--tree", "30/06/2021"], in: folder)
        #expect(try Self.outputFiles(folder) == own.map(\.0))
        // On the tree of 31/12/2021: its own folder and names; the period's own files stay as they were.
        let restated = try CommandRunner.run(["report", "--period", "2021-H1", "--tree", "2021-12-31"], in: folder)
        #expect(restated.status == 1, "\(restated.standardError)")  // bad.csv's unknown unit, as always
        #expect(
            try Self.outputFiles(folder)
                == (own.map(\.0) + [
                    "2021-H1-tree-2021-12-31/observations-2021-H1-tree-2021-12-31.csv",
                    "2021-H1-tree-2021-12-31/report-2021-H1-tree-2021-12-31.csv",
                    "2021-H1-tree-2021-12-31/report-2021-H1-tree-2021-12-31.xlsx",
                ]).sorted())
        for (file, bytes) in own where !file.hasSuffix(".xlsx") {
            #expect(try Data(contentsOf: folder.url("output/" + file)) == bytes, "\(file) was overwritten")
        }
        #expect(restated.standardOutput.contains("output/2021-H1-tree-2021-12-31/report-2021-H1-tree-2021-12-31.xlsx"))
        let moved = try folder.text("output/2021-H1-tree-2021-12-31/observations-2021-H1-tree-2021-12-31.csv")
        #expect(try Self.treeDates(moved) == ["2021-12-31"])
        #expect(
            try Self.treeDates(folder.text("output/2021-H1-tree-2021-12-31/report-2021-H1-tree-2021-12-31.csv"))
                == ["2021-12-31"])
        // The same tree (units.csv has no dates), so the same figures: only the tree's day differs.
        #expect(moved.replacingOccurrences(of: ",2021-12-31\n", with: ",2021-06-30\n") == observations)
    }

    /// The case of the issue: a report of 2025-H1 on the tree of 01/07/2025 and an export of it on
    /// the tree of 30/06/2026 give different figures; each row now says which tree it stands on.
    @Test func aRestatedReportAndExportSayWhichTreeTheirFiguresStandOn() throws {
        let folder = try TemporaryFolder(prefix: "unionstats-treedate")
        defer { folder.remove() }
        let report = try CommandRunner.run(
            ["report", "--period", "2025-H1", "--tree", "2025-07-01", "--input", Self.ninhBinh], in: folder)
        #expect(report.status == 0, "\(report.standardError)")
        #expect(!folder.exists("output/2025-H1"))
        let observations = try folder.text("output/2025-H1-tree-2025-07-01/observations-2025-H1-tree-2025-07-01.csv")
        #expect(try Self.treeDates(observations) == ["2025-07-01"])
        let export = try CommandRunner.run(
            ["export", "--period", "2025-H1", "--tree", "2026-06-30", "--input", Self.ninhBinh], in: folder)
        #expect(export.status == 0, "\(export.standardError)")
        #expect(try Self.treeDates(export.standardOutput) == ["2026-06-30"])
        // The wide export says it too, after the indicators.
        let wide = try CommandRunner.run(
            ["export", "--period", "2025-H1", "--tree", "2026-06-30", "--layout", "wide", "--input", Self.ninhBinh],
            in: folder)
        let records = try CSVText.records(wide.standardOutput)
        #expect(records.first?.last == "tree_date")
        #expect(Set(records.dropFirst().map { $0.last ?? "" }) == ["2026-06-30"])
    }

    /// `targets-P.csv` says the report's period beside the target's, so the files of Q1, Q2 and H1 put
    /// together keep every key apart, and the tree's day last.
    @Test func targetsSayTheReportsPeriodAndTheTree() throws {
        let folder = try TargetsCommandTests.tinyWithPlan()
        defer { folder.remove() }
        var rows: [[String]] = []
        for period in ["2021-Q1", "2021-Q2", "2021-H1"] {
            _ = try CommandRunner.run(["report", "--period", period], in: folder)
            let records = try CSVText.records(folder.text("output/\(period)/targets-\(period).csv"))
            #expect(
                records.first == [
                    "period", "report_period", "unit_code", "unit_name", "indicator_code", "indicator_name", "target",
                    "value", "progress_pct", "expected_pct", "status", "tree_date",
                ])
            let day = period == "2021-Q1" ? "2021-03-31" : "2021-06-30"
            #expect(records.dropFirst().allSatisfy { $0[1] == period && $0[11] == day })
            rows += records.dropFirst()
        }
        #expect(rows.count == 12)
        // The target's period, the unit and the indicator repeat across the three files; with the report's period, not.
        #expect(Set(rows.map { [$0[0], $0[2], $0[4]] }).count == 4)
        #expect(Set(rows.map { [$0[0], $0[1], $0[2], $0[4]] }).count == rows.count)
        // On another tree: its own name, the same report period, that tree's day.
        _ = try CommandRunner.run(["report", "--period", "2021-H1", "--tree", "2021-12-31"], in: folder)
        let restated = try CSVText.records(
            folder.text("output/2021-H1-tree-2021-12-31/targets-2021-H1-tree-2021-12-31.csv"))
        #expect(restated.count == 5)
        #expect(restated.dropFirst().allSatisfy { $0[1] == "2021-H1" && $0[11] == "2021-12-31" })
    }

    @Test func aComparisonOnAnotherTreeThanBsIsWrittenUnderANameThatSaysSo() throws {
        let folder = try TemporaryFolder(prefix: "unionstats-treedate")
        defer { folder.remove() }
        try CommandRunner.copyFixture("tiny", into: folder)
        let arguments = ["compare", "--period", "2021-Q2", "--against", "2021-Q1"]
        // B's own tree (30/06/2021), asked for or not: the plain name.
        _ = try CommandRunner.run(arguments + ["--tree", "2021-06-30"], in: folder)
        let own = "output/compare-2021-Q1-vs-2021-Q2/compare-2021-Q1-vs-2021-Q2"
        #expect(try Self.treeDates(folder.text(own + ".csv")) == ["2021-06-30"])
        _ = try CommandRunner.run(arguments + ["--tree", "31/12/2021"], in: folder)
        let stem = "compare-2021-Q1-vs-2021-Q2-tree-2021-12-31"
        #expect(folder.exists("output/\(stem)/\(stem).xlsx"))
        #expect(try Self.treeDates(folder.text("output/\(stem)/\(stem).csv")) == ["2021-12-31"])
        #expect(try Self.treeDates(folder.text(own + ".csv")) == ["2021-06-30"])
    }
}
