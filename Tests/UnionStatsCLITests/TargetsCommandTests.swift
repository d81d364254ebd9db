import Foundation
import TestSupport
import Testing

/// End to end: targets, emulation groups and scoring through the real `unionstats report`.
@Suite struct TargetsCommandTests {
    /// The tiny province with U1 and U2 in group G1, targets for the federation and both upper units, and one criterion.
    static func tinyWithPlan() throws -> TemporaryFolder {
        let folder = try TemporaryFolder(prefix: "unionstats-targets")
        _ = try CommandRunner.copyFixture("tiny", into: folder)
        try folder.write("""
            code,name,parent,level,groups
            F,Liên đoàn Lao động tỉnh Thử nghiệm,,federation,
            U1,Liên đoàn Lao động huyện Một,F,upper,G1
            A,Công đoàn Trường Tiểu học Hòa Bình,U1,grassroots,
            B,"Công đoàn Công ty TNHH May Sông Hồng, chi nhánh 2",U1,grassroots,
            U2,Công đoàn Giáo dục tỉnh,F,upper,G1
            C,Công đoàn Trường THPT Nguyễn Khuyến,U2,grassroots,

            """, to: "input/units.csv")
        try folder.write("code,name,kind\nG1,Cụm thi đua số 1,cum\n", to: "input/groups.csv")
        try folder.write("unit,period,indicator,target\nF,2021,members_new,64\nU1,2021,members_new,24\nU2,2021,members_new,30\nU2,2021,members_total,200\n",
                         to: "input/targets.csv")
        try folder.write("indicator,weight,basis\nmembers_new,2,progress\n", to: "input/scoring.csv")
        return folder
    }

    @Test func theReportShowsTargetsAndTheGroupAndLeavesObservationsAsTheyWere() throws {
        let folder = try Self.tinyWithPlan()
        defer { folder.remove() }
        let result = try CommandRunner.run(["report", "--period", "2021-H1"], in: folder)
        #expect(result.status == 1)   // bad.csv's unknown unit, as without targets
        #expect(!result.standardError.contains("targets.csv"), "\(result.standardError)")
        let written = folder.url("output/2021-H1")
        // observations-P.csv does not change with targets and groups.
        let observations = try Data(contentsOf: written.appendingPathComponent("observations-2021-H1.csv"))
        #expect(observations == (try Data(contentsOf: CommandRunner.fixtures.appendingPathComponent("tiny-observations-2021-H1.csv"))))
        // F: 12 (A) + 20 (U2's own) = 32 of 64 = 50 % at H1, expected 50 %: Đạt.
        let targets = try folder.text("output/2021-H1/targets-2021-H1.csv")
        #expect(targets == """
            period,unit_code,unit_name,indicator_code,indicator_name,target,value,progress_pct,expected_pct,status
            2021,F,Liên đoàn Lao động tỉnh Thử nghiệm,members_new,Số đoàn viên kết nạp mới,64,32,50.00,50.00,Đạt
            2021,U1,Liên đoàn Lao động huyện Một,members_new,Số đoàn viên kết nạp mới,24,12,50.00,50.00,Đạt
            2021,U2,Công đoàn Giáo dục tỉnh,members_total,Tổng số đoàn viên công đoàn,200,160,80.00,100.00,Chưa đạt
            2021,U2,Công đoàn Giáo dục tỉnh,members_new,Số đoàn viên kết nạp mới,30,20,66.67,50.00,Vượt

            """)
        let workbook = try WrittenWorkbook(url: written.appendingPathComponent("report-2021-H1.xlsx"))
        #expect(workbook.sheetNames == ["Tổng hợp", "Kế hoạch", "Cụm thi đua", "Theo đơn vị", "Biểu đồ", "Kiểm tra", "Nguồn"])
        let strings = try workbook.sharedStrings()
        for expected in ["Kế hoạch năm", "% kế hoạch", "Đạt", "Vượt", "Chưa đạt", "Tổng điểm", "đạt 1/2 chỉ tiêu, vượt 1; chưa đạt 1"] {
            #expect(strings.contains(expected), "no '\(expected)' in the workbook")
        }
        #expect(strings.contains { $0.hasPrefix("Cách tính: điểm mỗi tiêu chí = trọng số × giá trị cơ sở") })
    }

    @Test func aGroupsReportPutsTheGroupAtTheTop() throws {
        let folder = try Self.tinyWithPlan()
        defer { folder.remove() }
        let result = try CommandRunner.run(["report", "--period", "2021-H1", "--group", "G1"], in: folder)
        #expect(result.status == 1)
        let rows = try CSVText.records(folder.text("output/2021-H1-G1/observations-2021-H1-G1.csv"))
        let membersNew = rows.filter { $0.count > 8 && $0[5] == "members_new" }.map { [$0[1], $0[3], $0[4], $0[8], $0[9]] }
        #expect(membersNew.first { $0[0] == "G1" } == ["G1", "", "federation", "32", "rolled_up"])
        #expect(membersNew.first { $0[0] == "U2" } == ["U2", "G1", "upper", "20", "reported"])
        let workbook = try WrittenWorkbook(url: folder.url("output/2021-H1-G1/report-2021-H1-G1.xlsx"))
        #expect(workbook.sheetNames.contains("Cụm thi đua"))
        #expect(try workbook.sharedStrings().contains { $0.contains("CỤM THI ĐUA SỐ 1") })
    }

    @Test func anUnknownGroupStopsWithStatusTwoAndTheKnownCodes() throws {
        let folder = try Self.tinyWithPlan()
        defer { folder.remove() }
        let result = try CommandRunner.run(["report", "--period", "2021-H1", "--group", "G9"], in: folder)
        #expect(result.status == 2)
        #expect(result.standardError.contains("'G9'"))
        #expect(result.standardError.contains("các mã có: G1"))
        #expect(!FileManager.default.fileExists(atPath: folder.url("output/2021-H1-G9").path))
    }

    @Test func aTemplateShowsTheUnitsTargetReadOnly() throws {
        let folder = try Self.tinyWithPlan()
        defer { folder.remove() }
        let result = try CommandRunner.run(["template", "--period", "2021-H1", "--unit", "U2"], in: folder)
        #expect(result.status == 0)
        let workbook = try WrittenWorkbook(url: folder.url("output/templates-2021-H1/U2.xlsx"))
        let sheet = try workbook.sheet("Báo cáo")
        let headerRow = try #require(sheet.firstRow(where: 0, is: "Mã chỉ tiêu"))
        #expect(sheet.strings(row: headerRow, width: 6) == ["Mã chỉ tiêu", "Nội dung", "Đơn vị tính", "Kế hoạch năm 2021", "Số lượng", "Ghi chú"])
        let membersNewRow = try #require(sheet.firstRow(where: 0, is: "members_new"))
        #expect(sheet.number("D\(membersNewRow + 1)") == "30")
        // The target cell is locked like every label; only Số lượng and Ghi chú take input.
        let xml = try workbook.sheetXMLText("Báo cáo")
        #expect(xml.contains("<sheetProtection"))
    }
}
