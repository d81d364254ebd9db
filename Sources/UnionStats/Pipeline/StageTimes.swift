import Foundation
import Synchronization

/// How long each stage of one run took, by a monotonic clock: what `--timings` prints.
///
/// A job given a `StageTimes` measures its stages with `measure(_:_:)`; a stage measured several
/// times (aggregation before and after the checks) adds up. Stages follow one another, but for the
/// workbook and the CSV files, written side by side: their overlap is counted in both, so `other`
/// (the time outside every stage, never below zero) is then short by that overlap. Jobs take it as an optional
/// parameter defaulting to nil: without
/// one nothing is measured and nothing changes.
public final class StageTimes: Sendable {
    /// A stage of the pipeline, in the order they run.
    public enum Stage: String, CaseIterable, Sendable {
        /// Ingest: units.csv, the catalogue and every report read and parsed (`Pipeline.load`).
        case readParse = "read+parse"
        /// The tree of the period, own figures, roll-up, ratios, last year and year to date, restatements.
        case aggregate
        /// The plausibility checks (`Validator`) and sorting the run's findings.
        case validate
        /// The report workbook written.
        case writeXLSX = "write xlsx"
        /// The report's CSV files written.
        case writeCSV = "write csv"
        /// The findings printed to the terminal.
        case print
    }

    private let start = ContinuousClock.now
    /// The time spent in each stage and when the run stopped; stages may be timed on two threads at once.
    private let tally = Mutex(Tally())

    /// What the threads of a run add up.
    private struct Tally {
        var spent: [Stage: Duration] = [:]
        var stopped: ContinuousClock.Instant?
    }

    /// Hears when each stage starts (a progress line on a terminal); nil: nobody listens.
    public let onStageStart: (@Sendable (Stage) -> Void)?
    /// Hears of each report file read while `readParse` runs.
    public let onFileRead: ReadProgress?

    /// Starts the clock of the whole run; the observers, when given, hear of its progress.
    public init(onStageStart: (@Sendable (Stage) -> Void)? = nil, onFileRead: ReadProgress? = nil) {
        self.onStageStart = onStageStart
        self.onFileRead = onFileRead
    }

    /// Runs `body`, adding its duration to `stage`, and returns what it returns.
    @discardableResult
    public func measure<Result, Failure: Error>(
        _ stage: Stage, _ body: () throws(Failure) -> Result
    ) throws(Failure) -> Result {
        onStageStart?(stage)
        let begin = ContinuousClock.now
        defer {
            let elapsed = ContinuousClock.now - begin
            tally.withLock { $0.spent[stage, default: .zero] += elapsed }
        }
        return try body()
    }

    /// Stops the run's clock (the first call counts); `total` and `lines` use it.
    public func stop() {
        let now = ContinuousClock.now
        tally.withLock { if $0.stopped == nil { $0.stopped = now } }
    }

    /// Seconds spent in `stage` so far (0 when it never ran).
    public func seconds(in stage: Stage) -> Double {
        tally.withLock { $0.spent[stage]?.inSeconds ?? 0 }
    }

    /// Seconds from `init` to `stop()` (or to now, when not stopped).
    public var total: Double {
        let end = tally.withLock { $0.stopped } ?? ContinuousClock.now
        return (end - start).inSeconds
    }

    /// One line per stage that ran, then `other` (the time outside every stage) and `total`:
    /// `timing: read+parse 1.234 s`.
    public var lines: [String] {
        let total = self.total
        var lines: [String] = []
        var measured = 0.0
        for stage in Stage.allCases {
            guard tally.withLock({ $0.spent[stage] }) != nil else { continue }
            let seconds = seconds(in: stage)
            measured += seconds
            lines.append(Self.line(stage.rawValue, seconds))
        }
        lines.append(Self.line("other", max(0, total - measured)))
        lines.append(Self.line("total", total))
        return lines
    }

    /// `timing: NAME 1.234 s`.
    private static func line(_ name: String, _ seconds: Double) -> String {
        "timing: \(name) " + String(format: "%.3f s", seconds)
    }

}

extension Optional where Wrapped == StageTimes {
    /// Runs `body`, timed as `stage` when there is a `StageTimes`, else just runs it.
    func measure<Result, Failure: Error>(
        _ stage: StageTimes.Stage, _ body: () throws(Failure) -> Result
    ) throws(Failure) -> Result {
        switch self {
        case .some(let times): try times.measure(stage, body)
        case .none: try body()
        }
    }
}

extension Duration {
    /// The duration in seconds, as a number to print (never used in a figure).
    public var inSeconds: Double {
        Double(components.seconds) + Double(components.attoseconds) / 1e18
    }
}
