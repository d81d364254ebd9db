import Foundation
import XLSX

/// The kind of Office file the hardened reader was reading: a report workbook or a narrative in Word.
enum OfficeFileKind: Sendable {
    case xlsx, docx

    /// How the messages name it.
    var words: String {
        switch self {
        case .xlsx: "tệp Excel (.xlsx)"
        case .docx: "tệp Word (.docx)"
        }
    }

    /// The program that can open and save it again.
    var application: String {
        switch self {
        case .xlsx: "Excel (hoặc LibreOffice Calc)"
        case .docx: "Word (hoặc LibreOffice Writer)"
        }
    }
}

extension XLSXReadError {
    /// Why the file could not be read, in Vietnamese, naming the kind of file, without its path (the finding or
    /// the message around it names the file). The reader's `errorDescription` stays English, for developers.
    func vietnamese(_ kind: OfficeFileKind) -> String {
        let file = kind.words
        let saveAgain = "hãy mở bằng \(kind.application), lưu lại rồi gửi lại, hoặc xin đơn vị gửi lại tệp"
        let refused = "có thể là tệp độc hại (\"zip bomb\", làm treo máy khi giải nén) nên không đọc"
        let sendAgain = "hãy xin đơn vị gửi lại tệp, lưu thẳng từ \(kind.application)"
        switch self {
        case .unreadableFile:
            return
                "không mở hoặc không đọc hết được \(file) (tệp đã bị xoá hoặc chuyển đi, là một thư mục, không có quyền đọc, hoặc ổ đĩa lỗi)"
        case .notAnXLSX:
            return
                "đây không phải \(file) thật: có thể là tệp Excel 97–2003 (.xls) đổi tên, tệp bị hỏng hoặc tải về chưa hết; hãy mở bằng Excel và lưu lại dạng Excel Workbook (.xlsx)"
        case .notADOCX:
            return
                "đây không phải \(file) thật: có thể là tệp Word 97–2003 (.doc) đổi tên, tệp bị hỏng hoặc tải về chưa hết; hãy mở bằng Word và lưu lại dạng .docx (hoặc .txt)"
        case .tooManyEntries(_, let count, let limit):
            return
                "\(file) chứa \(Self.count(count)) phần nén, nhiều hơn giới hạn \(Self.count(limit)); \(refused); \(sendAgain)"
        case .unsafeEntryName(_, let entry):
            return
                "\(file) có phần tên '\(entry)' không an toàn (đường dẫn tuyệt đối hoặc có '..'), nên không đọc; \(sendAgain)"
        case .duplicateEntry(_, let entry):
            return "\(file) có hai phần cùng tên '\(entry)': tệp bị hỏng; \(saveAgain)"
        case .overlappingEntries(_, let entry, let other):
            return "hai phần '\(entry)' và '\(other)' của \(file) dùng chung một dữ liệu nén; \(refused); \(sendAgain)"
        case .packageTooLarge(_, let declared, let limit):
            return
                "giải nén ra, \(file) sẽ lớn \(Self.bytes(declared)), quá giới hạn \(Self.bytes(limit)); \(refused). Nếu đúng là báo cáo, hãy chia thành nhiều tệp nhỏ hơn"
        case .partTooLarge(_, let part, let limit):
            return
                "giải nén ra, phần '\(part)' của \(file) lớn hơn giới hạn \(Self.bytes(limit)); \(refused); \(sendAgain)"
        case .partLargerThanDeclared(_, let part, let declared):
            return
                "giải nén ra, phần '\(part)' của \(file) lớn hơn \(Self.bytes(declared)) mà tệp khai; tệp bị hỏng hoặc \(refused)"
        case .corruptPart(_, let part, _):
            return "phần '\(part)' của \(file) bị hỏng (dữ liệu nén sai hoặc thiếu); \(saveAgain)"
        case .unsupportedPart(_, let part, _):
            return
                "phần '\(part)' của \(file) được lưu theo cách chương trình không đọc được (có đặt mật khẩu hoặc mã hoá); hãy bỏ mật khẩu, lưu lại rồi gửi lại"
        case .missingPart(_, let part, _):
            return "\(file) thiếu phần '\(part)': tệp bị hỏng; \(saveAgain)"
        case .forbiddenDeclaration(_, let part, let declaration):
            return
                "phần '\(part)' của \(file) có khai báo '\(declaration)'; \(file) thật không bao giờ có khai báo DOCTYPE hay ENTITY (chỉ tệp độc hại dùng chúng để làm treo máy), nên tệp bị từ chối; \(sendAgain)"
        case .unsupportedEncoding(_, let part, let encoding):
            return
                "phần '\(part)' của \(file) dùng bảng mã \(encoding), chương trình chỉ đọc UTF-8; hãy mở bằng \(kind.application) và lưu lại"
        case .malformedXML(_, let part, let line, let column, _):
            return "phần '\(part)' của \(file) bị hỏng (sai cấu trúc ở dòng \(line), cột \(column)); \(saveAgain)"
        case .invalidContent(_, let part, _):
            return "phần '\(part)' của \(file) có nội dung sai quy cách; \(saveAgain)"
        case .sheetNotFound(_, let sheet, let available):
            let names = available.map { "'\($0)'" }.joined(separator: ", ")
            return
                "\(file) không có trang tính '\(sheet)' (các trang: \(names.isEmpty ? "không có trang nào" : names))"
        case .notAWorksheet(_, let sheet, _):
            return "trang '\(sheet)' của \(file) là trang biểu đồ, không có ô số liệu"
        case .tooManyCells(_, let sheet, let limit):
            return
                "trang tính '\(sheet)' của \(file) có hơn \(Self.count(limit)) ô, quá giới hạn; hãy chia thành nhiều tệp nhỏ hơn"
        case .tooManySharedStrings(_, let limit):
            return "\(file) có hơn \(Self.count(limit)) đoạn chữ, quá giới hạn; hãy chia thành nhiều tệp nhỏ hơn"
        case .sharedStringIndexOutOfRange(_, let sheet, let cell, _, _):
            return
                "ô \(cell) của trang '\(sheet)' trỏ tới một đoạn chữ không có trong \(file): tệp bị hỏng; \(saveAgain)"
        }
    }

    /// `1.000.000` the Vietnamese way.
    private static func count(_ value: Int) -> String { VietnameseFormat.grouped(Int64(value)) }

    /// `200 MB`, `1.024 MB`, `512 byte`.
    private static func bytes(_ value: Int) -> String {
        value >= XLSXReadLimits.megabyte
            ? "\(count(value / XLSXReadLimits.megabyte)) MB" : "\(count(value)) byte"
    }
}

/// The reader's words for any error of an Office file: Vietnamese for the reader's own errors, the error's text
/// otherwise.
func readerReason(_ error: any Error, kind: OfficeFileKind) -> String {
    (error as? XLSXReadError)?.vietnamese(kind) ?? error.localizedDescription
}
