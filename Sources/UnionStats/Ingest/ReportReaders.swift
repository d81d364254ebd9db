import Foundation

/// Hears of each report file read: how many of how many, and the bytes read so far.
public typealias ReadProgress = @Sendable (_ filesRead: Int, _ fileCount: Int, _ bytesRead: Int) -> Void

/// Reads report files on every core, handing each reading on in the order of the files.
///
/// One worker thread per core reads files ahead, at most a few per core at a time; the calling
/// thread takes the readings in file order as they become ready (merging one while the workers read
/// the next), so memory holds only the readings in flight and the result does not depend on the
/// number of cores. Fixed threads, not a dispatch pool: each thread that allocates may get a malloc
/// arena of its own, and a pool that grows while threads wait for the disk would multiply them.
struct ReportReaders: @unchecked Sendable {
    /// Reads long CSV reports.
    let csv: LongCSVIngest
    /// Reads xlsx reports.
    let xlsx: XLSXReportIngest

    /// How many files may be read ahead per core.
    static let filesAheadPerCore = 4

    /// Reads every file of `reports`, calling `take` with each reading in the order of `reports`.
    func readAll(_ reports: [(url: URL, path: String)], progress: ReadProgress?, take: (FileReading) -> Void) {
        let cores = max(1, ProcessInfo.processInfo.activeProcessorCount)
        let slots = ReadingSlots(count: reports.count)
        let ahead = DispatchSemaphore(value: cores * Self.filesAheadPerCore)
        let workersDone = DispatchGroup()
        for _ in 0..<min(cores, reports.count) {
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
                    slots.put(reading, at: index)
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

/// The readings of the files, filled by the workers and taken, each once, in file order.
private final class ReadingSlots: @unchecked Sendable {
    private var readings: [FileReading?]
    private let ready: [DispatchSemaphore]
    private let lock = NSLock()
    /// The next file no worker has started.
    private var next = 0

    init(count: Int) {
        readings = Array(repeating: nil, count: count)
        ready = (0..<count).map { _ in DispatchSemaphore(value: 0) }
    }

    /// The index of the next file to read, nil when every file is started.
    func nextToRead() -> Int? {
        lock.lock()
        defer { lock.unlock() }
        guard next < readings.count else { return nil }
        next += 1
        return next - 1
    }

    /// Stores the reading of file `index`.
    func put(_ reading: FileReading, at index: Int) {
        lock.lock()
        readings[index] = reading
        lock.unlock()
        ready[index].signal()
    }

    /// Waits for the reading of file `index` and takes it out (so that it is freed once merged).
    func take(at index: Int) -> FileReading {
        ready[index].wait()
        lock.lock()
        defer { lock.unlock() }
        let taken = readings[index]
        readings[index] = nil
        // `put` always stored it before signalling; the fallback is never used.
        return taken ?? FileReading(path: "")
    }
}
