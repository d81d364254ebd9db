import Foundation
import Testing

@testable import XLSX

@Suite("Reader internals: part paths, number literals, DTD scan")
struct ReaderInternalsTests {
    @Test(
        "Relationship targets resolve like URIs inside the package",
        arguments: [
            ("worksheets/sheet1.xml", "xl/workbook.xml", "xl/worksheets/sheet1.xml"),
            ("/xl/worksheets/sheet1.xml", "xl/workbook.xml", "xl/worksheets/sheet1.xml"),
            ("./ws/../ws/a.xml", "xl/workbook.xml", "xl/ws/a.xml"),
            ("../customXml/item1.xml", "xl/workbook.xml", "customXml/item1.xml"),
            ("xl/workbook.xml", "", "xl/workbook.xml"),
            ("worksheets/sheet%201.xml#frag", "xl/workbook.xml", "xl/worksheets/sheet 1.xml"),
            ("worksheets\\sheet1.xml", "xl/workbook.xml", "xl/worksheets/sheet1.xml"),
        ])
    func resolve(_ target: String, _ source: String, _ expected: String) {
        #expect(PartPath.resolve(target: target, relativeTo: source) == expected)
    }

    @Test("Targets that leave the package or name nothing resolve to nil")
    func resolveOutside() {
        #expect(PartPath.resolve(target: "../../etc/passwd", relativeTo: "xl/workbook.xml") == nil)
        #expect(PartPath.resolve(target: "/", relativeTo: "xl/workbook.xml") == nil)
        #expect(PartPath.resolve(target: "..", relativeTo: "") == nil)
        #expect(PartPath.relationships(of: "xl/workbook.xml") == "xl/_rels/workbook.xml.rels")
        #expect(PartPath.relationships(of: "") == "_rels/.rels")
    }

    @Test("Number literals as XML writes doubles are accepted, anything else refused")
    func numberLiterals() {
        for literal in ["0", "2686", "-3", "+3", "51.25", ".5", "5.", "1E-3", "1.5E-07", "2.5e+10", "-1.5E+3"] {
            #expect(CellValueDecoder.isNumberLiteral(literal), "\(literal)")
        }
        for literal in ["", "-", ".", "E5", "1E", "1E+", "12abc", "NaN", "INF", "1,5", "1.2.3", "0x10", "1 2", "١٢"] {
            #expect(!CellValueDecoder.isNumberLiteral(literal), "\(literal)")
        }
        #expect(CellValueDecoder.trimmed("\n  42\t") == "42")
        #expect(CellValueDecoder.trimmed(" \n ") == "")
    }

    @Test("The DTD scan finds declarations in any letter case and ignores comments and CDATA")
    func dtdScan() {
        func scan(_ text: String) -> String? {
            Array(text.utf8).withUnsafeBufferPointer { XMLSafetyCheck.forbiddenDeclaration(in: $0) }
        }
        #expect(scan("<a><!-- x --><![CDATA[!]]>!</a>") == nil)
        #expect(scan("<!DOCTYPE a><a/>") == "<!DOCTYPE")
        #expect(scan("<a/><!doctype") == "<!doctype")
        #expect(scan("<a><!ENTITY") == "<!ENTITY")
        #expect(scan("<!DOCTYP") == nil)
        #expect(scan("") == nil)
    }
}
