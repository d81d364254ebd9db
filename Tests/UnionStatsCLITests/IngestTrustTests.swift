import Foundation
import TestSupport
import Testing
import XLSX

/// Issue 9, items 2–6, through the real binary: files the tool cannot read, files not in UTF-8,
/// formulas without values, a form's bad unit or period, and CSV headers. Each test reads what a
/// clerk reads (the `file:position: … message [CODE]` lines, never the severity word) or what
/// `validate --format csv` lists, and fails on the behaviour before the fix.
@Suite struct IngestTrustTests {
    /// One finding as `validate --format csv` lists it.
    struct Listed: Equatable {
        let code: String, file: String, position: String, unit: String, period: String, message: String
    }

    /// `validate --period 2021-H1 --format csv` on the folder: its findings and exit status.
    static func validate(_ folder: HostileFolder) throws -> (findings: [Listed], status: Int32) {
        let run = try CommandRunner.run(
            ["validate", "--period", "2021-H1", "--input", "input", "--format", "csv"], in: folder.work)
        let records = try CSVText.records(run.standardOutput).dropFirst()
        let findings = records.filter { $0.count == 8 }.map {
            Listed(code: $0[1], file: $0[2], position: $0[3], unit: $0[4], period: $0[6], message: $0[7])
        }
        return (findings, run.status)
    }

    /// `report --period 2021-H1`: every printed line and the exit status.
    static func report(_ folder: HostileFolder) throws -> (lines: [String], status: Int32) {
        let run = try CommandRunner.run(["report", "--period", "2021-H1", "--input", "input"], in: folder.work)
        return ((run.standardError + run.standardOutput).split(separator: "\n").map(String.init), run.status)
    }

    /// Whether a printed finding line starts at `place` and ends with `[code]`.
    static func line(_ lines: [String], at place: String, code: String) -> String? {
        lines.first { $0.hasPrefix(place + ": ") && $0.hasSuffix("[\(code)]") }
    }

    // MARK: Item 2: files the tool cannot read are never silent

