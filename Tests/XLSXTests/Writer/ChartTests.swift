import Foundation
import Testing

@testable import XLSX

@Suite("Charts")
struct ChartTests {
    static let units = [
        "LĐLĐ TP Phủ Lý", "LĐLĐ huyện Duy Tiên", "LĐLĐ huyện Kim Bảng", "LĐLĐ huyện Lý Nhân",
        "LĐLĐ huyện Thanh Liêm", "LĐLĐ huyện Bình Lục", "CĐ ngành Giáo dục", "CĐ ngành Y tế",
        "CĐ Khu công nghiệp", "CĐ Viên chức tỉnh",
    ]

    /// A workbook whose sheet "Biểu đồ" holds 10 units in A2:A11 and two periods in B2:C11.
    static func dataWorkbook() throws -> (FeatureWorkbook, Worksheet) {
        let fixture = try FeatureWorkbook("chart.xlsx")
        let sheet = try fixture.workbook.addWorksheet(named: "Biểu đồ")
        try sheet.write("Đơn vị", row: 0, column: 0)
        for (index, unit) in units.enumerated() {
            try sheet.write(unit, row: index + 1, column: 0)
            try sheet.write(1_000 + index * 100, row: index + 1, column: 1)
            try sheet.write(1_050 + index * 110, row: index + 1, column: 2)
        }
        return (fixture, sheet)
    }

    /// The range formula of zero-based `column`, rows 2–11 of "Biểu đồ".
    static func column(_ column: Int) -> String {
        CellReference.rangeFormula(sheet: "Biểu đồ", firstRow: 1, firstColumn: column, lastRow: 10, lastColumn: column)
    }

