import Foundation
import TestSupport
import Testing

/// The union tree over time through the real binary, on the Ninh Bình 2025–2026 sample: last year
/// restated on this year's tree and explained in `Thay đổi tổ chức`, a tree of several federations
/// refused with a way out, and the Hà Nam sample (no dates) unchanged.
@Suite struct TreeOverTimeTests {
    static let ninhBinh = CommandRunner.bundledInput.appendingPathComponent("ninh-binh-2026").path

    @Test(arguments: [["report", "--period", "2026-H1"], ["compare", "--period", "2026-H1"]])
    func theSampleAcrossTheRestructuringHasNoErrorAndExplainsTheChanges(arguments: [String]) throws {
        let folder = try TemporaryFolder(prefix: "unionstats-tree")
        defer { folder.remove() }
        let result = try CommandRunner.run(arguments + ["--input", Self.ninhBinh], in: folder)
        #expect(result.status == 0, "\(result.standardOutput)\(result.standardError)")
        #expect(result.standardOutput.contains("0 lỗi"), "\(result.standardOutput)")
        let path =
            arguments[0] == "report"
            ? folder.path("output/2026-H1/report-2026-H1.xlsx")
            : folder.path("output/compare-2025-H1-vs-2026-H1/compare-2025-H1-vs-2026-H1.xlsx")
        let workbook = try WrittenWorkbook(url: URL(fileURLWithPath: path))
        #expect(workbook.sheetNames.count > 2 && workbook.sheetNames[1] == "Thay đổi tổ chức", "\(workbook.sheetNames)")
        let sheet = try workbook.sheet("Thay đổi tổ chức")
        let codes = sheet.texts(inColumn: 1)
        // Dissolved public-sector CĐCS, a merger of federations, moves to commune unions, a rename, new units.
        for code in ["NB-CDVC-01", "HNM", "NDH", "HN-PLY-01", "NB-TDP-04", "X-PHATDIEM-01"] {
            #expect(codes.contains(code), "\(code) is not listed")
        }
        let labels = sheet.texts(inColumn: 0)
        #expect(labels.contains { $0.hasPrefix("Số tính lại trên cây tổ chức ngày 30/06/2026") }, "\(labels)")
        #expect(labels.contains { $0.hasPrefix("Cộng: số của Liên đoàn Lao động tỉnh Hà Nam") }, "\(labels)")
        let summary = try workbook.sheet(arguments[0] == "report" ? "Tổng hợp" : "So sánh")
        #expect(summary.text("A6")?.contains("tính lại trên cây này") == true, "\(summary.text("A6") ?? "")")
    }

