import Foundation
import TestSupport
import Testing

@testable import XLSX

@Suite("Refusing hostile and malformed XML parts")
struct HostileXMLTests {
    private let sheetPart = "xl/worksheets/sheet1.xml"

    /// Reads Sheet1 of a minimal package whose parts are replaced by `changes`; returns the refusal.
    private func refusal(
        _ changes: [String: String?], sourceLocation: SourceLocation = #_sourceLocation
    ) throws -> XLSXReadError? {
        let directory = try TemporaryFolder()
        let url = try TestPackage.write("hostile.xlsx", in: directory, replacing: changes)
        return expectRefusal(sourceLocation: sourceLocation) {
            _ = try XLSXDocument(url: url).sheet(named: "Sheet1")
        }
    }

    /// The reason of an `invalidContent` or `malformedXML` error, or nil for any other error.
    private func reason(_ error: XLSXReadError?) -> String? {
        switch error {
        case .invalidContent(_, _, let reason)?, .malformedXML(_, _, _, _, let reason)?: return reason
        default: return nil
        }
    }

    @Test("An external entity (XXE) in a worksheet is refused before parsing")
    func externalEntity() throws {
        let sheet =
            #"<?xml version="1.0"?><!DOCTYPE worksheet [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>"#
            + #"<worksheet><sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>&xxe;</t></is></c></row>"#
            + "</sheetData></worksheet>"
        guard case .forbiddenDeclaration(_, let part, let declaration)? = try refusal([sheetPart: sheet]) else {
            Issue.record("expected forbiddenDeclaration")
            return
        }
        #expect(part == sheetPart)
        #expect(declaration == "<!DOCTYPE")
    }

    @Test("Billion laughs in the shared strings is refused when the workbook is opened, in milliseconds")
    func billionLaughs() throws {
        var entities = #"<!ENTITY lol0 "lol">"#
        for level in 1...9 {
            entities += "<!ENTITY lol\(level) \"" + String(repeating: "&lol\(level - 1);", count: 10) + "\">"
        }
        let strings = "<?xml version=\"1.0\"?><!doctype sst [\(entities)]><sst><si><t>&lol9;</t></si></sst>"
        let directory = try TemporaryFolder()
        let url = try TestPackage.write(
            "laughs.xlsx", in: directory,
            replacing: [
                "xl/sharedStrings.xml": strings
            ])
        let error = expectRefusal(within: 1) { _ = try XLSXDocument(url: url) }
        #expect(error == .forbiddenDeclaration(file: url.path, part: "xl/sharedStrings.xml", declaration: "<!doctype"))
    }

    @Test("Quadratic blow-up (a 10,000-character entity used 10,000 times) is refused in milliseconds")
    func quadraticBlowUp() throws {
        let entity = String(repeating: "x", count: 10_000)
        let uses = String(repeating: "&big;", count: 10_000)
        let sheet =
            "<?xml version=\"1.0\"?><!DOCTYPE worksheet [<!ENTITY big \"\(entity)\">]><worksheet><sheetData>"
            + "<row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>\(uses)</t></is></c></row></sheetData></worksheet>"
        let error = try refusal([sheetPart: sheet])
        #expect(error?.errorDescription?.contains("<!DOCTYPE") == true)
    }

