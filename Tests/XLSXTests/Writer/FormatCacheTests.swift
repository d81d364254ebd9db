import Foundation
import TestSupport
import Testing

@testable import XLSX

@Suite("Cell formats")
struct FormatCacheTests {
    @Test("Equal styles return the same format handle; different styles do not")
    func caching() throws {
        let directory = try TemporaryFolder()
        let workbook = try Workbook(path: directory.path("formats.xlsx"))
        let header = CellStyle().bolded().aligned(.center).bordered(.thin).filled(RGB(0xD9E1F2))
        let first = try workbook.format(header)
        let second = try workbook.format(
            CellStyle(
                bold: true, fill: RGB(0xD9E1F2), horizontal: .center, border: .thin))
        let other = try workbook.format(header.italicized())
        #expect(first == second)
        #expect(first != other)
        #expect(workbook.formatCache.count == 2)
    }

    @Test("Styles whose strings differ only by normalisation share one format")
    func cachingAcrossNormalisation() throws {
        let directory = try TemporaryFolder()
        let workbook = try Workbook(path: directory.path("formats.xlsx"))
        let composed = try workbook.format(CellStyle(numberFormat: "#,##0\" người\""))
        let decomposed = try workbook.format(
            CellStyle(numberFormat: "#,##0\" người\"".decomposedStringWithCanonicalMapping))
        #expect(composed == decomposed)
    }

    @Test("A format from another workbook is refused")
    func foreignFormat() throws {
        let directory = try TemporaryFolder()
        let first = try Workbook(path: directory.path("a.xlsx"))
        let second = try Workbook(path: directory.path("b.xlsx"))
        let sheet = try first.addWorksheet(named: "Sheet1")
        let foreign = try second.format(CellStyle().bolded())
        #expect(throws: XLSXError.formatFromAnotherWorkbook) {
            try sheet.write("x", row: 0, column: 0, format: foreign)
        }
    }

    struct InvalidStyle: Sendable, CustomTestStringConvertible {
        let label: String
        let style: CellStyle
        let error: XLSXError
        var testDescription: String { label }
    }

    @Test(
        "Styles breaking Excel limits are refused",
        arguments: [
            InvalidStyle(label: "font size 0", style: CellStyle(fontSize: 0), error: .fontSizeOutOfRange(size: 0)),
            InvalidStyle(
                label: "font size 410", style: CellStyle(fontSize: 410), error: .fontSizeOutOfRange(size: 410)),
            InvalidStyle(label: "indent 251", style: CellStyle(indent: 251), error: .indentOutOfRange(indent: 251)),
            InvalidStyle(label: "negative indent", style: CellStyle(indent: -1), error: .indentOutOfRange(indent: -1)),
            InvalidStyle(
                label: "32-character font", style: CellStyle(fontName: String(repeating: "F", count: 32)),
                error: .fontNameTooLong(name: String(repeating: "F", count: 32), length: 32)),
            InvalidStyle(
                label: "128-byte number format",
                style: CellStyle(numberFormat: String(repeating: "0", count: 128)),
                error: .numberFormatTooLong(format: String(repeating: "0", count: 128), byteCount: 128)),
        ])
    func invalidStyles(_ invalid: InvalidStyle) throws {
        let directory = try TemporaryFolder()
        let workbook = try Workbook(path: directory.path("formats.xlsx"))
        #expect(throws: invalid.error) { try workbook.format(invalid.style) }
        #expect(workbook.formatCache.isEmpty)
    }

    @Test("Black is written as an explicit colour, not dropped as 'unset'")
    func blackFontColor() throws {
        let directory = try TemporaryFolder()
        let workbook = try Workbook(path: directory.path("black.xlsx"))
        let sheet = try workbook.addWorksheet(named: "Sheet1")
        try sheet.write("đen", row: 0, column: 0, format: try workbook.format(CellStyle().colored(.black)))
        try workbook.close()
        let styles = try ZipArchive(url: directory.url.appendingPathComponent("black.xlsx")).text("xl/styles.xml")
        #expect(styles.contains("<color rgb=\"FF000000\"/>"))
        #expect(styles.contains("Times New Roman"))
    }

    @Test("RGB keeps 24 bits and prints as #RRGGBB")
    func rgb() {
        #expect(RGB(0x1FF_FFFF).hex == 0xFF_FFFF)
        #expect(RGB(red: 0xD9, green: 0xE1, blue: 0xF2) == RGB(0xD9E1F2))
        #expect(RGB(0x00_00FF).description == "#0000FF")
    }
}
