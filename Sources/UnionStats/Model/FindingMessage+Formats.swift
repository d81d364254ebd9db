/// A file format under `reports/` that the tool cannot read, with what the unit should do instead.
///
/// Each case names a format people actually send (a spreadsheet in an older or another program's
/// format, a document, Excel's "Unicode text"); `FindingMessage.unreadableFormat` turns it into a
/// `W-FILE-FORMAT` warning, so a unit that sent one never looks as if it sent nothing.
public enum UnreadableFormat: Sendable, Equatable {
    /// `.xls`, `.xlt`: Excel 97–2003.
    case excel97(extension: String)
    /// `.xlsb`: Excel Binary Workbook.
    case excelBinary
    /// `.xlsm`, `.xltx`, `.xltm`: an Excel workbook with macros or a template.
    case excelOther(extension: String)
    /// `.ods`, `.fods`: LibreOffice or OpenOffice Calc.
    case openDocument(extension: String)
    /// `.numbers`: Apple Numbers.
    case numbers
    /// `.docx`, `.doc`, `.odt`, `.rtf`, `.pdf`: a document, not a report form.
    case document(extension: String)
    /// A `.txt` in UTF-16: what Excel's "Unicode text" writes.
    case unicodeText(extension: String)
    /// A `.csv` or `.xlsx` that is really an OLE compound file: an Excel 97–2003 file renamed, or a
    /// password-protected workbook (Excel encrypts an xlsx into one).
    case compoundFile(extension: String)
    /// A `.csv` that is really a zip (an xlsx workbook renamed).
    case workbookNamedCSV

    /// The format for a file's lower-cased extension, nil when it is no report format at all.
    public static func forExtension(_ ext: String) -> UnreadableFormat? {
        switch ext {
        case "xls", "xlt": .excel97(extension: ext)
        case "xlsb": .excelBinary
        case "xlsm", "xltx", "xltm": .excelOther(extension: ext)
        case "ods", "fods": .openDocument(extension: ext)
        case "numbers": .numbers
        case "docx", "doc", "odt", "rtf", "pdf": .document(extension: ext)
        default: nil
        }
    }

    /// What is wrong and what to do, in Vietnamese.
    var text: String {
        let saveAsXLSX = "chọn Lưu thành (Save As) → Excel Workbook (.xlsx) rồi gửi lại."
        return switch self {
        case .excel97(let ext):
            "Tệp .\(ext) (Excel 97–2003) không đọc được; mở bằng Excel, \(saveAsXLSX)"
        case .excelBinary:
            "Tệp .xlsb (Excel Binary Workbook) không đọc được; mở bằng Excel, \(saveAsXLSX)"
        case .excelOther(let ext):
            "Tệp .\(ext) (Excel có macro hoặc tệp mẫu) không đọc được; mở bằng Excel, \(saveAsXLSX)"
        case .openDocument(let ext):
            "Tệp .\(ext) (LibreOffice/OpenOffice Calc) không đọc được; mở bằng LibreOffice Calc hoặc Excel, \(saveAsXLSX)"
        case .numbers:
            "Tệp .numbers (Apple Numbers) không đọc được; trong Numbers chọn Tệp → Xuất ra → Excel (.xlsx) rồi gửi lại."
        case .document(let ext):
            "Tệp .\(ext) là văn bản, không phải mẫu báo cáo số liệu; không đọc được số liệu nào. Hãy đề nghị đơn vị điền mẫu báo cáo (tạo bằng unionstats template) hoặc gửi tệp CSV UTF-8."
        case .unicodeText(let ext):
            "Tệp .\(ext) được lưu dạng 'Unicode Text' (UTF-16), không phải CSV UTF-8; không đọc được. Hãy mở bằng Excel, chọn Lưu thành → CSV UTF-8 (Comma delimited) (.csv) rồi gửi lại."
        case .compoundFile(let ext):
            "Tệp có đuôi .\(ext) nhưng thực ra là tệp Excel 97–2003 (.xls) hoặc tệp Excel có đặt mật khẩu; không đọc được. Hãy mở bằng Excel, bỏ mật khẩu nếu có, \(saveAsXLSX)"
        case .workbookNamedCSV:
            "Tệp có đuôi .csv nhưng thực ra là tệp Excel (.xlsx) bị đổi tên; không đọc được. Hãy đổi đuôi tệp thành .xlsx, hoặc mở bằng Excel và lưu lại dạng CSV UTF-8, rồi gửi lại."
        }
    }
}
