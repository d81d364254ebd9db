import Foundation
import TestSupport
import Testing
import XLSX

/// End to end: targets, emulation groups and scoring through the real `unionstats report`.
@Suite struct TargetsCommandTests {
    /// The tiny province with U1 and U2 in group G1, targets for the federation and both upper units, and one
    /// criterion.
    static func tinyWithPlan() throws -> TemporaryFolder {
        let folder = try TemporaryFolder(prefix: "unionstats-targets")
        _ = try CommandRunner.copyFixture("tiny", into: folder)
        try folder.write(
            """
            code,name,parent,level,groups
            F,Liên đoàn Lao động tỉnh Thử nghiệm,,federation,
            U1,Liên đoàn Lao động huyện Một,F,upper,G1
            A,Công đoàn Trường Tiểu học Hòa Bình,U1,grassroots,
            B,"Công đoàn Công ty TNHH May Sông Hồng, chi nhánh 2",U1,grassroots,
            U2,Công đoàn Giáo dục tỉnh,F,upper,G1
            C,Công đoàn Trường THPT Nguyễn Khuyến,U2,grassroots,

            """, to: "input/units.csv")
        try folder.write("code,name,kind\nG1,Cụm thi đua số 1,cum\n", to: "input/groups.csv")
        try folder.write(
            "unit,period,indicator,target\nF,2021,members_new,64\nU1,2021,members_new,24\nU2,2021,members_new,30\nU2,2021,members_total,200\n",
            to: "input/targets.csv")
        try folder.write("indicator,weight,basis\nmembers_new,2,progress\n", to: "input/scoring.csv")
        return folder
    }

