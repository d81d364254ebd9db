import Foundation
import Testing
import XLSX

@testable import UnionStats

/// xlsx reports: the fill-in form round trip, wide sheets from other programs, and bad files.
@Suite struct XLSXReportIngestTests {
    private static let fixtures = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("Fixtures/xlsx")

    private func value(_ data: LoadedInput, _ unit: String, _ period: String, _ indicator: String) -> Int64? {
        guard let u = data.tree.index(of: unit), let i = data.catalogue.position(of: indicator), let p = Period(period)
        else { return nil }
        return data.store.tables[p]?.value(at: data.store.cell(unit: u, indicator: i))
    }

    @Test func templateFilledInGivesTheExpectedTotals() throws {
        let input = try TemporaryInput()
        try input.writeConfiguration()
        let configuration = try InputLoader.load(folder: input.folder)
        let period = try #require(Period("2021-H1"))
        let reports = input.folder.appendingPathComponent("reports")
        try FileManager.default.createDirectory(at: reports, withIntermediateDirectories: true)
        let filled: [(String, [String: TemplateForm.Entry])] = [
            (
                "A",
                [
                    "workers_total": .number(3000), "members_total": .text("2.686"), "members_new": .number(12),
                    "avg_wage_vnd": .text("7.350.000"), "wage_counted": .number(3000),
                ]
            ),
            (
                "B",
                [
                    "workers_total": .number(1400), "members_total": .number(1250), "members_new": .text("7"),
                    "avg_wage_vnd": .number(6_900_000), "wage_counted": .number(1400),
                ]
            ),
        ]
        for (code, entries) in filled {
            let unit = try #require(configuration.tree.index(of: code))
            try TemplateForm(input: configuration.data, unit: unit, period: period, entries: entries)
                .write(to: reports.appendingPathComponent("\(code).xlsx").path)
        }
        let data = try InputLoader.load(folder: input.folder)
        #expect(data.findings.isEmpty, "\(data.findings)")
        #expect(value(data, "A", "2021-H1", "members_total") == 2686)
        let values = Aggregator(data).values(for: period)
        let federation = data.tree.root
        let position = { (code: String) in data.catalogue.position(of: code) ?? -1 }
        #expect(values.value(unit: federation, indicator: position("members_new")) == 19)
        #expect(values.value(unit: federation, indicator: position("members_total")) == 3936)
        #expect(values.value(unit: federation, indicator: position("workers_total")) == 4400)
        // 3936 / 4400 = 89.4545… %
        #expect(values.value(unit: federation, indicator: position("membership_rate")) == 8945)
        // (7.350.000 × 3000 + 6.900.000 × 1400) / 4400 = 7.206.818,1818… đồng
        #expect(values.value(unit: federation, indicator: position("avg_wage_vnd")) == 720_681_818)
    }

    @Test(arguments: [
        "wide-openpyxl.xlsx", "wide-xlsxwriter.xlsx", "wide-xlsxwriter-constant-memory.xlsx", "wide-libreoffice.xlsx",
    ])
    func wideSheetsFromOtherPrograms(name: String) throws {
        let input = try TemporaryInput()
        try input.writeConfiguration()
        try input.write(try Data(contentsOf: Self.fixtures.appendingPathComponent(name)), to: "reports/\(name)")
        let data = try InputLoader.load(folder: input.folder)
        #expect(data.findings.isEmpty, "\(data.findings)")
        #expect(value(data, "A", "2021-Q1", "members_new") == 12)
        #expect(value(data, "A", "2021-Q1", "members_total") == 2686)
        #expect(value(data, "B", "2021-Q1", "members_total") == 1250)
        #expect(value(data, "B", "2021-Q1", "workers_total") == 1400)
    }

