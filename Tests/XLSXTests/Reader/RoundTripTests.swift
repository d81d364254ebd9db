import Dispatch
import Foundation
import TestSupport
import Testing

@testable import XLSX

@Suite("Reading back what this module's writer (libxlsxwriter) wrote")
struct RoundTripTests {
    @Test("Vietnamese text, exact numbers, a formula's cached value and a formatted blank survive the round trip")
    func roundTrip() throws {
        let directory = try TemporaryFolder()
        let path = directory.path("round-trip.xlsx")
        let workbook = try Workbook(path: path)
        let sheet = try workbook.addWorksheet(named: "Báo cáo 6 tháng")
        let percent = try workbook.format(CellStyle().formatted("0.00%"))
        try sheet.write("Liên đoàn Lao động tỉnh Hà Nam", row: 0, column: 0)
        try sheet.write("Co\u{0302}ng đoa\u{0300}n", row: 1, column: 0)  // decomposed: written and read as NFC
        try sheet.write(22_750_000, row: 1, column: 1)
        try sheet.write(51.25, row: 1, column: 2)
        try sheet.writeFormula("=B2*2", cachedNumber: 45_500_000, row: 2, column: 1)
        try sheet.writeFormula("=A1", cachedText: "Liên đoàn", row: 2, column: 2)
        try sheet.writeBlank(row: 3, column: 3, format: percent)
        _ = try workbook.addWorksheet(named: "Kiểm tra")
        try workbook.close()

        let document = try XLSXDocument(url: URL(fileURLWithPath: path))
        #expect(document.sheetNames == ["Báo cáo 6 tháng", "Kiểm tra"])
        let values = valuesByReference(try document.sheet(named: "Báo cáo 6 tháng"))
        #expect(
            values == [
                "A1": .text("Liên đoàn Lao động tỉnh Hà Nam"), "A2": .text("Công đoàn"),
                "B2": .number("22750000"), "C2": .number("51.25"),
                "B3": .number("45500000"), "C3": .text("Liên đoàn"), "D4": .empty,
            ])
        #expect(try document.sheet(named: "Kiểm tra").rows.isEmpty)
    }

    @Test("A worksheet part over 10 MB (where XMLParser(data:) fails on Linux) is streamed row by row")
    func largeSheetPart() throws {
        let filler = String(repeating: "Công đoàn cơ sở ", count: 30)  // ~530 bytes of UTF-8
        let rowCount = 20_000
        var rows = ""
        rows.reserveCapacity(rowCount * 620)
        for row in 1...rowCount {
            rows +=
                #"<row r="\#(row)"><c r="A\#(row)"><v>\#(row * 1_000)</v></c>"#
                + #"<c r="B\#(row)" t="inlineStr"><is><t>\#(filler)</t></is></c></row>"#
        }
        let sheetXML = TestPackage.sheetXML(rows: rows)
        #expect(sheetXML.utf8.count > 10_000_000)
        let directory = try TemporaryFolder()
        let url = try TestPackage.write("large.xlsx", in: directory, replacing: ["xl/worksheets/sheet1.xml": sheetXML])

        let document = try XLSXDocument(url: url)
        var rowsSeen = 0
        var mismatches = 0
        var largestRow = 0
        let clock = ContinuousClock()
        let elapsed = try clock.measure {
            try document.forEachRow(inSheet: "Sheet1") { row in
                rowsSeen += 1
                if row.index != rowsSeen - 1 || row.value(column: 0) != .number(String(rowsSeen * 1_000))
                    || row.value(column: 1) != .text(filler)
                {
                    mismatches += 1
                }
                largestRow = max(largestRow, row.cells.count)
            }
        }
        #expect(rowsSeen == rowCount)
        #expect(mismatches == 0)
        #expect(largestRow == 2)
        #expect(elapsed < .seconds(5))
    }

    @Test("An error thrown by the row callback stops reading and reaches the caller unchanged")
    func callbackErrorStops() throws {
        struct Enough: Error, Equatable {}
        let document = try XLSXDocument(url: readerFixture("xlsxwriter.xlsx"))
        var rowsSeen = 0
        #expect(throws: Enough()) {
            try document.forEachRow(inSheet: "Tổng hợp") { _ in
                rowsSeen += 1
                if rowsSeen == 2 { throw Enough() }
            }
        }
        #expect(rowsSeen == 2)
    }

    @Test("Reading another sheet from inside the row callback works (nested parsers)")
    func nestedReading() throws {
        let document = try XLSXDocument(url: readerFixture("xlsxwriter.xlsx"))
        var innerRows = 0
        var outerRows = 0
        try document.forEachRow(inSheet: "Tổng hợp") { _ in
            outerRows += 1
            innerRows += try document.sheet(named: "Ẩn").rows.count
        }
        #expect(outerRows == 13)
        #expect(innerRows == 13)
    }

    @Test("One document can be read from several threads at once")
    func concurrentReading() throws {
        let document = try XLSXDocument(url: readerFixture("xlsxwriter.xlsx"))
        let expected = try document.sheet(named: "Tổng hợp")
        DispatchQueue.concurrentPerform(iterations: 16) { iteration in
            let name = iteration % 2 == 0 ? "Tổng hợp" : "Ẩn"
            let sheet = try? document.sheet(named: name)
            #expect(sheet != nil)
            if name == "Tổng hợp" { #expect(sheet == expected) }
        }
    }
}