    @Test("A clustered column chart is written with quoted series ranges, NFC title, fonts, legend and style")
    func columnChart() throws {
        let (fixture, sheet) = try Self.dataWorkbook()
        let chart = try fixture.workbook.addChart(.column)
        let first = try chart.addSeries(
            name: "6 tháng đầu năm 2020", categories: Self.column(0), values: Self.column(1))
        let second = try chart.addSeries(
            name: "6 tháng đầu năm 2021", categories: Self.column(0), values: Self.column(2))
        try first.setColor(RGB(0x4472C4))
        try second.setColor(RGB(0xED7D31))
        try second.showValueLabels(numberFormat: "#,##0")
        try chart.setTitle("Bản nháp")
        try chart.setTitle(
            "Số đoàn viên 6 tháng đầu năm".decomposedStringWithCanonicalMapping,
            font: ChartFont(size: 14, bold: true))
        try chart.setXAxisName("Đơn vị")
        try chart.setYAxisName("Số người")
        try chart.setAxisNumberFormat("#,##0", axis: chart.valueAxis)
        try chart.setAxisFont(ChartFont(size: 10), axis: .x)
        try chart.setLegendPosition(.bottom)
        try chart.setLegendFont(ChartFont(size: 10))
        try chart.setStyle(10)
        try sheet.insertChart(chart, row: 12, column: 0, xOffset: 10, yOffset: 5, xScale: 2, yScale: 1.5)
        #expect(chart.seriesCount == 2 && chart.isInserted)
        #expect(first.values == "='Biểu đồ'!$B$2:$B$11")
        let archive = try fixture.closeAndOpen()

        #expect(archive.names.contains("xl/drawings/drawing1.xml"))
        let xml = try archive.data("xl/charts/chart1.xml")
        func contains(_ text: String) -> Bool { xml.containsSubsequence(Array(text.utf8)) }
        #expect(contains("<c:barDir val=\"col\"/><c:grouping val=\"clustered\"/>"))
        #expect(contains("<c:f>'Biểu đồ'!$A$2:$A$11</c:f>"))
        #expect(contains("<c:f>'Biểu đồ'!$B$2:$B$11</c:f>"))
        #expect(contains("<c:f>'Biểu đồ'!$C$2:$C$11</c:f>"))
        #expect(contains("<c:v>LĐLĐ TP Phủ Lý</c:v>"))
        #expect(contains("<c:tx><c:v>6 tháng đầu năm 2021</c:v></c:tx>"))
        #expect(contains("<a:t>Số đoàn viên 6 tháng đầu năm</a:t>"))
        #expect(!contains("Bản nháp"))
        #expect(
            contains("<a:rPr lang=\"en-US\" sz=\"1400\" b=\"1\" baseline=\"0\"><a:latin typeface=\"Times New Roman\"/>")
        )
        #expect(contains("<a:t>Đơn vị</a:t>"))
        #expect(contains("<c:numFmt formatCode=\"#,##0\" sourceLinked=\"0\"/>"))
        #expect(contains("<c:legendPos val=\"b\"/>"))
        #expect(contains("<c:style val=\"10\"/>"))
        #expect(contains("<a:srgbClr val=\"4472C4\"/>"))
        #expect(contains("<a:srgbClr val=\"ED7D31\"/>"))
        #expect(contains("<c:showVal val=\"1\"/>"))
    }

    @Test("In bar charts x is the horizontal value axis and y the vertical category axis")
    func barAxes() throws {
        let (fixture, sheet) = try Self.dataWorkbook()
        let chart = try fixture.workbook.addChart(.bar)
        try chart.addSeries(values: Self.column(1))
        #expect(chart.valueAxis == .x && chart.categoryAxis == .y)
        try chart.setAxisName("Số người", axis: chart.valueAxis)
        try chart.setAxisName("Đơn vị", axis: chart.categoryAxis)
        try chart.setAxisNumberFormat("#,##0", axis: chart.valueAxis)
        try chart.setLegendPosition(.none)
        try sheet.insertChart(chart, row: 0, column: 4)
        let xml = try fixture.closeAndOpen().text("xl/charts/chart1.xml")
        let valueAxis = try #require(xml.range(of: "<c:valAx>.*</c:valAx>", options: .regularExpression))
        let categoryAxis = try #require(xml.range(of: "<c:catAx>.*</c:catAx>", options: .regularExpression))
        #expect(xml[valueAxis].contains("<a:t>Số người</a:t>"))
        #expect(xml[valueAxis].contains("formatCode=\"#,##0\""))
        #expect(xml[categoryAxis].contains("<a:t>Đơn vị</a:t>"))
        #expect(!xml.contains("<c:legend>"))
    }

    @Test("Line and pie charts are written with their own chart elements")
    func lineAndPie() throws {
        let (fixture, sheet) = try Self.dataWorkbook()
        let line = try fixture.workbook.addChart(.line)
        try line.addSeries(name: "2021", categories: Self.column(0), values: Self.column(2)).setColor(RGB(0x00B050))
        let pie = try fixture.workbook.addChart(.pie)
        try pie.addSeries(categories: Self.column(0), values: Self.column(1))
        try sheet.insertChart(line, row: 0, column: 4)
        try sheet.insertChart(pie, row: 20, column: 4)
        let archive = try fixture.closeAndOpen()
        let lineXML = try archive.text("xl/charts/chart1.xml")
        #expect(lineXML.contains("<c:lineChart>"))
        #expect(lineXML.contains("<a:ln w=\"28575\"><a:solidFill><a:srgbClr val=\"00B050\"/>"))
        #expect(try archive.text("xl/charts/chart2.xml").contains("<c:pieChart>"))
    }

    /// Chart ranges that must be refused, with why.
    static let invalidRanges = [
        "", "=", "A1:A5", "=$A$1", "=!$A$1", "=''!$A$1", "='Biểu đồ'$A$1", "='Biểu đồ!$A$1",
        "=Biểu đồ!$A$1", "=1Sheet!$A$1", "='Biểu đồ'!", "='Biểu đồ'!$A$0", "='Biểu đồ'!$XFE$1",
        "='Biểu đồ'!A1:B2:C3", "='Biểu đồ'!$A$1048577", "='Biểu đồ'!$A$1:", "='Biểu đồ'!1A",
        "='Biểu đồ'!$A$1\u{0}",
    ]

    @Test("Malformed chart ranges are refused before libxlsxwriter parses them", arguments: invalidRanges)
    func invalidRange(_ range: String) throws {
        let (fixture, _) = try Self.dataWorkbook()
        let chart = try fixture.workbook.addChart(.column)
        #expect(throws: XLSXError.invalidChartRange(formula: range)) { try chart.addSeries(values: range) }
        #expect(throws: XLSXError.invalidChartRange(formula: range)) {
            try chart.addSeries(categories: range, values: Self.column(1))
        }
        #expect(chart.seriesCount == 0)
    }

    @Test("Ranges on unknown sheets, texts starting with = and bad styles are refused")
    func otherValidation() throws {
        let (fixture, _) = try Self.dataWorkbook()
        let chart = try fixture.workbook.addChart(.column)
        #expect(throws: XLSXError.chartRangeUnknownSheet(formula: "='Khác'!$A$1:$A$5", sheet: "Khác")) {
            try chart.addSeries(values: "='Khác'!$A$1:$A$5")
        }
        #expect(throws: XLSXError.chartRangeUnknownSheet(formula: "='biểu đồ'!$B$2", sheet: "biểu đồ")) {
            try chart.addSeries(values: "='biểu đồ'!$B$2")
        }
        #expect(throws: XLSXError.chartTextStartsWithEquals(text: "=A1")) {
            try chart.addSeries(name: "=A1", values: Self.column(1))
        }
        #expect(throws: XLSXError.chartTextStartsWithEquals(text: "=Tiêu đề")) { try chart.setTitle("=Tiêu đề") }
        #expect(throws: XLSXError.chartTextStartsWithEquals(text: "=x")) { try chart.setYAxisName("=x") }
        #expect(throws: XLSXError.chartStyleOutOfRange(style: 0)) { try chart.setStyle(0) }
        #expect(throws: XLSXError.chartStyleOutOfRange(style: 49)) { try chart.setStyle(49) }
        #expect(throws: XLSXError.fontSizeOutOfRange(size: 0)) { try chart.setTitleFont(ChartFont(size: 0)) }
        #expect(throws: XLSXError.numberFormatTooLong(format: String(repeating: "0", count: 128), byteCount: 128)) {
            try chart.setAxisNumberFormat(String(repeating: "0", count: 128), axis: .y)
        }
        // Unquoted plain names and doubled apostrophes inside quotes are understood.
        _ = try fixture.workbook.addWorksheet(named: "Data2021")
        _ = try fixture.workbook.addWorksheet(named: "Q1'21")
        try chart.addSeries(values: "=Data2021!$A$1:$A$3")
        try chart.addSeries(values: "='Q1''21'!B1:B3")
        #expect(chart.seriesCount == 2)
    }

    @Test("Insertion rules: one insertion, at least one series, same workbook, sane placement")
    func insertion() throws {
        let (fixture, sheet) = try Self.dataWorkbook()
        let empty = try fixture.workbook.addChart(.column)
        #expect(throws: XLSXError.chartHasNoSeries) { try sheet.insertChart(empty, row: 0, column: 0) }
        let chart = try fixture.workbook.addChart(.column)
        try chart.addSeries(values: Self.column(1))
        #expect(throws: XLSXError.cellOutOfRange(row: -1, column: 0)) {
            try sheet.insertChart(chart, row: -1, column: 0)
        }
        #expect(throws: XLSXError.chartScaleOutOfRange(scale: 0)) {
            try sheet.insertChart(chart, row: 0, column: 0, xScale: 0)
        }
        #expect(throws: XLSXError.chartScaleOutOfRange(scale: .infinity)) {
            try sheet.insertChart(chart, row: 0, column: 0, yScale: .infinity)
        }
        #expect(throws: XLSXError.chartOffsetOutOfRange(offset: -1)) {
            try sheet.insertChart(chart, row: 0, column: 0, xOffset: -1)
        }
        let other = try FeatureWorkbook("other.xlsx")
        let otherSheet = try other.workbook.addWorksheet(named: "Biểu đồ")
        #expect(throws: XLSXError.chartFromAnotherWorkbook) { try otherSheet.insertChart(chart, row: 0, column: 0) }
        try sheet.insertChart(chart, row: 0, column: 5)
        #expect(throws: XLSXError.chartAlreadyInserted) { try sheet.insertChart(chart, row: 20, column: 5) }
        _ = try fixture.closeAndOpen()
    }

    @Test("Charts and series throw workbookClosed after close")
    func afterClose() throws {
        let (fixture, _) = try Self.dataWorkbook()
        let chart = try fixture.workbook.addChart(.line)
        let series = try chart.addSeries(values: Self.column(1))
        try fixture.workbook.close()
        #expect(throws: XLSXError.workbookClosed) { try chart.setTitle("x") }
        #expect(throws: XLSXError.workbookClosed) { try chart.addSeries(values: Self.column(2)) }
        #expect(throws: XLSXError.workbookClosed) { try chart.setLegendPosition(.bottom) }
        #expect(throws: XLSXError.workbookClosed) { try series.setColor(.black) }
        #expect(throws: XLSXError.workbookClosed) { try fixture.workbook.addChart(.pie) }
    }

    @Test("rangeFormula quotes the sheet, doubles apostrophes and uses absolute references")
    func rangeFormula() {
        #expect(
            CellReference.rangeFormula(sheet: "Biểu đồ", firstRow: 1, firstColumn: 1, lastRow: 10, lastColumn: 1)
                == "='Biểu đồ'!$B$2:$B$11")
        #expect(
            CellReference.rangeFormula(sheet: "Q1'21", firstRow: 0, firstColumn: 0, lastRow: 0, lastColumn: 0)
                == "='Q1''21'!$A$1")
        #expect(
            CellReference.rangeFormula(
                sheet: "Tổng hợp".decomposedStringWithCanonicalMapping, firstRow: 4, firstColumn: 2, lastRow: 4,
                lastColumn: 5)
                == "='Tổng hợp'!$C$5:$F$5")
    }
}
