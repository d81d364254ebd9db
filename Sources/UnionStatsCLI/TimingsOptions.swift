import ArgumentParser
import UnionStats

/// `--timings`, shared by report and validate: each stage's time on standard error (`make bench` reads it).
struct TimingsOptions: ParsableArguments {
    @Flag(help: "In thời gian của từng bước (đọc, tổng hợp, kiểm tra, ghi tệp) ra stderr, để đo tốc độ.")
    var timings = false

    /// A clock for this run when `--timings` was given or standard error is a terminal (which then
    /// shows a progress line), else nil: nothing is measured or printed.
    func start() -> StageTimes? {
        guard let progress = TerminalProgress.onTerminal() else { return timings ? StageTimes() : nil }
        return StageTimes(onStageStart: progress.stageStarted, onFileRead: progress.fileRead)
    }

    /// Clears the progress line, stops `times` and, with `--timings`, prints one `timing: stage 1.234 s`
    /// line per stage, then other and total.
    func finish(_ times: StageTimes?) {
        TerminalProgress.clear()
        guard let times, timings else { return }
        times.stop()
        for line in times.lines { FindingPrinter.printError(line) }
    }
}
