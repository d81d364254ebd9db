import Foundation

/// Points where the end-to-end tests stop a run or make a write fail, set through environment variables
/// that only the tests set (docs/architecture.md, "Tests"); without them every function here does nothing.
///
/// - `UNIONSTATS_TEST_PAUSE=POINT,POINT…` with `UNIONSTATS_TEST_GATE=FOLDER`: on reaching a point, the
///   run creates `FOLDER/POINT` (holding its process id) and waits as long as `FOLDER/hold` exists (two
///   minutes at most). A point is a file's name (`observations-2021-H1.csv`: after its first chunk is in
///   the staging folder; `report-2021-H1.xlsx`: once the workbook is in it), `swap` (every file staged,
///   the swap not begun), `between-renames` (the swap by two renames, the old set moved aside, the new
///   not yet in place) or `swapped` (the new set in place, the old not yet removed).
/// - `UNIONSTATS_TEST_FAIL_WRITE=NAME,NAME…`: writing a file of that name fails as on a full disk, after
///   its first chunk.
/// - `UNIONSTATS_TEST_SWAP_BY_RENAMES=1`: sets are swapped by two renames, as on a file system that
///   cannot exchange two folders in one step.
enum OutputTestHooks {
    private static let environment = ProcessInfo.processInfo.environment
    private static let pausePoints = Set(names("UNIONSTATS_TEST_PAUSE"))
    private static let gate = environment["UNIONSTATS_TEST_GATE"].flatMap { $0.isEmpty ? nil : $0 }
    private static let failingFiles = Set(names("UNIONSTATS_TEST_FAIL_WRITE"))
    /// Whether sets are to be swapped by two renames.
    static let swapsByRenames = environment["UNIONSTATS_TEST_SWAP_BY_RENAMES"] == "1"

    private static func names(_ variable: String) -> [String] {
        (environment[variable] ?? "").split(separator: ",").map(String.init)
    }

    /// Waits at `point` while the test holds its gate.
    static func pause(at point: String) {
        guard let gate, pausePoints.contains(point) else { return }
        let marker = URL(fileURLWithPath: gate).appendingPathComponent(point)
        try? Data("\(getpid())\n".utf8).write(to: marker)
        let hold = URL(fileURLWithPath: gate).appendingPathComponent("hold").path
        let deadline = Date().addingTimeInterval(120)
        while FileManager.default.fileExists(atPath: hold), Date() < deadline { usleep(5_000) }
    }

    /// Whether writing the file `name` is to fail as on a full disk.
    static func failsWriting(_ name: String) -> Bool {
        !failingFiles.isEmpty && failingFiles.contains(name)
    }
}
