import Foundation
import TestSupport
import Testing

/// The files of one output folder (`output/2021-H1/`), name → bytes, as a test finds them.
struct OutputSet: Equatable {
    let files: [String: Data]

    /// The files of `folder` (nil when it does not exist); sub-folders fail the test.
    static func read(_ folder: URL) throws -> OutputSet? {
        guard FileManager.default.fileExists(atPath: folder.path) else { return nil }
        var files: [String: Data] = [:]
        for name in try FileManager.default.contentsOfDirectory(atPath: folder.path) {
            files[name] = try Data(contentsOf: folder.appendingPathComponent(name))
        }
        return OutputSet(files: files)
    }

    /// The file names, sorted.
    var names: [String] { files.keys.sorted() }

    /// Whether this is a complete set of the run `reference` stands for: the same names, the same CSV
    /// bytes (CSV files are the same for the same input), and every workbook a whole xlsx that differs
    /// from `previous`'s (the workbook holds the time it was made, so it differs from run to run).
    func isComplete(like reference: OutputSet, differingFrom previous: OutputSet?) -> Bool {
        guard names == reference.names else { return false }
        for (name, bytes) in files {
            if name.hasSuffix(".csv") {
                guard bytes == reference.files[name] else { return false }
            } else {
                guard bytes != previous?.files[name] else { return false }
                let scratch = FileManager.default.temporaryDirectory.appendingPathComponent("set-\(UUID()).xlsx")
                defer { try? FileManager.default.removeItem(at: scratch) }
                guard (try? bytes.write(to: scratch)) != nil, (try? WrittenWorkbook(url: scratch)) != nil else {
                    return false
                }
            }
        }
        return true
    }
}

/// The output folder's entries a run should not leave behind: staging folders, sets moved aside,
/// lock files, temporary files (hidden names).
func leftovers(in output: URL) -> [String] {
    let enumerator = FileManager.default.enumerator(atPath: output.path)
    var hidden: [String] = []
    while let entry = enumerator?.nextObject() as? String {
        if entry.split(separator: "/").contains(where: { $0.hasPrefix(".") }) { hidden.append(entry) }
    }
    return hidden.sorted()
}

/// A run's pause points (`UNIONSTATS_TEST_PAUSE`, see Sources/UnionStats/Render/OutputTestHooks.swift):
/// the run waits at them while the gate is held.
final class Gate {
    let folder: TemporaryFolder
    let points: [String]

    /// A held gate at `points`.
    init(_ points: String...) throws {
        folder = try TemporaryFolder(prefix: "unionstats-gate")
        self.points = points
        try folder.write("", to: "hold")
    }

    /// The environment that makes a run stop at the points.
    var environment: [String: String] {
        ["UNIONSTATS_TEST_PAUSE": points.joined(separator: ","), "UNIONSTATS_TEST_GATE": folder.url.path]
    }

    /// Waits until `run` has reached every point (true), or ended or took a minute (false).
    func waitUntilReached(_ run: CommandRunner.RunningCommand, points: [String]? = nil) -> Bool {
        let deadline = Date().addingTimeInterval(60)
        while Date() < deadline, run.isRunning {
            if (points ?? self.points).allSatisfy({ folder.exists($0) }) { return true }
            usleep(2_000)
        }
        return false
    }

    /// Lets every run waiting at the gate go on.
    func open() {
        try? FileManager.default.removeItem(at: folder.url("hold"))
    }
}

/// Input folders for the output tests: the `tiny` fixture in two versions that give different files.
enum OutputSetInputs {
    /// `tiny` with a target for the federation: `report-`, `observations-`, `targets-2021-H1.csv` and the xlsx.
    static func withTargets(in folder: TemporaryFolder, name: String = "input") throws -> URL {
        let input = try tiny(in: folder, name: name)
        try folder.write("unit,period,indicator,target\nF,2021,members_new,64\n", to: "\(name)/targets.csv")
        return input
    }

    /// `tiny` with another figure (A's new members in 2021-Q2: 8, not 7) and no targets: other CSV
    /// bytes, no `targets-2021-H1.csv`.
    static func otherFigures(in folder: TemporaryFolder, name: String = "input") throws -> URL {
        let input = try tiny(in: folder, name: name)
        let quarter = "\(name)/reports/2021/q2.csv"
        let text = try folder.text(quarter)
        try #require(text.contains("members_new;7;A;2021-Q2;"))
        try folder.write(text.replacingOccurrences(of: "members_new;7;A;", with: "members_new;8;A;"), to: quarter)
        return input
    }

    private static func tiny(in folder: TemporaryFolder, name: String) throws -> URL {
        let input = folder.url(name)
        try FileManager.default.copyItem(at: CommandRunner.fixtures.appendingPathComponent("tiny"), to: input)
        return input
    }

    /// A province of `uppers` × 1.000 CĐCS, big enough that writing its files takes a while, in `folder/name`.
    static func province(uppers: Int, in folder: TemporaryFolder, name: String = "input", shift: Int = 0) throws {
        _ = try tiny(in: folder, name: name)
        var units = "code,name,parent,level\nF,Liên đoàn Lao động tỉnh,,federation\n"
        var rows = "unit,period,indicator,value\n"
        for upper in 1...uppers {
            units += "U\(upper),Công đoàn cấp trên \(upper),F,upper\n"
            for unit in 1...1000 {
                units += "U\(upper)-\(unit),CĐCS \(unit),U\(upper),grassroots\n"
                rows +=
                    "U\(upper)-\(unit),2021-H1,members_new,\((unit + shift) % 7)\nU\(upper)-\(unit),2021-H1,workers_total,\(unit % 50 + 10)\n"
            }
        }
        try folder.write(units, to: "\(name)/units.csv")
        try FileManager.default.removeItem(at: folder.url("\(name)/reports"))
        try folder.write(rows, to: "\(name)/reports/h1.csv")
    }
}
