import Foundation

/// Hears of each report file read: how many of how many, and the bytes read so far.
public typealias ReadProgress = @Sendable (_ filesRead: Int, _ fileCount: Int, _ bytesRead: Int) -> Void

/// Reads report files on every core, handing each reading on in the order of the files.
///
/// Files are read in windows of a few per core; a window's readings are handed on, in file order,
/// before the next window starts, so memory holds at most one window of pending values.
struct ReportReaders: @unchecked Sendable {
    /// Reads long CSV reports.
    let csv: LongCSVIngest
    /// Reads xlsx reports.
    let xlsx: XLSXReportIngest

    /// How many files each core reads per window.
    static let filesPerCoreAndWindow = 4

    /// Reads every file of `reports`, calling `take` with each reading in the order of `reports`.
    func readAll(_ reports: [(url: URL, path: String)], progress: ReadProgress?, take: (URL, FileReading) -> Void) {
        let cores = max(1, ProcessInfo.processInfo.activeProcessorCount)
        let window = cores * Self.filesPerCoreAndWindow
        var bytesRead = 0
        var start = 0
        while start < reports.count {
            let batch = Array(reports[start..<min(reports.count, start + window)])
            let slots = ReadingSlots(count: batch.count)
            DispatchQueue.concurrentPerform(iterations: batch.count) { index in
                let (url, path) = batch[index]
                slots.put(read(url: url, path: path), bytes: InputLoader.fileSize(url), at: index)
            }
            for (index, (url, _)) in batch.enumerated() {
                let (reading, bytes) = slots.take(at: index)
                bytesRead += bytes
                take(url, reading)
                progress?(start + index + 1, reports.count, bytesRead)
            }
            start += batch.count
        }
    }

    /// Reads one file by its extension.
    private func read(url: URL, path: String) -> FileReading {
        url.pathExtension.lowercased() == "csv" ? csv.read(url: url, file: path) : xlsx.read(url: url, file: path)
    }
}

/// The readings of one window, filled by several threads at once.
private final class ReadingSlots: @unchecked Sendable {
    private var readings: [(FileReading, Int)?]
    private let lock = NSLock()

    init(count: Int) {
        readings = Array(repeating: nil, count: count)
    }

    /// Stores the reading of file `index` and its size.
    func put(_ reading: FileReading, bytes: Int, at index: Int) {
        lock.lock()
        readings[index] = (reading, bytes)
        lock.unlock()
    }

    /// The reading of file `index` (every file of the window is read when this is called).
    func take(at index: Int) -> (FileReading, Int) {
        lock.lock()
        defer { lock.unlock() }
        return readings[index] ?? (FileReading(path: ""), 0)
    }
}
