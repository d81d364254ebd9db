import Foundation
import TestSupport
import Testing
import ZIPFoundation

@testable import XLSX

/// The committed fixture `name` under Tests/XLSXTests/Fixtures (see the README there).
func readerFixture(_ name: String) -> URL {
    URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Fixtures").appendingPathComponent(name)
}

/// Builds small .xlsx packages (or deliberately broken ones) in a temporary directory with ZIPFoundation.
struct TestPackage {
    /// The parts of a minimal valid workbook with one sheet "Sheet1" at xl/worksheets/sheet1.xml.
    static let minimalParts: [String: String] = [
        "[Content_Types].xml": """
        <?xml version="1.0" encoding="UTF-8"?>
        <Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">\
        <Default Extension="xml" ContentType="application/xml"/>\
        <Override PartName="/xl/workbook.xml" \
        ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/></Types>
        """,
        "_rels/.rels": """
        <?xml version="1.0" encoding="UTF-8"?>
        <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">\
        <Relationship Id="rId1" Target="xl/workbook.xml" \
        Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument"/>\
        </Relationships>
        """,
        "xl/workbook.xml": """
        <?xml version="1.0" encoding="UTF-8"?>
        <workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" \
        xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">\
        <sheets><sheet name="Sheet1" sheetId="1" r:id="rId1"/></sheets></workbook>
        """,
        "xl/_rels/workbook.xml.rels": """
        <?xml version="1.0" encoding="UTF-8"?>
        <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">\
        <Relationship Id="rId1" Target="worksheets/sheet1.xml" \
        Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet"/>\
        </Relationships>
        """,
        "xl/worksheets/sheet1.xml": sheetXML(rows: #"<row r="1"><c r="A1"><v>1</v></c></row>"#),
    ]

    /// A worksheet part whose `<sheetData>` holds `rows`.
    static func sheetXML(rows: String) -> String {
        #"<?xml version="1.0" encoding="UTF-8"?>"#
            + #"<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>"#
            + rows + "</sheetData></worksheet>"
    }

    /// Writes a package of the minimal parts with `replacing` applied (a nil value removes a part).
    static func write(
        _ name: String, in directory: TemporaryFolder, replacing changes: [String: String?] = [:]
    ) throws -> URL {
        var parts = minimalParts
        for (part, text) in changes { parts[part] = text }
        return try writeRaw(name, in: directory, parts: parts.mapValues { Data($0.utf8) })
    }

    /// Writes a zip holding exactly `parts`, deflated, in name order.
    static func writeRaw(_ name: String, in directory: TemporaryFolder, parts: [String: Data]) throws -> URL {
        let url = directory.url.appendingPathComponent(name)
        let archive = try Archive(url: url, accessMode: .create)
        for (part, data) in parts.sorted(by: { $0.key < $1.key }) {
            try archive.addEntry(
                with: part, type: .file, uncompressedSize: Int64(data.count),
                modificationDate: Date(timeIntervalSince1970: 1_625_000_000), compressionMethod: .deflate
            ) { position, size in
                data.subdata(in: Int(position)..<(Int(position) + size))
            }
        }
        return url
    }
}

/// Runs `body`, expecting it to throw an `XLSXReadError` within `seconds`; returns the error.
@discardableResult
func expectRefusal(
    within seconds: Double = 3, sourceLocation: SourceLocation = #_sourceLocation,
    _ body: () throws -> Void
) -> XLSXReadError? {
    let clock = ContinuousClock()
    var caught: (any Error)?
    let elapsed = clock.measure {
        do { try body() } catch { caught = error }
    }
    #expect(elapsed < .seconds(seconds), "took \(elapsed)", sourceLocation: sourceLocation)
    guard let error = caught as? XLSXReadError else {
        Issue.record("expected an XLSXReadError, got \(String(describing: caught))", sourceLocation: sourceLocation)
        return nil
    }
    #expect(!(error.errorDescription ?? "").isEmpty, sourceLocation: sourceLocation)
    return error
}

/// All values of a sheet as a dictionary keyed by A1 reference (for compact assertions).
func valuesByReference(_ sheet: XLSXSheet) -> [String: XLSXValue] {
    var values: [String: XLSXValue] = [:]
    for row in sheet.rows {
        for cell in row.cells { values[cell.reference] = cell.value }
    }
    return values
}
