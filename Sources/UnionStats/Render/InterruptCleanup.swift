import Foundation

/// Removes the temporary file being written when the run is interrupted (Ctrl-C, SIGTERM), and
/// sweeps temporary files that an earlier run left behind.
///
/// Files are written one at a time, so one path is in flight at most; the signal handler only
/// calls `unlink`, which is safe there, then lets the signal end the process as it would have.
public enum InterruptCleanup {
    /// The temporary file being written, as a C string the signal handler can use.
    nonisolated(unsafe) private static var inFlight: UnsafeMutablePointer<CChar>?

    /// Installs the handlers for SIGINT and SIGTERM; the command line calls this once at start.
    public static func install() {
        // A parent may start the tool with these signals blocked; a run asked to stop must stop.
        var unblocked = sigset_t()
        sigemptyset(&unblocked)
        for signalNumber in [SIGINT, SIGTERM] {
            sigaddset(&unblocked, signalNumber)
            signal(signalNumber) { received in
                if let path = InterruptCleanup.inFlight { unlink(path) }
                signal(received, SIG_DFL)
                raise(received)
            }
        }
        sigprocmask(SIG_UNBLOCK, &unblocked, nil)
    }

    /// Runs `body` with `temporary` registered for removal on interruption.
    static func whileWriting<T, E: Error>(_ temporary: URL, _ body: () throws(E) -> T) throws(E) -> T {
        let path = strdup(temporary.path)
        inFlight = path
        defer {
            inFlight = nil
            free(path)
        }
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
