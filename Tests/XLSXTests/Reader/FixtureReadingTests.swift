import Foundation
import Testing

@testable import XLSX

@Suite("Reading files written by other programs")
struct FixtureReadingTests {
    /// The values XlsxWriter wrote in both modes (see Fixtures/make_fixtures.py).
    private let xlsxWriterValues: [String: XLSXValue] = [
        "A1": .text("Mã chỉ tiêu"), "B1": .text("Chỉ tiêu"), "C1": .text("Số lượng"),
        "A2": .text("members"), "B2": .text("Công đoàn viên"), "C2": .number("2686"),
        "C3": .number("22750000"), "C4": .number("51.25"), "C5": .number("0.001"), "C6": .number("1.5E-07"),
        "C7": .number("5372"), "C8": .text("members!"), "C9": .error("#DIV/0!"), "C10": .bool(true),
        "C11": .empty, "D20": .text("xa"),
    ]

    @Test("XlsxWriter (shared strings): values, formulas' cached results, rich text, NFC, sheet kinds")
    func xlsxWriter() throws {
        let document = try XLSXDocument(url: readerFixture("xlsxwriter.xlsx"))
        #expect(document.sheetNames == ["Tổng hợp", "Ẩn", "Biểu đồ"])
        #expect(document.sheets.map(\.visibility) == [.visible, .hidden, .visible])
        #expect(document.sheets.map(\.kind) == ["worksheet", "worksheet", "chartsheet"])
        let sheet = try document.sheet(named: "Tổng hợp")
        let values = valuesByReference(sheet)
        for (reference, expected) in xlsxWriterValues { #expect(values[reference] == expected, "\(reference)") }
        #expect(values["A12"] == .text("Ban Thường vụ tỉnh"))
        #expect(values["B2"] == .text("Công đoàn viên".precomposedStringWithCanonicalMapping))
        #expect(sheet.rows.map(\.index) == [0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 19])
        #expect(sheet.cell("D20")?.row == 19)
        #expect(sheet.value(row: 19, column: 0) == .empty)
        #expect(try document.sheet(named: "Ẩn").rows.first?.cells.first?.value == .text("danh sách"))
        #expect(
            throws: XLSXReadError.notAWorksheet(
                file: readerFixture("xlsxwriter.xlsx").path, sheet: "Biểu đồ", kind: "chartsheet")
        ) {
            try document.sheet(named: "Biểu đồ")
        }
    }

    @Test("XlsxWriter constant_memory mode writes inline strings; the values are the same")
    func xlsxWriterConstantMemory() throws {
        let document = try XLSXDocument(url: readerFixture("xlsxwriter-constant-memory.xlsx"))
        #expect(document.sheetNames == ["Tổng hợp", "Ẩn"])
        let values = valuesByReference(try document.sheet(named: "Tổng hợp"))
        for (reference, expected) in xlsxWriterValues { #expect(values[reference] == expected, "\(reference)") }
    }

    @Test("openpyxl: absolute relationship targets, inline strings, a formula without a cached value")
    func openpyxl() throws {
        let document = try XLSXDocument(url: readerFixture("openpyxl.xlsx"))
        #expect(document.sheetNames == ["Báo cáo"])
        let values = valuesByReference(try document.sheet(named: "Báo cáo"))
        #expect(values["A1"] == .text("unit"))
        #expect(values["C2"] == .number("120"))
        #expect(values["D2"] == .number("22750000"))
        #expect(values["E2"] == .number("44377"))  // a date is a serial number with a date format
        #expect(values["C3"] == .number("95.5"))
        #expect(values["A4"] == .text("Tổng"))
        #expect(values["C4"] == .empty)
        #expect(values["D4"] == .bool(true))
    }

    @Test("LibreOffice from CSV: shared strings, t=\"n\" numbers and a formula with its cached value")
    func libreOfficeFromCSV() throws {
        let document = try XLSXDocument(url: readerFixture("libreoffice-csv.xlsx"))
        let sheet = try document.sheet(named: try #require(document.sheetNames.first))
        let values = valuesByReference(sheet)
        #expect(values["A1"] == .text("Mã đơn vị"))
        #expect(values["A2"] == .text("CĐCS Trường Tiểu học Lê Lợi"))
        #expect(values["C2"] == .number("2686"))
        #expect(values["D2"] == .number("22750000"))
        #expect(values["C3"] == .number("51.25"))
        #expect(values["D3"] == .number("5372"))
    }

    @Test("LibreOffice re-saving the openpyxl file writes the formulas' computed values")
    func libreOfficeFromOpenpyxl() throws {
        let document = try XLSXDocument(url: readerFixture("libreoffice-from-openpyxl.xlsx"))
        let values = valuesByReference(try document.sheet(named: "Báo cáo"))
        #expect(values["C4"] == .number("215.5"))
        #expect(values["D4"] == .bool(true))
        #expect(values["A4"] == .text("Tổng"))
    }

    @Test("Hand-written XML: no r attributes, prefixes, rich text with rPh, CDATA, entities, relative targets")
    func handcrafted() throws {
        let document = try XLSXDocument(url: readerFixture("handcrafted.xlsx"))
        #expect(document.sheetNames == ["Dữ liệu"])
        let sheet = try document.sheet(named: "dữ liệu")  // Excel matches sheet names ignoring case
        let values = valuesByReference(sheet)
        #expect(
            values == [
                "A1": .text("plain"), "B1": .number("42"), "C1": .text("Liên đoàn Lao động"),
                "C2": .text("a < b & c ệ"), "D2": .text("inline"),
                "B5": .error("#N/A"), "C5": .text("2021-06-30T00:00:00"), "D5": .bool(false),
                "A7": .number("-1.5E+3"),
            ])
        #expect(sheet.rows.map(\.index) == [0, 1, 4, 6])
    }

    @Test("Streaming delivers the same rows as reading the whole sheet, one at a time")
    func streamingMatchesWholeSheet() throws {
        let document = try XLSXDocument(url: readerFixture("xlsxwriter.xlsx"))
        var streamed: [XLSXRow] = []
        try document.forEachRow(inSheet: "Tổng hợp") { streamed.append($0) }
        #expect(streamed == (try document.sheet(named: "Tổng hợp")).rows)
    }

    @Test("A missing sheet name is a clear error listing the sheets")
    func missingSheet() throws {
        let url = readerFixture("openpyxl.xlsx")
        let document = try XLSXDocument(url: url)
        #expect(throws: XLSXReadError.sheetNotFound(file: url.path, sheet: "Không có", available: ["Báo cáo"])) {
            try document.sheet(named: "Không có")
        }
    }
}
