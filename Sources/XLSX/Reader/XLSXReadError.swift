import Foundation

/// Every failure the xlsx reader can report, each naming the file, the part or sheet, the value and the limit.
///
/// `file` is the path of the .xlsx as it was given; `part` is a path inside the zip package,
/// such as `xl/worksheets/sheet1.xml`. Cell positions in messages use A1 notation ("B14").
public enum XLSXReadError: Error, LocalizedError, Equatable {
    /// The file could not be opened or read at all (missing, a directory, no permission, I/O error).
    case unreadableFile(file: String, reason: String)
    /// The file is not an .xlsx package: not a zip, a truncated zip, an old .xls, a Word document...
    case notAnXLSX(file: String, reason: String)
    /// The file is not a .docx Word document (read by `DOCXDocument`): not a zip, or a zip without a document part.
    case notADOCX(file: String, reason: String)
    /// The zip holds more entries than the limit allows.
    case tooManyEntries(file: String, count: Int, limit: Int)
    /// A zip entry name is absolute, climbs out with "..", or contains a NUL character.
    case unsafeEntryName(file: String, entry: String)
    /// Two zip entries have the same name (ignoring ASCII case, as Office Open XML does).
    case duplicateEntry(file: String, entry: String)
    /// Two zip entries share compressed bytes, a trick used by zip bombs.
    case overlappingEntries(file: String, entry: String, otherEntry: String)
    /// All entries together declare more decompressed bytes than the limit allows.
    case packageTooLarge(file: String, declaredBytes: Int, limit: Int)
    /// A part would decompress to more bytes than the per-part limit allows.
    case partTooLarge(file: String, part: String, limit: Int)
    /// A part decompresses to more bytes than its zip header declares.
    case partLargerThanDeclared(file: String, part: String, declaredBytes: Int)
    /// A part's compressed data is damaged or incomplete (bad deflate stream, wrong size or checksum).
    case corruptPart(file: String, part: String, reason: String)
    /// A part is stored in a way this reader does not support (encryption, an unusual compression method).
    case unsupportedPart(file: String, part: String, reason: String)
    /// A part that the package refers to is not in the zip.
    case missingPart(file: String, part: String, referencedBy: String)
    /// A part declares a DOCTYPE or ENTITY, which Office files (xlsx, docx) never need and entity-expansion attacks do.
    case forbiddenDeclaration(file: String, part: String, declaration: String)
    /// A part is not UTF-8 encoded XML.
    case unsupportedEncoding(file: String, part: String, encoding: String)
    /// A part is not well-formed XML; line and column are one-based positions in the part.
    case malformedXML(file: String, part: String, line: Int, column: Int, reason: String)
    /// A part is well-formed XML but its content breaks the spreadsheet format's rules.
    case invalidContent(file: String, part: String, reason: String)
    /// No sheet has the requested name.
    case sheetNotFound(file: String, sheet: String, available: [String])
    /// The requested sheet is a chart sheet (or another kind) that holds no cells.
    case notAWorksheet(file: String, sheet: String, kind: String)
    /// A worksheet holds more cells than the limit allows.
    case tooManyCells(file: String, sheet: String, limit: Int)
    /// The shared-string table holds more strings than the limit allows.
    case tooManySharedStrings(file: String, limit: Int)
    /// A cell refers to a shared string that does not exist.
    case sharedStringIndexOutOfRange(file: String, sheet: String, cell: String, index: String, count: Int)

    /// A one-sentence English explanation naming the file, the value and the limit.
    public var errorDescription: String? {
        switch self {
        case .unreadableFile(let file, let reason):
            return "Cannot read '\(file)': \(reason)"
        case .notAnXLSX(let file, let reason):
            return "'\(file)' is not an .xlsx workbook: \(reason)"
        case .notADOCX(let file, let reason):
            return "'\(file)' is not a .docx Word document: \(reason)"
        case .tooManyEntries(let file, let count, let limit):
            return "'\(file)' holds \(grouped(count)) zip entries, more than the limit of \(grouped(limit)); "
                + "the file may be a zip bomb"
        case .unsafeEntryName(let file, let entry):
            return "'\(file)' contains the unsafe zip entry name '\(entry)' (absolute, with '..' or a NUL character)"
        case .duplicateEntry(let file, let entry):
            return "'\(file)' contains the zip entry '\(entry)' twice"
        case .overlappingEntries(let file, let entry, let otherEntry):
            return "'\(file)': zip entries '\(entry)' and '\(otherEntry)' overlap; the file may be a zip bomb"
        case .packageTooLarge(let file, let declaredBytes, let limit):
            return "'\(file)' would expand to \(describeBytes(declaredBytes)), more than \(describeBytes(limit)) "
                + "(limit); the file may be a zip bomb"
        case .partTooLarge(let file, let part, let limit):
            return "'\(file)': part '\(part)' would expand to more than \(describeBytes(limit)) (limit); "
                + "the file may be a zip bomb"
        case .partLargerThanDeclared(let file, let part, let declaredBytes):
            return "'\(file)': part '\(part)' expands to more than the \(describeBytes(declaredBytes)) "
                + "its zip header declares; the file is corrupt or a zip bomb"
        case .corruptPart(let file, let part, let reason):
            return "'\(file)': part '\(part)' is corrupt: \(reason)"
        case .unsupportedPart(let file, let part, let reason):
            return "'\(file)': part '\(part)' cannot be read: \(reason)"
        case .missingPart(let file, let part, let referencedBy):
            return "'\(file)': part '\(part)', referred to by '\(referencedBy)', is missing from the zip"
        case .forbiddenDeclaration(let file, let part, let declaration):
            return "'\(file)': part '\(part)' contains '\(declaration)'; Office files (xlsx, docx) never declare a "
                + "DOCTYPE or entities, so the file was refused (entity-expansion attacks use them)"
        case .unsupportedEncoding(let file, let part, let encoding):
            return "'\(file)': part '\(part)' is encoded as \(encoding); only UTF-8 XML is read"
        case .malformedXML(let file, let part, let line, let column, let reason):
            return "'\(file)': part '\(part)' is not well-formed XML at line \(line), column \(column): \(reason)"
        case .invalidContent(let file, let part, let reason):
            return "'\(file)': part '\(part)' is invalid: \(reason)"
        case .sheetNotFound(let file, let sheet, let available):
            let names = available.map { "'\($0)'" }.joined(separator: ", ")
            return "'\(file)' has no sheet named '\(sheet)' (sheets: \(names.isEmpty ? "none" : names))"
        case .notAWorksheet(let file, let sheet, let kind):
            return "'\(file)': sheet '\(sheet)' is a \(kind), not a worksheet with cells"
        case .tooManyCells(let file, let sheet, let limit):
            return "'\(file)': sheet '\(sheet)' holds more than \(grouped(limit)) cells (limit)"
        case .tooManySharedStrings(let file, let limit):
            return "'\(file)' holds more than \(grouped(limit)) shared strings (limit)"
        case .sharedStringIndexOutOfRange(let file, let sheet, let cell, let index, let count):
            return "'\(file)': cell \(cell) of sheet '\(sheet)' refers to shared string '\(index)', "
                + "but the table holds \(grouped(count)) strings"
        }
    }
}
