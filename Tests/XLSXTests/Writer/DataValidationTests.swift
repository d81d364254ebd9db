import Foundation
import Testing

@testable import XLSX

@Suite("Data validation")
struct DataValidationTests {
    @Test("A non-negative whole-number rule with Vietnamese prompt and alert is written")
    func wholeNumber() throws {
        let fixture = try FeatureWorkbook()
        let sheet = try fixture.workbook.addWorksheet(named: "Nhập liệu")
        try sheet.dataValidation(
            firstRow: 4, firstColumn: 2, lastRow: 19, lastColumn: 7,
            DataValidation(
                .nonNegativeWholeNumber,
                inputTitle: "Số đoàn viên".decomposedStringWithCanonicalMapping,
                inputMessage: "Nhập số nguyên không âm",
                errorTitle: "Dữ liệu không hợp lệ",
                errorMessage: "Số đoàn viên phải là số nguyên ≥ 0"))
        let xml = try fixture.closeAndOpen().data("xl/worksheets/sheet1.xml")
        let expected =
            "<dataValidations count=\"1\"><dataValidation type=\"whole\" operator=\"greaterThanOrEqual\" "
            + "allowBlank=\"1\" showInputMessage=\"1\" showErrorMessage=\"1\" errorTitle=\"Dữ liệu không hợp lệ\" "
            + "error=\"Số đoàn viên phải là số nguyên ≥ 0\" promptTitle=\"Số đoàn viên\" "
            + "prompt=\"Nhập số nguyên không âm\" sqref=\"C5:H20\"><formula1>0</formula1></dataValidation>"
        #expect(xml.containsSubsequence(Array(expected.utf8)))
    }