    /// Restated last year, line by line as `Thay đổi tổ chức` prints it (README, "The union tree over
    /// time"): the members of the three old federations as they reported 2025-H1, 6.458 + 6.096 +
    /// 5.578, less the 622 of the 11 CĐCS not carried over, = 17.510 on the tree of 30/06/2026; the
    /// CĐCS (19 + 19 + 19 − 11 = 46) and workers (7.903 + 7.613 + 6.346 − 641 = 21.221) likewise.
    /// No line of other differences: the sample's published figures account for the whole restated total.
    @Test func theReconciliationGivesTheSamplesFigures() throws {
        let folder = try TemporaryFolder(prefix: "unionstats-tree")
        defer { folder.remove() }
        let result = try CommandRunner.run(["report", "--period", "2026-H1", "--input", Self.ninhBinh], in: folder)
        #expect(result.status == 0)
        let workbook = try WrittenWorkbook(url: URL(fileURLWithPath: folder.path("output/2026-H1/report-2026-H1.xlsx")))
        let sheet = try workbook.sheet("Thay đổi tổ chức")
        let heading = try #require(
            sheet.firstRow(where: 0, is: "III. Đối chiếu số liệu của LĐLĐ tỉnh kỳ 2025-H1: như đã báo cáo và tính lại"))
        #expect(
            sheet.strings(row: heading + 1, width: 8) == ["Diễn giải", "", "", "", "", "Đoàn viên", "CĐCS", "CNVCLĐ"])
        let lines = (heading + 2...heading + 6).map { row in
            let cells = sheet.strings(row: row, width: 8)
            return [cells[0]] + cells[5...7]
        }
        #expect(
            lines == [
                [
                    "Số của Liên đoàn Lao động tỉnh Ninh Bình trên cây tổ chức ngày 30/06/2025 (như đã báo cáo)",
                    "6458", "19", "7903",
                ],
                [
                    "Cộng: số của Liên đoàn Lao động tỉnh Nam Định (hợp nhất vào NBH) trên cây ngày 30/06/2025", "6096",
                    "19", "7613",
                ],
                [
                    "Cộng: số của Liên đoàn Lao động tỉnh Hà Nam (hợp nhất vào NBH) trên cây ngày 30/06/2025", "5578",
                    "19", "6346",
                ],
                ["Trừ: số của 11 CĐCS không chuyển sang cây mới (mục II)", "-622", "-11", "-641"],
                ["Số tính lại trên cây tổ chức ngày 30/06/2026", "17510", "46", "21221"],
            ])
        // The figures are numbers, not text, and nothing follows the restated line.
        for row in heading + 2...heading + 6 {
            #expect(
                (5...7).allSatisfy { if case .number = sheet.value(row: row, column: $0) { true } else { false } },
                "row \(row + 1)")
        }
        #expect(sheet.strings(row: heading + 7, width: 8) == Array(repeating: "", count: 8))
        #expect(!sheet.texts(inColumn: 0).contains { $0.hasPrefix("Chênh lệch") })
        // The restated line is the federation's figure of the same period last year in Tổng hợp.
        let summary = try workbook.sheet("Tổng hợp")
        let members = try #require(summary.firstRow(where: 1, is: "Tổng số đoàn viên công đoàn"))
        #expect(summary.strings(row: members, width: 5)[4] == "17510")
    }

    @Test func aTreeOfSeveralFederationsIsRefusedWithTheDayToUse() throws {
        let folder = try TemporaryFolder(prefix: "unionstats-tree")
        defer { folder.remove() }
        let refused = try CommandRunner.run(["report", "--period", "2025-H1", "--input", Self.ninhBinh], in: folder)
        #expect(refused.status == 2)
        #expect(refused.standardError.contains("có 3 LĐLĐ tỉnh"), "\(refused.standardError)")
        #expect(refused.standardError.contains("--tree 2025-07-01"), "\(refused.standardError)")
        let comparison = try CommandRunner.run(
            ["compare", "--period", "2025-H1", "--input", Self.ninhBinh], in: folder)
        // The comparison's other period, 2024-H1, has no figures: no tree would do, and it says so.
        #expect(comparison.status == 2)
        #expect(
            comparison.standardError.contains("Chưa có báo cáo nào có số liệu kỳ 2024-H1"),
            "\(comparison.standardError)")
        #expect(!comparison.standardError.contains("--tree"), "\(comparison.standardError)")
        let restated = try CommandRunner.run(
            ["report", "--period", "2025-H1", "--tree", "2025-07-01", "--input", Self.ninhBinh], in: folder)
        #expect(restated.status == 0, "\(restated.standardOutput)\(restated.standardError)")
        let workbook = try WrittenWorkbook(
            url: folder.url("output/2025-H1-tree-2025-07-01/report-2025-H1-tree-2025-07-01.xlsx"))
        #expect(workbook.sheetNames.contains("Thay đổi tổ chức"))
    }

    /// `export` stands on any tree, also 2025-Q1's of three federations (before Hà Nam and Nam Định
    /// joined Ninh Bình): each old province comes out with its own subtree and figures, which the
    /// sample's 2025-Q1 reports add up to (by hand: the 19 CĐCS of each province, e.g. Hà Nam's new
    /// members 1 + 4 + 85 + 8 = 98 from CĐVC, Duy Tiên, KCN and Phủ Lý).
    @Test func exportOnATreeOfSeveralFederationsGivesEachProvinceItsFigures() throws {
        let folder = try TemporaryFolder(prefix: "unionstats-tree")
        defer { folder.remove() }
        let long = try CommandRunner.run(["export", "--period", "2025-Q1", "--input", Self.ninhBinh], in: folder)
        #expect(long.status == 0, "\(long.standardError)")
        let records = try CSVText.records(long.standardOutput)
        #expect(records.first?.last == "tree_date")
        var figures: [String: [String]] = [:]
        for record in records.dropFirst() where record[4] == "federation" {
            #expect(record[3] == "", "a federation has no parent: \(record)")
            figures["\(record[1])/\(record[5])"] = [record[8], record[9], record[10], record[11], record[12]]
        }
        let expected = [
            "NBH/workers_total": ["7869", "rolled_up", "19", "19", "2025-03-31"],
            "NBH/members_total": ["6417", "rolled_up", "19", "19", "2025-03-31"],
            "NBH/members_new": ["111", "rolled_up", "19", "19", "2025-03-31"],
            "NDH/workers_total": ["7551", "rolled_up", "19", "19", "2025-03-31"],
            "NDH/members_total": ["6035", "rolled_up", "19", "19", "2025-03-31"],
            "NDH/members_new": ["111", "rolled_up", "19", "19", "2025-03-31"],
            "HNM/workers_total": ["6316", "rolled_up", "19", "19", "2025-03-31"],
            "HNM/members_total": ["5537", "rolled_up", "19", "19", "2025-03-31"],
            "HNM/members_new": ["98", "rolled_up", "19", "19", "2025-03-31"],
        ]
        for (key, row) in expected { #expect(figures[key] == row, "\(key)") }
        // Each province's units sit under it: Hà Nam's upper units and CĐCS, not under Ninh Bình.
        #expect(records.contains { $0[1] == "HN-KCN" && $0[3] == "HNM" && $0[4] == "upper" })
        #expect(records.contains { $0[1] == "ND-KCN-01" && $0[3] == "ND-KCN" })
        // The wide layout lists the three federations in tree order, each followed by its subtree.
        let wide = try CommandRunner.run(
            ["export", "--period", "2025-Q1", "--layout", "wide", "--input", Self.ninhBinh], in: folder)
        #expect(wide.status == 0, "\(wide.standardError)")
        let rows = try CSVText.records(wide.standardOutput).dropFirst()
        #expect(rows.filter { $0[4] == "federation" }.map { $0[1] } == ["NBH", "NDH", "HNM"])
        let hanam = try #require(rows.firstIndex { $0[1] == "HNM" })
        #expect(rows[hanam...].allSatisfy { $0[1] == "HNM" || $0[1].hasPrefix("HN-") })
        #expect(rows.allSatisfy { $0.last == "2025-03-31" })
    }

    @Test func exportOnAnotherTreeListsItsUnits() throws {
        let folder = try TemporaryFolder(prefix: "unionstats-tree")
        defer { folder.remove() }
        let result = try CommandRunner.run(
            ["export", "--period", "2025-H1", "--tree", "30/06/2026", "--input", Self.ninhBinh, "--output", "-"],
            in: folder)
        #expect(result.status == 0, "\(result.standardError)")
        #expect(result.standardOutput.contains("\n2025-H1,P-PHULY,"), "the commune unions of 2026 carry 2025's figures")
        #expect(!result.standardOutput.contains(",HN-PLY,"), "the district federation of 2025 is not on the 2026 tree")
    }

    @Test func theSampleWithoutDatesHasNoChangesSheet() throws {
        let folder = try TemporaryFolder(prefix: "unionstats-tree")
        defer { folder.remove() }
        let result = try CommandRunner.run(
            ["report", "--period", "2021-H1", "--input", CommandRunner.bundledInput.path], in: folder)
        #expect(result.status == 0)
        let workbook = try WrittenWorkbook(url: URL(fileURLWithPath: folder.path("output/2021-H1/report-2021-H1.xlsx")))
        #expect(!workbook.sheetNames.contains("Thay đổi tổ chức"))
    }

    /// A half-year or a year across the restructuring is the sum of its quarters: the federation's line
    /// equals the hand sums of every CĐCS report (input/ninh-binh-2026/README.md), over every CĐCS that
    /// existed in the period, with a merger (HN-KCN-05 into HN-KCN-04 on 30/09/2025), foundings and
    /// dissolutions inside them.
    @Test(arguments: [
        ("2025-H2", "988", "5227900000"), ("2025", "1711", "13286100000"), ("2026-H1", "950", "8213100000"),
    ])
    func theFederationsFlowsAreTheHandSumsOfTheQuarters(period: String, newMembers: String, welfare: String) throws {
        let folder = try TemporaryFolder(prefix: "unionstats-tree")
        defer { folder.remove() }
        let result = try CommandRunner.run(["report", "--period", period, "--input", Self.ninhBinh], in: folder)
        #expect(result.status == 0, "\(result.standardError)")
        #expect(result.standardOutput.contains("CĐCS có số liệu: 47/47"), "\(result.standardOutput)")
        let lines = try folder.text("output/\(period)/observations-\(period).csv").split(separator: "\n")
        // The federation's line, with its coverage: every CĐCS that existed in the period reported.
        func line(_ indicator: String, _ measure: String, _ value: String) -> Bool {
            lines.contains {
                $0.contains(",federation,\(indicator),") && $0.contains(",\(measure),\(value),rolled_up,47,47,")
            }
        }
        #expect(line("members_new", "người", newMembers))
        #expect(line("welfare_spending_vnd", "đồng", welfare))
    }

    /// Last year restated on this year's tree is complete over the CĐCS that existed then: the two CĐCS
    /// founded since make no line of `Tổng hợp` say "So sánh số liệu khác phạm vi".
    @Test func newCDCSMakeNoComparisonOfDifferentReach() throws {
        let folder = try TemporaryFolder(prefix: "unionstats-tree")
        defer { folder.remove() }
        let result = try CommandRunner.run(["report", "--period", "2026-H1", "--input", Self.ninhBinh], in: folder)
        #expect(result.status == 0, "\(result.standardError)")
        let workbook = try WrittenWorkbook(url: URL(fileURLWithPath: folder.path("output/2026-H1/report-2026-H1.xlsx")))
        let summary = try workbook.sheet("Tổng hợp")
        let notes = (0..<12).flatMap { summary.texts(inColumn: $0) }
        #expect(!notes.contains { $0.contains("khác phạm vi") }, "\(notes)")
        #expect(notes.contains { $0.contains("Cùng kỳ: 43/45 CĐCS") }, "\(notes)")
    }
}
