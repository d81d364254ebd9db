import Foundation
import XLSX

/// A workbook the tool wrote, opened two ways: through the project's own reader (`XLSXDocument`:
/// sheets, rows, cached values as exact text) and as raw parts out of the zip, for what the reader
/// does not expose (formulas, conditional formats, data validation, protection, print setup).
public struct WrittenWorkbook {
    /// Why a part could not be found.
    public struct Missing: Error, CustomStringConvertible {
        public let description: String
    }

    /// The file.
    public let url: URL
    /// The project's reader on the file.
    public let document: XLSXDocument
    /// The file's zip entries.
    public let archive: ZipArchive
    /// Sheet name → its part ("xl/worksheets/sheet1.xml"), from workbook.xml and its relationships.
    public let sheetParts: [String: String]

    /// Opens the workbook at `url`.
    public init(url: URL) throws {
        self.url = url
        document = try XLSXDocument(url: url)
        archive = try ZipArchive(url: url)
        let workbook = try XMLTree(parsing: Data(try archive.data("xl/workbook.xml")))
        let relationships = try XMLTree(parsing: Data(try archive.data("xl/_rels/workbook.xml.rels")))
        var targets: [String: String] = [:]
        for relationship in relationships.descendants("Relationship") {
            guard let id = relationship["Id"], let target = relationship["Target"] else { continue }
            targets[id] = target.hasPrefix("/") ? String(target.dropFirst()) : "xl/" + target
        }
        var parts: [String: String] = [:]
        for sheet in workbook.descendants("sheet") {
            guard let name = sheet["name"], let id = sheet["r:id"], let part = targets[id] else { continue }
            parts[name] = part
        }
        sheetParts = parts
    }

    /// The sheet names in tab order.
    public var sheetNames: [String] { document.sheetNames }

    /// The worksheet `name` read by the project's reader.
    public func sheet(_ name: String) throws -> XLSXSheet {
        try document.sheet(named: name)
    }

    /// The raw XML text of the worksheet `name`.
    public func sheetXMLText(_ name: String) throws -> String {
        guard let part = sheetParts[name] else {
            throw Missing(description: "no sheet '\(name)' in \(sheetParts.keys.sorted())")
        }
        return try archive.text(part)
    }

    /// The worksheet `name`'s part, parsed.
    public func sheetXML(_ name: String) throws -> SheetXML {
        try SheetXML(parsing: sheetXMLText(name))
    }

    /// The shared strings table in index order (rich text runs joined).
    public func sharedStrings() throws -> [String] {
        guard archive.names.contains("xl/sharedStrings.xml") else { return [] }
        let table = try XMLTree(parsing: Data(try archive.data("xl/sharedStrings.xml")))
        return table.children.filter { $0.name == "si" }.map { item in
            item.descendants("t").map(\.text).joined()
        }
    }

    /// The defined names of workbook.xml: (name, localSheetId, formula), in file order.
    public func definedNames() throws -> [(name: String, sheet: Int?, formula: String)] {
        let workbook = try XMLTree(parsing: Data(try archive.data("xl/workbook.xml")))
        return workbook.descendants("definedName").map {
            ($0["name"] ?? "", $0["localSheetId"].flatMap { Int($0) }, $0.text)
        }
    }
}