    @Test("Decimal ranges, error styles, blank refusal and list-from-range sources are written")
    func otherRules() throws {
        let fixture = try FeatureWorkbook()
        let sheet = try fixture.workbook.addWorksheet(named: "Sheet1")
        _ = try fixture.workbook.addWorksheet(named: "Hidden")
        try sheet.dataValidation(
            firstRow: 0, firstColumn: 0, lastRow: 9, lastColumn: 0,
            DataValidation(.decimal(.between(0, 100.5)), errorStyle: .warning, allowsBlank: false))
        try sheet.dataValidation(
            firstRow: 0, firstColumn: 1, lastRow: 0, lastColumn: 1,
            DataValidation(.list(source: "=Hidden!$A$1:$A$50"), errorStyle: .information))
        try sheet.dataValidation(
            firstRow: 0, firstColumn: 2, lastRow: 0, lastColumn: 2,
            DataValidation(.wholeNumber(.notBetween(-5, 5)), inputMessage: "=không phải công thức"))
        let xml = try fixture.closeAndOpen().text("xl/worksheets/sheet1.xml")
        #expect(
            xml.contains(
                "<dataValidation type=\"decimal\" errorStyle=\"warning\" showInputMessage=\"1\" showErrorMessage=\"1\" "
                    + "sqref=\"A1:A10\"><formula1>0</formula1><formula2>100.5</formula2></dataValidation>"))
        #expect(
            xml.contains(
                "<dataValidation type=\"list\" errorStyle=\"information\" allowBlank=\"1\" showInputMessage=\"1\" "
                    + "showErrorMessage=\"1\" sqref=\"B1\"><formula1>Hidden!$A$1:$A$50</formula1></dataValidation>"))
        // libxlsxwriter strips one leading "=" from messages; the writer protects it.
        #expect(xml.contains("operator=\"notBetween\""))
        #expect(xml.contains("prompt=\"=không phải công thức\""))
        #expect(xml.contains("<formula1>-5</formula1><formula2>5</formula2>"))
    }

    /// One over-the-limit case: what is set, and the error expected.
    struct LimitCase: Sendable, CustomTestStringConvertible {
        let label: String
        let validation: DataValidation
        let expected: XLSXError
        var testDescription: String { label }
    }

    static let limitCases: [LimitCase] = [
        LimitCase(
            label: "input title of 33",
            validation: DataValidation(
                .nonNegativeWholeNumber, inputTitle: String(repeating: "ố", count: 33)),
            expected: .validationTitleTooLong(kind: .input, length: 33)),
        LimitCase(
            label: "error title of 40",
            validation: DataValidation(
                .nonNegativeWholeNumber, errorTitle: String(repeating: "x", count: 40)),
            expected: .validationTitleTooLong(kind: .error, length: 40)),
        LimitCase(
            label: "input message of 256",
            validation: DataValidation(
                .nonNegativeWholeNumber, inputMessage: String(repeating: "đ", count: 256)),
            expected: .validationMessageTooLong(kind: .input, length: 256)),
        LimitCase(
            label: "error message of 300",
            validation: DataValidation(
                .nonNegativeWholeNumber, errorMessage: String(repeating: "ư", count: 300)),
            expected: .validationMessageTooLong(kind: .error, length: 300)),
        LimitCase(
            label: "fractional whole-number bound",
            validation: DataValidation(
                .wholeNumber(.between(0, 1.5))), expected: .validationValueNotWhole(value: 1.5)),
        LimitCase(
            label: "inverted bounds",
            validation: DataValidation(
                .decimal(.between(10, 1))), expected: .ruleBoundsInverted(minimum: 10, maximum: 1)),
        LimitCase(
            label: "infinite bound",
            validation: DataValidation(
                .decimal(.lessThan(.infinity))), expected: .ruleValueNotFinite(value: .infinity)),
        LimitCase(
            label: "empty list source", validation: DataValidation(.list(source: "=")),
            expected: .emptyValidationSource),
        LimitCase(
            label: "list source of 256",
            validation: DataValidation(
                .list(source: "=" + String(repeating: "A", count: 256))),
            expected: .validationSourceTooLong(length: 256)),
        LimitCase(
            label: "NUL in a message",
            validation: DataValidation(
                .nonNegativeDecimal, errorMessage: "a\u{0}b"),
            expected: .nulCharacter(what: "Data-validation error message")),
    ]

    @Test("Excel's limits are checked before writing", arguments: limitCases)
    func limits(_ limitCase: LimitCase) throws {
        let fixture = try FeatureWorkbook()
        let sheet = try fixture.workbook.addWorksheet(named: "Sheet1")
        #expect(throws: limitCase.expected) {
            try sheet.dataValidation(firstRow: 0, firstColumn: 0, lastRow: 5, lastColumn: 0, limitCase.validation)
        }
    }

    @Test("Titles of exactly 32 and messages of 255 characters are accepted, counted after NFC")
    func limitsAreInclusive() throws {
        let fixture = try FeatureWorkbook()
        let sheet = try fixture.workbook.addWorksheet(named: "Sheet1")
        let title = String(repeating: "ệ", count: 32).decomposedStringWithCanonicalMapping
        #expect(title.unicodeScalars.count > 32)
        try sheet.dataValidation(
            firstRow: 0, firstColumn: 0, lastRow: 5, lastColumn: 0,
            DataValidation(
                .nonNegativeWholeNumber, inputTitle: title, inputMessage: String(repeating: "ơ", count: 255),
                errorTitle: String(repeating: "t", count: 32), errorMessage: String(repeating: "m", count: 255)))
        let xml = try fixture.closeAndOpen().text("xl/worksheets/sheet1.xml")
        #expect(xml.contains("promptTitle=\"\(String(repeating: "ệ", count: 32))\""))
    }

    @Test("Out-of-grid ranges are refused and a closed workbook reports workbookClosed")
    func rangesAndClose() throws {
        let fixture = try FeatureWorkbook()
        let sheet = try fixture.workbook.addWorksheet(named: "Sheet1")
        let validation = DataValidation(.nonNegativeWholeNumber)
        #expect(throws: XLSXError.cellOutOfRange(row: 0, column: 16_384)) {
            try sheet.dataValidation(firstRow: 0, firstColumn: 0, lastRow: 0, lastColumn: 16_384, validation)
        }
        #expect(throws: XLSXError.invertedRange(firstRow: 3, firstColumn: 3, lastRow: 3, lastColumn: 1)) {
            try sheet.dataValidation(firstRow: 3, firstColumn: 3, lastRow: 3, lastColumn: 1, validation)
        }
        try fixture.workbook.close()
        #expect(throws: XLSXError.workbookClosed) {
            try sheet.dataValidation(firstRow: 0, firstColumn: 0, lastRow: 0, lastColumn: 0, validation)
        }
    }

    @Test("Limit messages name the value and the limit")
    func messages() {
        #expect(
            XLSXError.validationTitleTooLong(kind: .input, length: 33).errorDescription
                == "Data-validation input title of 33 characters exceeds Excel's limit of 32")
        #expect(
            XLSXError.validationMessageTooLong(kind: .error, length: 300).errorDescription
                == "Data-validation error message of 300 characters exceeds Excel's limit of 255")
    }
}
