import Foundation
import TestSupport
import Testing

/// Hostile and broken inputs through the real `unionstats report` and `unionstats validate`.
///
/// Each case: the process ends by itself within the time limit (a hang is killed and fails the
/// test), exits with the documented status (never a signal), names the finding's code, still
/// counts the good report beside the bad one (`observations-2021-H1.csv`), and writes nothing
/// anywhere but `output/` (`validate` writes nothing at all).
@Suite struct HostileInputTests {
    @Test(arguments: HostileCase.all)
    func hostileInputIsAFindingAndTheGoodReportStillCounts(_ hostile: HostileCase) throws {
        try HostileCase.check(hostile)
    }

    @Test
    func aNulByteNearTheTopIsARowProblemNotAnEncoding() throws {
        try HostileCase.check(
            HostileCase(
                "NUL byte in the second row", code: "E-CSV-ROW",
                rows: [("B", "members_total", "5", "reported"), ("B", "workers_total", "9", "reported")],
                text:
                    "unit,period,indicator,value\nB,2021-H1,members_total,5\nB,2021-H1,members_new,4\u{0}\nB,2021-H1,workers_total,9\n"
            ))
    }

    @Test
    func aRowWithTooManyFieldsIsAFindingAndNotRead() throws {
        try HostileCase.check(
            HostileCase(
                "too many fields", code: "E-CSV-ROW",
                rows: [("B", "members_total", "5", "reported"), ("B", "members_new", "", "missing")],
                text: "unit,period,indicator,value\nB,2021-H1,members_total,5\nB,2021-H1,members_new,1,234\n"))
    }

    @Test
    func aNamedPipeDoesNotHangTheRun() throws {
        try HostileCase.check(
            HostileCase("named pipe", code: "E-FILE-UNREADABLE", timeout: 15) { folder in
                #expect(mkfifo(folder.input.appendingPathComponent("reports/pipe.csv").path, 0o644) == 0)
            })
    }

    @Test
    func anOutputReachingTheInputThroughALinkIsRefused() throws {
        try HostileCase.check(
            HostileCase(
                "output via a link into the input", status: 2, code: nil, validate: false,
                arguments: ["--output", "inlink/out"]
            ) { folder in
                try FileManager.default.createSymbolicLink(
                    atPath: folder.work.appendingPathComponent("inlink").path, withDestinationPath: "input")
            })
    }
}

/// One hostile input folder and what running on it must give.
struct HostileCase: Sendable, CustomTestStringConvertible {
    typealias Row = (unit: String, indicator: String, value: String, status: String)

    let name: String
    /// The exit status of both `report` and `validate`.
    let status: Int32
    /// The finding code that must be printed (nil for a refusal to start).
    let code: String?
    /// Text the output must contain besides the code.
    let message: String?
    /// Whether `validate` runs too (it has no `--output`).
    let validate: Bool
    /// Arguments after `report --period 2021-H1 --input input`.
    let arguments: [String]
    /// Rows of observations-2021-H1.csv besides the good report's (`value` "" for none).
    let rows: [(unit: String, indicator: String, value: String, status: String)]
    /// A process running longer than this is killed: a hang.
    let timeout: TimeInterval
    let build: @Sendable (HostileFolder) throws -> Void

    init(
        _ name: String, status: Int32 = 1, code: String?, message: String? = nil, validate: Bool = true,
        arguments: [String] = [], rows: [Row] = [], timeout: TimeInterval = 60,
        build: @escaping @Sendable (HostileFolder) throws -> Void
    ) {
        self.name = name
        self.status = status
        self.code = code
        self.message = message
        self.validate = validate
        self.arguments = arguments
        self.rows = rows
        self.timeout = timeout
        self.build = build
    }

    /// A case whose hostile file is `reports/hostile.csv` with these bytes.
    init(_ name: String, status: Int32 = 1, code: String, rows: [Row] = [], bytes: [UInt8]) {
        self.init(name, status: status, code: code, rows: rows) { folder in
            try folder.writeReport(Data(bytes), to: "reports/hostile.csv")
        }
    }

