import Foundation

#if canImport(Glibc)
    import Glibc
#endif

/// One run, one set (docs/design.md, "Writing files"): the files of a run are written into a staging
/// folder beside their folder and swapped in at the end, under a lock on the set.
extension OutputFolder {
    /// Lets `body` write the files of the set `name` (`2021-H1`, `compare-2020-H1-vs-2021-H1`,
    /// `templates-2021-Q3`) into a staging folder, then puts them in place of the folder `name` in one
    /// step: afterwards `name/` holds exactly the files `body` wrote. When `body` or the swap fails, or
    /// the run is interrupted, `name/` keeps the previous set and the staging folder is removed.
    ///
    /// Another run writing the same set is waited for up to `lockWait`, then refused
    /// (`UnionStatsError.outputBusy`). What a killed run left (staging folders, a set moved aside) is
    /// removed first, a set moved aside put back when its place is empty.
    @discardableResult
    public func replacing<T: Sendable>(
        _ name: String, _ body: (StagedFolder) throws(UnionStatsError) -> T
    ) throws(UnionStatsError) -> T {
        let target = try url(for: name)
        guard !name.contains("/") else { throw .outputEscapes(path: name) }
        do {
            try FileManager.default.createDirectory(at: root, withIntermediateDirectories: true)
        } catch {
            throw FileProblem(error).error(writing: root)
        }
        let lock = try OutputLock.acquire(
            root.appendingPathComponent(".\(name).lock").path, for: target, wait: lockWait)
        defer { lock.release() }
        recoverLeftovers(of: name)
        var status = stat()
        if lstat(target.path, &status) == 0, status.st_mode & S_IFMT != S_IFDIR {
            throw .writeFailed(
                path: target.path,
                reason:
                    "đã có một tệp hoặc liên kết mang tên này, không phải thư mục kết quả; hãy đổi tên hoặc chuyển nó đi rồi chạy lại."
            )
        }
        let staging = root.appendingPathComponent(".\(name).staging-\(getpid())")
        let registration = InterruptCleanup.register(staging.path)
        guard mkdir(staging.path, 0o777) == 0 else {
            let problem = FileProblem.current
            InterruptCleanup.unregister(registration)
            throw problem.error(writing: target)
        }
        let value: T
        do throws(UnionStatsError) {
            value = try body(StagedFolder(staging: staging, target: target))
            do throws(FileProblem) {
                try StagedFolder.sync(staging)  // its entries, before it becomes the set
            } catch {
                throw error.error(writing: target)
            }
            OutputTestHooks.pause(at: "swap")
            try swap(staging, into: target, registration: registration)
            try? StagedFolder.sync(root)  // the swap itself; already done in memory, so failing here changes nothing
        } catch {
            InterruptCleanup.discard(registration)
            throw Self.noting(error, kept: target)
        }
        OutputTestHooks.pause(at: "swapped")
        InterruptCleanup.discard(registration)  // the previous set, now at the staging folder's or aside
        return value
    }

    /// Puts `staging` in place of `target`; `registration` (the staging folder's) then stands for the
    /// previous set, wherever it went. Interruptions wait until the swap is done.
    private func swap(
        _ staging: URL, into target: URL, registration: InterruptCleanup.Registration
    ) throws(UnionStatsError) {
        let exchange = swapsByExchange ? Self.renameExchange : nil
        let aside = root.appendingPathComponent(".\(target.lastPathComponent).old-\(getpid())")
        try InterruptCleanup.holdingCleanup { (removals: inout InterruptCleanup.Removals) throws(UnionStatsError) in
            var status = stat()
            guard lstat(target.path, &status) == 0 else {
                // No previous set: one rename.
                guard rename(staging.path, target.path) == 0 else { throw FileProblem.current.error(writing: target) }
                removals.forget(registration)
                return
            }
            // One step: the new set in place, the previous one at the staging folder's name.
            if let exchange, exchange(AT_FDCWD, staging.path, AT_FDCWD, target.path, Self.renameExchangeFlag) == 0 {
                return
            }
            // Two renames (a file system without the exchange): the previous set aside, then the new
            // one in place; a run killed between them is repaired by the next (`recoverLeftovers`).
            guard rename(target.path, aside.path) == 0 else { throw FileProblem.current.error(writing: target) }
            removals.move(registration, to: aside.path)
            OutputTestHooks.pause(at: "between-renames")
            guard rename(staging.path, target.path) == 0 else {
                let problem = FileProblem.current
                if rename(aside.path, target.path) == 0 {
                    removals.move(registration, to: staging.path)
                } else {
                    removals.forget(registration)  // the previous set stays aside, for the next run to put back
                }
                throw problem.error(writing: target)
            }
        }
    }