    @Test func theReportShowsTargetsAndTheGroupAndLeavesObservationsAsTheyWere() throws {
        let folder = try Self.tinyWithPlan()
        defer { folder.remove() }
        let result = try CommandRunner.run(["report", "--period", "2021-H1"], in: folder)
        #expect(result.status == 1)  // bad.csv's unknown unit, as without targets
        #expect(!result.standardError.contains("targets.csv"), "\(result.standardError)")
        let written = folder.url("output/2021-H1")
        // observations-P.csv does not change with targets and groups.
        let observations = try Data(contentsOf: written.appendingPathComponent("observations-2021-H1.csv"))
        #expect(
            observations
                == (try Data(contentsOf: CommandRunner.fixtures.appendingPathComponent("tiny-observations-2021-H1.csv")))
        )
        // F: 12 (A) + 20 (U2's own) = 32 of 64 = 50 % at H1, expected 50 %: Đạt.
        let targets = try folder.text("output/2021-H1/targets-2021-H1.csv")
        #expect(
            targets == """
                period,report_period,unit_code,unit_name,indicator_code,indicator_name,target,value,progress_pct,expected_pct,status,tree_date
                2021,2021-H1,F,Liên đoàn Lao động tỉnh Thử nghiệm,members_new,Số đoàn viên kết nạp mới,64,32,50.00,50.00,Đạt,2021-06-30
                2021,2021-H1,U1,Liên đoàn Lao động huyện Một,members_new,Số đoàn viên kết nạp mới,24,12,50.00,50.00,Đạt,2021-06-30
                2021,2021-H1,U2,Công đoàn Giáo dục tỉnh,members_total,Tổng số đoàn viên công đoàn,200,160,80.00,100.00,Chưa đạt,2021-06-30
                2021,2021-H1,U2,Công đoàn Giáo dục tỉnh,members_new,Số đoàn viên kết nạp mới,30,20,66.67,50.00,Vượt,2021-06-30

                """)
        let workbook = try WrittenWorkbook(url: written.appendingPathComponent("report-2021-H1.xlsx"))
        #expect(
            workbook.sheetNames == [
                "Tổng hợp", "Kế hoạch", "Cụm thi đua", "Theo đơn vị", "Biểu đồ", "Kiểm tra", "Nguồn",
            ])
        let strings = try workbook.sharedStrings()
        for expected in [
            "Kế hoạch năm", "% kế hoạch", "Đạt", "Vượt", "Chưa đạt", "Tổng điểm",
            "đạt 1/2 chỉ tiêu, vượt 1; chưa đạt 1",
        ] {
            #expect(strings.contains(expected), "no '\(expected)' in the workbook")
        }
        #expect(strings.contains { $0.hasPrefix("Cách tính: điểm mỗi tiêu chí = trọng số × giá trị cơ sở") })
    }

    /// Whether every non-empty cell of `columns` on the 0-based `row` holds a number (not text).
    static func numbers(_ sheet: XLSXSheet, row: Int, columns: ClosedRange<Int>) -> Bool {
        columns.allSatisfy { column in
            switch sheet.value(row: row, column: column) {
            case .number, .empty: true
            default: false
            }
        }
    }

    /// `Kế hoạch` cell by cell, worked out by hand from `tinyWithPlan`: new members flow, so H1 is
    /// half of a year's target (expected 50 %): F 32 of 64 and U1 12 of 24 are 50 % (Đạt), U2 20 of 30
    /// is 66,67 % (Vượt); members are a stock (expected 100 %): U2's 160 of 200 is 80 % (Chưa đạt).
    /// Percentages are fractions the cell formats as %.
    @Test func thePlanSheetHoldsEachUnitsTargetsCellByCell() throws {
        let folder = try Self.tinyWithPlan()
        defer { folder.remove() }
        _ = try CommandRunner.run(["report", "--period", "2021-H1"], in: folder)
        let workbook = try WrittenWorkbook(url: folder.url("output/2021-H1/report-2021-H1.xlsx"))
        let sheet = try workbook.sheet("Kế hoạch")
        #expect(sheet.text("A1") == "LIÊN ĐOÀN LAO ĐỘNG TỈNH THỬ NGHIỆM")
        #expect(sheet.text("A2") == "TÌNH HÌNH THỰC HIỆN KẾ HOẠCH (CHỈ TIÊU) 6 THÁNG ĐẦU NĂM 2021")
        #expect(sheet.text("A3") == "(Số liệu tính đến ngày 30/6/2021)")
        // I: one line per unit with targets (rows 7–10).
        #expect(sheet.text("A6") == "I. TỔNG HỢP KẾT QUẢ THEO ĐƠN VỊ")
        #expect(
            (6...9).map { sheet.strings(row: $0, width: 9) } == [
                ["TT", "Đơn vị", "Số chỉ tiêu", "Vượt", "Đạt", "Gần đạt", "Chưa đạt", "Chưa đánh giá", "Kết quả"],
                [
                    "1", "Liên đoàn Lao động tỉnh Thử nghiệm (F)", "1", "0", "1", "0", "0", "0",
                    "đạt 1/1 chỉ tiêu, vượt 0",
                ],
                ["2", "Liên đoàn Lao động huyện Một (U1)", "1", "0", "1", "0", "0", "0", "đạt 1/1 chỉ tiêu, vượt 0"],
                [
                    "3", "Công đoàn Giáo dục tỉnh (U2)", "2", "1", "0", "0", "1", "0",
                    "đạt 1/2 chỉ tiêu, vượt 1; chưa đạt 1",
                ],
            ])
        #expect((7...9).allSatisfy { Self.numbers(sheet, row: $0, columns: 2...7) })
        // II: each unit's targets under a line naming it (rows 13–20).
        #expect(sheet.text("A12") == "II. CHI TIẾT TỪNG ĐƠN VỊ")
        #expect(
            (12...19).map { sheet.strings(row: $0, width: 10) } == [
                [
                    "TT", "Chỉ tiêu", "Đơn vị tính", "Kỳ kế hoạch", "Kế hoạch", "Thực hiện", "% kế hoạch",
                    "Tiến độ dự kiến", "Đánh giá", "Ghi chú",
                ],
                [
                    "1. Liên đoàn Lao động tỉnh Thử nghiệm (F): đạt 1/1 chỉ tiêu, vượt 0", "", "", "", "", "", "", "",
                    "", "",
                ],
                ["1", "Số đoàn viên kết nạp mới", "người", "Năm 2021", "64", "32", "0.5", "0.5", "Đạt", ""],
                ["2. Liên đoàn Lao động huyện Một (U1): đạt 1/1 chỉ tiêu, vượt 0", "", "", "", "", "", "", "", "", ""],
                ["1", "Số đoàn viên kết nạp mới", "người", "Năm 2021", "24", "12", "0.5", "0.5", "Đạt", ""],
                [
                    "3. Công đoàn Giáo dục tỉnh (U2): đạt 1/2 chỉ tiêu, vượt 1; chưa đạt 1", "", "", "", "", "", "", "",
                    "", "",
                ],
                ["1", "Tổng số đoàn viên công đoàn", "người", "Năm 2021", "200", "160", "0.8", "1", "Chưa đạt", ""],
                ["2", "Số đoàn viên kết nạp mới", "người", "Năm 2021", "30", "20", "0.6667", "0.5", "Vượt", ""],
            ])
        #expect([14, 16, 18, 19].allSatisfy { Self.numbers(sheet, row: $0, columns: 4...7) })
        #expect(sheet.strings(row: 20, width: 10) == Array(repeating: "", count: 10))
    }

    /// `Cụm thi đua` cell by cell: the group's two members side by side (this period and % kế hoạch of
    /// the scored and targeted indicators), the criterion and its weight, then the ranking: U2's basis
    /// 66,67 % × weight 2 = 133,34 points before U1's 50 % × 2 = 100.
    @Test func theGroupSheetHoldsTheMembersFiguresAndTheRankingCellByCell() throws {
        let folder = try Self.tinyWithPlan()
        defer { folder.remove() }
        _ = try CommandRunner.run(["report", "--period", "2021-H1"], in: folder)
        let workbook = try WrittenWorkbook(url: folder.url("output/2021-H1/report-2021-H1.xlsx"))
        let sheet = try workbook.sheet("Cụm thi đua")
        #expect(sheet.text("A2") == "KẾT QUẢ THI ĐUA CỦA CÁC CỤM, KHỐI THI ĐUA 6 THÁNG ĐẦU NĂM 2021")
        #expect(sheet.text("A4") == "1. CỤM THI ĐUA SỐ 1 (cụm thi đua G1): 2 đơn vị")
        // a) the members side by side (rows 7–10); U1 has no target for members_total.
        #expect(sheet.text("A6") == "a) Số liệu 6 tháng đầu năm 2021 và % kế hoạch của các đơn vị thành viên")
        #expect(
            (6...9).map { sheet.strings(row: $0, width: 6) } == [
                ["TT", "Chỉ tiêu", "Liên đoàn Lao động huyện Một", "", "Công đoàn Giáo dục tỉnh", ""],
                ["", "", "Thực hiện", "% kế hoạch", "Thực hiện", "% kế hoạch"],
                ["1", "Tổng số đoàn viên công đoàn (người)", "95", "", "160", "0.8"],
                ["2", "Số đoàn viên kết nạp mới (người)", "12", "0.5", "20", "0.6667"],
            ])
        #expect((8...9).allSatisfy { Self.numbers(sheet, row: $0, columns: 2...5) })
        // b) the criterion and its weight (rows 14–15).
        #expect(sheet.text("A12") == "b) Tiêu chí chấm điểm (scoring.csv) và trọng số")
        #expect(
            (13...14).map { sheet.strings(row: $0, width: 5) } == [
                ["TT", "Tiêu chí", "Giá trị cơ sở", "", "Trọng số"],
                ["1", "Số đoàn viên kết nạp mới (người)", "% kế hoạch", "", "2"],
            ])
        // c) the ranking (rows 18–21): basis value, points, total.
        #expect(sheet.text("A17") == "c) Bảng điểm và xếp hạng")
        #expect(
            (17...20).map { sheet.strings(row: $0, width: 5) } == [
                ["Hạng", "Đơn vị", "Tiêu chí 1", "", "Tổng điểm"],
                ["", "", "Giá trị", "Điểm", ""],
                ["1", "Công đoàn Giáo dục tỉnh", "66.67", "133.34", "133.34"],
                ["2", "Liên đoàn Lao động huyện Một", "50", "100", "100"],
            ])
        #expect((19...20).allSatisfy { Self.numbers(sheet, row: $0, columns: 2...4) })
    }

    @Test func aGroupsReportPutsTheGroupAtTheTop() throws {
        let folder = try Self.tinyWithPlan()
        defer { folder.remove() }
        let result = try CommandRunner.run(["report", "--period", "2021-H1", "--group", "G1"], in: folder)
        #expect(result.status == 1)
        let rows = try CSVText.records(folder.text("output/2021-H1-G1/observations-2021-H1-G1.csv"))
        let membersNew = rows.filter { $0.count > 8 && $0[5] == "members_new" }.map {
            [$0[1], $0[3], $0[4], $0[8], $0[9]]
        }
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
        #expect(
            sheet.strings(row: headerRow, width: 6) == [
                "Mã chỉ tiêu", "Nội dung", "Đơn vị tính", "Kế hoạch năm 2021", "Số lượng", "Ghi chú",
            ])
        let membersNewRow = try #require(sheet.firstRow(where: 0, is: "members_new"))
        #expect(sheet.number("D\(membersNewRow + 1)") == "30")
        // The target cell is locked like every label; only Số lượng and Ghi chú take input.
        let xml = try workbook.sheetXMLText("Báo cáo")
        #expect(xml.contains("<sheetProtection"))
    }
}
