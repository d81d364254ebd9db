internal import CXlsxWriter
import Foundation

/// The single gate through which every `lxw_error` returned by libxlsxwriter passes.
///
/// Returns normally for `LXW_NO_ERROR`; otherwise throws `XLSXError.libxlsxwriter` whose message is
/// libxlsxwriter's own `lxw_strerror` text, prefixed by what we were trying to do.
func check(_ error: lxw_error, _ context: @autoclosure () -> String) throws(XLSXError) {
    guard error != LXW_NO_ERROR else { return }
    let message = lxw_strerror(error).map { String(cString: $0) } ?? "unknown error code \(error.rawValue)"
    throw .libxlsxwriter(context: context(), message: message)
}

/// A failure of libxlsxwriter to create or write the workbook's file (or its temporary files): the error
/// `XLSXError.fileNotWritten`, with the system's reason so that a caller can say what to do (a full disk, no
/// permission, a file where a folder should be).
struct FileFailure {
    /// The library's errors that are about the file system rather than about the workbook's content.
    static let fileErrors: Set<UInt32> = [
        LXW_ERROR_CREATING_XLSX_FILE.rawValue, LXW_ERROR_CREATING_TMPFILE.rawValue, LXW_ERROR_READING_TMPFILE.rawValue,
        LXW_ERROR_ZIP_FILE_OPERATION.rawValue, LXW_ERROR_ZIP_FILE_ADD.rawValue, LXW_ERROR_ZIP_CLOSE.rawValue,
    ]

    /// The reasons looked for in the library's own text ("System error = No space left on device") when
    /// `errno` did not survive: the commonest ones first.
    static let knownReasons: [Int32] = [ENOSPC, EDQUOT, EACCES, EPERM, EROFS, ENOENT, ENOTDIR, EISDIR, EFBIG, EIO]

    let error: XLSXError

    /// The failure of `error` while writing `path`, or nil when `error` is not about the file system.
    init?(_ error: lxw_error, path: String, errorNumber: Int32, detail: String) {
        guard error != LXW_NO_ERROR, Self.fileErrors.contains(error.rawValue) else { return nil }
        let library = lxw_strerror(error).map { String(cString: $0) } ?? "error code \(error.rawValue)"
        var number = errorNumber
        if number == 0 {
            number = Self.knownReasons.first { detail.contains(String(cString: strerror($0))) } ?? 0
        }
        self.error = .fileNotWritten(
            path: path, errorNumber: number, message: library + (detail.isEmpty ? "" : " (\(detail))"))
    }
}

/// Unwraps an object pointer returned by libxlsxwriter, treating NULL as a library failure.
func checkNotNull<Pointee>(
    _ pointer: UnsafeMutablePointer<Pointee>?,
    _ context: @autoclosure () -> String
) throws(XLSXError) -> UnsafeMutablePointer<Pointee> {
    guard let pointer else {
        throw .libxlsxwriter(context: context(), message: "it returned no object (invalid argument or out of memory)")
    }
    return pointer
}

/// Converts an RGB colour to libxlsxwriter's colour value.
///
/// libxlsxwriter treats `0x000000` as "colour not set", so pure black must be passed as
/// `LXW_COLOR_BLACK` (0x1000000) or it would silently vanish.
func libraryColor(_ color: RGB) -> lxw_color_t {
    color.hex == 0 ? lxw_color_t(LXW_COLOR_BLACK.rawValue) : lxw_color_t(color.hex)
}

/// A set of heap-allocated C strings that live until the bundle is released.
///
/// Used where libxlsxwriter takes a struct of `char *` fields (it copies them during the call).
final class CStringBundle {
    private var pointers: [UnsafeMutablePointer<CChar>] = []

    /// Duplicates `string` onto the C heap (nil stays nil); throws `outOfMemory` if allocation fails.
    func duplicate(
        _ string: String?, _ context: @autoclosure () -> String
    ) throws(XLSXError)
        -> UnsafeMutablePointer<CChar>?
    {
        guard let string else { return nil }
        guard let copy = strdup(string) else { throw .outOfMemory(context: context()) }
        pointers.append(copy)
        return copy
    }

    deinit {
        for pointer in pointers { free(pointer) }
    }
}

/// Conversions of validated zero-based coordinates to libxlsxwriter's integer types.
enum LibraryIndex {
    /// A validated row index as `lxw_row_t` (uint32).
    static func row(_ row: Int) -> lxw_row_t { lxw_row_t(truncatingIfNeeded: row) }
    /// A validated column index as `lxw_col_t` (uint16).
    static func column(_ column: Int) -> lxw_col_t { lxw_col_t(truncatingIfNeeded: column) }
}
