import Foundation
import TestSupport
import Testing

@testable import XLSX

@Suite("Page setup")
struct PageSetupTests {
    @Test("A4 portrait setup with margins in millimetres, repeated header rows and footer is written")
    func a4Portrait() throws {
        let directory = try TemporaryFolder()
        let workbook = try Workbook(path: directory.path("print.xlsx"))
        let sheet = try workbook.addWorksheet(named: "In ấn")
        try sheet.write("Tiêu đề", row: 0, column: 0)
        try sheet.setPaper(.a4)
        try sheet.setOrientation(.portrait)
        try sheet.setMargins(left: 25.4, right: 12.7, top: 19.05, bottom: 19.05)
        try sheet.repeatRows(first: 0, last: 1)
        try sheet.fitToPages(width: 1, height: 0)
        try sheet.centerHorizontally()
        try sheet.setHeader("&LCông đoàn&RQuý I")
        try sheet.setFooter("&CTrang &P/&N")
        try sheet.printArea(firstRow: 0, firstColumn: 0, lastRow: 40, lastColumn: 7)
        try sheet.hideGridlines()
        try sheet.setZoom(85)
        try sheet.setTabColor(RGB(0xC00000))
        try sheet.activate()
        try workbook.close()

        let archive = try ZipArchive(url: directory.url.appendingPathComponent("print.xlsx"))
        let xml = try archive.text("xl/worksheets/sheet1.xml")
        #expect(xml.contains("paperSize=\"9\""))
        #expect(xml.contains("orientation=\"portrait\""))
        #expect(xml.contains("left=\"1\""))
        #expect(xml.contains("right=\"0.5\""))
        #expect(xml.contains("top=\"0.75\""))
        #expect(xml.contains("fitToHeight=\"0\""))
        #expect(xml.contains("horizontalCentered=\"1\""))
        #expect(xml.contains("<oddFooter>&amp;CTrang &amp;P/&amp;N</oddFooter>"))
        #expect(xml.contains("zoomScale=\"85\""))
        #expect(xml.contains("showGridLines=\"0\""))
        #expect(xml.contains("<tabColor rgb=\"FFC00000\"/>"))
        let book = try archive.text("xl/workbook.xml")
        #expect(book.contains("_xlnm.Print_Titles"))
        #expect(book.contains("_xlnm.Print_Area"))
    }

    @Test("Pages print over, then down, numbered from 1 on every sheet")
    func printOrderAndFirstPageNumber() throws {
        let directory = try TemporaryFolder()
        let workbook = try Workbook(path: directory.path("order.xlsx"))
        let sheet = try workbook.addWorksheet(named: "Rộng")
        try sheet.write("Bảng rộng", row: 0, column: 0)
        try sheet.printAcross()
        try sheet.setFirstPageNumber(1)
        #expect(throws: XLSXError.pageCountOutOfRange(count: 0)) { try sheet.setFirstPageNumber(0) }
        try workbook.close()

        let archive = try ZipArchive(url: directory.url.appendingPathComponent("order.xlsx"))
        let xml = try archive.text("xl/worksheets/sheet1.xml")
        #expect(xml.contains("pageOrder=\"overThenDown\""))
        // firstPageNumber defaults to 1: only the flag that makes viewers use it is written.
        #expect(xml.contains("useFirstPageNumber=\"1\""))
    }

    @Test("Out-of-range page settings are refused")
    func validation() throws {
        let directory = try TemporaryFolder()
        let workbook = try Workbook(path: directory.path("print.xlsx"))
        let sheet = try workbook.addWorksheet(named: "Sheet1")
        #expect(throws: XLSXError.zoomOutOfRange(percent: 5)) { try sheet.setZoom(5) }
        #expect(throws: XLSXError.zoomOutOfRange(percent: 401)) { try sheet.setZoom(401) }
        #expect(throws: XLSXError.marginOutOfRange(millimetres: -1)) {
            try sheet.setMargins(left: 10, right: -1, top: 10, bottom: 10)
        }
        #expect(throws: XLSXError.pageCountOutOfRange(count: -1)) { try sheet.fitToPages(width: -1, height: 0) }
        #expect(throws: XLSXError.invertedRange(firstRow: 3, firstColumn: 0, lastRow: 1, lastColumn: 0)) {
            try sheet.repeatRows(first: 3, last: 1)
        }
        #expect(throws: XLSXError.headerFooterTooLong(kind: .footer, length: 256)) {
            try sheet.setFooter(String(repeating: "x", count: 256))
        }
        #expect(throws: XLSXError.cellOutOfRange(row: 1_048_576, column: 0)) {
            try sheet.printArea(firstRow: 0, firstColumn: 0, lastRow: 1_048_576, lastColumn: 0)
        }
    }
}
