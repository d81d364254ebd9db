import Foundation

/// Hears of each report file read: how many of how many, and the bytes read so far.
public typealias ReadProgress = @Sendable (_ filesRead: Int, _ fileCount: Int, _ bytesRead: Int) -> Void

/// Reads report files on every core, handing each reading on in the order of the files.
///
/// Worker threads read files ahead, at most a few per core at a time; the calling thread takes the
/// readings in file order as they become ready (merging one while the workers read the next), so
/// memory holds only the readings in flight and the result does not depend on the number of cores.
struct ReportReaders: @unchecked Sendable {
    /// Reads long CSV reports.
    let csv: LongCSVIngest
    /// Reads xlsx reports.
    let xlsx: XLSXReportIngest

    /// How many files may be read ahead per core.
    static let filesAheadPerCore = 4

    /// Reads every file of `reports`, calling `take` with each reading in the order of `reports`.
    func readAll(_ reports: [(url: URL, path: String)], progress: ReadProgress?, take: (URL, FileReading) -> Void) {
        let cores = max(1, ProcessInfo.processInfo.activeProcessorCount)
        let slots = ReadingSlots(count: reports.count)
        let ahead = DispatchSemaphore(value: cores * Self.filesAheadPerCore)
        let workers = DispatchGroup()
        // Files are started in order; each worker, when done, lets one more file start.
        let queue = DispatchQueue(label: "unionstats.read", attributes: .concurrent)
        let starter = DispatchQueue(label: "unionstats.read.starter")
        starter.async(group: workers) {
            for (index, report) in reports.enumerated() {
                ahead.wait()
                queue.async(group: workers) {
                    slots.put(read(url: report.url, path: report.path), bytes: InputLoader.fileSize(report.url), at: index)
                }
            }
        }
        var bytesRead = 0
        for (index, report) in reports.enumerated() {
            let (reading, bytes) = slots.take(at: index)
            ahead.signal()
            bytesRead += bytes
            take(report.url, reading)
            progress?(index + 1, reports.count, bytesRead)
        }
        workers.wait()
    }

    /// Reads one file by its extension.
    private func read(url: URL, path: String) -> FileReading {
        url.pathExtension.lowercased() == "csv" ? csv.read(url: url, file: path) : xlsx.read(url: url, file: path)
    }
}

/// The readings of the files, filled by the workers and taken, each once, in file order.
private final class ReadingSlots: @unchecked Sendable {
    private var readings: [(FileReading, Int)?]
    private let ready: [DispatchSemaphore]
    private let lock = NSLock()

    init(count: Int) {
        readings = Array(repeating: nil, count: count)
        ready = (0..<count).map { _ in DispatchSemaphore(value: 0) }
    }

    /// Stores the reading of file `index` and its size.
    func put(_ reading: FileReading, bytes: Int, at index: Int) {
        lock.lock()
        readings[index] = (reading, bytes)
        lock.unlock()
        ready[index].signal()
    }

    /// Waits for the reading of file `index` and takes it out (so that it is freed once merged).
    func take(at index: Int) -> (FileReading, Int) {
        ready[index].wait()
        lock.lock()
        defer { lock.unlock() }
        let taken = readings[index]
        readings[index] = nil
        // `put` always stored it before signalling; the fallback is never used.
        return taken ?? (FileReading(path: ""), 0)
    }
}
