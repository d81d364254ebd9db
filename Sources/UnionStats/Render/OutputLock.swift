import Foundation

#if canImport(Glibc)
    import Glibc
#endif

/// The lock of one output set, `flock` on `.NAME.lock` in the output folder: one run at a time writes
/// `NAME/`. The lock file holds the holder's process id and command, for the message of a run that
/// finds it taken (docs/design.md, "Writing files").
///
/// The holder removes the file when it is done; whoever locks a file checks that it is still the one
/// the name points to, else it locks the new one. A killed holder's lock ends with its process; its
/// file stays, to be locked and rewritten by the next run.
final class OutputLock: Sendable {
    private let descriptor: Int32
    private let path: String
    private let registration: InterruptCleanup.Registration

    private init(descriptor: Int32, path: String, registration: InterruptCleanup.Registration) {
        self.descriptor = descriptor
        self.path = path
        self.registration = registration
    }

    /// How long a run waits for another run on the same output set: `UNIONSTATS_LOCK_WAIT` seconds, or 60.
    static let defaultWait: Duration = {
        let text = ProcessInfo.processInfo.environment["UNIONSTATS_LOCK_WAIT"] ?? ""
        guard let seconds = Double(text), seconds >= 0, seconds.isFinite else { return .seconds(60) }
        return .milliseconds(Int64(seconds * 1000))
    }()

    /// Takes the lock `path`, waiting up to `wait` for another run to let it go; `folder` is the output
    /// set's folder, for the messages.
    static func acquire(_ path: String, for folder: URL, wait: Duration) throws(UnionStatsError) -> OutputLock {
        let clock = ContinuousClock()
        let deadline = clock.now + wait
        while true {
            let descriptor = open(path, O_RDWR | O_CREAT | O_CLOEXEC, 0o644)
            guard descriptor >= 0 else { throw FileProblem.current.error(writing: folder) }
            if flock(descriptor, LOCK_EX | LOCK_NB) == 0 {
                guard isStillNamed(path, descriptor) else {
                    // Removed by its last holder between our open and our lock: lock the new one.
                    close(descriptor)
                    continue
                }
                // Registered only now: until the lock is ours, the file may be another run's. An
                // interruption just before leaves the file, for the next run to lock and remove.
                let registration = InterruptCleanup.register(path)
                let lock = OutputLock(descriptor: descriptor, path: path, registration: registration)
                lock.sign()
                return lock
            }
            let problem = FileProblem.current
            guard problem.code == EWOULDBLOCK || problem.code == EINTR else {
                close(descriptor)
                throw problem.error(writing: folder)
            }
            if clock.now >= deadline {
                let holder = Self.holder(descriptor)
                close(descriptor)
                throw .outputBusy(
                    folder: folder.path, pid: holder.pid, command: holder.command,
                    waited: Int((wait / .seconds(1)).rounded()))
            }
            close(descriptor)
            usleep(50_000)
        }
    }

    /// Lets the lock go and removes its file (while still holding it, so no run locks a file being removed).
    func release() {
        InterruptCleanup.unregister(registration)  // first: once unlinked, the name may be another run's
        unlink(path)
        close(descriptor)
    }

    /// Whether `path` still names the file open as `descriptor`.
    private static func isStillNamed(_ path: String, _ descriptor: Int32) -> Bool {
        var opened = stat()
        var named = stat()
        return fstat(descriptor, &opened) == 0 && stat(path, &named) == 0 && opened.st_dev == named.st_dev
            && opened.st_ino == named.st_ino
    }

    /// Writes this process's id and command into the lock file.
    private func sign() {
        let command = CommandLine.arguments.enumerated().map { index, argument in
            index == 0 ? URL(fileURLWithPath: argument).lastPathComponent : argument
        }
        let bytes = Array("\(getpid())\n\(command.joined(separator: " "))\n".utf8)
        _ = ftruncate(descriptor, 0)
        _ = bytes.withUnsafeBytes { pwrite(descriptor, $0.baseAddress, $0.count, 0) }
    }

    /// The process id and command the lock file `descriptor` holds, when it holds them.
    private static func holder(_ descriptor: Int32) -> (pid: Int32?, command: String?) {
        var buffer = [UInt8](repeating: 0, count: 4096)
        let count = buffer.withUnsafeMutableBytes { pread(descriptor, $0.baseAddress, $0.count, 0) }
        guard count > 0 else { return (nil, nil) }
        let lines = String(decoding: buffer[..<count], as: UTF8.self).split(separator: "\n").map(String.init)
        let pid = lines.first.flatMap { Int32($0) }
        let command = lines.dropFirst().first.flatMap { $0.isEmpty ? nil : $0 }
        return (pid, pid == nil ? nil : command)
    }
}
