import Foundation

#if canImport(Glibc)
    import Glibc
#endif

/// A system call of the writing machinery failed with `code` (an `errno` value); `error(writing:)` turns it
/// into the run's error through `WriteProblem`.
struct FileProblem: Error {
    let code: Int32
    /// The Foundation error it came from, which says more than its number (a file where a folder goes).
    let underlying: (any Error)?

    /// The problem a Foundation call reported.
    init(_ error: any Error) {
        underlying = error
        code = WriteProblem.errorNumber(of: error) ?? EIO
    }

    init(code: Int32) {
        self.code = code
        underlying = nil
    }

    /// The problem `errno` holds now.
    static var current: FileProblem { FileProblem(code: errno) }

    /// The error of a write to `path` that failed this way, in the clerk's words (`WriteProblem`, the one
    /// place a system error becomes a message).
    func error(writing path: URL) -> UnionStatsError {
        if let underlying { return .writing(path.path, failedWith: underlying) }
        return .writing(path.path, errorNumber: code)
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
