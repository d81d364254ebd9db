import Foundation

/// Why a file could not be written, in words a clerk can act on: the one place where a Foundation, POSIX or
/// libxlsxwriter write error becomes a Vietnamese message (`UnionStatsError.writing(_:failedWith:)`).
///
/// The reason comes from the error's `errno` (directly, as a Foundation error's underlying POSIX error, or as
/// an error that carries it, `CarriesErrorNumber`: the xlsx writer's), and from a look at the disk: a file standing where a folder of the path should be
/// is named whatever the error says (Foundation reports it as "NSCocoaErrorDomain error 512").
public enum WriteProblem: Sendable, Equatable {
    /// The disk (or the user's quota on it) is full.
    case diskFull
    /// The folder may not be written to by this user.
    case noPermission(folder: String)
    /// A file stands where a folder of the path should be.
    case notAFolder(file: String)
    /// The disk is read-only (a CD, a locked USB stick, a read-only network share).
    case readOnlyDisk
    /// A folder stands where the file should be.
    case isAFolder
    /// The path is longer than the system accepts.
    case pathTooLong
    /// The file is larger than the disk accepts (a FAT32 stick: 4 GB).
    case fileTooLarge
    /// The folder disappeared during the run (removed, renamed, a USB stick pulled out).
    case folderGone(folder: String)
    /// The disk reported an input/output error.
    case deviceError
    /// Another reason: the system's error number when there is one, for whoever helps the clerk.
    case other(errorNumber: Int32?)

    /// The path under which standard output is named (`export` without `--output`).
    public static let standardOutput = "-"

    /// The problem of writing `path` that `error` reports.
    public init(_ error: any Error, path: String) {
        self.init(errorNumber: Self.errorNumber(of: error), path: path)
    }

    /// The problem of writing `path` that the system's `errorNumber` (`errno`, nil or 0 when unknown) reports.
    public init(errorNumber: Int32?, path: String) {
        if path != Self.standardOutput, let file = Self.fileInTheWay(of: path) {
            self = .notAFolder(file: file)
            return
        }
        // A folder to make (or to write in) where a file of that name is.
        var isFolder: ObjCBool = true
        if errorNumber == EEXIST || errorNumber == ENOTDIR,
            FileManager.default.fileExists(atPath: path, isDirectory: &isFolder), !isFolder.boolValue
        {
            self = .notAFolder(file: path)
            return
        }
        switch errorNumber ?? 0 {
        case ENOSPC, EDQUOT: self = .diskFull
        case EACCES, EPERM: self = .noPermission(folder: Self.nearestExistingFolder(of: path))
        case EROFS: self = .readOnlyDisk
        case EISDIR: self = .isAFolder
        case ENAMETOOLONG: self = .pathTooLong
        case EFBIG: self = .fileTooLarge
        case ENOENT: self = .folderGone(folder: (path as NSString).deletingLastPathComponent)
        case EIO: self = .deviceError
        case 0: self = .other(errorNumber: nil)
        case let number: self = .other(errorNumber: number)
        }
    }

    /// What happened and what to do, naming the file written (`path`).
    public func message(path: String) -> String {
        let file = Self.shown(path)
        let elsewhere =
            path == Self.standardOutput ? "ghi kết quả ra ổ khác" : "chọn thư mục kết quả (--output) ở ổ khác"
        return switch self {
        case .diskFull:
            "Ổ đĩa đã đầy, không ghi được \(file). Hãy xoá bớt tệp không cần trên ổ đó, hoặc \(elsewhere), rồi chạy lại."
        case .noPermission(let folder):
            "Không có quyền ghi vào thư mục '\(folder)', nên không ghi được \(file). Hãy chọn thư mục kết quả khác (--output), hoặc nhờ người quản trị máy cấp quyền ghi cho thư mục đó."
        case .notAFolder(let blocking):
            "'\(blocking)' là một tệp, không phải thư mục, nên không ghi "
                + (blocking == path ? "kết quả vào đó được" : "được \(file) vào trong đó")
                + ". Hãy chọn thư mục kết quả (--output) là một thư mục, hoặc đổi tên, chuyển tệp '\(blocking)' đi chỗ khác."
        case .readOnlyDisk:
            "Ổ đĩa chỉ cho đọc (đĩa CD, USB bị khoá ghi hoặc ổ mạng chỉ đọc), không ghi được \(file). Hãy \(elsewhere)."
        case .isAFolder:
            "\(file) là một thư mục, không ghi thành tệp được. Hãy đổi tên hoặc chuyển thư mục đó đi rồi chạy lại."
        case .pathTooLong:
            "Đường dẫn \(file) quá dài, hệ thống không ghi được. Hãy chọn thư mục kết quả (--output) có đường dẫn ngắn hơn."
        case .fileTooLarge:
            "Tệp \(file) lớn hơn mức ổ đĩa cho phép (USB định dạng FAT32 chỉ nhận tệp dưới 4 GB). Hãy \(elsewhere)."
        case .folderGone(let folder):
            "Thư mục '\(folder)' không còn (bị xoá, đổi tên hoặc ổ USB bị rút ra trong khi chạy), nên không ghi được \(file). Hãy kiểm tra thư mục kết quả rồi chạy lại."
        case .deviceError:
            "Ổ đĩa báo lỗi khi ghi \(file) (ổ hỏng, ổ mạng mất kết nối hoặc USB bị rút ra). Hãy kiểm tra ổ đĩa rồi chạy lại, hoặc \(elsewhere)."
        case .other(let number?):
            "Không ghi được \(file) (mã lỗi hệ thống \(number)). Hãy kiểm tra ổ đĩa và thư mục kết quả rồi chạy lại."
        case .other(nil):
            "Không ghi được \(file). Hãy kiểm tra ổ đĩa và thư mục kết quả rồi chạy lại."
        }
    }

