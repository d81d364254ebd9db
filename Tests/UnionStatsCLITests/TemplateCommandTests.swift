import Foundation
import TestSupport
import Testing
import XLSX

/// End to end: `unionstats template` writes a protected fill-in form, and a filled form is read back.
@Suite struct TemplateCommandTests {
    /// The tiny fixture's reportable indicators (the ratio is computed, not asked for), in form order:
    /// by section, then catalogue order.
    static let reportable: [(code: String, name: String, measure: String)] = [
        ("workers_total", "Tổng số công nhân viên chức lao động", "người"),
        ("avg_wage_vnd", "Tiền lương bình quân tháng", "đồng"),
        ("wage_counted", "Số người được tính tiền lương bình quân", "người"),
        ("members_total", "Tổng số đoàn viên công đoàn", "người"),
        ("members_new", "Số đoàn viên kết nạp mới", "người"),
        ("welfare_vnd", "Tổng số tiền chăm lo đời sống vật chất, tinh thần", "đồng"),
    ]

    /// Runs `template --period 2021-Q3 --unit A` on `tiny` and opens `output/templates-2021-Q3/A.xlsx`.
    static func makeForm(in folder: TemporaryFolder) throws -> WrittenWorkbook {
        try CommandRunner.copyFixture("tiny", into: folder)
        let result = try CommandRunner.run(["template", "--period", "2021-Q3", "--unit", "A"], in: folder)
        #expect(result.status == 0, "\(result.standardError)")
        #expect(result.standardOutput.contains("output/templates-2021-Q3/A.xlsx"))
        #expect(
            try FileManager.default.contentsOfDirectory(atPath: folder.path("output/templates-2021-Q3")) == ["A.xlsx"])
        return try WrittenWorkbook(url: folder.url("output/templates-2021-Q3/A.xlsx"))
    }

    @Test func formHasItsLabelsTheTableAndOneRowPerReportableIndicator() throws {
        let folder = try TemporaryFolder(prefix: "unionstats-template")
        defer { folder.remove() }
        let workbook = try Self.makeForm(in: folder)
        #expect(workbook.sheetNames == ["Báo cáo"])
        let sheet = try workbook.sheet("Báo cáo")
        let unitRow = try #require(sheet.firstRow(where: 0, is: "Mã đơn vị:"))
        #expect(sheet.value(row: unitRow, column: 1) == .text("A"))
        let periodRow = try #require(sheet.firstRow(where: 0, is: "Kỳ báo cáo:"))
        #expect(sheet.value(row: periodRow, column: 1) == .text("2021-Q3"))
        #expect(sheet.text("E1") == "Mẫu số 1-HĐCĐ")  // a CĐCS's form
        let header = try #require(sheet.firstRow(where: 0, is: "Mã chỉ tiêu"))
        #expect(
            sheet.strings(row: header, width: 5) == ["Mã chỉ tiêu", "Nội dung", "Đơn vị tính", "Số lượng", "Ghi chú"])
        let lines = sheet.rows.filter { $0.index > header && !sheet.strings(row: $0.index, width: 1)[0].isEmpty }
            .map { sheet.strings(row: $0.index, width: 4) }
        #expect(lines.map { $0[0] } == Self.reportable.map(\.code))
        for (line, indicator) in zip(lines, Self.reportable) {
            #expect(line == [indicator.code, indicator.name, indicator.measure, ""], "\(indicator.code)")
        }
        #expect(!lines.contains { $0[0] == "membership_rate" })
    }

    @Test func sheetIsProtectedAndOnlyWholeNumbersGoInSoLuong() throws {
        let folder = try TemporaryFolder(prefix: "unionstats-template")
        defer { folder.remove() }
        let workbook = try Self.makeForm(in: folder)
        let sheet = try workbook.sheet("Báo cáo")
        let xml = try workbook.sheetXML("Báo cáo")
        let protection = try #require(xml.protection)
        #expect(protection["sheet"] == "1")
        #expect(protection["password"] == nil)
        let validation = try #require(xml.dataValidations.first)
        #expect(xml.dataValidations.count == 1)
        let header = try #require(sheet.firstRow(where: 0, is: "Mã chỉ tiêu"))
        let lastLine = try #require(sheet.rows.last { $0.value(column: 0) == .text("welfare_vnd") }?.index)
        #expect(validation["sqref"] == "D\(header + 2):D\(lastLine + 1)")
        #expect(validation["type"] == "whole")
        #expect(validation["operator"] ?? "between" == "between")
        #expect(validation.child("formula1")?.text == "0")
        #expect(validation.child("formula2")?.text == "1000000000000000")
        #expect(validation["showErrorMessage"] == "1")
        // Số lượng and Ghi chú cells are unlocked; the labels stay locked.
        let styles = try XMLTree(parsing: Data(try workbook.archive.data("xl/styles.xml")))
        let formats = try #require(styles.first("cellXfs")).children
        func isUnlocked(_ reference: String) -> Bool {
            guard let style = xml[reference]?.style, style < formats.count else { return false }
            return formats[style].child("protection")?["locked"] == "0"
        }
        for row in (header + 1)...lastLine where sheet.value(row: row, column: 0) != .empty {
            #expect(isUnlocked("D\(row + 1)"), "D\(row + 1)")
            #expect(isUnlocked("E\(row + 1)"), "E\(row + 1)")
            #expect(!isUnlocked("A\(row + 1)") && !isUnlocked("B\(row + 1)"), "row \(row + 1)")
        }
    }

    @Test func aFilledFormPutUnderReportsIsRead() throws {
        let folder = try TemporaryFolder(prefix: "unionstats-template")
        defer { folder.remove() }
        let form = try Self.makeForm(in: folder)
        let sheet = try form.sheet("Báo cáo")
        let filled: [String: Int] = [
            "workers_total": 120, "members_total": 101, "members_new": 4, "welfare_vnd": 1_250_000,
        ]
        // Type the numbers into Số lượng the way Excel stores them: a value inside the form's empty cell.
        let part = try #require(form.sheetParts["Báo cáo"])
        var xml = try form.archive.text(part)
        for (code, value) in filled {
            let row = try #require(sheet.rows.first { $0.value(column: 0) == .text(code) }?.index) + 1
            let empty = try #require(xml.firstMatch(of: try Regex("<c r=\"D\(row)\"( s=\"[0-9]+\")?/>")))
            let style = empty.output[1].substring.map(String.init) ?? ""
            xml.replaceSubrange(empty.range, with: "<c r=\"D\(row)\"\(style)><v>\(value)</v></c>")
        }
        let entries = try form.archive.allEntries().map { $0.name == part ? ($0.name, Data(xml.utf8)) : $0 }
        try ZipArchive.write(entries, to: folder.url("input/reports/2021/A-quy-3.xlsx"))

        let export = try CommandRunner.run(["export", "--period", "2021-Q3"], in: folder)
        #expect(!export.standardError.contains("A-quy-3.xlsx"), "\(export.standardError)")
        let rows = try CSVText.records(export.standardOutput).filter { $0.count == 13 && $0[1] == "A" }
        for (code, value) in filled {
            #expect(rows.first { $0[5] == code }.map { [$0[8], $0[9]] } == [String(value), "reported"], "\(code)")
        }
        #expect(rows.first { $0[5] == "wage_counted" }.map { [$0[8], $0[9]] } == ["", "missing"])
    }
}
