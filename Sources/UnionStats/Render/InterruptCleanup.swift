import Foundation
import Synchronization

/// Removes the temporary file being written when the run is interrupted (Ctrl-C, SIGTERM), and
/// sweeps temporary files that an earlier run left behind.
///
/// A few files may be written at the same time (the workbook beside the CSV files), each registered
/// in a slot of its own; the signal handler only reads the slots (lock-free atomics, safe in a
/// handler where a lock is not) and calls `unlink`, which is safe there, then lets the signal end
/// the process as it would have.
public enum InterruptCleanup {
    /// One temporary file being written: the address of its path as a C string the signal handler
    /// can use (an address as an integer, since a pointer is not `Sendable`), 0 when free.
    private final class Slot: Sendable {
        let path = Atomic<Int>(0)
    }

    /// The files in flight. When every slot is taken, a file is written unregistered: an interruption
    /// then leaves it behind, for the next run's `sweepStale` to remove.
    private static let inFlight: [Slot] = (0..<8).map { _ in Slot() }

    /// Installs the handlers for SIGINT and SIGTERM; the command line calls this once at start.
    public static func install() {
        _ = inFlight  // made now: the handler must not be the first to touch it (that allocates)
        // A parent may start the tool with these signals blocked; a run asked to stop must stop.
        var unblocked = sigset_t()
        sigemptyset(&unblocked)
        for signalNumber in [SIGINT, SIGTERM] {
            sigaddset(&unblocked, signalNumber)
            signal(signalNumber) { received in
                for slot in InterruptCleanup.inFlight {
                    if let path = UnsafePointer<CChar>(bitPattern: slot.path.load(ordering: .acquiring)) {
                        unlink(path)
                    }
                }
                signal(received, SIG_DFL)
                raise(received)
            }
        }
        sigprocmask(SIG_UNBLOCK, &unblocked, nil)
    }

    /// Runs `body` with `temporary` registered for removal on interruption.
    static func whileWriting<T, E: Error>(_ temporary: URL, _ body: () throws(E) -> T) throws(E) -> T {
        guard let path = strdup(temporary.path) else { return try body() }
        let slot = inFlight.first {
            $0.path.compareExchange(expected: 0, desired: Int(bitPattern: path), ordering: .releasing).exchanged
        }
        defer {
            slot?.path.store(0, ordering: .releasing)
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
