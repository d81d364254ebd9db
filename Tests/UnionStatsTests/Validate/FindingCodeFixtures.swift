import Foundation
import TestSupport
import Testing
import XLSX

@testable import UnionStats

/// A figure that must (or, with `value` nil, must not) be there after the bad input was read.
struct KeptValue: Sendable {
    let unit: String
    let indicator: String
    let value: Int64?
    let status: ValueStatus

    init(_ unit: String, _ indicator: String, _ value: Int64?, _ status: ValueStatus) {
        self.unit = unit
        self.indicator = indicator
        self.value = value
        self.status = status
    }
}

/// One input folder that triggers one finding code, and what must still be true beside it.
struct FindingCodeFixture: Sendable, CustomTestStringConvertible {
    /// What a fixture runs on its folder.
    enum Command: Sendable {
        /// `ValidateJob.run` for the fixture's period: ingest, aggregation, validation.
        case validate
        /// `ExtractJob.run` on `narratives/bao-cao.txt` as unit A's report of the period; `figures` are
        /// the draft's figures (indicator → value), what the good rows of the phrase table still find.
        case extract(figures: [String: Int64])
    }

    let name: String
    let code: FindingCode
    let severity: Finding.Severity
    let period: String
    /// Where the finding points: a line, a whole file, or nil when it is about a unit or a total.
    let location: UnionStats.SourceLocation?
    /// The unit the finding must name, when that is what identifies it.
    let unit: String?
    let kept: [KeptValue]
    let command: Command
    let build: @Sendable (FixtureFolders) throws -> Void

    init(
        _ code: FindingCode, _ name: String, severity: Finding.Severity? = nil, period: String = "2021-H1",
        at location: UnionStats.SourceLocation?, unit: String? = nil, kept: [KeptValue] = FindingCodeFixture.keptB,
        command: Command = .validate, build: @escaping @Sendable (FixtureFolders) throws -> Void
    ) {
        self.code = code
        self.name = name
        self.severity = severity ?? code.severity
        self.period = period
        self.location = location
        self.unit = unit
        self.kept = kept
        self.command = command
        self.build = build
    }

    var testDescription: String { "\(code.rawValue): \(name)" }

    // MARK: Building blocks

    static let header = "unit,period,indicator,value\n"
    /// The good report every fixture has: B's members, 40.
    static let goodReport = header + "B,2021-H1,members_total,40\n"
    /// B's 40 is stored and the federation's total is made of it.
    static let keptB = [KeptValue("B", "members_total", 40, .reported), KeptValue("F", "members_total", 40, .rolledUp)]

    static func line(_ file: String, _ line: Int) -> UnionStats.SourceLocation {
        UnionStats.SourceLocation(file: file, position: .line(line))
    }
    static func whole(_ file: String) -> UnionStats.SourceLocation { UnionStats.SourceLocation(file: file) }
    static func cell(_ file: String, _ sheet: String, _ reference: String) -> UnionStats.SourceLocation {
        UnionStats.SourceLocation(file: file, position: .cell(sheet: sheet, reference: reference))
    }

    /// A cell of a generated workbook.
    enum FormCell: Sendable {
        case text(String)
        case number(Int64)
        /// A formula whose result was never computed (no cached value).
        case uncomputed(String)
    }