    /// A case whose hostile file is `reports/hostile.csv` with this text.
    init(_ name: String, status: Int32 = 1, code: String, rows: [Row] = [], text: String) {
        self.init(name, status: status, code: code, rows: rows, bytes: Array(text.utf8))
    }

    var testDescription: String { name }

    static let header = "unit,period,indicator,value\n"

    static func utf16LE(_ text: String) -> [UInt8] { text.utf16.flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] } }

    static let all: [HostileCase] = [
        // Issue 9, item 7: a period without any usable figure is no report to sign; the findings say why.
        HostileCase(
            "every report of the period refused (legacy encoding)", status: 2, code: "E-FILE-ENCODING",
            message: "Chưa có báo cáo nào có số liệu kỳ 2021-H1", validate: false
        ) { folder in
            try FileManager.default.removeItem(at: folder.input.appendingPathComponent("reports/good.csv"))
            try folder.writeReport(
                Data(
                    Array("unit,period,indicator,value,note\nA,2021-H1,members_new,7,".utf8) + IngestTrustTests.congDoan
                        + [0x0A]),
                to: "reports/cp1258.csv")
        },
        HostileCase(
            "a period nobody reported", status: 2, code: nil, message: "Chưa có báo cáo nào có số liệu kỳ 2022-Q1",
            validate: false,
            arguments: ["--period", "2022-Q1"]
        ) { _ in },
        // Past the first 64 KB (checked as a whole), invalid UTF-8 spoils its row only.
        HostileCase(
            "invalid UTF-8 in a row past 64 KB", code: "E-CSV-ROW",
            rows: [("B", "members_total", "5", "reported"), ("B", "workers_total", "9", "reported")],
            bytes: Array((header + "B,2021-H1,members_total,5\n").utf8) + [UInt8](repeating: 0x0A, count: 70_000)
                + Array("B,2021-H1,members_new,4".utf8) + [0xFF, 0xFE, 0xC0, 0x80]
                + Array("\nB,2021-H1,workers_total,9\n".utf8)),
        // Within the first 64 KB it is a file in another encoding: refused as a whole, once.
        HostileCase(
            "invalid UTF-8 near the top", code: "E-FILE-ENCODING",
            rows: [("B", "members_total", "", "missing"), ("B", "workers_total", "", "missing")],
            bytes: Array((header + "B,2021-H1,members_total,5\nB,2021-H1,members_new,4").utf8) + [
                0xFF, 0xFE, 0xC0, 0x80,
            ]
                + Array("\nB,2021-H1,workers_total,9\n".utf8)),
        HostileCase(
            "a report in Windows-1258", code: "E-FILE-ENCODING", rows: [("B", "members_total", "", "missing")],
            bytes: Array("unit,period,indicator,value,note\nB,2021-H1,members_total,5,".utf8)
                + IngestTrustTests.congDoan + [0x0A]),
        HostileCase(
            "a report in TCVN3", code: "E-FILE-ENCODING", rows: [("B", "members_total", "", "missing")],
            bytes: Array("unit,period,indicator,value,note\nB,2021-H1,members_total,5,".utf8)
                + [0x43, 0xAB, 0x6E, 0x67, 0x20, 0xAE, 0x6F, 0xB5, 0x6E, 0x0A]),
        HostileCase("units.csv in Windows-1258", status: 2, code: nil, message: "bảng mã Windows-1258") { folder in
            try folder.writeReport(
                Data(
                    Array("code,name,parent,level\nF,".utf8) + IngestTrustTests.congDoan + Array(",,federation\n".utf8)),
                to: "units.csv")
        },
        HostileCase("indicators.csv in Windows-1258", status: 2, code: nil, message: "bảng mã Windows-1258") { folder in
            try folder.writeReport(
                Data(
                    Array(
                        "code,section,name_vi,name_en,measure,kind,numerator,denominator,weight,direction\nmembers_new,II,"
                            .utf8)
                        + IngestTrustTests.congDoan + Array(",New,n,flow,,,,up\n".utf8)), to: "indicators.csv")
        },
        HostileCase("settings.csv in Windows-1258", code: "E-FILE-ENCODING") { folder in
            try folder.writeReport(
                Data(Array("key,value\nfederation_name,".utf8) + IngestTrustTests.congDoan + [0x0A]), to: "settings.csv"
            )
        },
        HostileCase(
            "a zip named .csv", status: 0, code: "W-FILE-FORMAT",
            bytes: Array("PK\u{3}\u{4}\u{14}\u{0}".utf8) + [0xFF, 0x00, 0x9C]),
        HostileCase("an Excel 97–2003 .xls", status: 0, code: "W-FILE-FORMAT") { folder in
            try folder.writeReport(
                Data([0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1] + [UInt8](repeating: 0, count: 504)),
                to: "reports/bao-cao.xls")
        },
        HostileCase("Excel's Unicode text", status: 0, code: "W-FILE-FORMAT") { folder in
            try folder.writeReport(
                Data([0xFF, 0xFE] + utf16LE("unit\tperiod\tindicator\tvalue\r\nB\t2021-H1\tmembers_total\t5\r\n")),
                to: "reports/bao-cao.txt")
        },
        HostileCase("a password-protected .xlsx", status: 0, code: "W-FILE-FORMAT") { folder in
            try folder.writeReport(
                Data([0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1] + [UInt8](repeating: 0xFF, count: 504)),
                to: "reports/mat-khau.xlsx")
        },
        HostileCase(
            "a formula without its value", code: "E-XLSX-FORMULA",
            rows: [("B", "members_total", "", "missing"), ("B", "workers_total", "9", "reported")]
        ) { folder in
            try IngestTrustTests.writeForm(
                folder, unit: "B", period: "2021-H1",
                figures: [("members_total", .formula("=SUM(D12:D13)")), ("workers_total", .number(9))])
        },
        HostileCase("a form's bad period", code: "E-PERIOD", rows: [("B", "workers_total", "", "missing")]) { folder in
            try IngestTrustTests.writeForm(
                folder, unit: "B", period: "2021-H3",
                figures: [("members_total", .number(5)), ("workers_total", .number(9))])
        },
        HostileCase("a form's unknown unit", code: "E-UNIT-UNKNOWN", rows: [("B", "workers_total", "", "missing")]) {
            folder in
            try IngestTrustTests.writeForm(
                folder, unit: "../B", period: "2021-H1", figures: [("workers_total", .number(9))])
        },
        HostileCase(
            "value and số lượng both", code: "E-CSV-HEADER", rows: [("B", "members_total", "", "missing")],
            text: "unit,period,indicator,value,số lượng\nB,2021-H1,members_total,5,6\n"),
        HostileCase(
            "unknown columns", status: 0, code: "W-CSV-COLUMNS", rows: [("B", "members_total", "5", "reported")],
            text: "unit,period,indicator,value,=cmd|' /C calc'!A0\nB,2021-H1,members_total,5,x\n"),
        HostileCase(
            "UTF-16 LE with BOM", code: "E-FILE-ENCODING", rows: [("B", "members_total", "", "missing")],
            bytes: [0xFF, 0xFE] + utf16LE(header + "B,2021-H1,members_total,5\n")),
        HostileCase(
            "UTF-16 LE without BOM (NUL bytes)", code: "E-FILE-ENCODING", rows: [("B", "members_total", "", "missing")],
            bytes: utf16LE(header + "B,2021-H1,members_total,5\n")),
        // Past the first 4 KB (where NUL bytes mean UTF-16), a NUL byte spoils its row only.
        HostileCase(
            "NUL bytes in a row", code: "E-CSV-ROW",
            rows: [
                ("B", "members_total", "5", "reported"), ("B", "members_new", "", "missing"),
                ("B", "workers_total", "9", "reported"),
            ],
            text:
                "unit,period,indicator,value,note\nB,2021-H1,members_total,5,\(String(repeating: "ghi chú ", count: 700))\n"
                + "B,2021-H1,members_new,4\u{0}\u{0},\nB,2021-H1,workers_total,9,\n"),
        HostileCase(
            "unterminated quote", code: "E-CSV-QUOTE",
            rows: [("B", "members_total", "5", "reported"), ("B", "members_new", "", "missing")],
            text: header + "B,2021-H1,members_total,5\nB,2021-H1,members_new,\"4\nB,2021-H1,workers_total,9\n"),
        HostileCase(
            "too few fields", code: "E-CSV-ROW",
            rows: [("B", "members_total", "5", "reported"), ("B", "workers_total", "9", "reported")],
            text: header + "B,2021-H1,members_total,5\nB,2021-H1\n\nB\nB,2021-H1,workers_total,9\n"),
        HostileCase(
            "a 10 MB single line", code: "E-CSV-ROW",
            rows: [
                ("B", "members_total", "5", "reported"), ("B", "members_new", "", "missing"),
                ("B", "workers_total", "9", "reported"),
            ]
        ) { folder in
            var bytes = Array((header + "B,2021-H1,members_total,5\nB,2021-H1,members_new,").utf8)
            bytes += [UInt8](repeating: 0x39, count: 10 << 20)
            bytes += Array("\nB,2021-H1,workers_total,9\n".utf8)
            try folder.writeReport(Data(bytes), to: "reports/hostile.csv")
        },
        HostileCase("a header with 20 000 columns", code: "E-CSV-ROW", rows: [("B", "members_total", "", "missing")]) {
            folder in
            let columns = ["unit", "period", "indicator", "value"] + (5...20_000).map { "c\($0)" }
            try folder.writeReport(
                columns.joined(separator: ",") + "\nB,2021-H1,members_total,5\n", to: "reports/hostile.csv")
        },
        HostileCase("units.csv with a cycle", code: "E-UNIT-CYCLE", rows: [("B", "members_total", "5", "reported")]) {
            folder in
            try folder.writeReport(
                units + "X,Vòng X,Y,upper\nY,Vòng Y,X,upper\nC,Công đoàn C,X,grassroots\n", to: "units.csv")
            try folder.writeReport(
                header + "B,2021-H1,members_total,5\nC,2021-H1,members_total,6\nX,2021-H1,members_total,7\n",
                to: "reports/hostile.csv")
        },
        HostileCase(
            "a unit code with ../ in units.csv", code: "E-UNIT-ROW", rows: [("B", "members_total", "5", "reported")]
        ) { folder in
            try folder.writeReport(
                units + "../../../evil,Evil,U,grassroots\n..,Dots,U,grassroots\nU/../A,Slash,U,grassroots\n",
                to: "units.csv")
            try folder.writeReport(
                header + "B,2021-H1,members_total,5\n../../../evil,2021-H1,members_total,6\n", to: "reports/hostile.csv"
            )
        },
        HostileCase(
            "a unit code with ../ in a report", code: "E-UNIT-UNKNOWN",
            rows: [("B", "members_total", "5", "reported")],
            text: header
                + "../../../evil,2021-H1,members_new,3\n/etc/passwd,2021-H1,members_new,3\nB,2021-H1,members_total,5\n"),
        HostileCase("an empty report file", code: "E-CSV-HEADER", text: ""),
        HostileCase("a report that is just a BOM", code: "E-CSV-HEADER", bytes: [0xEF, 0xBB, 0xBF]),
        // A link out of the input is skipped with a warning only: status 0, the outside figure is not read.
        HostileCase(
            "a link pointing outside the input folder", status: 0, code: "N-FILE-IGNORED",
            rows: [("B", "members_new", "", "missing")]
        ) { folder in
            let secret = folder.root.appendingPathComponent("secret.csv")
            try Data((header + "B,2021-H1,members_new,99\n").utf8).write(to: secret)
            try FileManager.default.createSymbolicLink(
                at: folder.input.appendingPathComponent("reports/link.csv"), withDestinationURL: secret)
        },
        HostileCase("a link looping back to the input folder", status: 0, code: "N-FILE-IGNORED") { folder in
            try FileManager.default.createSymbolicLink(
                atPath: folder.input.appendingPathComponent("reports/loop").path, withDestinationPath: "..")
        },
        HostileCase("two links pointing at each other", code: "E-FILE-UNREADABLE") { folder in
            let reports = folder.input.appendingPathComponent("reports")
            try FileManager.default.createSymbolicLink(
                atPath: reports.appendingPathComponent("a.csv").path, withDestinationPath: "b.csv")
            try FileManager.default.createSymbolicLink(
                atPath: reports.appendingPathComponent("b.csv").path, withDestinationPath: "a.csv")
        },
        HostileCase(
            "--output inside the input folder", status: 2, code: nil, message: "nằm trong thư mục đầu vào",
            validate: false,
            arguments: ["--output", "input/out"]
        ) { _ in },
        HostileCase(
            "--output the input folder itself", status: 2, code: nil, message: "nằm trong thư mục đầu vào",
            validate: false,
            arguments: ["--output", "./input/"]
        ) { _ in },
        HostileCase("a missing units.csv", status: 2, code: nil, message: "units.csv") { folder in
            try FileManager.default.removeItem(at: folder.input.appendingPathComponent("units.csv"))
        },
    ]

    /// F → U → A, B, as in the unit tests.
    static let units = """
        code,name,parent,level
        F,Liên đoàn Lao động tỉnh,,federation
        U,Liên đoàn Lao động huyện,F,upper
        A,Công đoàn A,U,grassroots
        B,Công đoàn B,U,grassroots

        """

    static let catalogue = """
        code,section,name_vi,name_en,measure,kind,numerator,denominator,weight,direction
        workers_total,I,Tổng số CNVCLĐ,Workers,người,stock,,,,neutral
        members_total,II,Tổng số đoàn viên,Members,người,stock,,,,up
        members_new,II,Số đoàn viên kết nạp mới,New members,người,flow,,,,up

        """

    /// The good report beside every hostile one: A admitted 7 new members.
    static let goodRow = (unit: "A", indicator: "members_new", value: "7", status: "reported")

    /// Runs `report` (and `validate`) on the case's folder and checks everything the suite promises.
    static func check(_ hostile: HostileCase) throws {
        let folder = try HostileFolder()
        defer { folder.remove() }
        try hostile.build(folder)
        let before = try folder.snapshot()

        // report
        let report = try CommandRunner.run(
            ["report", "--period", "2021-H1", "--input", "input"] + hostile.arguments, in: folder.work,
            timeout: hostile.timeout)
        try expectEnded(report, hostile, "report")
        let reportText = report.standardError + report.standardOutput
        if let code = hostile.code {
            #expect(reportText.contains("[\(code)]"), "report should print \(code): \(reportText)")
        }
        if let message = hostile.message { #expect(reportText.contains(message), "\(reportText)") }
        let afterReport = try folder.snapshot()
        #expect(
            afterReport.subtracting(before).allSatisfy { $0.hasPrefix("a/b/work/output/") },
            "written outside output/: \(afterReport.subtracting(before).sorted())")
        #expect(before.subtracting(afterReport).isEmpty, "removed: \(before.subtracting(afterReport).sorted())")
        let observations = folder.work.appendingPathComponent("output/2021-H1/observations-2021-H1.csv")
        if hostile.status == 2 {
            #expect(!FileManager.default.fileExists(atPath: folder.work.appendingPathComponent("output").path))
            #expect(afterReport == before)
        } else {
            let csv = try String(contentsOf: observations, encoding: .utf8)
            for row in [goodRow] + hostile.rows {
                #expect(
                    observationRow(csv, unit: row.unit, indicator: row.indicator) == [row.value, row.status],
                    "\(row.unit) \(row.indicator) should be \(row.value) (\(row.status))")
            }
            try FileManager.default.removeItem(at: folder.work.appendingPathComponent("output"))
        }

        // validate: the same findings and status, nothing written
        guard hostile.validate else { return }
        let validate = try CommandRunner.run(
            ["validate", "--period", "2021-H1", "--input", "input"], in: folder.work, timeout: hostile.timeout)
        try expectEnded(validate, hostile, "validate")
        let validateText = validate.standardOutput + validate.standardError
        if let code = hostile.code {
            #expect(validateText.contains("[\(code)]"), "validate should print \(code): \(validateText)")
        }
        if let message = hostile.message { #expect(validateText.contains(message), "\(validateText)") }
        #expect(try folder.snapshot() == before, "validate wrote something")
    }

    private static func expectEnded(_ run: CommandRunner.Result, _ hostile: HostileCase, _ command: String) throws {
        #expect(!run.timedOut, "\(command) hung: killed after \(hostile.timeout) s")
        #expect(run.reason == .exit, "\(command) ended by signal \(run.status)")
        #expect(
            run.status == hostile.status,
            "\(command) exit status \(run.status); stderr: \(run.standardError.prefix(2000))")
        #expect(run.seconds < 30, "\(command) took \(run.seconds) s")
        #expect(!run.standardError.contains("Fatal error"), "\(run.standardError.prefix(2000))")
    }

    /// The `value` and `status` columns of a unit's indicator row, nil when there is no such row.
    static func observationRow(_ csv: String, unit: String, indicator: String) -> [String]? {
        for line in csv.split(separator: "\n") {
            let fields = line.split(separator: ",", omittingEmptySubsequences: false).map(String.init)
            if fields.count == 13, fields[1] == unit, fields[5] == indicator { return [fields[8], fields[9]] }
        }
        return nil
    }
}

