import Foundation
import Testing

@testable import XLSX

@Suite("Sheet protection")
struct ProtectionTests {
    @Test("Protection with a password and options writes sheetProtection; unlocked styles write locked=0")
    func protectWithPassword() throws {
        let fixture = try FeatureWorkbook()
        let sheet = try fixture.workbook.addWorksheet(named: "Nhập liệu")
        let editable = try fixture.workbook.format(CellStyle().unlocked())
        try sheet.write(12, row: 1, column: 1, format: editable)
        try sheet.protect(
            password: "password",
            options: ProtectionOptions(selectLockedCells: false, formatColumns: true, insertRows: true))
        let archive = try fixture.closeAndOpen()
        let xml = try archive.text("xl/worksheets/sheet1.xml")
        // "password" hashes to 83AF with Excel's legacy algorithm (the value XlsxWriter documents).
        #expect(
            xml.contains(
                "<sheetProtection password=\"83AF\" sheet=\"1\" objects=\"1\" scenarios=\"1\" formatColumns=\"0\" "
                    + "insertRows=\"0\" selectLockedCells=\"1\"/>"))
        let styles = try archive.text("xl/styles.xml")
        #expect(styles.contains("<protection locked=\"0\"/>"))
    }

    @Test("Default protection allows selecting cells only; protecting again drops an earlier password")
    func reprotectWithoutPassword() throws {
        let fixture = try FeatureWorkbook()
        let sheet = try fixture.workbook.addWorksheet(named: "Sheet1")
        try sheet.protect(password: "secret")
        try sheet.protect()
        let xml = try fixture.closeAndOpen().text("xl/worksheets/sheet1.xml")
        #expect(xml.contains("<sheetProtection sheet=\"1\" objects=\"1\" scenarios=\"1\"/>"))
        #expect(!xml.contains("password="))
    }

    @Test("An empty password means no password")
    func emptyPassword() throws {
        let fixture = try FeatureWorkbook()
        let sheet = try fixture.workbook.addWorksheet(named: "Sheet1")
        try sheet.protect(password: "")
        let xml = try fixture.closeAndOpen().text("xl/worksheets/sheet1.xml")
        #expect(xml.contains("<sheetProtection sheet=\"1\""))
        #expect(!xml.contains("password="))
    }

    @Test(
        "Passwords Excel could not reproduce are refused",
        arguments: [
            ("mậtkhẩu", XLSXError.protectionPasswordNotASCII(position: 2)),
            ("tab\there", .protectionPasswordNotASCII(position: 4)),
            (String(repeating: "a", count: 16), .protectionPasswordTooLong(length: 16)),
        ])
    func invalidPasswords(_ password: String, _ expected: XLSXError) throws {
        let fixture = try FeatureWorkbook()
        let sheet = try fixture.workbook.addWorksheet(named: "Sheet1")
        #expect(throws: expected) { try sheet.protect(password: password) }
        try sheet.protect(password: String(repeating: "a", count: 15))
    }

    @Test("Protecting after close throws workbookClosed")
    func afterClose() throws {
        let fixture = try FeatureWorkbook()
        let sheet = try fixture.workbook.addWorksheet(named: "Sheet1")
        try fixture.workbook.close()
        #expect(throws: XLSXError.workbookClosed) { try sheet.protect() }
    }
}