    @Test("An ENTITY declaration without DOCTYPE, in any letter case, is refused too")
    func entityWithoutDoctype() throws {
        let error = try refusal([sheetPart: #"<worksheet><!EnTiTy x "y"><sheetData/></worksheet>"#])
        guard case .forbiddenDeclaration(_, _, "<!EnTiTy")? = error else {
            Issue.record("expected forbiddenDeclaration, got \(String(describing: error))")
            return
        }
    }

    @Test("Parts that are not UTF-8 are refused: UTF-16, a declared Latin-1, EBCDIC-looking bytes")
    func encodings() throws {
        let directory = try TemporaryFolder()
        var utf16 = Data([0xFF, 0xFE])
        utf16.append(TestPackage.sheetXML(rows: "").data(using: .utf16LittleEndian) ?? Data())
        let declaredLatin1 = #"<?xml version="1.0" encoding="ISO-8859-1"?><worksheet><sheetData/></worksheet>"#
        var parts = TestPackage.minimalParts.mapValues { Data($0.utf8) }
        for (name, bytes) in [
            ("utf16", utf16), ("latin1", Data(declaredLatin1.utf8)),
            ("ebcdic", Data([0x4C, 0x6F, 0xA7, 0x94, 0x40])),
        ] {
            parts[sheetPart] = bytes
            let url = try TestPackage.writeRaw("\(name).xlsx", in: directory, parts: parts)
            let error = expectRefusal { _ = try XLSXDocument(url: url).sheet(named: "Sheet1") }
            guard case .unsupportedEncoding? = error else {
                Issue.record("\(name): expected unsupportedEncoding, got \(String(describing: error))")
                continue
            }
        }
    }

    @Test("Malformed XML is refused with its position: truncated, mismatched tags, invalid UTF-8, two roots")
    func malformed() throws {
        let truncated = String(TestPackage.sheetXML(rows: #"<row r="1"><c r="A1"><v>1</v></c></row>"#).dropLast(30))
        #expect(reason(try refusal([sheetPart: truncated])) != nil)
        #expect(reason(try refusal([sheetPart: TestPackage.sheetXML(rows: "<row><c></row>")])) != nil)
        #expect(reason(try refusal([sheetPart: TestPackage.sheetXML(rows: "") + "<worksheet/>"])) != nil)
        #expect(reason(try refusal([sheetPart: ""])) == "the part is empty")
        let directory = try TemporaryFolder()
        var parts = TestPackage.minimalParts.mapValues { Data($0.utf8) }
        parts[sheetPart] =
            Data(TestPackage.sheetXML(rows: #"<row r="1"><c r="A1" t="inlineStr"><is><t>x"#).utf8)
            + Data([0xC3, 0x28]) + Data("</t></is></c></row>".utf8) + Data("</sheetData></worksheet>".utf8)
        let url = try TestPackage.writeRaw("utf8.xlsx", in: directory, parts: parts)
        guard case .malformedXML? = expectRefusal({ _ = try XLSXDocument(url: url).sheet(named: "Sheet1") }) else {
            Issue.record("expected malformedXML for invalid UTF-8")
            return
        }
    }

    @Test(
        "Cells that break the format's rules are refused with the cell named",
        arguments: [
            (
                #"<row r="1"><c r="A1"><v>12abc</v></c></row>"#,
                "cell A1 of sheet 'Sheet1' holds the invalid number '12abc'"
            ),
            (#"<row r="1"><c r="A1"><v>NaN</v></c></row>"#, "cell A1 of sheet 'Sheet1' holds the invalid number 'NaN'"),
            (
                #"<row r="1"><c r="B1" t="b"><v>2</v></c></row>"#,
                "cell B1 of sheet 'Sheet1' holds the invalid boolean '2'"
            ),
            (#"<row r="1"><c r="A1" t="x"><v>1</v></c></row>"#, #"cell A1 has the unknown type t="x""#),
            (#"<row r="2"/><row r="1"/>"#, "row 1 follows row 2; rows must be in ascending order"),
            (#"<row r="0"/>"#, "row number '0' is not between 1 and 1,048,576"),
            (
                #"<row r="1"><c r="B1"/><c r="A1"/></row>"#,
                "cell A1 follows column B; cells must be in ascending column order"
            ),
            (#"<row r="1"><c r="A2"/></row>"#, "cell A2 lies in row 1"),
            (#"<row r="1"><c r="XFE1"/></row>"#, "cell reference 'XFE1' is not an A1 reference inside the grid"),
            (#"<c r="A1"/>"#, "a cell <c> lies outside any <row>"),
            (#"<row r="1"><row r="2"/></row>"#, "a <row> starts inside row 1"),
        ])
    func invalidCells(_ rows: String, _ expected: String) throws {
        #expect(reason(try refusal([sheetPart: TestPackage.sheetXML(rows: rows)])) == expected)
    }

    @Test("A shared-string index outside the table is refused")
    func sharedStringIndex() throws {
        let rows = #"<row r="1"><c r="C1" t="s"><v>7</v></c></row>"#
        let error = try refusal([sheetPart: TestPackage.sheetXML(rows: rows)])
        guard case .sharedStringIndexOutOfRange(_, let sheet, let cell, let index, let count)? = error else {
            Issue.record("expected sharedStringIndexOutOfRange, got \(String(describing: error))")
            return
        }
        #expect(sheet == "Sheet1" && cell == "C1" && index == "7" && count == 0)
    }

    @Test("Relationships pointing to a missing sheet part, or out of the package, are clear errors")
    func missingSheetPart() throws {
        let directory = try TemporaryFolder()
        let url = try TestPackage.write("missing.xlsx", in: directory, replacing: [sheetPart: nil])
        let document = try XLSXDocument(url: url)
        #expect(document.sheetNames == ["Sheet1"])
        #expect(
            expectRefusal { _ = try document.sheet(named: "Sheet1") }
                == .missingPart(
                    file: url.path, part: sheetPart, referencedBy: "xl/_rels/workbook.xml.rels"))

        let escaping = try TestPackage.write(
            "escaping.xlsx", in: directory,
            replacing: [
                "xl/_rels/workbook.xml.rels": (TestPackage.minimalParts["xl/_rels/workbook.xml.rels"] ?? "")
                    .replacingOccurrences(of: "worksheets/sheet1.xml", with: "../../../etc/passwd")
            ])
        #expect(
            reason(expectRefusal { _ = try XLSXDocument(url: escaping).sheet(named: "Sheet1") })
                == "it has no relationship for sheet 'Sheet1'")
    }

    @Test("Packages that are not workbooks: no [Content_Types].xml, a Word document")
    func notWorkbooks() throws {
        let noTypes = try refusal(["[Content_Types].xml": nil])
        #expect(noTypes?.errorDescription?.contains("[Content_Types].xml") == true)
        let word = try refusal([
            "[Content_Types].xml": (TestPackage.minimalParts["[Content_Types].xml"] ?? "").replacingOccurrences(
                of: "spreadsheetml.sheet.main+xml", with: "wordprocessingml.document.main+xml")
        ])
        #expect(word?.errorDescription?.contains("a Word document") == true)
    }

    @Test("Deep nesting and junk elements finish quickly")
    func deepNesting() throws {
        let deep = String(repeating: "<x>", count: 50_000) + String(repeating: "</x>", count: 50_000)
        let directory = try TemporaryFolder()
        let url = try TestPackage.write(
            "deep.xlsx", in: directory,
            replacing: [
                sheetPart: TestPackage.sheetXML(rows: #"<row r="1"><c r="A1"><v>1</v></c></row>"# + deep)
            ])
        let clock = ContinuousClock()
        let elapsed = clock.measure { _ = try? XLSXDocument(url: url).sheet(named: "Sheet1") }
        #expect(elapsed < .seconds(3))
    }

    @Test("Randomly damaged worksheet XML never crashes or hangs the reader")
    func fuzzedXML() throws {
        let directory = try TemporaryFolder()
        let original = Array(
            TestPackage.sheetXML(
                rows: #"<row r="1"><c r="A1" t="s"><v>0</v></c>"#
                    + #"<c r="B1"><v>2.5</v></c>"#
                    + #"<c r="C1" t="inlineStr"><is><r><t>Công</t></r><rPh><t>x</t></rPh></is></c></row>"#
                    + #"<row r="3"><c r="A3" t="b"><v>1</v></c><c t="e"><v>#N/A</v></c></row>"#
            ).utf8)
        var parts = TestPackage.minimalParts.mapValues { Data($0.utf8) }
        parts["xl/sharedStrings.xml"] = Data("<sst><si><t>a</t></si></sst>".utf8)
        var generator = SeededGenerator(seed: 11_000_000)
        let clock = ContinuousClock()
        let started = clock.now
        for index in 0..<120 {
            var mutant = original
            for _ in 0..<Int.random(in: 1...4, using: &generator) {
                let offset = Int.random(in: 0..<mutant.count, using: &generator)
                mutant[offset] = Array("<>/=\"'&;!x0-rcvt".utf8).randomElement(using: &generator) ?? 0
            }
            parts[sheetPart] = Data(mutant)
            let url = try TestPackage.writeRaw("fuzz-\(index).xlsx", in: directory, parts: parts)
            _ = try? XLSXDocument(url: url).sheet(named: "Sheet1")
        }
        #expect(clock.now - started < .seconds(10))
    }
}