    /// The standard folder plus a one-sheet workbook (sheet "Báo cáo", rows from A1) written by the XLSX module.
    static func xlsx(_ path: String, _ rows: [[FormCell]]) -> @Sendable (FixtureFolders) throws -> Void {
        { folders in
            try standard()(folders)
            let url = folders.input.folder.appendingPathComponent(path)
            try FileManager.default.createDirectory(
                at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            let workbook = try Workbook(path: url.path)
            let sheet = try workbook.addWorksheet(named: "Báo cáo")
            for (row, cells) in rows.enumerated() {
                for (column, cell) in cells.enumerated() {
                    switch cell {
                    case .text(let text): try sheet.write(text, row: row, column: column)
                    case .number(let number): try sheet.write(number, row: row, column: column)
                    case .uncomputed(let formula):
                        try sheet.writeFormula(
                            formula, cachedNumber: UncomputedFormula.marker, row: row, column: column)
                    }
                }
            }
            try workbook.close()
            try UncomputedFormula.removeCachedValues(in: url)
        }
    }

    /// Writes units.csv, indicators.csv, reports/good.csv and `files` (text) into the input folder.
    static func standard(
        _ files: [String: String] = [:], units: String = TemporaryInput.units,
        catalogue: String = TemporaryInput.catalogue
    ) -> @Sendable (FixtureFolders) throws -> Void {
        { folders in
            try folders.input.writeConfiguration(units: units, catalogue: catalogue)
            try folders.input.write(goodReport, to: "reports/good.csv")
            for (path, text) in files { try folders.input.write(text, to: path) }
        }
    }

    /// The standard folder plus one raw-bytes file.
    static func standard(bytes: [UInt8], at path: String) -> @Sendable (FixtureFolders) throws -> Void {
        { folders in
            try standard()(folders)
            try folders.input.write(Data(bytes), to: path)
        }
    }

    /// The standard folder plus `reports/bad.csv` = header + `row`; the finding is on line 2.
    static func badRow(_ code: FindingCode, _ row: String, severity: Finding.Severity? = nil) -> FindingCodeFixture {
        FindingCodeFixture(
            code, row, severity: severity, at: line("reports/bad.csv", 2),
            kept: keptB + [KeptValue("A", "members_new", nil, .missing)],
            build: standard(["reports/bad.csv": header + row + "\nB,2021-H1,members_new,6\n"]))
    }

    /// The narrative every `extract` fixture reads, in the input folder.
    static let narrative = "narratives/bao-cao.txt"

    /// The standard folder plus a narrative of A's 5 new members and an indicator-phrases.csv whose
    /// line 2 finds them and whose further lines are `rows` (from line 3); the finding is on line 3.
    static func phraseRows(_ code: FindingCode, _ name: String, _ rows: String) -> FindingCodeFixture {
        FindingCodeFixture(
            code, name, at: line(PhraseTable.fileName, 3), command: .extract(figures: ["members_new": 5]),
            build: standard([
                PhraseTable.fileName: "indicator,pattern,requires,unless,value\nmembers_new,kết nạp # đoàn viên,,,\n"
                    + rows,
                narrative: "Trong 6 tháng đầu năm 2021, Công đoàn A đã kết nạp 5 đoàn viên mới.\n",
            ]))
    }

    /// The standard units.csv with `rows` appended (from line 6).
    static func units(_ rows: String) -> String { TemporaryInput.units + rows }

    /// The standard units.csv with the columns of versions (`valid_from,valid_to,successor`), `rows` appended (from
    /// line 6).
    static func datedUnits(_ rows: String) -> String {
        "code,name,parent,level,valid_from,valid_to,successor\n"
            + TemporaryInput.units.split(separator: "\n").dropFirst().map { $0 + ",,,\n" }.joined() + rows
    }

    // MARK: The table

    static let all: [FindingCodeFixture] =
        files + records + values + aggregation + plausibility + configuration + plan + phrases

    static let files: [FindingCodeFixture] = [
        // As root a mode of 000 does not stop reading; a link that leads nowhere cannot be opened by anyone.
        FindingCodeFixture(.fileUnreadable, "dangling link inside the input", at: whole("reports/gone.csv")) {
            folders in
            try standard()(folders)
            try FileManager.default.createSymbolicLink(
                atPath: folders.input.folder.appendingPathComponent("reports/gone.csv").path,
                withDestinationPath: "deleted.csv")
        },
        // A link named .csv that leads to a folder inside the input: it opens, but reading fails (EISDIR).
        FindingCodeFixture(.fileUnreadable, "link to a folder", at: whole("reports/folder.csv")) { folders in
            try standard()(folders)
            try FileManager.default.createDirectory(
                at: folders.input.folder.appendingPathComponent("archive"), withIntermediateDirectories: true)
            try FileManager.default.createSymbolicLink(
                atPath: folders.input.folder.appendingPathComponent("reports/folder.csv").path,
                withDestinationPath: "../archive")
        },
        FindingCodeFixture(
            .fileEncoding, "UTF-16 LE with BOM", at: whole("reports/utf16.csv"),
            kept: keptB + [KeptValue("A", "members_new", nil, .missing)],
            build: standard(
                bytes: [0xFF, 0xFE]
                    + Array(
                        (header + "A,2021-H1,members_new,5\n").utf16.flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] }),
                at: "reports/utf16.csv")),
        FindingCodeFixture(
            .fileEncoding, "UTF-32 LE with BOM", at: whole("reports/utf32.csv"),
            build: standard(
                bytes: [0xFF, 0xFE, 0x00, 0x00]
                    + Array(
                        (header + "A,2021-H1,members_new,5\n").unicodeScalars.flatMap { scalar in
                            (0..<4).map { UInt8((scalar.value >> (8 * UInt32($0))) & 0xFF) }
                        }), at: "reports/utf32.csv")),
        FindingCodeFixture(
            .fileIgnored, "a text file", at: whole("reports/ghi-chu.txt"),
            build: standard(["reports/ghi-chu.txt": "A,2021-H1,members_new,5\n"])),
        FindingCodeFixture(
            .fileIgnored, "a photo", at: whole("reports/anh.jpg"),
            build: standard(bytes: [0xFF, 0xD8, 0xFF, 0xE0], at: "reports/anh.jpg")),
        // "Công đoàn" in Windows-1258 in a note: the whole file is refused, A's figure with it.
        FindingCodeFixture(
            .fileEncoding, "Windows-1258", at: whole("reports/cp1258.csv"),
            kept: keptB + [KeptValue("A", "members_new", nil, .missing)],
            build: standard(
                bytes: Array("unit,period,indicator,value,note\nA,2021-H1,members_new,5,".utf8)
                    + [0x43, 0xF4, 0x6E, 0x67, 0x20, 0xF0, 0x6F, 0xE0, 0x6E, 0x0A], at: "reports/cp1258.csv")),
        FindingCodeFixture(
            .fileEncoding, "settings.csv in Windows-1258: defaults kept", at: whole("settings.csv"),
            build: standard(
                bytes: Array("key,value\nplace,".utf8) + [0x43, 0xF4, 0x6E, 0x67, 0x0A], at: "settings.csv")),
        FindingCodeFixture(
            .fileFormat, "an Excel 97-2003 .xls", at: whole("reports/bao-cao.xls"),
            build: standard(bytes: [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1, 0, 0], at: "reports/bao-cao.xls")),
        FindingCodeFixture(
            .fileFormat, "a .pdf", at: whole("reports/bao-cao.pdf"),
            build: standard(["reports/bao-cao.pdf": "%PDF-1.4\n"])),
        FindingCodeFixture(
            .fileFormat, "Excel's Unicode text", at: whole("reports/unicode.txt"),
            build: standard(
                bytes: [0xFF, 0xFE] + Array("unit\tperiod\n".utf16).flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] },
                at: "reports/unicode.txt")),
        FindingCodeFixture(
            .fileFormat, "a password-protected workbook", at: whole("reports/mat-khau.xlsx"),
            build: standard(bytes: [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1, 0, 0], at: "reports/mat-khau.xlsx")),
        FindingCodeFixture(
            .fileIgnored, "a link leading outside the input", severity: .warning, at: whole("reports/link.csv")
        ) { folders in
            try standard()(folders)
            let secret = try folders.outside.write(header + "A,2021-H1,members_total,9\n", to: "secret.csv")
            try FileManager.default.createSymbolicLink(
                at: folders.input.folder.appendingPathComponent("reports/link.csv"), withDestinationURL: secret)
        },
        // A sparse file: 513 MiB by its size, no disk used, never read.
        FindingCodeFixture(.fileTooLarge, "a sparse 513 MiB file", at: whole("reports/huge.csv")) { folders in
            try standard()(folders)
            let url = try folders.input.write(header + "A,2021-H1,members_total,9\n", to: "reports/huge.csv")
            let handle = try FileHandle(forWritingTo: url)
            try handle.truncate(atOffset: UInt64(ReportFinder.maxFileBytes + (1 << 20)))
            try handle.close()
        },
        // Not a zip at all.
        FindingCodeFixture(
            .xlsxUnreadable, "not a zip", at: whole("reports/hong.xlsx"),
            build: standard(bytes: Array("PK\u{3}\u{4}not really a workbook".utf8), at: "reports/hong.xlsx")),
        // A real workbook whose only sheet holds no table.
        FindingCodeFixture(
            .xlsxLayout, "a workbook without a table", at: whole("reports/ghi-chu.xlsx"),
            build: xlsx("reports/ghi-chu.xlsx", [[.text("Ghi chú"), .text("Báo cáo gửi sau")]])),
        // A fill-in form without its 'Kỳ báo cáo:' cell: pointed at the header's code cell; A's figure is not used.
        FindingCodeFixture(
            .xlsxLayout, "a form without its period", at: cell("reports/mau.xlsx", "Báo cáo", "A3"),
            kept: keptB + [KeptValue("A", "members_new", nil, .missing)],
            build: xlsx(
                "reports/mau.xlsx",
                [
                    [.text("Mã đơn vị:"), .text("A")],
                    [.text("Ghi chú:"), .text("thiếu kỳ")],
                    [.text("Mã chỉ tiêu"), .text("Số lượng")],
                    [.text("members_new"), .number(5)],
                ])),
        // A Số lượng cell whose formula was never computed: an error at that cell, not a blank; the other figures
        // count.
        FindingCodeFixture(
            .xlsxFormula, "a formula without its value in a form", at: cell("reports/mau.xlsx", "Báo cáo", "B4"),
            kept: keptB + [
                KeptValue("A", "members_new", nil, .missing), KeptValue("A", "workers_total", 9, .reported),
            ],
            build: xlsx(
                "reports/mau.xlsx",
                [
                    [.text("Mã đơn vị:"), .text("A")],
                    [.text("Kỳ báo cáo:"), .text("2021-H1")],
                    [.text("Mã chỉ tiêu"), .text("Số lượng")],
                    [.text("members_new"), .uncomputed("=2+3")],
                    [.text("workers_total"), .number(9)],
                ])),
        // A form whose Kỳ báo cáo is wrong: one finding at that cell, none of the form's figures used.
        FindingCodeFixture(
            .badPeriod, "a form's bad period", at: cell("reports/mau.xlsx", "Báo cáo", "B2"),
            kept: keptB + [
                KeptValue("A", "members_new", nil, .missing), KeptValue("A", "workers_total", nil, .missing),
            ],
            build: xlsx(
                "reports/mau.xlsx",
                [
                    [.text("Mã đơn vị:"), .text("A")],
                    [.text("Kỳ báo cáo:"), .text("6 tháng 2021")],
                    [.text("Mã chỉ tiêu"), .text("Số lượng")],
                    [.text("members_new"), .number(5)],
                    [.text("workers_total"), .number(9)],
                ])),
        FindingCodeFixture(
            .unknownUnit, "a form's unknown unit", at: cell("reports/mau.xlsx", "Báo cáo", "B1"),
            kept: keptB + [KeptValue("A", "members_new", nil, .missing)],
            build: xlsx(
                "reports/mau.xlsx",
                [
                    [.text("Mã đơn vị:"), .text("AA")],
                    [.text("Kỳ báo cáo:"), .text("2021-H1")],
                    [.text("Mã chỉ tiêu"), .text("Số lượng")],
                    [.text("members_new"), .number(5)],
                ])),
        // A value problem inside a form is located at its cell; the form's other figures count.
        FindingCodeFixture(
            .negative, "a negative figure in an xlsx form", at: cell("reports/mau.xlsx", "Báo cáo", "B4"),
            kept: keptB + [
                KeptValue("A", "members_new", nil, .missing), KeptValue("A", "workers_total", 9, .reported),
            ],
            build: xlsx(
                "reports/mau.xlsx",
                [
                    [.text("Mã đơn vị:"), .text("A")],
                    [.text("Kỳ báo cáo:"), .text("2021-H1")],
                    [.text("Mã chỉ tiêu"), .text("Số lượng")],
                    [.text("members_new"), .number(-3)],
                    [.text("workers_total"), .number(9)],
                ])),
    ]

    static let records: [FindingCodeFixture] = [
        badRow(.csvRow, "A,2021-H1"),
        // A quote never closed: the rest of the file (B's 6 new members) lies inside it.
        badRow(.csvQuote, "A,2021-H1,members_new,\"5"),
        // Past the first 64 KB (which are checked as a whole), invalid UTF-8 spoils its row only.
        FindingCodeFixture(
            .csvRow, "invalid UTF-8 past 64 KB", at: line("reports/bad.csv", CSVDialect.sniffByteCount + 2),
            kept: keptB + [
                KeptValue("A", "members_new", nil, .missing), KeptValue("A", "workers_total", 9, .reported),
            ],
            build: standard(
                bytes: Array(header.utf8) + [UInt8](repeating: 0x0A, count: CSVDialect.sniffByteCount)
                    + Array("A,2021-H1,members_new,5".utf8) + [0xC3, 0x28, 0x0A]
                    + Array("A,2021-H1,workers_total,9\n".utf8),
                at: "reports/bad.csv")),
        FindingCodeFixture(
            .csvHeader, "header without indicator", at: line("reports/bad.csv", 1),
            kept: keptB + [KeptValue("A", "members_new", nil, .missing)],
            build: standard(["reports/bad.csv": "unit,period,value\nA,2021-H1,5\n"])),
        FindingCodeFixture(
            .csvHeader, "empty file", at: whole("reports/empty.csv"), build: standard(["reports/empty.csv": ""])),
        FindingCodeFixture(
            .csvHeader, "value and số lượng both", at: line("reports/bad.csv", 1),
            kept: keptB + [KeptValue("A", "members_new", nil, .missing)],
            build: standard(["reports/bad.csv": "unit,period,indicator,value,số lượng\nA,2021-H1,members_new,5,6\n"])),
        FindingCodeFixture(
            .csvColumns, "unknown columns", at: line("reports/a.csv", 1),
            kept: keptB + [KeptValue("A", "members_new", 5, .reported)],
            build: standard(["reports/a.csv": "unit,period,indicator,value,abc,xyz\nA,2021-H1,members_new,5,1,2\n"])),
        FindingCodeFixture(
            .csvEmpty, "a header and no rows", at: whole("reports/empty.csv"),
            build: standard(["reports/empty.csv": "unit,period,indicator,value\n,,,\n"])),
        FindingCodeFixture(
            .csvHeader, "just a BOM", at: whole("reports/bom.csv"),
            build: standard(bytes: [0xEF, 0xBB, 0xBF], at: "reports/bom.csv")),
        // In a configuration file too: the settings after the quote are lost, the defaults kept.
        FindingCodeFixture(
            .csvQuote, "settings.csv with a quote never closed", at: line("settings.csv", 2),
            build: standard(["settings.csv": "key,value\nplace,\"Hà Nam\nfederation_name,LĐLĐ tỉnh\n"])),
    ]

    static let values: [FindingCodeFixture] = [
        badRow(.unknownUnit, "Z,2021-H1,members_new,4"),
        badRow(.unknownIndicator, "A,2021-H1,members_neww,4"),
        badRow(.badPeriod, "A,2021-Q5,members_new,4"),
        badRow(.emptyValue, "A,2021-H1,members_new,"),
        badRow(.notANumber, "A,2021-H1,members_new,12abc"),
        badRow(.ambiguousNumber, "A,2021-H1,members_new,\"1,234\""),
        badRow(.negative, "A,2021-H1,members_new,-3"),
        badRow(.notWhole, "A,2021-H1,members_new,\"51,5\""),
        badRow(.tooLarge, "A,2021-H1,members_new,1.000.000.000.000.001"),
        FindingCodeFixture(
            .ratioIgnored, "A,2021-H1,membership_rate,51.25", at: line("reports/bad.csv", 2),
            kept: [
                KeptValue("B", "members_total", 40, .reported), KeptValue("A", "members_total", 50, .reported),
                KeptValue("F", "members_total", 90, .rolledUp), KeptValue("A", "membership_rate", 5000, .computed),
            ],
            build: standard([
                "reports/bad.csv": header
                    + "A,2021-H1,membership_rate,51.25\nA,2021-H1,members_total,50\nA,2021-H1,workers_total,100\n"
            ])),
        FindingCodeFixture(
            .duplicateSame, "equal values in two files", at: line("reports/b.csv", 2),
            kept: keptB + [KeptValue("A", "members_new", 5, .reported), KeptValue("F", "members_new", 5, .rolledUp)],
            build: standard([
                "reports/a.csv": header + "A,2021-H1,members_new,5\n",
                "reports/b.csv": header + "A,2021-H1,members_new,5\n",
            ])),
        FindingCodeFixture(
            .duplicateConflict, "different values in two files", at: line("reports/b.csv", 2),
            kept: keptB + [
                KeptValue("A", "members_new", nil, .missing), KeptValue("A", "workers_total", 9, .reported),
            ],
            build: standard([
                "reports/a.csv": header + "A,2021-H1,members_new,5\nA,2021-H1,workers_total,9\n",
                "reports/b.csv": header + "A,2021-H1,members_new,6\n",
            ])),
    ]

    static let aggregation: [FindingCodeFixture] = [
        // U's own 100 against 30 + 40 from both its CĐCS: a warning; U's own figure is used.
        FindingCodeFixture(
            .rollupMismatch, "every CĐCS reports", at: line("reports/u.csv", 2), unit: "U",
            kept: [
                KeptValue("B", "members_total", 40, .reported), KeptValue("A", "members_total", 30, .reported),
                KeptValue("U", "members_total", 100, .reported), KeptValue("F", "members_total", 100, .rolledUp),
            ],
            build: standard([
                "reports/u.csv": header + "U,2021-H1,members_total,100\n",
                "reports/a.csv": header + "A,2021-H1,members_total,30\n",
            ])),
        // Only B reports: the difference may just be A's missing figure, so it is a note.
        FindingCodeFixture(
            .rollupMismatch, "some CĐCS missing", severity: .note, at: line("reports/u.csv", 2), unit: "U",
            kept: [KeptValue("B", "members_total", 40, .reported), KeptValue("U", "members_total", 100, .reported)],
            build: standard(["reports/u.csv": header + "U,2021-H1,members_total,100\n"])),
        // 10 000 CĐCS under U each admit 999.999.999.999.999 (just under the 10^15 cap): U's sum passes Int64.max.
        FindingCodeFixture(
            .overflow, "10 000 CĐCS at the cap", at: nil, unit: "U",
            kept: [
                KeptValue("G00001", "members_new", 999_999_999_999_999, .reported),
                KeptValue("U", "members_new", nil, .missing),
                KeptValue("U", "members_total", 10_000, .rolledUp),
                KeptValue("B", "members_total", 40, .reported),
                KeptValue("V", "members_total", 40, .rolledUp),
                KeptValue("F", "members_total", 10_040, .rolledUp),
            ]
        ) { folders in
            var units =
                "code,name,parent,level\nF,LĐLĐ tỉnh,,federation\nU,LĐLĐ huyện,F,upper\nV,Công đoàn ngành,F,upper\nB,Công đoàn B,V,grassroots\n"
            var report = header
            for index in 1...10_000 {
                let code = "G" + String(repeating: "0", count: 5 - String(index).count) + String(index)
                units += "\(code),CĐCS \(index),U,grassroots\n"
                report += "\(code),2021-H1,members_new,999.999.999.999.999\n\(code),2021-H1,members_total,1\n"
            }
            try standard(["reports/huyen.csv": report], units: units)(folders)
        },
        // A weighted mean of 10^15 đồng over 10^15 people: Σ(mean·weight) passes 128 bits at U.
        FindingCodeFixture(
            .overflow, "weighted mean at the cap", at: nil, unit: "U",
            kept: keptB + [
                KeptValue("A", "avg_wage_vnd", 99_999_999_999_999_900, .reported),
                KeptValue("U", "wage_counted", 999_999_999_999_999, .rolledUp),
                KeptValue("U", "avg_wage_vnd", nil, .missing),
            ],
            build: standard([
                "reports/a.csv": header
                    + "A,2021-H1,avg_wage_vnd,999.999.999.999.999\nA,2021-H1,wage_counted,999.999.999.999.999\n"
            ])),
    ]

    static let plausibility: [FindingCodeFixture] = [
        // 50 members among 40 workers: pointed at the members line; both figures still count.
        FindingCodeFixture(
            .impossible, "members above workers", at: line("reports/a.csv", 2), unit: "A",
            kept: [
                KeptValue("B", "members_total", 40, .reported), KeptValue("A", "members_total", 50, .reported),
                KeptValue("F", "members_total", 90, .rolledUp),
            ],
            build: standard(["reports/a.csv": header + "A,2021-H1,members_total,50\nA,2021-H1,workers_total,40\n"])),
        // Q1 3 + Q2 4 but H1 reported as 10: the H1 figure is used.
        FindingCodeFixture(
            .periodSum, "quarters against the half-year", at: line("reports/a.csv", 4), unit: "A",
            kept: keptB + [KeptValue("A", "members_new", 10, .reported), KeptValue("U", "members_new", 10, .rolledUp)],
            build: standard([
                "reports/a.csv": header + "A,2021-Q1,members_new,3\nA,2021-Q2,members_new,4\nA,2021-H1,members_new,10\n"
            ])),
        FindingCodeFixture(
            .outlier, "ten times last year", at: line("reports/a.csv", 3), unit: "A",
            kept: keptB + [KeptValue("A", "members_new", 100, .reported)],
            build: standard(["reports/a.csv": header + "A,2020-H1,members_new,10\nA,2021-H1,members_new,100\n"])),
        // A sent nothing: a finding about the unit, with no file to point at; U covers 1 of 2 CĐCS.
        FindingCodeFixture(
            .noReport, "A sent nothing", at: nil, unit: "A",
            kept: keptB + [
                KeptValue("U", "members_total", 40, .rolledUp), KeptValue("A", "members_total", nil, .missing),
            ],
            build: standard()),
    ]

    static let configuration: [FindingCodeFixture] = [
        FindingCodeFixture(
            .unitRow, "bad characters in a code", at: line("units.csv", 6),
            build: standard(units: units("C D!,Công đoàn C,U,grassroots\n"))),
        FindingCodeFixture(
            .unitRow, "unknown level", at: line("units.csv", 6),
            build: standard(units: units("C,Công đoàn C,U,cơ sở\n"))),
        FindingCodeFixture(
            .unitDuplicate, "A twice", at: line("units.csv", 6),
            kept: [
                KeptValue("B", "members_total", 40, .reported), KeptValue("A", "members_total", 7, .reported),
                KeptValue("F", "members_total", 47, .rolledUp),
            ],
            build: standard(
                ["reports/a.csv": header + "A,2021-H1,members_total,7\n"],
                units: units("A,Công đoàn A lần hai,B,grassroots\n"))),
        FindingCodeFixture(
            .unitParent, "parent not listed", at: line("units.csv", 6), unit: "C",
            build: standard(units: units("C,Công đoàn C,ZZ,grassroots\n"))),
        FindingCodeFixture(
            .unitCycle, "X and Y parents of each other", at: line("units.csv", 6), unit: "X",
            build: standard(units: units("X,X,Y,upper\nY,Y,X,upper\n"))),
        FindingCodeFixture(
            .unitCycle, "a unit its own parent", at: line("units.csv", 6), unit: "X",
            build: standard(units: units("X,X,X,upper\n"))),
        FindingCodeFixture(
            .unitLevel, "a second root", at: line("units.csv", 6), unit: "G",
            build: standard(units: units("G,Công đoàn G,,upper\n"))),
        FindingCodeFixture(
            .unitLevel, "a CĐCS with a child", at: line("units.csv", 5), unit: "B",
            build: standard(units: units("C,Công đoàn C,B,grassroots\n"))),
        FindingCodeFixture(
            .unitVersion, "a version ending before it starts", at: line("units.csv", 6), unit: "C",
            build: standard(units: datedUnits("C,Công đoàn C,U,grassroots,2021-05-01,2021-01-01,\n"))),
        FindingCodeFixture(
            .unitVersion, "a day that does not exist", at: line("units.csv", 6), unit: "C",
            build: standard(units: datedUnits("C,Công đoàn C,U,grassroots,31/02/2021,,\n"))),
        FindingCodeFixture(
            .unitVersion, "a second version of A valid on the same days", at: line("units.csv", 6), unit: "A",
            kept: keptB,
            build: standard(units: datedUnits("A,Công đoàn A (tên mới),U,grassroots,2021-01-01,,\n"))),
        FindingCodeFixture(
            .unitSuccessor, "a successor not in units.csv", at: line("units.csv", 6), unit: "C",
            build: standard(units: datedUnits("C,Công đoàn C,U,grassroots,,2020-12-31,ZZ\n"))),
        FindingCodeFixture(
            .unitSuccessor, "successors in a cycle", at: line("units.csv", 6), unit: "C",
            build: standard(
                units: datedUnits(
                    "C,Công đoàn C,U,grassroots,,2020-12-31,D\nD,Công đoàn D,U,grassroots,,2020-12-31,C\n"))),
        FindingCodeFixture(
            .unitSuccessor, "a successor on a version that does not end", at: line("units.csv", 6), unit: "C",
            build: standard(units: datedUnits("C,Công đoàn C,U,grassroots,,,A\n"))),
        FindingCodeFixture(
            .unitParent, "a parent that ends before its CĐCS", at: line("units.csv", 7), unit: "C",
            build: standard(units: datedUnits("V,Công đoàn V,F,upper,,2020-12-31,\nC,Công đoàn C,V,grassroots,,,\n"))),
        FindingCodeFixture(
            .reportOutsideLife, "a report of a CĐCS dissolved before the period", at: line("reports/c.csv", 2),
            unit: "C",
            kept: keptB,
            build: standard(
                ["reports/c.csv": header + "C,2021-H1,members_total,5\n"],
                units: datedUnits("C,Công đoàn C,U,grassroots,,2020-12-31,\n"))),
        FindingCodeFixture(
            .catalogue, "unknown kind", at: line("indicators.csv", 8),
            build: standard(catalogue: TemporaryInput.catalogue + "bogus,II,Không rõ,Bogus,người,sometimes,,,,up\n")),
        FindingCodeFixture(
            .catalogue, "ratio of a missing indicator", at: line("indicators.csv", 8),
            build: standard(
                catalogue: TemporaryInput.catalogue + "bad_rate,II,Tỷ lệ,Rate,%,ratio,members_total,nothing,,up\n")),
        FindingCodeFixture(.settings, "unknown key", at: line("settings.csv", 2)) { folders in
            try standard(["settings.csv": "key,value\nfederation_nam,LĐLĐ tỉnh Hà Nam\n"])(folders)
        },
        FindingCodeFixture(.settings, "bad cut-off day", at: line("settings.csv", 3)) { folders in
            try standard(["settings.csv": "key,value\nplace,Hà Nam\ncutoff_H1,31/02\n"])(folders)
        },
    ]

    /// The standard units.csv with a `groups` column: U in G1, A in `groupOfA`.
    static func groupedUnits(_ groupOfA: String) -> String {
        "code,name,parent,level,groups\nF,Liên đoàn Lao động tỉnh,,federation,\nU,Liên đoàn Lao động huyện,F,upper,G1\n"
            + "A,Công đoàn A,U,grassroots,\(groupOfA)\nB,Công đoàn B,U,grassroots,\n"
    }

    static let targetsHeader = "unit,period,indicator,target\n"

    static let plan: [FindingCodeFixture] = [
        FindingCodeFixture(
            .targetPeriod, "a target for a quarter", at: line("targets.csv", 2),
            build: standard(["targets.csv": targetsHeader + "A,2021-Q1,members_new,5\n"])),
        FindingCodeFixture(
            .targetRange, "a ratio target of 120 %", at: line("targets.csv", 2),
            build: standard(["targets.csv": targetsHeader + "A,2021,membership_rate,120\n"])),
        FindingCodeFixture(
            .targetDuplicate, "two different targets", at: line("targets.csv", 3),
            build: standard(["targets.csv": targetsHeader + "A,2021,members_new,5\nA,2021,members_new,6\n"])),
        FindingCodeFixture(
            .targetDuplicate, "the same target twice", severity: .note, at: line("targets.csv", 3),
            build: standard(["targets.csv": targetsHeader + "A,2021,members_new,5\nA,2021,members_new,\"5,0\"\n"])),
        FindingCodeFixture(
            .targetNotInTree, "a target of a CĐCS dissolved before the period", at: line("targets.csv", 2), unit: "C",
            build: standard(
                ["targets.csv": targetsHeader + "C,2021,members_new,5\n"],
                units: datedUnits("C,Công đoàn C,U,grassroots,,2020-12-31,\n"))),
        FindingCodeFixture(
            .unknownUnit, "a target of an unknown unit", at: line("targets.csv", 2),
            build: standard(["targets.csv": targetsHeader + "Z,2021,members_new,5\n"])),
        FindingCodeFixture(
            .notWhole, "a target of 2,5 people", at: line("targets.csv", 2),
            build: standard(["targets.csv": targetsHeader + "A,2021,members_new,\"2,5\"\n"])),
        FindingCodeFixture(
            .csvHeader, "targets.csv without its target column", at: line("targets.csv", 1),
            build: standard(["targets.csv": "unit,period,indicator\nA,2021,members_new\n"])),
        FindingCodeFixture(
            .groupUnknown, "a group groups.csv does not list", at: line("units.csv", 4), unit: "A",
            build: standard(["groups.csv": "code,name,kind\nG1,Cụm thi đua số 1,cum\n"], units: groupedUnits("G9"))),
        FindingCodeFixture(
            .groupRow, "a kind that is neither cum nor khoi", at: line("groups.csv", 3),
            build: standard(
                ["groups.csv": "code,name,kind\nG1,Cụm thi đua số 1,cum\nG2,Vùng 2,vung\n"], units: groupedUnits(""))),
        FindingCodeFixture(
            .groupRow, "a bad group code in units.csv", at: line("units.csv", 4),
            build: standard(units: groupedUnits("cụm 1"))),
        FindingCodeFixture(
            .groupEmpty, "a group without members", at: line("groups.csv", 3),
            build: standard(
                ["groups.csv": "code,name,kind\nG1,Cụm thi đua số 1,cum\nG2,Khối thi đua 2,khoi\n"],
                units: groupedUnits(""))),
        FindingCodeFixture(
            .scoringRow, "an unknown basis", at: line("scoring.csv", 2),
            build: standard(["scoring.csv": "indicator,weight,basis\nmembers_new,2,speed\n"])),
        FindingCodeFixture(
            .scoringRow, "a negative weight", at: line("scoring.csv", 2),
            build: standard(["scoring.csv": "indicator,weight,basis\nmembers_new,-2,progress\n"])),
        FindingCodeFixture(
            .scoringRow, "a weight above 1.000", at: line("scoring.csv", 2),
            build: standard(["scoring.csv": "indicator,weight,basis\nmembers_new,\"1000,5\",progress\n"])),
        FindingCodeFixture(.settings, "a near threshold above 100", at: line("settings.csv", 2)) { folders in
            try standard(["settings.csv": "key,value\ntarget_near_pct,120\n"])(folders)
        },
    ]

    /// `extract`'s phrase table: a row it cannot use is left out with a warning, the good row still finds its figure.
    static let phrases: [FindingCodeFixture] = [
        phraseRows(.phraseRow, "a phrase of an indicator not in the catalogue", "members_neww,# người,,,\n"),
        phraseRows(.phraseRow, "a phrase of a ratio", "membership_rate,tỷ lệ # đoàn viên,,,\n"),
        phraseRows(.phraseRow, "a value that is not a number", "members_total,không có đoàn viên,,,không\n"),
        phraseRows(.phraseRow, "a pattern with two #", "members_total,# # người,,,\n"),
        phraseRows(.phraseRow, "a pattern without # or value", "members_total,có đoàn viên,,,\n"),
        phraseRows(.csvQuote, "a quote never closed in the phrase table", "members_total,\"có # đoàn viên,,,\n"),
    ]
}
