import Foundation
import TextNormalization

/// One relationship of a part: its type URI and the resolved part it points to.
struct PackageRelationship: Sendable {
    /// The relationship type URI, e.g. ".../relationships/worksheet".
    let type: String
    /// The target part, resolved to a package path such as "xl/worksheets/sheet1.xml".
    let target: String

    /// Whether the type URI ends with `/kind` (transitional and strict namespaces differ only before it).
    func isKind(_ kind: String) -> Bool { type.hasSuffix("/" + kind) }
}

/// Reads a `.rels` part: relationship id → relationship (external targets are skipped).
final class RelationshipsHandler: XMLElementHandler {
    private let source: String
    private(set) var relationships: [String: PackageRelationship] = [:]

    /// Prepares to read the relationships whose relative targets resolve against `source`.
    init(source: String) { self.source = source }

    func didStart(element: String, attributes: [String: String]) throws {
        guard element == "Relationship", attributes["TargetMode"] != "External",
            let identifier = attributes["Id"], let type = attributes["Type"], let target = attributes["Target"],
            let resolved = PartPath.resolve(target: target, relativeTo: source)
        else { return }
        if relationships[identifier] == nil {
            relationships[identifier] = PackageRelationship(type: type, target: resolved)
        }
    }

    func didEnd(element: String) throws {}
    func didFind(text: String) throws {}
}

/// Reads `[Content_Types].xml`: the content type of each part, by override or by extension.
final class ContentTypesHandler: XMLElementHandler {
    private var overrides: [String: String] = [:]
    private var defaults: [String: String] = [:]

    /// The content type of a part such as "xl/workbook.xml", if the package declares one.
    func contentType(of part: String) -> String? {
        if let type = overrides[part.lowercased()] { return type }
        guard let dot = part.lastIndex(of: ".") else { return nil }
        return defaults[part[part.index(after: dot)...].lowercased()]
    }

    func didStart(element: String, attributes: [String: String]) throws {
        switch element {
        case "Override":
            if let name = attributes["PartName"], let type = attributes["ContentType"],
                let part = PartPath.resolve(target: name, relativeTo: "")
            {
                overrides[part.lowercased()] = type
            }
        case "Default":
            if let ext = attributes["Extension"], let type = attributes["ContentType"] {
                defaults[ext.lowercased()] = type
            }
        default: break
        }
    }

    func didEnd(element: String) throws {}
    func didFind(text: String) throws {}
}

/// A `<sheet>` of workbook.xml: its name, visibility and relationship id.
struct WorkbookSheetEntry: Sendable {
    /// The sheet name, NFC-normalised.
    let name: String
    /// The `state` attribute: "visible" (or absent), "hidden" or "veryHidden".
    let state: String?
    /// The `r:id` of the relationship that points at the sheet's part.
    let relationshipID: String?
}

/// Reads `xl/workbook.xml`: the sheets listed in `<sheets>`, in workbook order.
final class WorkbookHandler: XMLElementHandler {
    private(set) var sheets: [WorkbookSheetEntry] = []
    private(set) var sawWorkbookRoot = false
    private var depth = 0
    private var insideSheets = false

    func didStart(element: String, attributes: [String: String]) throws {
        depth += 1
        if depth == 1 { sawWorkbookRoot = element == "workbook" }
        if element == "sheets" { insideSheets = true }
        guard insideSheets, element == "sheet", let name = attributes["name"] else { return }
        // The relationship id is "r:id" with whatever prefix the file bound to the relationships namespace.
        let relationshipID = attributes["r:id"] ?? attributes.first { $0.key.hasSuffix(":id") }?.value
        sheets.append(
            WorkbookSheetEntry(
                name: TextNormalizer.nfc(name), state: attributes["state"],
                relationshipID: relationshipID))
    }

    func didEnd(element: String) throws {
        depth -= 1
        if element == "sheets" { insideSheets = false }
    }

    func didFind(text: String) throws {}
}
