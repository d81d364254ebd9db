import Foundation
import Synchronization

/// Hears of each report file read: how many of how many, and the bytes read so far.
public typealias ReadProgress = @Sendable (_ filesRead: Int, _ fileCount: Int, _ bytesRead: Int) -> Void

/// Reads report files on several threads, handing each reading on in the order of the files.
///
/// `threads` worker threads (one per core unless told otherwise) read files ahead, at most a few per
/// thread at a time; the calling thread takes the readings in file order as they become ready
/// (merging one while the workers read the next), so memory holds only the readings in flight and
/// the result does not depend on the number of threads. Fixed threads, not a dispatch pool: each
/// thread that allocates may get a malloc arena of its own, and a pool that grows while threads wait
/// for the disk would multiply them.
struct ReportReaders: Sendable {
    /// Reads long CSV reports.
    let csv: LongCSVIngest
    /// Reads xlsx reports.
    let xlsx: XLSXReportIngest
    /// How many threads read files (at least one).
    let threads: Int

    /// How many files may be read ahead per thread.
    static let filesAheadPerThread = 4

    /// One reading thread per core.
    static var threadsPerCore: Int { max(1, ProcessInfo.processInfo.activeProcessorCount) }

    /// Readers of CSV and xlsx reports on `threads` threads (nil: one per core; fewer than one: one).
    init(csv: LongCSVIngest, xlsx: XLSXReportIngest, threads: Int? = nil) {
        self.csv = csv
        self.xlsx = xlsx
        self.threads = max(1, threads ?? Self.threadsPerCore)
    }

    /// Reads every file of `reports`, calling `take` with each reading in the order of `reports`.
    func readAll(_ reports: [(url: URL, path: String)], progress: ReadProgress?, take: (FinishedReading) -> Void) {
        let slots = ReadingSlots(count: reports.count)
        let ahead = DispatchSemaphore(value: threads * Self.filesAheadPerThread)
        let workersDone = DispatchGroup()
        for _ in 0..<min(threads, reports.count) {
            workersDone.enter()
            let worker = Thread {
                // A permit first, then the next file: the files started are always the first ones not yet taken.
                while true {
                    ahead.wait()
                    guard let index = slots.nextToRead() else {
                        ahead.signal()
                        break
                    }
                    let report = reports[index]
                    let reading = read(url: report.url, path: report.path)
                    reading.bytes = InputLoader.fileSize(report.url)
                    slots.put(reading.finished(), at: index)
                }
                workersDone.leave()
            }
            worker.stackSize = 1 << 22
            worker.start()
        }
        var bytesRead = 0
        for index in reports.indices {
            let reading = slots.take(at: index)
            ahead.signal()
            bytesRead += reading.bytes
            take(reading)
            progress?(index + 1, reports.count, bytesRead)
        }
        workersDone.wait()
    }

    /// Reads one file by its extension.
    private func read(url: URL, path: String) -> FileReading {
        url.pathExtension.lowercased() == "csv" ? csv.read(url: url, file: path) : xlsx.read(url: url, file: path)
    }
}

/// The readings of the files, put by the workers and taken, each once, in file order.
private final class ReadingSlots: Sendable {
    /// What the workers and the taking thread share: one lock per file put, taken or started.
    private struct Shared {
        /// Each file's reading, from `put` until `take`.
        var readings: [FinishedReading?]
        /// The next file no worker has started.
        var next = 0
    }

    private let shared: Mutex<Shared>
    /// Signalled once per file, when its reading is put.
    private let ready: [DispatchSemaphore]

    init(count: Int) {
        shared = Mutex(Shared(readings: Array(repeating: nil, count: count)))
        ready = (0..<count).map { _ in DispatchSemaphore(value: 0) }
    }

    /// The index of the next file to read, nil when every file is started.
    func nextToRead() -> Int? {
        shared.withLock { shared in
            guard shared.next < shared.readings.count else { return nil }
            shared.next += 1
            return shared.next - 1
        }
    }

    /// Stores the reading of file `index`.
    func put(_ reading: FinishedReading, at index: Int) {
        shared.withLock { $0.readings[index] = reading }
        ready[index].signal()
    }

    /// Waits for the reading of file `index` and takes it out (so that it is freed once merged).
    func take(at index: Int) -> FinishedReading {
        ready[index].wait()
        guard let taken = shared.withLock({ $0.readings[index].take() }) else {
            // `put` stores a reading before signalling, and each file is taken once: a broken invariant, not bad input.
            preconditionFailure(
                "ReadingSlots: no reading in slot \(index) of \(ready.count) although it was signalled ready")
        }
        return taken
    }
}
