import Foundation
import Synchronization
import UnionStats

#if canImport(Glibc)
    import Glibc
#endif

/// The one-line progress indicator on standard error during a long run: files read of N and MB/s,
/// then the stage. Only when standard error is a terminal, so logs and pipes stay clean; drawn at
/// most ten times a second, and only once the run has lasted half a second.
final class TerminalProgress: Sendable {
    /// The indicator of this run, when standard error is a terminal.
    private static let current = Mutex<TerminalProgress?>(nil)
    private let started = ContinuousClock.now
    /// The line's state; stages are announced from two threads while the workbook and CSVs are written.
    private let line = Mutex(Line())

    /// What is on the terminal.
    private struct Line {
        var lastDrawn: ContinuousClock.Instant?
        var shown = false
        var stopped = false
    }

    private init() {}

    /// A new indicator when standard error is a terminal, else nil.
    static func onTerminal() -> TerminalProgress? {
        guard isatty(STDERR_FILENO) == 1 else { return nil }
        let progress = TerminalProgress()
        current.withLock { $0 = progress }
        return progress
    }

    /// Erases the line, if one is shown, before anything else is printed; nothing is drawn afterwards.
    static func clear() {
        current.withLock { $0 }?.stop()
    }

    /// Shows the stage that starts (printing the findings ends the indicator).
    @Sendable func stageStarted(_ stage: StageTimes.Stage) {
        let text: String
        switch stage {
        case .readParse: text = "Đang đọc báo cáo…"
        case .aggregate: text = "Đang tổng hợp số liệu…"
        case .validate: text = "Đang kiểm tra số liệu…"
        case .writeXLSX, .writeCSV: text = "Đang ghi bảng tính và tệp CSV…"
        case .print:
            stop()
            return
        }
        draw(text, force: true)
    }

    /// Shows how many files are read and how fast.
    @Sendable func fileRead(_ filesRead: Int, _ fileCount: Int, _ bytesRead: Int) {
        let seconds = (ContinuousClock.now - started).inSeconds
        let rate = seconds > 0 ? Double(bytesRead) / 1_048_576 / seconds : 0
        let megabytes = String(format: "%.1f", rate).replacingOccurrences(of: ".", with: ",")
        draw("Đang đọc báo cáo: \(filesRead)/\(fileCount) tệp, \(megabytes) MB/s", force: filesRead == fileCount)
    }

    private func stop() {
        line.withLock { line in
            if line.shown { write("\r\u{1B}[K") }
            line.shown = false
            line.stopped = true
        }
    }

    /// Redraws the line with `text`, unless drawn less than 0,1 s ago (or the run is younger than 0,5 s).
    ///
    /// Written while the lock is held, so that no line is drawn after `stop()` has erased the last one.
    private func draw(_ text: String, force: Bool) {
        line.withLock { line in
            let now = ContinuousClock.now
            guard !line.stopped, now - started >= .milliseconds(500) else { return }
            if !force, let lastDrawn = line.lastDrawn, now - lastDrawn < .milliseconds(100) { return }
            line.lastDrawn = now
            line.shown = true
            write("\r" + text + "\u{1B}[K")
        }
    }

    private func write(_ text: String) {
        FileHandle.standardError.write(Data(text.utf8))
    }
}
