import Foundation
import XLSX

/// Reads a narrative report's paragraphs: a `.txt` file in UTF-8, or a `.docx` through the hardened zip/XML reader.
public enum NarrativeDocument {
    /// Largest `.txt` read (a half-year review is a few kilobytes).
    public static let maxTextBytes = 10 * 1_048_576

    /// The paragraphs and table rows of `url`, NFC, in document order (a `.txt` has paragraphs only); a Word
    /// table becomes its body rows, each with its label and its columns' meanings (`NarrativeTableReader`).
    /// Throws when the file cannot be read, is neither `.txt` nor `.docx`, or holds no text.
    public static func blocks(of url: URL) throws(ExtractError) -> [NarrativeBlock] {
        guard url.pathExtension.lowercased() == "docx" else {
            return try paragraphs(of: url).map(NarrativeBlock.paragraph)
        }
        let read: [DOCXBlock]
        do {
            read = try DOCXDocument.blocks(of: url)
        } catch {
            throw .unreadableDOCX(file: url.path, reason: error.vietnamese(.docx))
        }
        var blocks: [NarrativeBlock] = []
        var tables = 0
        for block in read {
            switch block {
            case .paragraph(let text):
                blocks.append(.paragraph(clean(text)))
            case .table(let table):
                tables += 1
                blocks += NarrativeTableReader.rows(of: table, number: tables).map(NarrativeBlock.row)
            }
        }
        let hasText = blocks.contains {
            if case .paragraph(let text) = $0 { return !text.isEmpty }
            return true
        }
        guard hasText else { throw .empty(file: url.path) }
        return blocks
    }

    /// A paragraph NFC, without blank space at its ends.
    private static func clean(_ text: String) -> String {
        text.precomposedStringWithCanonicalMapping.trimmingCharacters(in: .whitespacesAndNewlines)
    }

    /// The paragraphs of `url` (a Word table's cells each a paragraph), NFC; throws when the file cannot be read or is neither `.txt` nor `.docx`.
    public static func paragraphs(of url: URL) throws(ExtractError) -> [String] {
        let paragraphs: [String]
        switch url.pathExtension.lowercased() {
        case "txt":
            paragraphs = try text(of: url).components(separatedBy: "\n")
        case "docx":
            do {
                paragraphs = try DOCXDocument.paragraphs(of: url)
            } catch {
                throw .unreadableDOCX(file: url.path, reason: error.vietnamese(.docx))
            }
        default:
            throw .unsupportedFormat(file: url.path)
        }
        let cleaned = paragraphs.map(clean)
        guard cleaned.contains(where: { !$0.isEmpty }) else { throw .empty(file: url.path) }
        return cleaned
    }

    /// The text of a `.txt` file: UTF-8 (a byte-order mark is dropped), line ends made `\n`.
    private static func text(of url: URL) throws(ExtractError) -> String {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: url.path, isDirectory: &isDirectory), !isDirectory.boolValue else {
            throw .unreadable(file: url.path, reason: isDirectory.boolValue ? "đây là một thư mục" : "không có tệp này")
        }
        let size = (try? FileManager.default.attributesOfItem(atPath: url.path)[.size] as? Int) ?? 0
        guard size <= maxTextBytes else { throw .tooLarge(file: url.path, limit: maxTextBytes) }
        let data: Data
        do {
            data = try Data(contentsOf: url)
        } catch {
            throw .unreadable(file: url.path, reason: WriteProblem.readReason(error))
        }
        var bytes = [UInt8](data)
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { bytes.removeFirst(3) }
        guard !bytes.contains(0), let text = String(validating: bytes, as: UTF8.self) else {
            throw .notUTF8(file: url.path)
        }
        return text.replacingOccurrences(of: "\r\n", with: "\n").replacingOccurrences(of: "\r", with: "\n")
    }
}
