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
        let path = arguments[0] == "report"
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

    /// Restated last year: the federation's members are those of every CĐCS carried over, published
    /// figures of the three old federations less the dissolved CĐCS, line by line.
    @Test func theReconciliationAddsUpToTheRestatedFigure() throws {
        let folder = try TemporaryFolder(prefix: "unionstats-tree")
        defer { folder.remove() }
        let result = try CommandRunner.run(["report", "--period", "2026-H1", "--input", Self.ninhBinh], in: folder)
        #expect(result.status == 0)
        let workbook = try WrittenWorkbook(url: URL(fileURLWithPath: folder.path("output/2026-H1/report-2026-H1.xlsx")))
        let sheet = try workbook.sheet("Thay đổi tổ chức")
        let steps = ["Số của", "Cộng:", "Trừ:", "Chênh lệch"]
        let rows = sheet.rows.map(\.index).filter { row in
            sheet.strings(row: row, width: 1)[0].hasPrefix("Số") || steps.contains { sheet.strings(row: row, width: 1)[0].hasPrefix($0) }
        }
        let total = try #require(rows.last { sheet.strings(row: $0, width: 1)[0].hasPrefix("Số tính lại") })
        let parts = rows.filter { row in steps.contains { sheet.strings(row: row, width: 1)[0].hasPrefix($0) } }
        #expect(parts.count >= 4, "the federation, two merged federations, the dissolved CĐCS")
        for column in 5...7 {
            let values = parts.compactMap { Int64(sheet.strings(row: $0, width: 8)[column]) }
            let restated = try #require(Int64(sheet.strings(row: total, width: 8)[column]))
            #expect(values.reduce(0, +) == restated, "column \(column): \(values) vs \(restated)")
        }
    }

    @Test func aTreeOfSeveralFederationsIsRefusedWithTheDayToUse() throws {
        let folder = try TemporaryFolder(prefix: "unionstats-tree")
        defer { folder.remove() }
        let refused = try CommandRunner.run(["report", "--period", "2025-H1", "--input", Self.ninhBinh], in: folder)
        #expect(refused.status == 2)
        #expect(refused.standardError.contains("có 3 LĐLĐ tỉnh"), "\(refused.standardError)")
        #expect(refused.standardError.contains("--tree 2025-07-01"), "\(refused.standardError)")
        let restated = try CommandRunner.run(["report", "--period", "2025-H1", "--tree", "2025-07-01", "--input", Self.ninhBinh], in: folder)
        #expect(restated.status == 0, "\(restated.standardOutput)\(restated.standardError)")
        let workbook = try WrittenWorkbook(url: URL(fileURLWithPath: folder.path("output/2025-H1/report-2025-H1.xlsx")))
        #expect(workbook.sheetNames.contains("Thay đổi tổ chức"))
    }

    @Test func exportOnAnotherTreeListsItsUnits() throws {
        let folder = try TemporaryFolder(prefix: "unionstats-tree")
        defer { folder.remove() }
        let result = try CommandRunner.run(
            ["export", "--period", "2025-H1", "--tree", "30/06/2026", "--input", Self.ninhBinh, "--output", "-"], in: folder)
        #expect(result.status == 0, "\(result.standardError)")
        #expect(result.standardOutput.contains("\n2025-H1,P-PHULY,"), "the commune unions of 2026 carry 2025's figures")
        #expect(!result.standardOutput.contains(",HN-PLY,"), "the district federation of 2025 is not on the 2026 tree")
    }

    @Test func theSampleWithoutDatesHasNoChangesSheet() throws {
        let folder = try TemporaryFolder(prefix: "unionstats-tree")
        defer { folder.remove() }
        let result = try CommandRunner.run(["report", "--period", "2021-H1", "--input", CommandRunner.bundledInput.path], in: folder)
        #expect(result.status == 0)
        let workbook = try WrittenWorkbook(url: URL(fileURLWithPath: folder.path("output/2021-H1/report-2021-H1.xlsx")))
        #expect(!workbook.sheetNames.contains("Thay đổi tổ chức"))
    }
}