    /// The file as a message names it: quoted, a temporary name `.NAME.PID.tmp` shown as the file it becomes,
    /// standard output in words.
    static func shown(_ path: String) -> String {
        guard path != standardOutput else { return "kết quả in ra (standard output)" }
        let name = (path as NSString).lastPathComponent
        let parts = name.split(separator: ".", omittingEmptySubsequences: false)
        if name.hasPrefix("."), parts.count >= 4, parts.last == "tmp", parts[parts.count - 2].allSatisfy(\.isNumber) {
            let final = parts[1..<(parts.count - 2)].joined(separator: ".")
            return "'\(((path as NSString).deletingLastPathComponent as NSString).appendingPathComponent(final))'"
        }
        return "'\(path)'"
    }

    /// The system's error number behind `error`, nil when there is none to find.
    static func errorNumber(of error: any Error) -> Int32? {
        if let carrier = error as? any CarriesErrorNumber { return carrier.errorNumber }
        if let posix = error as? POSIXError { return posix.code.rawValue }
        let bridged = error as NSError
        if bridged.domain == NSPOSIXErrorDomain { return Int32(bridged.code) }
        if let underlying = bridged.userInfo[NSUnderlyingErrorKey] as? any Error,
            let number = errorNumber(of: underlying)
        {
            return number
        }
        guard bridged.domain == NSCocoaErrorDomain else { return nil }
        return switch CocoaError.Code(rawValue: bridged.code) {
        case .fileWriteOutOfSpace: ENOSPC
        case .fileWriteNoPermission, .fileReadNoPermission: EACCES
        case .fileWriteVolumeReadOnly: EROFS
        case .fileNoSuchFile, .fileReadNoSuchFile: ENOENT
        default: nil
        }
    }

    /// The nearest existing ancestor of `path` when it is a file (not a folder), nil otherwise.
    static func fileInTheWay(of path: String) -> String? {
        var folder = (path as NSString).deletingLastPathComponent
        var isFolder: ObjCBool = false
        while !folder.isEmpty, folder != "/" {
            if FileManager.default.fileExists(atPath: folder, isDirectory: &isFolder) {
                return isFolder.boolValue ? nil : folder
            }
            folder = (folder as NSString).deletingLastPathComponent
        }
        return nil
    }

    /// The nearest folder above `path` that exists (the one a new file or folder would be made in).
    static func nearestExistingFolder(of path: String) -> String {
        var folder = (path as NSString).deletingLastPathComponent
        while !folder.isEmpty, folder != "/", !FileManager.default.fileExists(atPath: folder) {
            folder = (folder as NSString).deletingLastPathComponent
        }
        return folder.isEmpty ? "." : folder
    }
}

/// An error that may carry the system's reason (`errno`) for a failed write, such as the xlsx writer's.
public protocol CarriesErrorNumber: Error {
    /// The system's error number, nil when the error has none.
    var errorNumber: Int32? { get }
}

extension WriteProblem {
    /// Why a file could not be read, in Vietnamese (for a message that names the file), from a Foundation or
    /// POSIX error: the read side of the same mapping.
    public static func readReason(_ error: any Error) -> String {
        switch errorNumber(of: error) ?? 0 {
        case ENOENT: "không có tệp này (đã bị xoá, đổi tên hoặc chuyển đi)"
        case EACCES, EPERM:
            "không có quyền đọc tệp này; hãy nhờ người quản trị máy cấp quyền đọc, hoặc chép tệp sang thư mục khác"
        case EISDIR: "đây là một thư mục, không phải tệp"
        case EIO: "ổ đĩa báo lỗi khi đọc (ổ hỏng, ổ mạng mất kết nối hoặc USB bị rút ra)"
        case 0: "hệ thống không đọc được tệp"
        case let number: "hệ thống không đọc được tệp (mã lỗi \(number))"
        }
    }
}

extension UnionStatsError {
    /// The error a run stops with when writing `path` failed with `error` (a Foundation, POSIX or xlsx error): a
    /// Vietnamese message saying what happened and what to do (`WriteProblem`). Every write error caught becomes
    /// one through here.
    public static func writing(_ path: String, failedWith error: any Error) -> UnionStatsError {
        .cannotWrite(path: path, problem: WriteProblem(error, path: path))
    }

    /// The error a run stops with when writing `path` failed with the system's `errorNumber` (`errno`).
    public static func writing(_ path: String, errorNumber: Int32) -> UnionStatsError {
        .cannotWrite(path: path, problem: WriteProblem(errorNumber: errorNumber, path: path))
    }
}
