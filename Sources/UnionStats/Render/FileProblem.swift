import Foundation

#if canImport(Glibc)
    import Glibc
#endif

/// A system call of the writing machinery failed with `code` (an `errno` value).
struct FileProblem: Error {
    let code: Int32

    /// The system error under a Foundation error, or `EIO` when it does not say.
    init(_ error: any Error) {
        let error = error as NSError
        let underlying = error.userInfo[NSUnderlyingErrorKey] as? NSError
        if let underlying, underlying.domain == NSPOSIXErrorDomain {
            code = Int32(underlying.code)
        } else if error.domain == NSPOSIXErrorDomain {
            code = Int32(error.code)
        } else {
            switch CocoaError.Code(rawValue: error.code) {
            case .fileWriteOutOfSpace: code = ENOSPC
            case .fileWriteNoPermission: code = EACCES
            case .fileWriteVolumeReadOnly: code = EROFS
            default: code = EIO
            }
        }
    }

    init(code: Int32) { self.code = code }

    /// The problem `errno` holds now.
    static var current: FileProblem { FileProblem(code: errno) }

    /// What went wrong and what to do, in the clerk's words.
    var reason: String {
        switch code {
        case ENOSPC:
            "ổ đĩa đã đầy; hãy giải phóng chỗ trống trên ổ đĩa (hoặc chọn --output ở ổ khác) rồi chạy lại"
        case EDQUOT:
            "đã dùng hết dung lượng được phép trên ổ đĩa; hãy xoá bớt tệp (hoặc chọn --output ở ổ khác) rồi chạy lại"
        case EACCES, EPERM:
            "không có quyền ghi vào thư mục này; hãy chọn --output một thư mục được phép ghi"
        case EROFS:
            "ổ đĩa chỉ cho đọc, không cho ghi; hãy chọn --output ở ổ khác"
        case ENAMETOOLONG:
            "đường dẫn quá dài; hãy chọn --output một thư mục có đường dẫn ngắn hơn"
        case EIO:
            "ổ đĩa báo lỗi đọc ghi; hãy kiểm tra ổ đĩa rồi chạy lại"
        case ENOTDIR:
            "một phần của đường dẫn là tệp chứ không phải thư mục; hãy chọn --output khác"
        default:
            "hệ thống báo lỗi (chi tiết kỹ thuật: \(String(cString: strerror(code)))); hãy kiểm tra thư mục kết quả rồi chạy lại"
        }
    }

    /// The error of a write to `path` that failed this way.
    func error(writing path: URL) -> UnionStatsError {
        .writeFailed(path: path.path, reason: reason + ".")
    }

    /// The likely cause of a failure that did not say its own (libxlsxwriter's): a full disk or a folder
    /// that cannot be written, else nil.
    static func diagnose(folder: URL) -> FileProblem? {
        var space = statvfs()
        if statvfs(folder.path, &space) == 0, UInt64(space.f_bavail) * UInt64(space.f_frsize) < 4 << 20 {
            return FileProblem(code: ENOSPC)
        }
        if access(folder.path, W_OK) != 0 { return .current }
        return nil
    }
}