    @Test func problemsInAWideSheetNameTheSheetAndCell() throws {
        let input = try TemporaryInput()
        try input.writeConfiguration()
        let path = input.folder.appendingPathComponent("reports/wide.xlsx")
        try FileManager.default.createDirectory(at: path.deletingLastPathComponent(), withIntermediateDirectories: true)
        let workbook = try Workbook(path: path.path)
        let sheet = try workbook.addWorksheet(named: "Quý I")
        for (column, text) in ["unit", "period", "members_new", "bogus_code", "membership_rate"].enumerated() {
            try sheet.write(text, row: 1, column: column)
        }
        try sheet.write("A", row: 2, column: 0)
        try sheet.write("2021-Q1", row: 2, column: 1)
        try sheet.write("1,234", row: 2, column: 2)
        try sheet.write("B", row: 3, column: 0)
        try sheet.write("2021-Q1", row: 3, column: 1)
        try sheet.write(Int64(9), row: 3, column: 2)
        try workbook.close()
        let data = try InputLoader.load(folder: input.folder)
        let cell = { (reference: String) in
            SourceLocation(file: "reports/wide.xlsx", position: .cell(sheet: "Quý I", reference: reference))
        }
        #expect(data.findings.first { $0.code == .ambiguousNumber }?.location == cell("C3"))
        #expect(data.findings.first { $0.code == .unknownIndicator }?.location == cell("D2"))
        #expect(data.findings.first { $0.code == .ratioIgnored }?.location == cell("E2"))
        #expect(value(data, "B", "2021-Q1", "members_new") == 9)
        #expect(
            data.findings.first { $0.code == .ambiguousNumber }?.description.hasPrefix(
                "reports/wide.xlsx:Quý I!C3: lỗi: ") == true)
    }

    @Test func aFormWithoutItsUnitCellIsRefusedWithAFinding() throws {
        let input = try TemporaryInput()
        try input.writeConfiguration()
        let path = input.folder.appendingPathComponent("reports/form.xlsx")
        try FileManager.default.createDirectory(at: path.deletingLastPathComponent(), withIntermediateDirectories: true)
        let workbook = try Workbook(path: path.path)
        let sheet = try workbook.addWorksheet(named: "Báo cáo")
        try sheet.write("Kỳ báo cáo:", row: 0, column: 0)
        try sheet.write("2021-Q1", row: 0, column: 1)
        for (column, text) in TemplateForm.header.enumerated() { try sheet.write(text, row: 2, column: column) }
        try sheet.write("members_new", row: 3, column: 0)
        try sheet.write(Int64(4), row: 3, column: 3)
        try workbook.close()
        let data = try InputLoader.load(folder: input.folder)
        #expect(data.findings.map(\.code) == [.xlsxLayout])
        #expect(data.store.tables.isEmpty)
    }

    @Test(arguments: [
        ("not a zip at all", "notzip.xlsx"),
        ("PK\u{03}\u{04} truncated", "truncated.xlsx"),
    ])
    func unreadableFilesAreFindingsAndTheRestStillCounts(content: String, name: String) throws {
        let input = try TemporaryInput()
        try input.writeConfiguration()
        try input.write(content, to: "reports/\(name)")
        try input.write("unit,period,indicator,value\nA,2021-Q1,members_new,3\n", to: "reports/good.csv")
        let data = try InputLoader.load(folder: input.folder)
        let finding = try #require(data.findings.first)
        #expect(finding.code == .xlsxUnreadable)
        #expect(finding.location == SourceLocation(file: "reports/\(name)"))
        #expect(value(data, "A", "2021-Q1", "members_new") == 3)
    }

    @Test(arguments: [
        ("2686", Int64(2686)), ("51", 51), ("2.2750E7", 22_750_000), ("1E3", 1000),
        ("1000000000000000", 1_000_000_000_000_000),
    ])
    func spreadsheetLiteralsAreReadExactly(literal: String, expected: Int64) throws {
        let number = try VietnameseNumber.parseSpreadsheetLiteral(literal).get()
        #expect(number.wholeValue == expected)
    }

    @Test(arguments: ["-3", "1.5E-9", "1E16", "abc", "", "1.2.3", "NaN"])
    func badSpreadsheetLiteralsAreRefused(literal: String) {
        #expect((try? VietnameseNumber.parseSpreadsheetLiteral(literal).get()) == nil)
    }

    @Test func fractionsStayFractions() throws {
        let number = try VietnameseNumber.parseSpreadsheetLiteral("51.25").get()
        #expect(number == ExactDecimal(significand: 5125, scale: 2))
        #expect(number.wholeValue == nil)
    }

    @Test func aFormWithBothLabelsOnOneRowIsStillAForm() throws {
        let input = try TemporaryInput()
        try input.writeConfiguration()
        let path = input.folder.appendingPathComponent("reports/form.xlsx")
        try FileManager.default.createDirectory(at: path.deletingLastPathComponent(), withIntermediateDirectories: true)
        let workbook = try Workbook(path: path.path)
        let sheet = try workbook.addWorksheet(named: "Báo cáo")
        for (column, text) in ["Mã đơn vị:", "A", "Kỳ báo cáo:", "2021-H1"].enumerated() {
            try sheet.write(text, row: 0, column: column)
        }
        for (column, text) in TemplateForm.header.enumerated() { try sheet.write(text, row: 2, column: column) }
        try sheet.write("members_total", row: 3, column: 0)
        try sheet.write(Int64(25), row: 3, column: 3)
        try sheet.write("members_new", row: 4, column: 0)
        try sheet.write(Int64(3), row: 4, column: 3)
        try workbook.close()
        let data = try InputLoader.load(folder: input.folder)
        #expect(data.findings.isEmpty, "\(data.findings)")
        #expect(value(data, "A", "2021-H1", "members_total") == 25)
        #expect(value(data, "A", "2021-H1", "members_new") == 3)
    }
}
