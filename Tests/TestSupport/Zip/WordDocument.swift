import Foundation

/// A minimal Word document written for tests: paragraphs and tables (with merged cells), nothing else.
public struct WordDocument: Sendable {
    /// A table cell: its text (lines become paragraphs), how many columns it spans, and its vertical merge.
    public struct Cell: ExpressibleByStringLiteral, Sendable {
        /// How a cell takes part in a vertical merge.
        public enum Merge: Sendable { case restart, proceed }

        public var text: String
        public var span: Int
        public var merge: Merge?

        public init(_ text: String, span: Int = 1, merge: Merge? = nil) {
            self.text = text
            self.span = span
            self.merge = merge
        }

        public init(stringLiteral text: String) { self.init(text) }

        /// A cell continuing the one above (`<w:vMerge/>`).
        public static let continued = Cell("", merge: .proceed)
    }

    /// The body's XML, in order.
    public private(set) var body: [String] = []

    public init() {}

    /// Adds a paragraph.
    public mutating func paragraph(_ text: String) {
        body.append(Self.paragraphXML(text))
    }

    /// Adds a table of `rows`.
    public mutating func table(_ rows: [[Cell]]) {
        body.append(Self.tableXML(rows))
    }

    /// The `<w:p>` of `text`.
    public static func paragraphXML(_ text: String) -> String {
        "<w:p><w:r><w:t xml:space=\"preserve\">\(escape(text))</w:t></w:r></w:p>"
    }

    /// The `<w:tbl>` of `rows`.
    public static func tableXML(_ rows: [[Cell]]) -> String {
        var xml = "<w:tbl><w:tblPr><w:tblW w:w=\"0\" w:type=\"auto\"/></w:tblPr>"
        for row in rows {
            xml += "<w:tr>"
            for cell in row {
                var properties = ""
                if cell.span > 1 { properties += "<w:gridSpan w:val=\"\(cell.span)\"/>" }
                switch cell.merge {
                case .restart: properties += "<w:vMerge w:val=\"restart\"/>"
                case .proceed: properties += "<w:vMerge/>"
                case nil: break
                }
                let paragraphs = cell.text.split(separator: "\n", omittingEmptySubsequences: false)
                    .map { paragraphXML(String($0)) }.joined()
                xml += "<w:tc><w:tcPr>\(properties)</w:tcPr>\(paragraphs)</w:tc>"
            }
            xml += "</w:tr>"
        }
        return xml + "</w:tbl>"
    }

    /// The main part.
    public var documentXML: String {
        "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>"
            + "<w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"><w:body>"
            + body.joined() + "<w:sectPr/></w:body></w:document>"
    }

    /// Writes the .docx to `url`.
    public func write(to url: URL) throws {
        try Self.write(documentXML: documentXML, to: url)
    }

    /// Writes a .docx whose main part is `documentXML`.
    public static func write(documentXML: String, to url: URL) throws {
        let types =
            "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
            + "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
            + "<Default Extension=\"xml\" ContentType=\"application/xml\"/></Types>"
        let relationships =
            "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
            + "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\" Target=\"word/document.xml\"/>"
            + "</Relationships>"
        try ZipArchive.write(
            [
                ("[Content_Types].xml", Data(types.utf8)), ("_rels/.rels", Data(relationships.utf8)),
                ("word/document.xml", Data(documentXML.utf8)),
            ], to: url)
    }

    /// `text` with the XML special characters escaped.
    static func escape(_ text: String) -> String {
        text.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "<", with: "&lt;")
            .replacingOccurrences(of: ">", with: "&gt;")
    }
}
