import Foundation
import TestSupport
import Testing

@testable import XLSX

@Suite("Hidden sheets, print titles and defined names")
struct SheetVisibilityAndNamesTests {
    @Test("A hidden lookup sheet is written with state=hidden")
    func hideSecondSheet() throws {
        let fixture = try FeatureWorkbook()
        _ = try fixture.workbook.addWorksheet(named: "Báo cáo")
        let lookup = try fixture.workbook.addWorksheet(named: "Danh mục")
        try lookup.hide()
        #expect(try lookup.isHidden)
        let book = try fixture.closeAndOpen().text("xl/workbook.xml")
        #expect(book.contains("<sheet name=\"Báo cáo\" sheetId=\"1\" r:id=\"rId1\"/>"))
        #expect(book.contains("<sheet name=\"Danh mục\" sheetId=\"2\" state=\"hidden\" r:id=\"rId2\"/>"))
    }

    @Test("The active sheet cannot be hidden; after activating another, the first sheet can")
    func hideActiveSheet() throws {
        let fixture = try FeatureWorkbook()
        let first = try fixture.workbook.addWorksheet(named: "Nháp")
        let second = try fixture.workbook.addWorksheet(named: "Báo cáo")
        #expect(throws: XLSXError.cannotHideActiveSheet(name: "Nháp")) { try first.hide() }
        try second.activate()
        #expect(throws: XLSXError.cannotHideActiveSheet(name: "Báo cáo")) { try second.hide() }
        try first.hide()
        let book = try fixture.closeAndOpen().text("xl/workbook.xml")
        #expect(book.contains("activeTab=\"1\""))
        #expect(book.contains("<sheet name=\"Nháp\" sheetId=\"1\" state=\"hidden\" r:id=\"rId1\"/>"))
        #expect(throws: XLSXError.workbookClosed) { try first.hide() }
    }

    @Test("Repeated columns and rows become one quoted _xlnm.Print_Titles name")
    func printTitles() throws {
        let fixture = try FeatureWorkbook()
        let sheet = try fixture.workbook.addWorksheet(named: "Biểu đồ")
        try sheet.repeatRows(first: 0, last: 2)
        try sheet.repeatColumns(first: 0, last: 1)
        let book = try fixture.closeAndOpen().text("xl/workbook.xml")
        #expect(
            book.contains(
                "<definedName name=\"_xlnm.Print_Titles\" localSheetId=\"0\">"
                    + "'Biểu đồ'!$A:$B,'Biểu đồ'!$1:$3</definedName>"))
    }

    @Test("Repeated columns are range-checked, and refused when libxlsxwriter would truncate the name")
    func printTitlesLimits() throws {
        let fixture = try FeatureWorkbook()
        let sheet = try fixture.workbook.addWorksheet(named: "Sheet1")
        #expect(throws: XLSXError.invertedRange(firstRow: 0, firstColumn: 3, lastRow: 0, lastColumn: 1)) {
            try sheet.repeatColumns(first: 3, last: 1)
        }
        #expect(throws: XLSXError.cellOutOfRange(row: 0, column: 16_384)) {
            try sheet.repeatColumns(first: 0, last: 16_384)
        }
        // 31 letters of 3 UTF-8 bytes: the two quoted copies alone need 2 × 95 bytes.
        let longName = String(repeating: "ệ", count: 31)
        let long = try fixture.workbook.addWorksheet(named: longName)
        try long.repeatRows(first: 0, last: 0)
        #expect {
            try long.repeatColumns(first: 0, last: 0)
        } throws: { error in
            guard case .printTitlesTooLong(let sheet, let byteCount) = error as? XLSXError else { return false }
            return sheet == longName && byteCount > 127
        }
    }

    @Test("Defined names are written for workbook-wide formulas")
    func defineName() throws {
        let fixture = try FeatureWorkbook()
        _ = try fixture.workbook.addWorksheet(named: "Hidden")
        _ = try fixture.workbook.addWorksheet(named: "Tổng hợp")
        try fixture.workbook.defineName("DanhSachDonVi", formula: "=Hidden!$A$1:$A$50")
        try fixture.workbook.defineName(
            "TổngSố".decomposedStringWithCanonicalMapping,
            formula: "=" + CellReference.qualified(sheet: "Tổng hợp", "$B$5"))
        #expect(fixture.workbook.definedNames == ["DanhSachDonVi", "TổngSố"])
        let book = try fixture.closeAndOpen().text("xl/workbook.xml")
        #expect(book.contains("<definedName name=\"DanhSachDonVi\">Hidden!$A$1:$A$50</definedName>"))
        #expect(book.contains("<definedName name=\"TổngSố\">'Tổng hợp'!$B$5</definedName>"))
    }

    @Test(
        "Names Excel would reject are refused",
        arguments: [
            "", "1abc", "A1", "xfd1048576", "AB12", "R", "c", "R1C1", "R12", "C7", "RC3",
            "tên có dấu cách", "_xlnm.Print_Area", "a!b", "a-b",
        ])
    func invalidNames(_ name: String) throws {
        let fixture = try FeatureWorkbook()
        #expect(throws: XLSXError.invalidDefinedName(name: name)) {
            try fixture.workbook.defineName(name, formula: "=1")
        }
    }

    @Test(
        "Names that only resemble references are accepted",
        arguments: [
            "XFE1", "A1B", "ABCD1", "A0", "Rate", "Cột", "_x", "\\abc", "Tỷ_lệ.2021",
        ])
    func validNames(_ name: String) throws {
        let fixture = try FeatureWorkbook()
        _ = try fixture.workbook.addWorksheet(named: "Sheet1")
        try fixture.workbook.defineName(name, formula: "=Sheet1!$A$1")
        let workbook = try XMLTree(parsing: Data(try fixture.closeAndOpen().data("xl/workbook.xml")))
        let defined = workbook.descendants("definedName").map { [$0["name"] ?? "", $0.text] }
        #expect(defined == [[name.precomposedStringWithCanonicalMapping, "Sheet1!$A$1"]])
    }

    @Test("Duplicate, over-long and empty definitions are refused")
    func nameLimits() throws {
        let fixture = try FeatureWorkbook()
        try fixture.workbook.defineName("TongSo", formula: "=1")
        #expect(throws: XLSXError.duplicateDefinedName(name: "TONGSO", existingName: "TongSo")) {
            try fixture.workbook.defineName("TONGSO", formula: "=2")
        }
        let longName = String(repeating: "đ", count: 64)
        #expect(throws: XLSXError.definedNameTooLong(name: longName, byteCount: 128)) {
            try fixture.workbook.defineName(longName, formula: "=1")
        }
        let longFormula = "=" + String(repeating: "1+", count: 64) + "1"
        #expect(throws: XLSXError.definedNameFormulaTooLong(name: "Dai", byteCount: 129)) {
            try fixture.workbook.defineName("Dai", formula: longFormula)
        }
        #expect(throws: XLSXError.emptyDefinedNameFormula(name: "Rong")) {
            try fixture.workbook.defineName("Rong", formula: "=")
        }
        try fixture.workbook.close()
        #expect(throws: XLSXError.workbookClosed) { try fixture.workbook.defineName("Moi", formula: "=1") }
    }
}
