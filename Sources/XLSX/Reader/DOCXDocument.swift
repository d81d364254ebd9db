import Foundation
import TextNormalization

/// The text of a .docx Word document, read paragraph by paragraph with the same defences as `XLSXDocument`.
///
/// The zip directory, every part's size and the XML are checked against `XLSXReadLimits` exactly as for a
/// workbook (no DTD, bounded inflation, CRC-checked parts). Only the main document part is read: its
/// paragraphs (`<w:p>`), including those inside tables, in document order; tabs and line breaks become
/// spaces and newlines, deleted text of tracked changes and field codes are left out. `blocks(of:)` gives
/// the body as paragraphs and tables instead, a table as rows of cells (a cell's paragraphs joined by
/// spaces, a table nested in a cell read as text of that cell), within `maxTableRows` rows per table,
/// `maxTableColumns` grid columns per row and the limits' `maxCells` cells in the whole document.
public enum DOCXDocument {
    /// Most rows one table may have (Word's own limit is 32.767).
    public static let maxTableRows = 32_767
    /// Most grid columns one row may span (Word's own limit is 63).
    public static let maxTableColumns = 64

    /// The body of the document at `url`: its paragraphs and tables in document order, NFC.
    public static func blocks(of url: URL, limits: XLSXReadLimits = .standard) throws(XLSXReadError) -> [DOCXBlock] {
        do throws(XLSXReadError) {
            return try read(url, limits: limits).blocks
        } catch {
            guard case .notAnXLSX(let file, let reason) = error else { throw error }
            throw .notADOCX(file: file, reason: reason)
        }
    }

    /// The paragraphs of the document at `url`, NFC-normalised, empty ones included (as "").
    public static func paragraphs(of url: URL, limits: XLSXReadLimits = .standard) throws(XLSXReadError) -> [String] {
        do throws(XLSXReadError) {
            return try read(url, limits: limits).paragraphs
        } catch {
            guard case .notAnXLSX(let file, let reason) = error else { throw error }
            throw .notADOCX(file: file, reason: reason)
        }
    }

    /// Opens the package, finds its main part and collects the paragraphs.
    private static func read(
        _ url: URL, limits: XLSXReadLimits
    ) throws(XLSXReadError) -> (paragraphs: [String], blocks: [DOCXBlock]) {
        let file = try RandomAccessFile(url: url)
        let directory = try ZipDirectory.read(from: file, limits: limits)
        let reader = ZipPartReader(file: file, directory: directory, limits: limits)
        let part = try mainPart(reader)
        guard let data = try reader.readIfPresent(part) else {
            throw .missingPart(file: url.path, part: part, referencedBy: "_rels/.rels")
        }
        let handler = ParagraphHandler(file: url.path, part: part, maxCells: limits.maxCells)
        do {
            try XMLPartParser.parse(data, part: part, file: url.path, handler: handler)
        } catch let error as XLSXReadError {
            throw error
        } catch {
            throw .invalidContent(file: url.path, part: part, reason: "\(error)")
        }
        guard handler.sawDocumentRoot else {
            throw .notADOCX(file: url.path, reason: "its main part '\(part)' is not a Word document (no <w:document>)")
        }
        return (handler.paragraphs.map(TextNormalizer.nfc), handler.blocks)
    }

    /// The main document part named by the package's officeDocument relationship (or "word/document.xml").
    private static func mainPart(_ reader: ZipPartReader) throws(XLSXReadError) -> String {
        let file = reader.file.displayName
        if let data = try reader.readIfPresent("_rels/.rels") {
            let relationships = RelationshipsHandler(source: "")
            do {
                try XMLPartParser.parse(data, part: "_rels/.rels", file: file, handler: relationships)
            } catch let error as XLSXReadError {
                throw error
            } catch {
                throw .invalidContent(file: file, part: "_rels/.rels", reason: "\(error)")
            }
            let office = relationships.relationships.sorted { $0.key < $1.key }.first {
                $0.value.isKind("officeDocument")
            }
            if let office { return office.value.target }
        }
        guard reader.directory.entry("word/document.xml") != nil else {
            throw .notADOCX(
                file: file,
                reason: "it has no document part (no officeDocument relationship "
                    + "in _rels/.rels and no word/document.xml)")
        }
        return "word/document.xml"
    }
}

/// A part of a Word document's body: a paragraph or a table.
public enum DOCXBlock: Sendable, Equatable {
    /// A paragraph outside any table (NFC; may hold line breaks).
    case paragraph(String)
    /// A table.
    case table(DOCXTable)
}

/// A table of a Word document: its rows of cells, as written (merged cells are not spread).
public struct DOCXTable: Sendable, Equatable {
    /// The rows, top to bottom.
    public let rows: [[DOCXCell]]

    /// Creates a table.
    public init(rows: [[DOCXCell]]) { self.rows = rows }
}

/// One cell of a table row.
public struct DOCXCell: Sendable, Equatable {
    /// The cell's text: its paragraphs joined by spaces, NFC.
    public let text: String
    /// How many grid columns it spans (`<w:gridSpan>`; 1 when not merged across).
    public let span: Int
    /// Whether it continues the cell above (`<w:vMerge/>` without "restart"): its text belongs to that cell.
    public let continuesAbove: Bool

