import Foundation
import TestSupport
import Testing
import XLSX

/// `Biểu đồ` read back through its chart parts, on the Hà Nam sample's 2021-H1 report: each series'
/// range formulas (`<c:f>` of `xl/charts/chartN.xml`) point at its column of the data table above
/// the charts, and those cells hold the figures the report gives for each upper unit.
@Suite struct ChartsWorkbookTests {
    /// The charted indicators in chart order: code, Vietnamese name, measure.
    static let charted = [
        (code: "members_total", name: "Tổng số đoàn viên công đoàn", measure: "người"),
        (code: "members_new", name: "Số đoàn viên kết nạp mới", measure: "người"),
        (code: "welfare_spending_vnd", name: "Tổng số tiền chăm lo đời sống vật chất, tinh thần", measure: "đồng"),
        (code: "party_admissions", name: "Số đoàn viên được kết nạp Đảng", measure: "người"),
    ]

    /// The sample's upper units in tree order, with the short names the charts label them by.
    static let uppers = [
        ("PLY", "LĐLĐ thành phố Phủ Lý"), ("BLC", "LĐLĐ huyện Bình Lục"), ("TLM", "LĐLĐ huyện Thanh Liêm"),
        ("LNH", "LĐLĐ huyện Lý Nhân"), ("KBG", "LĐLĐ huyện Kim Bảng"), ("DTN", "LĐLĐ thị xã Duy Tiên"),
        ("CDVC", "CĐ Viên chức tỉnh"), ("CDGD", "CĐ Giáo dục tỉnh"), ("CDYT", "CĐ ngành Y tế"),
        ("CDKCN", "CĐ các Khu công nghiệp tỉnh"),
    ]

    /// "unit/indicator" → value, from the rows of an observations table (`observations-P.csv`, `export`).
    static func figures(_ records: [[String]]) -> [String: String] {
        Dictionary(
            records.dropFirst().filter { $0.count == 13 }.map { ("\($0[1])/\($0[5])", $0[8]) },
            uniquingKeysWith: { first, _ in first })
    }

    /// The letter of a zero-based column below 26.
    static func letter(_ column: Int) -> String { String(UnicodeScalar(UInt8(65 + column))) }

    @Test func eachSeriesPointsAtItsColumnOfTheDataTableAndTheCellsHoldTheReportsFigures() throws {
        let folder = try TemporaryFolder(prefix: "unionstats-charts")
        defer { folder.remove() }
        let input = CommandRunner.bundledInput.path
        let result = try CommandRunner.run(["report", "--period", "2021-H1", "--input", input], in: folder)
        #expect(result.status == 0, "\(result.standardError)")
        let workbook = try WrittenWorkbook(url: folder.url("output/2021-H1/report-2021-H1.xlsx"))
        let sheet = try workbook.sheet("Biểu đồ")

        // The data table: its header on row 4, then one row per upper unit (rows 5–14), then nothing.
        #expect(sheet.strings(row: 3, width: 2) == ["Mã đơn vị", "Đơn vị"])
        #expect((4..<14).map { sheet.strings(row: $0, width: 2) } == Self.uppers.map { [$0.0, $0.1] })
        #expect(sheet.strings(row: 14, width: 10) == Array(repeating: "", count: 10))

        // What each cell must hold: this period's figures as observations-2021-H1.csv gives them, last year's as export
        // does.
        let current = Self.figures(try CSVText.records(folder.text("output/2021-H1/observations-2021-H1.csv")))
        let exported = try CommandRunner.run(
            ["export", "--period", "2020-H1", "--input", input, "--output", "-"], in: folder)
        #expect(exported.status == 0, "\(exported.standardError)")
        let previous = Self.figures(try CSVText.records(exported.standardOutput))

        let charts = try workbook.charts(onSheet: "Biểu đồ")
        #expect(charts.map(\.title) == Self.charted.map { "\($0.name) (\($0.measure))" })
        for (index, (chart, indicator)) in zip(charts, Self.charted).enumerated() {
            #expect(chart.series.map(\.name) == ["6 tháng đầu năm 2020", "6 tháng đầu năm 2021"], "\(chart.part)")
            for (offset, series) in chart.series.enumerated() {
                // Last year in the indicator's first column (C, E, G, I), this period in the next.
                let column = Self.letter(2 + index * 2 + offset)
                #expect(series.categories == "'Biểu đồ'!$B$5:$B$14", "\(chart.part) \(series.name)")
                #expect(series.values == "'Biểu đồ'!$\(column)$5:$\(column)$14", "\(chart.part) \(series.name)")
                let categories = try #require(series.categories.flatMap(CellRange.init))
                let values = try #require(series.values.flatMap(CellRange.init))
                #expect(categories.sheet == "Biểu đồ" && values.sheet == "Biểu đồ")
                // The column's header names the indicator and the series' period ...
                #expect(sheet.text("\(column)4") == "\(indicator.name): \(series.name)")
                // ... the ranges' cells hold the units' names and figures ...
                let expected = Self.uppers.map {
                    (offset == 0 ? previous : current)["\($0.0)/\(indicator.code)"] ?? "missing"
                }
                #expect(categories.references.map { sheet.text($0) ?? "" } == Self.uppers.map(\.1))
                #expect(values.references.map { sheet.number($0) ?? "" } == expected, "\(values)")
                // ... and the chart's caches hold the same.
                #expect(series.cachedCategories == Self.uppers.map(\.1))
                #expect(series.cachedValues == expected, "\(chart.part) \(series.name)")
            }
        }
        // Two rows by hand: Phủ Lý's members 307 → 329, new members 17 → 34, welfare 84.000.000 → 96.100.000 đồng,
        // Party admissions 8 → 2; the industrial zones' new members 477 → 849.
        #expect(
            sheet.strings(row: 4, width: 10) == [
                "PLY", "LĐLĐ thành phố Phủ Lý", "307", "329", "17", "34", "84000000", "96100000", "8", "2",
            ])
        #expect([sheet.number("E14"), sheet.number("F14")] == ["477", "849"])
    }
}
