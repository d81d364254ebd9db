import Foundation
import TestSupport
import Testing

@testable import XLSX

/// A formula cell is marked as one, so that a formula whose result was never computed (no cached
/// value) can be told from a blank cell; its cached value, when there is one, is still the value.
@Suite("Formula cells")
struct FormulaCellTests {
    /// One cell's XML and what reading it must give.
    struct Case: Sendable, CustomTestStringConvertible {
        let name: String
        let xml: String
        let value: XLSXValue
        let isFormula: Bool
        let isUncomputed: Bool
        var testDescription: String { name }
    }

    static let cases: [Case] = [
        Case(
            name: "formula with a cached number", xml: #"<c r="A1"><f>1+1</f><v>2</v></c>"#, value: .number("2"),
            isFormula: true, isUncomputed: false),
        Case(
            name: "formula without <v> (never calculated)", xml: #"<c r="A1"><f>SUM(B1:B9)</f></c>"#, value: .empty,
            isFormula: true, isUncomputed: true),
        Case(
            name: "formula with an empty <v/> (openpyxl)", xml: #"<c r="A1"><f>SUM(B1:B9)</f><v/></c>"#, value: .empty,
            isFormula: true, isUncomputed: true),
        Case(
            name: "shared formula's follower without a value", xml: #"<c r="A1"><f t="shared" si="0"/></c>"#,
            value: .empty, isFormula: true, isUncomputed: true),
        Case(
            name: "formula with an empty text result is computed",
            xml: #"<c r="A1" t="str"><f>IF(1,"","x")</f><v></v></c>"#, value: .text(""), isFormula: true,
            isUncomputed: false),
        Case(
            name: "formula with an error result", xml: #"<c r="A1" t="e"><f>1/0</f><v>#DIV/0!</v></c>"#,
            value: .error("#DIV/0!"), isFormula: true, isUncomputed: false),
        Case(
            name: "a formatted blank is no formula", xml: #"<c r="A1" s="1"/>"#, value: .empty, isFormula: false,
            isUncomputed: false),
        Case(
            name: "a plain number is no formula", xml: #"<c r="A1"><v>7</v></c>"#, value: .number("7"),
            isFormula: false, isUncomputed: false),
    ]

    @Test(arguments: cases)
    func formulaCellsAreMarked(_ testCase: Case) throws {
        let directory = try TemporaryFolder()
        let url = try TestPackage.write(
            "formula.xlsx", in: directory,
            replacing: [
                "xl/worksheets/sheet1.xml": TestPackage.sheetXML(rows: #"<row r="1">"# + testCase.xml + "</row>")
            ])
        let cell = try #require(try XLSXDocument(url: url).sheet(named: "Sheet1").cell("A1"))
        #expect(cell.value == testCase.value)
        #expect(cell.isFormula == testCase.isFormula)
        #expect(cell.isUncomputedFormula == testCase.isUncomputed)
    }

    @Test("openpyxl's SUM without a cached value is an uncomputed formula; XlsxWriter's formulas carry their values")
    func fixtures() throws {
        let openpyxl = try XLSXDocument(url: readerFixture("openpyxl.xlsx")).sheet(named: "Báo cáo")
        #expect(openpyxl.cell("C4")?.isUncomputedFormula == true)
        #expect(openpyxl.cell("C2")?.isFormula == false)
        let written = try XLSXDocument(url: readerFixture("xlsxwriter.xlsx"))
        var formulas = 0
        for info in written.sheets where info.isWorksheet {
            let name = info.name
            for row in try written.sheet(named: name).rows {
                #expect(row.cells.allSatisfy { !$0.isUncomputedFormula }, "\(name) row \(row.index + 1)")
                formulas += row.cells.count(where: \.isFormula)
            }
        }
        #expect(formulas > 0)
    }
}
