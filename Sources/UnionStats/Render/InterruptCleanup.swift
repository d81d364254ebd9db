import Foundation
import Synchronization

#if canImport(Glibc)
    import Glibc
#endif

/// Removes what an interrupted run (Ctrl-C, SIGTERM) was writing, its staging folder above all, and
/// sweeps temporary files that an earlier run left behind.
///
/// The signal handler itself only wakes a cleanup thread through a pipe (`write` is safe in a handler;
/// removing a folder is not). That thread takes the lock the writing machinery holds while it swaps a
/// staging folder in, removes every path registered (the last registered first), and ends the process
/// by the same signal, still holding the lock: a swap cannot start once the cleanup has, and a cleanup
/// never removes half of a folder being swapped in. A thread of the run that fails because its folder
/// has gone calls `unregister`, which waits on that lock until the process ends, so it prints nothing.
/// A second signal during the cleanup ends the process at once (what a killed run leaves, the next run
/// removes).
public enum InterruptCleanup {
    /// A path registered for removal on interruption.
    struct Registration: Sendable, Equatable {
        fileprivate let id: Int
    }

    /// The paths to remove on interruption, in the order they were registered.
    struct Removals: Sendable {
        fileprivate var paths: [(id: Int, path: String)] = []
        fileprivate var nextID = 1

        /// Registers `path` (a file or a folder) for removal.
        mutating func add(_ path: String) -> Registration {
            defer { nextID += 1 }
            paths.append((nextID, path))
            return Registration(id: nextID)
        }

        /// Makes `registration` stand for `path` from now on (a folder renamed while registered).
        mutating func move(_ registration: Registration, to path: String) {
            if let index = paths.firstIndex(where: { $0.id == registration.id }) { paths[index].path = path }
        }

        /// Forgets `registration`: its path is no longer removed on interruption.
        mutating func forget(_ registration: Registration) {
            paths.removeAll { $0.id == registration.id }
        }
    }

    private static let removals = Mutex(Removals())
    /// The write end of the pipe that wakes the cleanup thread; -1 until `install`.
    private static let wakeUp = Atomic<Int32>(-1)
    /// How many SIGINT and SIGTERM have arrived.
    private static let received = Atomic<Int>(0)

    /// Starts the cleanup thread and installs the handlers for SIGINT and SIGTERM; the command line
    /// calls this once at start.
    public static func install() {
        // Made now: the handler must not be the first to touch them (that allocates).
        _ = wakeUp.load(ordering: .relaxed)
        _ = received.load(ordering: .relaxed)
        var ends: [Int32] = [-1, -1]
        guard pipe(&ends) == 0 else { return }  // no pipe: signals keep their default effect
        for end in ends { _ = fcntl(end, F_SETFD, FD_CLOEXEC) }
        let readEnd = ends[0]
        wakeUp.store(ends[1], ordering: .releasing)
        // A parent may start the tool with these signals blocked; a run asked to stop must stop.
        var unblocked = sigset_t()
        sigemptyset(&unblocked)
        for signalNumber in [SIGINT, SIGTERM] {
            sigaddset(&unblocked, signalNumber)
            signal(signalNumber) { signalNumber in
                let fd = InterruptCleanup.wakeUp.load(ordering: .acquiring)
                var byte = UInt8(truncatingIfNeeded: signalNumber)
                if InterruptCleanup.received.wrappingAdd(1, ordering: .relaxed).oldValue > 0 || fd < 0
                    || Glibc.write(fd, &byte, 1) != 1
                {
                    signal(signalNumber, SIG_DFL)
                    raise(signalNumber)
                }
            }
        }
        sigprocmask(SIG_UNBLOCK, &unblocked, nil)
        // Started after the unblocking, so the thread inherits it.
        Thread.detachNewThread { cleanUp(whenWokenThrough: readEnd) }
    }

    /// The cleanup thread: waits for a signal's number on the pipe, removes what is registered and ends
    /// the process by that signal.
    private static func cleanUp(whenWokenThrough readEnd: Int32) {
        var byte: UInt8 = 0
        while true {
            let count = read(readEnd, &byte, 1)
            if count == 1 { break }
            if count < 0, errno == EINTR { continue }
            return
        }
        let signalNumber = Int32(byte)
        removals.withLock { removals in
            for entry in removals.paths.reversed() { removeTree(entry.path) }
            end(by: signalNumber)
        }
    }

    /// Lets `signalNumber` end the process as it would have without a handler.
    private static func end(by signalNumber: Int32) -> Never {
        signal(signalNumber, SIG_DFL)
        var only = sigset_t()
        sigemptyset(&only)
        sigaddset(&only, signalNumber)
        pthread_sigmask(SIG_UNBLOCK, &only, nil)
        raise(signalNumber)
        kill(getpid(), signalNumber)
        _exit(128 + signalNumber)
    }

    /// Removes a file or a folder and everything in it; tries again while a thread of the run is still
    /// creating files in it (nothing creates the folder itself again).
    static func removeTree(_ path: String) {
        for _ in 0..<200 {
            var status = stat()
            guard lstat(path, &status) == 0 else { return }
            if (try? FileManager.default.removeItem(atPath: path)) != nil { return }
            usleep(5_000)
        }
    }

    /// Registers `path` (a file or a folder) for removal on interruption; register before creating it.
    static func register(_ path: String) -> Registration {
        removals.withLock { $0.add(path) }
    }

    /// Forgets `registration` (its path was renamed into place, or removed). Waits until the process
    /// ends when an interruption's cleanup has begun.
    static func unregister(_ registration: Registration) {
        removals.withLock { $0.forget(registration) }
    }

    /// Removes `registration`'s path now and forgets it.
    static func discard(_ registration: Registration) {
        guard let path = removals.withLock({ removals in removals.paths.first { $0.id == registration.id }?.path })
        else { return }
        removeTree(path)
        unregister(registration)
    }

    /// Runs `body` (a swap of folders) while no interruption's cleanup can run; `body` may change what is
    /// registered, and must not call the other functions of this type.
    static func holdingCleanup<T: Sendable, E: Error>(_ body: (inout Removals) throws(E) -> T) throws(E) -> T {
        try removals.withLock { (removals: inout Removals) throws(E) -> T in try body(&removals) }
    }

    /// Runs `body` with `temporary` registered for removal on interruption.
    static func whileWriting<T, E: Error>(_ temporary: URL, _ body: () throws(E) -> T) throws(E) -> T {
        let registration = register(temporary.path)
        defer { unregister(registration) }
        return try body()
    }

    /// Removes `.NAME.PID.tmp` files next to `final` whose writing process is gone.
    static func sweepStale(besides final: URL) {
        let folder = final.deletingLastPathComponent()
        let prefix = ".\(final.lastPathComponent)."
        guard let names = try? FileManager.default.contentsOfDirectory(atPath: folder.path) else { return }
        for name in names where name.hasPrefix(prefix) && name.hasSuffix(".tmp") {
            let pidText = name.dropFirst(prefix.count).dropLast(".tmp".count)
            guard let pid = Int32(pidText), pid != getpid(), !isRunning(pid) else { continue }
            try? FileManager.default.removeItem(at: folder.appendingPathComponent(name))
        }
    }

    /// Whether a process with this id exists.
    private static func isRunning(_ pid: Int32) -> Bool {
        pid > 0 && (kill(pid, 0) == 0 || errno == EPERM)
    }
}