    /// Creates a cell.
    public init(text: String, span: Int = 1, continuesAbove: Bool = false) {
        self.text = text
        self.span = span
        self.continuesAbove = continuesAbove
    }
}

/// Collects the text of `<w:p>` paragraphs from `<w:t>` runs, `<w:tab/>` and `<w:br/>`; a paragraph nested in
/// another (a text box) adds to the outer one. Tables (`<w:tbl>`) are collected as rows of cells too.
private final class ParagraphHandler: XMLElementHandler {
    private(set) var paragraphs: [String] = []
    private(set) var blocks: [DOCXBlock] = []
    private let maxCells: Int
    private var tableDepth = 0
    private var rows: [[DOCXCell]] = []
    private var row: [DOCXCell] = []
    private var rowColumns = 0
    private var cellTexts: [String] = []
    private var cellSpan = 1
    private var cellContinues = false
    private var cells = 0
    private(set) var sawDocumentRoot = false
    private let file: String
    private let part: String
    private var current = ""
    private var paragraphDepth = 0
    private var insideText = false
    private var depth = 0
    private var characters = 0
    /// Most text one document may hold, far above any report: a guard against a part of tiny repeated runs.
    static let maxCharacters = 20_000_000

    init(file: String, part: String, maxCells: Int) {
        self.file = file
        self.part = part
        self.maxCells = maxCells
    }

    /// The refusal of a table beyond the limits.
    private func tooLarge(_ what: String) -> XLSXReadError {
        .invalidContent(file: file, part: part, reason: "a table has more than \(what)")
    }

    /// The value of a `w:val` attribute, whatever its prefix.
    private static func value(_ attributes: [String: String]) -> String? {
        attributes.first { $0.key == "val" || $0.key.hasSuffix(":val") }?.value
    }

    /// Table structure: rows, cells and the merges of the outermost table (a nested table is text of its cell).
    private func startTableElement(_ element: String, attributes: [String: String]) throws {
        switch element {
        case "tbl":
            tableDepth += 1
            if tableDepth == 1 { rows = [] }
        case "tr" where tableDepth == 1:
            row = []
            rowColumns = 0
            guard rows.count < DOCXDocument.maxTableRows else {
                throw tooLarge("\(grouped(DOCXDocument.maxTableRows)) rows")
            }
        case "tc" where tableDepth == 1:
            cellTexts = []
            cellSpan = 1
            cellContinues = false
            cells += 1
            guard cells <= maxCells else { throw tooLarge("\(grouped(maxCells)) cells in all") }
        case "gridSpan" where tableDepth == 1:
            let span = Self.value(attributes).flatMap { Int($0) } ?? 1
            guard span <= DOCXDocument.maxTableColumns else {
                throw tooLarge("\(DOCXDocument.maxTableColumns) columns")
            }
            cellSpan = max(1, span)
        case "vMerge" where tableDepth == 1:
            cellContinues = Self.value(attributes) != "restart"
        default: break
        }
    }

    /// Closes rows, cells and tables.
    private func endTableElement(_ element: String) throws {
        switch element {
        case "tc" where tableDepth == 1:
            rowColumns += cellSpan
            guard rowColumns <= DOCXDocument.maxTableColumns else {
                throw tooLarge("\(DOCXDocument.maxTableColumns) columns")
            }
            let text = cellTexts.map { $0.split(whereSeparator: \.isWhitespace).joined(separator: " ") }
                .filter { !$0.isEmpty }.joined(separator: " ")
            row.append(DOCXCell(text: TextNormalizer.nfc(text), span: cellSpan, continuesAbove: cellContinues))
        case "tr" where tableDepth == 1:
            rows.append(row)
        case "tbl":
            tableDepth -= 1
            if tableDepth == 0 { blocks.append(.table(DOCXTable(rows: rows))) }
        default: break
        }
    }

    func didStart(element: String, attributes: [String: String]) throws {
        depth += 1
        if depth == 1 { sawDocumentRoot = element == "document" }
        try startTableElement(element, attributes: attributes)
        switch element {
        case "p": paragraphDepth += 1
        case "t": insideText = true
        case "tab": if paragraphDepth > 0 { current.append(" ") }
        case "br", "cr": if paragraphDepth > 0 { current.append("\n") }
        default: break
        }
    }

    func didEnd(element: String) throws {
        depth -= 1
        try endTableElement(element)
        switch element {
        case "t": insideText = false
        case "p" where paragraphDepth > 0:
            paragraphDepth -= 1
            if paragraphDepth == 0 {
                paragraphs.append(current)
                if tableDepth == 0 {
                    blocks.append(.paragraph(TextNormalizer.nfc(current)))
                } else {
                    cellTexts.append(current)
                }
                current = ""
            }
        default: break
        }
    }

    func didFind(text: String) throws {
        guard insideText, paragraphDepth > 0 else { return }
        characters += text.count
        guard characters <= Self.maxCharacters else {
            throw XLSXReadError.invalidContent(
                file: file, part: part, reason: "it holds more than \(grouped(Self.maxCharacters)) characters of text")
        }
        current.append(text)
    }
}
