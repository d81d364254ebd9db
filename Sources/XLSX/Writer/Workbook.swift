internal import CXlsxWriter
import Foundation

/// An .xlsx file being built; the single owner of the underlying libxlsxwriter workbook.
///
/// Add worksheets and formats, fill them, then call `close()` to write the file at `path`.
/// If the workbook is released without `close()`, nothing is written and all C memory is freed.
/// Worksheets and formats keep their workbook alive and throw `XLSXError.workbookClosed` once it is closed.
/// Not thread-safe: use one workbook from one task at a time.
public final class Workbook {
    /// Creation options for a workbook.
    public struct Options: Hashable, Sendable {
        /// Streams rows to temporary files to save memory; rows must then be written in order,
        /// and merged ranges and shared strings are not available.
        public var constantMemory: Bool
        /// Directory for libxlsxwriter's temporary files, or nil for the system default.
        public var temporaryDirectory: String?

        /// Creates options; the defaults keep everything in memory and use the system temporary directory.
        public init(constantMemory: Bool = false, temporaryDirectory: String? = nil) {
            self.constantMemory = constantMemory
            self.temporaryDirectory = temporaryDirectory
        }
    }

    /// The file the workbook is written to on `close()` (used as given, not normalised).
    public let path: String
    /// The options the workbook was created with.
    public let options: Options
    /// NFC names of the worksheets added so far, in order.
    public private(set) var worksheetNames: [String] = []
    /// NFC workbook-level names defined so far with `defineName(_:formula:)`, in order.
    public internal(set) var definedNames: [String] = []
    /// Formats already created, keyed by the style they render.
    var formatCache: [CellStyle: UnsafeMutablePointer<lxw_format>] = [:]
    /// The C workbook; nil once `close()` has handed it back to libxlsxwriter.
    private var handle: UnsafeMutablePointer<lxw_workbook>?

    /// Whether `close()` has been called (successfully or not).
    public var isClosed: Bool { handle == nil }

    /// Starts a new workbook that will be written to `path` on `close()`.
    ///
    /// The file is not created until `close()`; an unwritable path is reported there.
    public init(path: String, options: Options = .init()) throws(XLSXError) {
        self.path = path
        self.options = options
        try TextValidation.checkNoNul(path, "Output path '\(path)'")
        if let directory = options.temporaryDirectory {
            try TextValidation.checkNoNul(directory, "Temporary directory '\(directory)'")
        }
        let strings = CStringBundle()
        var libraryOptions = lxw_workbook_options()
        libraryOptions.constant_memory = options.constantMemory ? 1 : 0
        libraryOptions.tmpdir = try strings.duplicate(
            options.temporaryDirectory, "copy the temporary directory path")
        // The bundle must outlive the call that reads (and copies) the temporary directory path.
        handle = try withExtendedLifetime(strings) { () throws(XLSXError) in
            try checkNotNull(workbook_new_opt(path, &libraryOptions), "create a workbook for '\(path)'")
        }
    }

    deinit {
        // Abandoned without close(): free everything, write nothing.
        if let handle { lxw_workbook_free(handle) }
    }

    /// Adds a worksheet; the name is NFC-normalised and checked against Excel's naming rules first.
    public func addWorksheet(named name: String) throws(XLSXError) -> Worksheet {
        let live = try liveHandle()
        let validName = try SheetNameValidator.validate(name, existingNames: worksheetNames)
        try check(workbook_validate_sheet_name(live, validName), "accept the worksheet name '\(validName)'")
        let sheet = try checkNotNull(
            workbook_add_worksheet(live, validName), "add the worksheet '\(validName)'")
        worksheetNames.append(validName)
        return Worksheet(name: validName, handle: sheet, workbook: self)
    }

    /// Writes the file to `path` and releases all C resources; afterwards the workbook is inert.
    ///
    /// libxlsxwriter frees the workbook even when writing fails, so a failed close also closes it.
    /// Calling `close()` a second time throws `XLSXError.workbookClosed`.
    public func close() throws(XLSXError) {
        guard let live = handle else { throw .workbookClosed }
        handle = nil
        formatCache.removeAll()
        // libxlsxwriter prints its own "[ERROR] …" line when it fails; it goes into the error instead, with the
        // system's reason (errno, read at once: nothing else runs between the library's failure and here).
        let ((error, errorNumber), printed) = StandardErrorCapture.run { () -> (lxw_error, Int32) in
            errno = 0
            let error = workbook_close(live)
            return (error, errno)
        }
        let detail = StandardErrorCapture.cleaned(printed)
        if let fileError = FileFailure(error, path: path, errorNumber: errorNumber, detail: detail) {
            throw fileError.error
        }
        try check(error, "write the workbook to '\(path)'" + (detail.isEmpty ? "" : " (\(detail))"))
    }

    /// Throws `workbookClosed` if the workbook can no longer be used.
    func ensureOpen() throws(XLSXError) {
        _ = try liveHandle()
    }

    /// The C workbook, or `workbookClosed` if it has been closed.
    func liveHandle() throws(XLSXError) -> UnsafeMutablePointer<lxw_workbook> {
        guard let handle else { throw .workbookClosed }
        return handle
    }
}

/// A workbook wraps mutable C state and must stay within one concurrency domain.
@available(*, unavailable)
extension Workbook: Sendable {}
