import ArgumentParser
import UnionStats

/// `--timings`, shared by report and validate: each stage's time on standard error (`make bench` reads it).
struct TimingsOptions: ParsableArguments {
    @Flag(help: "In thời gian của từng bước (đọc, tổng hợp, kiểm tra, ghi tệp) ra stderr, để đo tốc độ.")
    var timings = false

    /// A clock for this run when `--timings` was given, else nil (nothing is measured or printed).
    func start() -> StageTimes? {
        timings ? StageTimes() : nil
    }

    /// Stops `times` and prints one `timing: stage 1.234 s` line per stage, then other and total.
    static func finish(_ times: StageTimes?) {
        guard let times else { return }
        times.stop()
        for line in times.lines { FindingPrinter.printError(line) }
    }
}
