import Foundation

/// Reads the package-level parts of an .xlsx: content types, relationships, the workbook and shared strings.
struct PackageLoader {
    /// What opening a workbook yields.
    struct Package {
        /// The sheets in workbook order.
        let sheets: [XLSXSheetInfo]
        /// The shared-string table (empty when the workbook has none).
        let sharedStrings: [String]
        /// The workbook's relationships part, named in messages about sheets.
        let workbookRelationshipsPart: String
    }

    /// Reads parts of the open archive.
    let reader: ZipPartReader

    private var file: String { reader.file.displayName }

    /// Reads every package-level part and checks the package is a spreadsheet.
    func load() throws(XLSXReadError) -> Package {
        let contentTypes = ContentTypesHandler()
        guard let typesData = try reader.readIfPresent("[Content_Types].xml") else {
            throw .notAnXLSX(
                file: file,
                reason: "it is a zip file but has no [Content_Types].xml, "
                    + "so it is not an Office Open XML package")
        }
        try parse(typesData, part: "[Content_Types].xml", handler: contentTypes)
        let workbookPart = try findWorkbookPart()
        try checkIsSpreadsheet(workbookPart, contentTypes: contentTypes)
        guard let workbookData = try reader.readIfPresent(workbookPart) else {
            throw .missingPart(file: file, part: workbookPart, referencedBy: "_rels/.rels")
        }
        let workbook = WorkbookHandler()
        try parse(workbookData, part: workbookPart, handler: workbook)
        guard workbook.sawWorkbookRoot else {
            throw .invalidContent(file: file, part: workbookPart, reason: "its root element is not <workbook>")
        }
        let relationshipsPart = PartPath.relationships(of: workbookPart)
        let relationships = RelationshipsHandler(source: workbookPart)
        if let data = try reader.readIfPresent(relationshipsPart) {
            try parse(data, part: relationshipsPart, handler: relationships)
        } else if !workbook.sheets.isEmpty {
            throw .missingPart(file: file, part: relationshipsPart, referencedBy: workbookPart)
        }
        let sheets = workbook.sheets.map { entry in
            let relationship = entry.relationshipID.flatMap { relationships.relationships[$0] }
            return XLSXSheetInfo(
                name: entry.name,
                visibility: XLSXSheetInfo.Visibility(rawValue: entry.state ?? "visible") ?? .visible,
                kind: relationship.map(Self.sheetKind) ?? "worksheet",
                part: relationship?.target)
        }
        let sharedStrings = try loadSharedStrings(relationships.relationships, relationshipsPart: relationshipsPart)
        return Package(sheets: sheets, sharedStrings: sharedStrings, workbookRelationshipsPart: relationshipsPart)
    }

    /// The workbook part named by the package's officeDocument relationship (or "xl/workbook.xml").
    private func findWorkbookPart() throws(XLSXReadError) -> String {
        if let data = try reader.readIfPresent("_rels/.rels") {
            let relationships = RelationshipsHandler(source: "")
            try parse(data, part: "_rels/.rels", handler: relationships)
            let office = relationships.relationships.sorted { $0.key < $1.key }
                .first { $0.value.isKind("officeDocument") }
            if let office { return office.value.target }
        }
        guard reader.directory.entry("xl/workbook.xml") != nil else {
            throw .notAnXLSX(
                file: file,
                reason: "it has no workbook part (no officeDocument relationship "
                    + "in _rels/.rels and no xl/workbook.xml)")
        }
        return "xl/workbook.xml"
    }

    /// Refuses packages whose main part is declared as a Word document or a presentation (a renamed .docx,
    /// .pptx); any other main part must prove itself a workbook by its root element.
    private func checkIsSpreadsheet(_ part: String, contentTypes: ContentTypesHandler) throws(XLSXReadError) {
        guard let type = contentTypes.contentType(of: part) else { return }
        let kind =
            type.contains("wordprocessingml")
            ? "a Word document"
            : type.contains("presentationml") ? "a PowerPoint presentation" : nil
        guard let kind else { return }
        throw .notAnXLSX(
            file: file,
            reason: "its main part '\(part)' has the content type '\(type)' (\(kind)), "
                + "not a workbook")
    }

    /// The shared-string table named by the workbook's relationships (or "xl/sharedStrings.xml" if present).
    private func loadSharedStrings(
        _ relationships: [String: PackageRelationship], relationshipsPart: String
    ) throws(XLSXReadError) -> [String] {
        let declared = relationships.sorted { $0.key < $1.key }.first { $0.value.isKind("sharedStrings") }?.value
        let part = declared?.target ?? "xl/sharedStrings.xml"
        guard let data = try reader.readIfPresent(part) else {
            if declared != nil { throw .missingPart(file: file, part: part, referencedBy: relationshipsPart) }
            return []
        }
        let handler = SharedStringsHandler(limit: reader.limits.maxSharedStrings, file: file)
        try parse(data, part: part, handler: handler)
        return handler.strings
    }

    /// "…/relationships/worksheet" → "worksheet"; "…/relationships/chartsheet" → "chartsheet".
    private static func sheetKind(_ relationship: PackageRelationship) -> String {
        for kind in ["worksheet", "chartsheet", "dialogsheet"] where relationship.isKind(kind) { return kind }
        if relationship.isKind("xlMacrosheet") || relationship.isKind("xlIntlMacrosheet") { return "macrosheet" }
        return relationship.type.split(separator: "/").last.map(String.init) ?? "unknown sheet"
    }

    /// Parses a package part whose handler throws only `XLSXReadError`.
    private func parse(_ data: Data, part: String, handler: any XMLElementHandler) throws(XLSXReadError) {
        do {
            try XMLPartParser.parse(data, part: part, file: file, handler: handler)
        } catch let error as XLSXReadError {
            throw error
        } catch {
            throw .invalidContent(file: file, part: part, reason: "\(error)")
        }
    }
}
