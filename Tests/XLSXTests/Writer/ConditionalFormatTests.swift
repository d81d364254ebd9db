import Foundation
import Testing

@testable import XLSX

@Suite("Conditional formats")
struct ConditionalFormatTests {
    /// Green "better" and red "worse" fills, as in the comparison reports.
    static let better = CellStyle().filled(RGB(0xC6EFCE)).colored(RGB(0x006100))
    static let worse = CellStyle().filled(RGB(0xFFC7CE)).colored(RGB(0x9C0006))

    @Test("Formula rules are written as expression cfRules with differential fills, in order")
    func formulaRules() throws {
        let fixture = try FeatureWorkbook()
        let sheet = try fixture.workbook.addWorksheet(named: "So sánh")
        let green = try fixture.workbook.format(Self.better)
        let red = try fixture.workbook.format(Self.worse)
        try sheet.conditionalFormat(
            firstRow: 4, firstColumn: 5, lastRow: 19, lastColumn: 5,
            rule: .formula("=AND(ISNUMBER($F5),$F5>0)", format: green))
        try sheet.conditionalFormat(
            firstRow: 4, firstColumn: 5, lastRow: 19, lastColumn: 5,
            rule: .formula("AND(ISNUMBER($F5),$F5<0,$G5=\"tăng\")", format: red), stopIfTrue: true)
        let archive = try fixture.closeAndOpen()

        let xml = try archive.text("xl/worksheets/sheet1.xml")
        #expect(
            xml.contains(
                "<conditionalFormatting sqref=\"F5:F20\"><cfRule type=\"expression\" dxfId=\"0\" priority=\"1\">"
                    + "<formula>AND(ISNUMBER($F5),$F5&gt;0)</formula></cfRule>"))
        #expect(
            xml.contains(
                "<cfRule type=\"expression\" dxfId=\"1\" priority=\"2\" stopIfTrue=\"1\">"
                    + "<formula>AND(ISNUMBER($F5),$F5&lt;0,$G5=\"tăng\")</formula></cfRule></conditionalFormatting>"))
        let styles = try archive.text("xl/styles.xml")
        #expect(
            styles.contains(
                "<dxfs count=\"2\"><dxf><font><color rgb=\"FF006100\"/></font><fill><patternFill>"
                    + "<bgColor rgb=\"FFC6EFCE\"/></patternFill></fill></dxf>"))
    }

    @Test("Cell-value rules write the operator and one or two operands")
    func cellRules() throws {
        let fixture = try FeatureWorkbook()
        let sheet = try fixture.workbook.addWorksheet(named: "Sheet1")
        let green = try fixture.workbook.format(Self.better)
        try sheet.conditionalFormat(
            firstRow: 0, firstColumn: 0, lastRow: 9, lastColumn: 0, rule: .cell(.greaterThan(0.5), format: green))
        try sheet.conditionalFormat(
            firstRow: 0, firstColumn: 1, lastRow: 0, lastColumn: 1, rule: .cell(.between(-1, 2.25), format: green))
        try sheet.conditionalFormat(
            firstRow: 0, firstColumn: 2, lastRow: 3, lastColumn: 4, rule: .cell(.notEqual(0), format: green))
        let xml = try fixture.closeAndOpen().text("xl/worksheets/sheet1.xml")
        #expect(
            xml.contains(
                "<conditionalFormatting sqref=\"A1:A10\"><cfRule type=\"cellIs\" dxfId=\"0\" priority=\"1\" "
                    + "operator=\"greaterThan\"><formula>0.5</formula></cfRule></conditionalFormatting>"))
        #expect(
            xml.contains(
                "<conditionalFormatting sqref=\"B1\"><cfRule type=\"cellIs\" dxfId=\"0\" priority=\"2\" "
                    + "operator=\"between\"><formula>-1</formula><formula>2.25</formula></cfRule>"))
        #expect(xml.contains("<conditionalFormatting sqref=\"C1:E4\">"))
        #expect(xml.contains("operator=\"notEqual\"><formula>0</formula>"))
    }

    @Test("Decomposed Vietnamese in a rule formula is stored precomposed")
    func formulaIsNFC() throws {
        let fixture = try FeatureWorkbook()
        let sheet = try fixture.workbook.addWorksheet(named: "Sheet1")
        let red = try fixture.workbook.format(Self.worse)
        try sheet.conditionalFormat(
            firstRow: 1, firstColumn: 0, lastRow: 5, lastColumn: 0,
            rule: .formula("=$B2=\"giảm\"".decomposedStringWithCanonicalMapping, format: red))
        let xml = try fixture.closeAndOpen().data("xl/worksheets/sheet1.xml")
        #expect(xml.containsSubsequence(Array("<formula>$B2=\"giảm\"</formula>".utf8)))
    }

    @Test(
        "Invalid rules are refused before reaching libxlsxwriter",
        arguments: [
            (CellComparison.greaterThan(.nan), XLSXError.ruleValueNotFinite(value: .nan)),
            (.lessThan(.infinity), .ruleValueNotFinite(value: .infinity)),
            (.between(5, 1), .ruleBoundsInverted(minimum: 5, maximum: 1)),
            (.notBetween(0, -0.5), .ruleBoundsInverted(minimum: 0, maximum: -0.5)),
        ])
    func invalidComparisons(_ comparison: CellComparison, _ expected: XLSXError) throws {
        let fixture = try FeatureWorkbook()
        let sheet = try fixture.workbook.addWorksheet(named: "Sheet1")
        let green = try fixture.workbook.format(Self.better)
        #expect {
            try sheet.conditionalFormat(
                firstRow: 0, firstColumn: 0, lastRow: 1, lastColumn: 0, rule: .cell(comparison, format: green))
        } throws: { error in
            // NaN never equals itself, so compare the case and the description instead.
            (error as? XLSXError)?.errorDescription == expected.errorDescription
        }
    }

    @Test("Empty, over-long and out-of-grid formula rules are refused")
    func invalidFormulaRules() throws {
        let fixture = try FeatureWorkbook()
        let sheet = try fixture.workbook.addWorksheet(named: "Sheet1")
        let green = try fixture.workbook.format(Self.better)
        #expect(throws: XLSXError.emptyFormula(cell: "F5")) {
            try sheet.conditionalFormat(
                firstRow: 4, firstColumn: 5, lastRow: 9, lastColumn: 5, rule: .formula("= ", format: green))
        }
        let long = "=" + String(repeating: "1+", count: 4_096) + "1"
        #expect(throws: XLSXError.formulaTooLong(length: long.count, cell: "A1")) {
            try sheet.conditionalFormat(
                firstRow: 0, firstColumn: 0, lastRow: 0, lastColumn: 0, rule: .formula(long, format: green))
        }
        #expect(throws: XLSXError.cellOutOfRange(row: 1_048_576, column: 0)) {
            try sheet.conditionalFormat(
                firstRow: 0, firstColumn: 0, lastRow: 1_048_576, lastColumn: 0, rule: .formula("=1", format: green))
        }
        #expect(throws: XLSXError.invertedRange(firstRow: 5, firstColumn: 0, lastRow: 1, lastColumn: 0)) {
            try sheet.conditionalFormat(
                firstRow: 5, firstColumn: 0, lastRow: 1, lastColumn: 0, rule: .formula("=1", format: green))
        }
    }

    @Test("A format from another workbook is refused; after close the sheet reports workbookClosed")
    func ownershipAndClose() throws {
        let fixture = try FeatureWorkbook()
        let other = try FeatureWorkbook("other.xlsx")
        let sheet = try fixture.workbook.addWorksheet(named: "Sheet1")
        let foreign = try other.workbook.format(Self.better)
        #expect(throws: XLSXError.formatFromAnotherWorkbook) {
            try sheet.conditionalFormat(
                firstRow: 0, firstColumn: 0, lastRow: 1, lastColumn: 0, rule: .cell(.equal(1), format: foreign))
        }
        let green = try fixture.workbook.format(Self.better)
        try fixture.workbook.close()
        #expect(throws: XLSXError.workbookClosed) {
            try sheet.conditionalFormat(
                firstRow: 0, firstColumn: 0, lastRow: 1, lastColumn: 0, rule: .cell(.equal(1), format: green))
        }
    }
}