    @Test(
        arguments: [
            (
                "bao-cao.xls", [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1],
                "Tệp .xls (Excel 97–2003) không đọc được; mở bằng Excel, chọn Lưu thành (Save As) → Excel Workbook (.xlsx) rồi gửi lại."
            ),
            ("bao-cao.ods", Array("PK\u{3}\u{4}".utf8), "Excel Workbook (.xlsx)"),
            ("bao-cao.numbers", Array("PK\u{3}\u{4}".utf8), "Excel (.xlsx)"),
            ("bao-cao.docx", Array("PK\u{3}\u{4}".utf8), "không phải mẫu báo cáo số liệu"),
            ("bao-cao.pdf", Array("%PDF-1.4\n".utf8), "unionstats template"),
            ("bao-cao.txt", [0xFF, 0xFE] + HostileCase.utf16LE("unit\tperiod\tindicator\tvalue\r\n"), "CSV UTF-8"),
            ("bao-cao.xlsx", [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1], "có đặt mật khẩu"),
        ] as [(String, [UInt8], String)])
    func aFileTheToolCannotReadIsAWarningReportPrints(name: String, bytes: [UInt8], advice: String) throws {
        let folder = try HostileFolder()
        defer { folder.remove() }
        try folder.writeReport(Data(bytes), to: "reports/" + name)
        let report = try Self.report(folder)
        let printed = try #require(
            Self.line(report.lines, at: "reports/" + name, code: "W-FILE-FORMAT"), "\(report.lines)")
        #expect(printed.contains(advice), "\(printed)")
        let listed = try Self.validate(folder).findings.filter { $0.file == "reports/" + name }
        #expect(listed.map(\.code) == ["W-FILE-FORMAT"])
    }

    @Test(arguments: ["anh-chup.jpg", "README.md", "ghi-chu.txt"])
    func otherFilesStayANote(name: String) throws {
        let folder = try HostileFolder()
        defer { folder.remove() }
        try folder.writeReport("Không phải báo cáo\n", to: "reports/" + name)
        let listed = try Self.validate(folder).findings.filter { $0.file == "reports/" + name }
        #expect(listed.map(\.code) == ["N-FILE-IGNORED"])
        #expect(Self.line(try Self.report(folder).lines, at: "reports/" + name, code: "N-FILE-IGNORED") == nil)
    }

    // MARK: Item 3: not UTF-8 means the whole file is refused, once

    /// "Công đoàn" in Windows-1258.
    static let congDoan: [UInt8] = [0x43, 0xF4, 0x6E, 0x67, 0x20, 0xF0, 0x6F, 0xE0, 0x6E]

    @Test func aReportInWindows1258IsOneEncodingErrorAndNoneOfItsRowsIsUsed() throws {
        let folder = try HostileFolder()
        defer { folder.remove() }
        let bytes =
            Array("unit,period,indicator,value,note\nB,2021-H1,members_total,5,".utf8) + Self.congDoan
            + Array("\nB,2021-H1,workers_total,9,\n".utf8)
        try folder.writeReport(Data(bytes), to: "reports/cp1258.csv")
        let listed = try Self.validate(folder).findings.filter { $0.file == "reports/cp1258.csv" }
        #expect(
            listed == [
                Listed(
                    code: "E-FILE-ENCODING", file: "reports/cp1258.csv", position: "", unit: "", period: "",
                    message:
                        "Tệp có vẻ được lưu bằng bảng mã Windows-1258 (hoặc một bảng mã cũ như TCVN3, VNI), không phải UTF-8; không dùng dòng nào của tệp. Hãy mở bằng Excel và lưu lại dạng CSV UTF-8 (Comma delimited) rồi gửi lại."
                )
            ])
        try expectObservations(
            folder, [("B", "members_total", ""), ("B", "workers_total", ""), ("A", "members_new", "7")])
    }

    @Test(arguments: ["units.csv", "indicators.csv"])
    func aConfigurationFileInWindows1258StopsTheRunSayingSo(name: String) throws {
        let folder = try HostileFolder()
        defer { folder.remove() }
        let original = name == "units.csv" ? HostileCase.units : HostileCase.catalogue
        // The header stays ASCII; the first accented name is in Windows-1258.
        let lines = original.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        var bytes = Array((lines[0] + "\n").utf8)
        bytes += Array("X,".utf8) + Self.congDoan + Array(",,federation\n".utf8)
        if name == "indicators.csv" {
            bytes = Array((lines[0] + "\nx,I,").utf8) + Self.congDoan + Array(",X,người,flow,,,,up\n".utf8)
        }
        try folder.writeReport(Data(bytes), to: name)
        for command in ["report", "validate"] {
            let run = try CommandRunner.run([command, "--period", "2021-H1", "--input", "input"], in: folder.work)
            #expect(run.status == 2, "\(run.standardError)")
            #expect(run.standardError.contains("'\(name)'"), "\(run.standardError)")
            #expect(run.standardError.contains("bảng mã Windows-1258"), "\(run.standardError)")
            #expect(!run.standardError.contains("has no federation"), "\(run.standardError)")
        }
    }

    @Test func settingsInWindows1258AreAnErrorAndTheDefaultsAreUsed() throws {
        let folder = try HostileFolder()
        defer { folder.remove() }
        try folder.writeReport(
            Data(Array("key,value\nplace,H".utf8) + [0xE0] + Array(" Nam\n".utf8)), to: "settings.csv")
        let report = try Self.report(folder)
        #expect(report.status == 1)
        let printed = try #require(
            Self.line(report.lines, at: "settings.csv", code: "E-FILE-ENCODING"), "\(report.lines)")
        #expect(printed.contains("Windows-1258"))
        try expectObservations(folder, [("A", "members_new", "7")])
    }

    // MARK: Item 4: a formula without a cached value

    @Test func aFormulaWithoutItsValueIsAnErrorAtItsCell() throws {
        let folder = try HostileFolder()
        defer { folder.remove() }
        try Self.writeForm(
            folder, unit: "B", period: "2021-H1",
            figures: [
                ("workers_total", .number(9)), ("members_total", .formula("=2+3")), ("members_new", .number(4)),
            ])
        let report = try Self.report(folder)
        let printed = try #require(
            Self.line(report.lines, at: "reports/mau.xlsx:Báo cáo!D12", code: "E-XLSX-FORMULA"), "\(report.lines)")
        #expect(
            printed.contains(
                "Ô D12 có công thức nhưng chưa có giá trị đã tính; mở tệp bằng Excel, lưu lại rồi gửi lại."))
        let listed = try Self.validate(folder).findings.filter { $0.code == "E-XLSX-FORMULA" }
        #expect(listed.map(\.period) == ["2021-H1"])
        #expect(listed.map(\.unit) == ["B"])
        try expectObservations(
            folder, [("B", "workers_total", "9"), ("B", "members_total", ""), ("B", "members_new", "4")])
    }

    // MARK: Item 5: a bad header cell is one finding at that cell

    @Test(arguments: [
        ("B", "6 tháng 2021", "E-PERIOD", "B4", "Kỳ báo cáo '6 tháng 2021' không hợp lệ"),
        ("BB", "2021-H1", "E-UNIT-UNKNOWN", "B3", "Mã đơn vị 'BB' không có trong units.csv. Có phải là 'B'?"),
        ("C", "2021-H1", "E-UNIT-UNKNOWN", "B3", "Đơn vị C có trong units.csv nhưng bị bỏ ra khỏi cây đơn vị"),
    ])
    func aFormsBadUnitOrPeriodIsOneFindingAtItsCell(
        unit: String, period: String, code: String, cell: String, message: String
    ) throws {
        let folder = try HostileFolder()
        defer { folder.remove() }
        // C's parent is not in units.csv: C is left out of the tree.
        try folder.writeReport(HostileCase.units + "C,Công đoàn C,ZZ,grassroots\n", to: "units.csv")
        let figures: [(String, FormValue)] = (0..<34).map { index in
            (["workers_total", "members_total", "members_new"][index % 3], .number(Int64(index + 1)))
        }
        try Self.writeForm(folder, unit: unit, period: period, figures: figures)
        let listed = try Self.validate(folder).findings.filter { $0.file == "reports/mau.xlsx" }
        #expect(listed.count == 1, "\(listed)")
        let finding = try #require(listed.first)
        #expect(finding.code == code)
        #expect(finding.position == "Báo cáo!\(cell)")
        #expect(finding.message.contains(message), "\(finding.message)")
        #expect(finding.period == (code == "E-PERIOD" ? "" : period))
        try expectObservations(
            folder, [("B", "workers_total", ""), ("B", "members_total", ""), ("A", "members_new", "7")])
    }

    // MARK: Item 6: CSV headers

    @Test(arguments: [
        ("unit,period,indicator,value,value", "'value', 'value'"),
        ("unit,period,indicator,value,Số lượng", "'value', 'Số lượng'"),
        ("Mã đơn vị,unit,period,indicator,value", "'Mã đơn vị', 'unit'"),
    ])
    func aColumnNamedTwiceRefusesTheFile(header: String, names: String) throws {
        let folder = try HostileFolder()
        defer { folder.remove() }
        try folder.writeReport(header + "\nB,2021-H1,members_total,5,6\n", to: "reports/hai-cot.csv")
        let report = try Self.report(folder)
        let printed = try #require(
            Self.line(report.lines, at: "reports/hai-cot.csv:1", code: "E-CSV-HEADER"), "\(report.lines)")
        #expect(printed.contains(names), "\(printed)")
        #expect(printed.contains("tệp bị bỏ qua"), "\(printed)")
        try expectObservations(folder, [("B", "members_total", "")])
    }

    @Test func unknownColumnsAreOneWarningNamingThemAll() throws {
        let folder = try HostileFolder()
        defer { folder.remove() }
        try folder.writeReport(
            "unit,abc,period,indicator,value,xyz\nB,1,2021-H1,members_total,5,2\nB,1,2021-H1,members_new,4,2\n",
            to: "reports/them-cot.csv")
        let listed = try Self.validate(folder).findings.filter { $0.file == "reports/them-cot.csv" }
        #expect(listed.map(\.code) == ["W-CSV-COLUMNS"])
        #expect(listed.first?.position == "1")
        #expect(listed.first?.message.hasPrefix("Cột 'abc', 'xyz' không được dùng;") == true, "\(listed)")
        try expectObservations(folder, [("B", "members_total", "5"), ("B", "members_new", "4")])
    }

    @Test func aHeaderWithoutRowsIsANote() throws {
        let folder = try HostileFolder()
        defer { folder.remove() }
        try folder.writeReport("unit,period,indicator,value\n", to: "reports/trong.csv")
        let listed = try Self.validate(folder).findings.filter { $0.file == "reports/trong.csv" }
        #expect(listed.map(\.code) == ["N-CSV-EMPTY"])
        #expect(listed.first?.message == "Tệp chỉ có dòng tiêu đề, không có dòng số liệu nào.")
    }

    // MARK: A row's finding carries the row's period

    @Test func aRefusedRowOfAnotherPeriodIsNotCountedForThisOne() throws {
        let folder = try HostileFolder()
        defer { folder.remove() }
        try folder.writeReport(
            "unit,period,indicator,value\nB,2021-H1,members_total,5\nB,2019-H1,members_new\n", to: "reports/cu.csv")
        let run = try CommandRunner.run(
            ["validate", "--period", "all", "--input", "input", "--format", "csv"], in: folder.work)
        let records = try CSVText.records(run.standardOutput)
        let row = try #require(records.first { $0.count == 8 && $0[2] == "reports/cu.csv" && $0[3] == "3" })
        #expect(row[1] == "E-CSV-ROW")
        #expect(row[6] == "2019-H1")
        #expect(try Self.validate(folder).findings.filter { $0.file == "reports/cu.csv" }.isEmpty)
    }

    // MARK: Helpers

    /// A value of the form's Số lượng column.
    enum FormValue {
        case number(Int64)
        case formula(String)
    }

    /// A fill-in form laid out as `unionstats template` lays it out: `Mã đơn vị:` A3 with the code in
    /// B3, `Kỳ báo cáo:` A4 with the period in B4, the header on row 10, figures from row 11 (D = Số lượng).
    static func writeForm(_ folder: HostileFolder, unit: String, period: String, figures: [(String, FormValue)]) throws
    {
        let url = folder.input.appendingPathComponent("reports/mau.xlsx")
        let workbook = try Workbook(path: url.path)
        let sheet = try workbook.addWorksheet(named: "Báo cáo")
        try sheet.write("Công đoàn cấp trên:", row: 0, column: 0)
        try sheet.write("Đơn vị báo cáo:", row: 1, column: 0)
        try sheet.write("Mã đơn vị:", row: 2, column: 0)
        try sheet.write(unit, row: 2, column: 1)
        try sheet.write("Kỳ báo cáo:", row: 3, column: 0)
        try sheet.write(period, row: 3, column: 1)
        for (column, title) in ["Mã chỉ tiêu", "Nội dung", "Đơn vị tính", "Số lượng", "Ghi chú"].enumerated() {
            try sheet.write(title, row: 9, column: column)
        }
        for (offset, (code, value)) in figures.enumerated() {
            try sheet.write(code, row: 10 + offset, column: 0)
            switch value {
            case .number(let number): try sheet.write(number, row: 10 + offset, column: 3)
            case .formula(let formula):
                try sheet.writeFormula(formula, cachedNumber: UncomputedFormula.marker, row: 10 + offset, column: 3)
            }
        }
        try workbook.close()
        try UncomputedFormula.removeCachedValues(in: url)
    }

    /// Runs `report` and checks the values of observations-2021-H1.csv ("" for none).
    func expectObservations(
        _ folder: HostileFolder, _ rows: [(unit: String, indicator: String, value: String)],
        sourceLocation: SourceLocation = #_sourceLocation
    ) throws {
        _ = try Self.report(folder)
        let csv = try String(
            contentsOf: folder.work.appendingPathComponent("output/2021-H1/observations-2021-H1.csv"), encoding: .utf8)
        for row in rows {
            #expect(
                HostileCase.observationRow(csv, unit: row.unit, indicator: row.indicator)?.first == row.value,
                "\(row.unit) \(row.indicator) should be '\(row.value)'", sourceLocation: sourceLocation)
        }
        try FileManager.default.removeItem(at: folder.work.appendingPathComponent("output"))
    }
}
