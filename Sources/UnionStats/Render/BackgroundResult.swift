import Foundation

/// Work started on another thread at once, whose result (or typed error) is waited for when asked.
final class BackgroundResult<Success>: @unchecked Sendable {
    private var result: Result<Success, UnionStatsError>?
    private let done = DispatchGroup()

    /// Starts `work` on a global queue.
    init(_ work: @escaping () throws(UnionStatsError) -> Success) {
        done.enter()
        let box = UncheckedWork(work)
        DispatchQueue.global(qos: .userInitiated).async { [self] in
            result = Result { () throws(UnionStatsError) -> Success in try box.work() }
            done.leave()
        }
    }

    /// Waits for the work to end and returns its value or throws its error.
    func value() throws(UnionStatsError) -> Success {
        done.wait()
        guard let result else { throw .writeFailed(path: "", reason: "a background task ended without a result") }
        return try result.get()
    }
}

/// A closure handed to another thread; its caller guarantees it shares nothing it changes.
private struct UncheckedWork<Success>: @unchecked Sendable {
    let work: () throws(UnionStatsError) -> Success

    init(_ work: @escaping () throws(UnionStatsError) -> Success) {
        self.work = work
    }
}