/// `root/a/b/work/input`, so that anything escaping `work` by up to three `..` still lands under `root`.
final class HostileFolder: Sendable {
    private let temporary: TemporaryFolder
    var root: URL { temporary.url }
    let work: URL
    let input: URL

    init() throws {
        temporary = try TemporaryFolder(prefix: "unionstats-hostile")
        work = temporary.url("a/b/work")
        input = work.appendingPathComponent("input")
        try temporary.makeFolder("a/b/work/input/reports")
        try writeReport(HostileCase.units, to: "units.csv")
        try writeReport(HostileCase.catalogue, to: "indicators.csv")
        try writeReport(HostileCase.header + "A,2021-H1,members_new,7\n", to: "reports/good.csv")
    }

    func remove() { temporary.remove() }

    /// Writes a file relative to the input folder.
    func writeReport(_ text: String, to path: String) throws { try writeReport(Data(text.utf8), to: path) }

    func writeReport(_ data: Data, to path: String) throws {
        try temporary.write(data, to: "a/b/work/input/" + path)
    }

    /// Every path under `root`, relative to it (links are listed, not followed).
    func snapshot() throws -> Set<String> {
        guard let enumerator = FileManager.default.enumerator(atPath: root.path) else { return [] }
        var paths: Set<String> = []
        while let path = enumerator.nextObject() as? String { paths.insert(path + (isDirectory(path) ? "/" : "")) }
        return paths
    }

    private func isDirectory(_ path: String) -> Bool {
        var status = stat()
        return lstat(root.appendingPathComponent(path).path, &status) == 0 && (status.st_mode & S_IFMT) == S_IFDIR
    }
}
