import Foundation
import Testing

@testable import UnionStats

/// Reading report files: every problem a finding with file and line, the good rows still counted.
@Suite struct InputLoaderTests {
    private func load(reports: [String: String]) throws -> LoadedInput {
        let input = try TemporaryInput()
        try input.writeConfiguration()
        for (path, text) in reports { try input.write(text, to: "reports/\(path)") }
        return try InputLoader.load(folder: input.folder)
    }

    private func value(_ data: LoadedInput, _ unit: String, _ period: String, _ indicator: String) -> Int64? {
        guard let u = data.tree.index(of: unit), let i = data.catalogue.position(of: indicator), let p = Period(period)
        else { return nil }
        return data.store.tables[p]?.value(at: data.store.cell(unit: u, indicator: i))
    }

    @Test(arguments: [
        ("A,2021-Q1,members_new,", FindingCode.emptyValue),
        ("A,2021-Q1,members_new,\"1,234\"", .ambiguousNumber),
        ("A,2021-Q1,members_new,-3", .negative),
        ("A,2021-Q1,members_new,12abc", .notANumber),
        ("A,2021-Q1,members_new,NaN", .notANumber),
        ("A,2021-Q1,members_new,1e5", .notANumber),
        ("A,2021-Q1,members_new,\"51,5\"", .notWhole),
        ("A,2021-Q1,members_new,2000000000000000", .tooLarge),
        ("Z,2021-Q1,members_new,4", .unknownUnit),
        ("A,2021-Q5,members_new,4", .badPeriod),
        ("A,2021-Q1,members_neww,4", .unknownIndicator),
        ("A,2021-Q1,membership_rate,51.25", .ratioIgnored),
        ("A,2021-Q1", .csvRow),
    ])
    func eachBadValueIsAFindingOnItsLineAndTheGoodRowStillCounts(row: String, code: FindingCode) throws {
        let data = try load(reports: ["r.csv": "unit,period,indicator,value\n\(row)\nB,2021-Q1,members_new,7\n"])
        let finding = try #require(
            data.findings.first { $0.code == code }, "expected \(code.rawValue) in \(data.findings)")
        #expect(finding.location == SourceLocation(file: "reports/r.csv", position: .line(2)))
        #expect(finding.severity == code.severity)
        #expect(value(data, "B", "2021-Q1", "members_new") == 7)
    }

    @Test func unknownCodesSuggestTheNearestOne() throws {
        let data = try load(reports: ["r.csv": "unit,period,indicator,value\nA,2021-Q1,member_new,4\n"])
        #expect(data.findings.first?.message.contains("members_new") == true)
    }

    @Test(arguments: [
        ("unit,period,indicator,value\nA,2021-Q1,members_new,2.686\n", Int64(2686)),
        ("unit;period;indicator;value\r\nA;2021-Q1;members_new;22.750.000\r\n", 22_750_000),
        ("\u{FEFF}indicator\tvalue\tunit\tperiod\nmembers_new\t1,234,567\tA\t2021-Q1\n", 1_234_567),
        ("Mã đơn vị,Kỳ,Mã chỉ tiêu,Số lượng,Ghi chú\nA,2021-q1,members_new,\" 15 \",\"ghi chú, có dấu phẩy\"\n", 15),
    ])
    func dialectsAndVietnameseNumbersAreRead(text: String, expected: Int64) throws {
        let data = try load(reports: ["r.csv": text])
        #expect(data.findings.isEmpty, "\(data.findings)")
        #expect(value(data, "A", "2021-Q1", "members_new") == expected)
    }

    @Test func equalDuplicatesAreANoteAndOneIsUsed() throws {
        let data = try load(reports: [
            "a.csv": "unit,period,indicator,value\nA,2021-Q1,members_new,5\n",
            "b.csv": "unit,period,indicator,value\nA,2021-Q1,members_new,5\n",
        ])
        let finding = try #require(data.findings.first)
        #expect(finding.code == .duplicateSame)
        #expect(finding.location == SourceLocation(file: "reports/b.csv", position: .line(2)))
        #expect(finding.message.contains("reports/a.csv:2"))
        #expect(value(data, "A", "2021-Q1", "members_new") == 5)
    }

    @Test func differentDuplicatesAreAnErrorAndNeitherIsUsed() throws {
        let data = try load(reports: [
            "a.csv": "unit,period,indicator,value\nA,2021-Q1,members_new,5\nA,2021-Q1,members_new,6\n"
        ])
        #expect(data.findings.map(\.code) == [.duplicateConflict])
        #expect(value(data, "A", "2021-Q1", "members_new") == nil)
    }

    @Test func aHeaderWithoutTheRequiredColumnsSkipsTheFileButNotTheOthers() throws {
        let data = try load(reports: [
            "a.csv": "unit,period,value\nA,2021-Q1,5\n",
            "b.csv": "unit,period,indicator,value\nB,2021-Q1,members_new,6\n",
        ])
        #expect(data.findings.map(\.code) == [.csvHeader])
        #expect(value(data, "B", "2021-Q1", "members_new") == 6)
    }

    @Test func otherFilesAreSkippedWithANoteAndLockFilesSilently() throws {
        let data = try load(reports: [
            "notes.txt": "hello", "~$r.csv": "junk", "r.csv": "unit,period,indicator,value\nA,2021-Q1,members_new,1\n",
        ])
        #expect(data.findings.map(\.code) == [.fileIgnored])
        #expect(data.files.map(\.path) == ["units.csv", "indicators.csv", "settings.csv", "reports/r.csv"])
    }

    @Test func aLinkLeadingOutsideTheInputIsNotRead() throws {
        let input = try TemporaryInput()
        try input.writeConfiguration()
        let outside = try TemporaryInput()
        let secret = try outside.write("unit,period,indicator,value\nA,2021-Q1,members_new,9\n", to: "secret.csv")
        try FileManager.default.createDirectory(
            at: input.folder.appendingPathComponent("reports"), withIntermediateDirectories: true)
        try FileManager.default.createSymbolicLink(
            at: input.folder.appendingPathComponent("reports/link.csv"), withDestinationURL: secret)
        let data = try InputLoader.load(folder: input.folder)
        #expect(data.findings.contains { $0.code == .fileIgnored && $0.severity == .warning })
        #expect(data.store.tables.isEmpty)
    }

    @Test func filesAreFingerprintedWithSHA256() throws {
        let data = try load(reports: ["r.csv": "abc"])
        let sha = data.files.first { $0.path == "reports/r.csv" }?.sha256
        #expect(sha == "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad")
    }

    @Test func missingUnitsFileStopsTheRun() throws {
        let input = try TemporaryInput()
        try input.write(TemporaryInput.catalogue, to: "indicators.csv")
        #expect(throws: UnionStatsError.missingFile(input.folder.appendingPathComponent("units.csv").path)) {
            try InputLoader.load(folder: input.folder)
        }
    }

    @Test func aNumberSplitIntoTheNoteColumnIsAmbiguousNotCutShort() throws {
        let data = try load(reports: [
            "r.csv": "unit,period,indicator,value,note\nA,2021-Q1,members_new,51,5\nB,2021-Q1,members_new,4,ghi chú\n"
        ])
        #expect(data.findings.map(\.code) == [.ambiguousNumber])
        #expect(value(data, "A", "2021-Q1", "members_new") == nil)
        #expect(value(data, "B", "2021-Q1", "members_new") == 4)
    }

    @Test func aRowWiderThanItsHeaderIsRefusedEvenWithEmptyExtras() throws {
        let data = try load(reports: [
            "r.csv": "unit,period,indicator,value\nA,2021-Q1,members_new,5,\nB,2021-Q1,members_new,4\n"
        ])
        #expect(data.findings.map(\.code) == [.csvRow])
        #expect(value(data, "A", "2021-Q1", "members_new") == nil)
        #expect(value(data, "B", "2021-Q1", "members_new") == 4)
    }

    @Test func rowsOfDelimitersOnlyAreSkipped() throws {
        let data = try load(reports: ["r.csv": "unit,period,indicator,value\n,,,\nB,2021-Q1,members_new,4\n,,\n"])
        #expect(data.findings.isEmpty, "\(data.findings)")
        #expect(value(data, "B", "2021-Q1", "members_new") == 4)
    }

    @Test func aReportsFolderThatIsALinkInsideTheInputIsRead() throws {
        let input = try TemporaryInput()
        try input.writeConfiguration()
        try input.write("unit,period,indicator,value\nA,2021-Q1,members_new,3\n", to: "data/r.csv")
        try FileManager.default.createSymbolicLink(
            atPath: input.folder.appendingPathComponent("reports").path, withDestinationPath: "data")
        let data = try InputLoader.load(folder: input.folder)
        #expect(data.findings.isEmpty, "\(data.findings)")
        #expect(value(data, "A", "2021-Q1", "members_new") == 3)
    }

    @Test func hiddenFoldersAreNotRead() throws {
        let data = try load(reports: [".old/r.csv": "unit,period,indicator,value\nA,2021-Q1,members_new,3\n"])
        #expect(data.store.tables.isEmpty)
    }

    @Test func reportsOfAUnitLeftOutOfTheTreeSaySo() throws {
        let input = try TemporaryInput()
        try input.writeConfiguration(units: TemporaryInput.units + "X,Orphan,NOWHERE,grassroots\n")
        try input.write("unit,period,indicator,value\nX,2021-Q1,members_new,3\n", to: "reports/r.csv")
        let data = try InputLoader.load(folder: input.folder)
        let finding = try #require(data.findings.first { $0.code == .unknownUnit })
        #expect(finding.message.contains("bị bỏ ra khỏi cây đơn vị"))
        #expect(data.findings.contains { $0.code == .unitParent && $0.unit == "X" })
    }
}
