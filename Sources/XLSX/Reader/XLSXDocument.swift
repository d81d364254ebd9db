import Foundation
import TextNormalization

/// A sheet listed in the workbook: its name, whether it is hidden, and whether it holds cells.
public struct XLSXSheetInfo: Sendable, Equatable {
    /// How a sheet is shown in Excel's tab bar.
    public enum Visibility: String, Sendable, Equatable {
        /// A normal tab.
        case visible
        /// Hidden; the user can unhide it.
        case hidden
        /// Hidden so that only a macro can unhide it.
        case veryHidden
    }

    /// The sheet's name, NFC-normalised.
    public let name: String
    /// Whether the sheet's tab is shown.
    public let visibility: Visibility
    /// What the sheet is: "worksheet", or "chartsheet", "dialogsheet", "macrosheet" (which hold no readable cells).
    public let kind: String
    /// The part holding the sheet, e.g. "xl/worksheets/sheet1.xml"; nil when the workbook's relationships lack it.
    let part: String?

    /// Whether the sheet is a worksheet, i.e. holds cells that can be read.
    public var isWorksheet: Bool { kind == "worksheet" }
}

/// A read-only .xlsx workbook, opened defensively: every size, count and structure of the file is checked
/// against `XLSXReadLimits`, and no hostile file can crash the process, hang it or exhaust its memory.
///
/// Opening reads the zip directory, `[Content_Types].xml`, the workbook, its relationships and the shared
/// strings; each worksheet is read when asked for. Numbers come out as their literal text, never as `Double`.
/// The document is immutable and can be shared between threads; each read opens the file anew.
public final class XLSXDocument: Sendable {
    /// The file the document was opened from.
    public let url: URL
    /// The limits enforced while reading.
    public let limits: XLSXReadLimits
    /// The sheets in workbook (tab) order.
    public let sheets: [XLSXSheetInfo]
    private let directory: ZipDirectory
    private let sharedStrings: [String]
    private let workbookRelationshipsPart: String

    /// The sheet names in workbook (tab) order, NFC-normalised, hidden sheets included.
    public var sheetNames: [String] { sheets.map(\.name) }

    /// Opens the workbook at `url`, reading its structure and shared strings.
    public init(url: URL, limits: XLSXReadLimits = .standard) throws(XLSXReadError) {
        let file = try RandomAccessFile(url: url)
        let directory = try ZipDirectory.read(from: file, limits: limits)
        let package = try PackageLoader(reader: ZipPartReader(file: file, directory: directory, limits: limits))
            .load()
        self.url = url
        self.limits = limits
        self.directory = directory
        self.sheets = package.sheets
        self.sharedStrings = package.sharedStrings
        self.workbookRelationshipsPart = package.workbookRelationshipsPart
    }

    /// Information about the sheet called `name` (exact NFC match first, then ignoring case as Excel does).
    public func sheetInfo(named name: String) -> XLSXSheetInfo? {
        let wanted = TextNormalizer.nfc(name)
        return sheets.first { $0.name == wanted }
            ?? sheets.first { $0.name.compare(wanted, options: .caseInsensitive) == .orderedSame }
    }

    /// Reads the whole worksheet `name` into memory.
    public func sheet(named name: String) throws(XLSXReadError) -> XLSXSheet {
        let info = try worksheetInfo(named: name)
        var rows: [XLSXRow] = []
        do {
            try readRows(of: info) { rows.append($0) }
        } catch let error as XLSXReadError {
            throw error
        } catch {
            throw .invalidContent(file: url.path, part: info.part ?? "", reason: "\(error)")
        }
        return XLSXSheet(name: info.name, rows: rows)
    }

    /// Streams the worksheet `name` row by row: each row that holds cells is handed to `body` as soon as it
    /// has been read, in ascending order, and no more than one row of cells is held in memory (the sheet's
    /// decompressed XML is, up to `limits.maxPartBytes`).
    ///
    /// Throws `XLSXReadError` for problems with the file, or whatever `body` throws (which stops the reading).
    public func forEachRow(inSheet name: String, _ body: (XLSXRow) throws -> Void) throws {
        let info = try worksheetInfo(named: name)
        try withoutActuallyEscaping(body) { escapableBody in
            try readRows(of: info, escapableBody)
        }
    }

    /// The info of a readable worksheet, or the error saying why there is none.
    private func worksheetInfo(named name: String) throws(XLSXReadError) -> XLSXSheetInfo {
        guard let info = sheetInfo(named: name) else {
            throw .sheetNotFound(file: url.path, sheet: TextNormalizer.nfc(name), available: sheetNames)
        }
        guard info.isWorksheet else { throw .notAWorksheet(file: url.path, sheet: info.name, kind: info.kind) }
        return info
    }

    /// Decompresses the sheet's part and parses it, passing each row to `deliver`.
    private func readRows(of info: XLSXSheetInfo, _ deliver: @escaping (XLSXRow) throws -> Void) throws {
        guard let part = info.part else {
            throw XLSXReadError.invalidContent(
                file: url.path, part: workbookRelationshipsPart,
                reason: "it has no relationship for sheet '\(info.name)'")
        }
        let file = try RandomAccessFile(url: url)
        let reader = ZipPartReader(file: file, directory: directory, limits: limits)
        guard let data = try reader.readIfPresent(part) else {
            throw XLSXReadError.missingPart(file: url.path, part: part, referencedBy: workbookRelationshipsPart)
        }
        let context = WorksheetHandler.Context(
            file: url.path, part: part, sheet: info.name, sharedStrings: sharedStrings, maxCells: limits.maxCells)
        let handler = WorksheetHandler(context: context, deliver: deliver)
        try XMLPartParser.parse(data, part: part, file: url.path, handler: handler)
    }
}