    /// Removes what killed runs left of the set `name` (the caller holds its lock, so no other run is
    /// writing it): staging folders, and a previous set moved aside, which first goes back in place
    /// when a run was killed between its two renames and the place is empty.
    func recoverLeftovers(of name: String) {
        guard let names = try? FileManager.default.contentsOfDirectory(atPath: root.path) else { return }
        var leftovers = names.filter { Self.isLeftover($0, of: name) }.sorted()
        let target = root.appendingPathComponent(name)
        var status = stat()
        if lstat(target.path, &status) != 0, errno == ENOENT,
            let aside = leftovers.firstIndex(where: { $0.hasPrefix(".\(name).old-") }),
            rename(root.appendingPathComponent(leftovers[aside]).path, target.path) == 0
        {
            leftovers.remove(at: aside)
        }
        for leftover in leftovers { InterruptCleanup.removeTree(root.appendingPathComponent(leftover).path) }
    }

    /// Whether `entry` of the output folder is a staging folder or a moved-aside set of `name`:
    /// `.NAME.staging-PID` or `.NAME.old-PID`.
    static func isLeftover(_ entry: String, of name: String) -> Bool {
        for kind in ["staging", "old"] {
            let prefix = ".\(name).\(kind)-"
            if entry.hasPrefix(prefix), entry.count > prefix.count,
                entry.dropFirst(prefix.count).allSatisfy({ $0.isASCII && $0.isNumber })
            {
                return true
            }
        }
        return false
    }

    /// `error` with a sentence saying that `target` still holds the previous set (or nothing yet).
    private static func noting(_ error: UnionStatsError, kept target: URL) -> UnionStatsError {
        let note =
            FileManager.default.fileExists(atPath: target.path)
            ? "Các tệp của lần chạy trước trong '\(target.path)' vẫn giữ nguyên."
            : "Chưa có tệp nào được ghi vào '\(target.path)'."
        let ended = { (text: String) in text.hasSuffix(".") ? "\(text) \(note)" : "\(text). \(note)" }
        switch error {
        case .writeFailed(let path, let reason): return .writeFailed(path: path, reason: ended(reason))
        case .cannotWrite(let path, let problem, let earlier):
            return .cannotWrite(
                path: path, problem: problem, note: [earlier, note].compactMap { $0 }.joined(separator: " "))
        case .spreadsheet(let message): return .spreadsheet(ended(message))
        default: return error
        }
    }

    /// Linux's `renameat2`, found at run time (the Glibc module does not declare it); nil where absent.
    private typealias RenameAt2 =
        @convention(c) (Int32, UnsafePointer<CChar>, Int32, UnsafePointer<CChar>, UInt32) -> Int32
    private static var renameExchange: RenameAt2? {
        guard let symbol = dlsym(nil, "renameat2") else { return nil }
        return unsafeBitCast(symbol, to: RenameAt2.self)
    }
    /// `RENAME_EXCHANGE` of `<linux/fs.h>`: swap the two names.
    private static let renameExchangeFlag: UInt32 = 1 << 1
}
