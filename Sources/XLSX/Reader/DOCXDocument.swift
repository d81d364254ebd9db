import Foundation
import TextNormalization

/// The text of a .docx Word document, read paragraph by paragraph with the same defences as `XLSXDocument`.
///
/// The zip directory, every part's size and the XML are checked against `XLSXReadLimits` exactly as for a
/// workbook (no DTD, bounded inflation, CRC-checked parts). Only the main document part is read: its
/// paragraphs (`<w:p>`), including those inside tables, in document order; tabs and line breaks become
/// spaces and newlines, deleted text of tracked changes and field codes are left out.
public enum DOCXDocument {
    /// The paragraphs of the document at `url`, NFC-normalised, empty ones included (as "").
    public static func paragraphs(of url: URL, limits: XLSXReadLimits = .standard) throws(XLSXReadError) -> [String] {
        do throws(XLSXReadError) {
            return try read(url, limits: limits)
        } catch {
            guard case .notAnXLSX(let file, let reason) = error else { throw error }
            throw .notADOCX(file: file, reason: reason)
        }
    }

    /// Opens the package, finds its main part and collects the paragraphs.
    private static func read(_ url: URL, limits: XLSXReadLimits) throws(XLSXReadError) -> [String] {
        let file = try RandomAccessFile(url: url)
        let directory = try ZipDirectory.read(from: file, limits: limits)
        let reader = ZipPartReader(file: file, directory: directory, limits: limits)
        let part = try mainPart(reader)
        guard let data = try reader.readIfPresent(part) else {
            throw .missingPart(file: url.path, part: part, referencedBy: "_rels/.rels")
        }
        let handler = ParagraphHandler(file: url.path, part: part)
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
        return handler.paragraphs.map(TextNormalizer.nfc)
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

/// Collects the text of `<w:p>` paragraphs from `<w:t>` runs, `<w:tab/>` and `<w:br/>`; a paragraph nested in
/// another (a text box) adds to the outer one.
private final class ParagraphHandler: XMLElementHandler {
    private(set) var paragraphs: [String] = []
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

    init(file: String, part: String) {
        self.file = file
        self.part = part
    }

    func didStart(element: String, attributes: [String: String]) throws {
        depth += 1
        if depth == 1 { sawDocumentRoot = element == "document" }
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
        switch element {
        case "t": insideText = false
        case "p" where paragraphDepth > 0:
            paragraphDepth -= 1
            if paragraphDepth == 0 {
                paragraphs.append(current)
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
