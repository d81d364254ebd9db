import Foundation
import Synchronization

/// Work started on another thread at once, whose result (or typed error) is waited for when asked.
final class BackgroundResult<Success: Sendable>: Sendable {
    /// The work's outcome, set once by the work's thread before `done` is left.
    private let result = Mutex<Result<Success, UnionStatsError>?>(nil)
    private let done = DispatchGroup()

    /// Starts `work` on a global queue.
    init(_ work: @escaping @Sendable () throws(UnionStatsError) -> Success) {
        done.enter()
        DispatchQueue.global(qos: .userInitiated).async { [self] in
            let outcome = Result { () throws(UnionStatsError) -> Success in try work() }
            result.withLock { $0 = outcome }
            done.leave()
        }
    }

    /// Waits for the work to end and returns its value or throws its error.
    func value() throws(UnionStatsError) -> Success {
        done.wait()
        guard let result = result.withLock({ $0 }) else {
            throw .writeFailed(path: "", reason: "một việc chạy song song kết thúc mà không có kết quả")
        }
        return try result.get()
    }
}
