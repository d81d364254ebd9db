internal import CXlsxWriter

/// An opaque handle to a cell format owned by a workbook; obtain it from `Workbook.format(_:)`.
///
/// Equal handles refer to the same underlying libxlsxwriter format. The handle keeps its workbook
/// alive, and using it after the workbook is closed throws `XLSXError.workbookClosed`.
public struct CellFormat: Hashable {
    /// The style this format was created from.
    public let style: CellStyle
    /// The libxlsxwriter format; owned and freed by the workbook.
    let handle: UnsafeMutablePointer<lxw_format>
    /// The owning workbook, held strongly so the handle cannot outlive it.
    let workbook: Workbook

    /// Two formats are equal when they are the same libxlsxwriter format.
    public static func == (lhs: CellFormat, rhs: CellFormat) -> Bool {
        lhs.handle == rhs.handle
    }

    /// Hashes the identity of the underlying libxlsxwriter format.
    public func hash(into hasher: inout Hasher) {
        hasher.combine(handle)
    }

    /// The C format to pass for a worksheet of `owner`, after checking ownership and that it is still open.
    func libraryHandle(for owner: Workbook) throws(XLSXError) -> UnsafeMutablePointer<lxw_format> {
        guard workbook === owner else { throw .formatFromAnotherWorkbook }
        try owner.ensureOpen()
        return handle
    }
}

extension Optional where Wrapped == CellFormat {
    /// The C format (or NULL for no format) to pass for a worksheet of `owner`.
    func libraryHandle(for owner: Workbook) throws(XLSXError) -> UnsafeMutablePointer<lxw_format>? {
        guard let format = self else { return nil }
        return try format.libraryHandle(for: owner)
    }
}
