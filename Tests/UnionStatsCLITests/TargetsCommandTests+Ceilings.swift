import Foundation
import TestSupport
import Testing
import XLSX

/// End to end: falling is good (docs/design.md, "Ceilings: falling is good"). A target of a `down` indicator is a
/// ceiling in `Kế hoạch` and `targets-P.csv`, and a `down` criterion's points are subtracted in `Cụm thi đua`.
@Suite struct TargetCeilingCommandTests {
    /// `TargetsCommandTests.tinyWithPlan` with labour accidents (a `down` flow): A had none in Q1 and 2 in Q2, U2
    /// reported none for H1. The federation's ceiling for the year is 2 (1 on track at H1), U1's 3 (1,5 on
    /// track), U2's 0; accidents per 100 members are a criterion of weight 10.
    static func tinyWithCeilings() throws -> TemporaryFolder {
        let folder = try TargetsCommandTests.tinyWithPlan()
        let catalogue = try folder.text("input/indicators.csv")
        try folder.write(
            catalogue + "labour_accidents,I,Số vụ tai nạn lao động,Occupational accidents,vụ,flow,,,,down\n",
            to: "input/indicators.csv")
        try folder.write(
            "unit,period,indicator,value\nA,2021-Q1,labour_accidents,0\nA,2021-Q2,labour_accidents,2\nU2,2021-H1,labour_accidents,0\n",
            to: "input/reports/2021/tai-nan.csv")
        let targets = try folder.text("input/targets.csv")
        try folder.write(
            targets + "F,2021,labour_accidents,2\nU1,2021,labour_accidents,3\nU2,2021,labour_accidents,0\n",
            to: "input/targets.csv")
        try folder.write(
            "indicator,weight,basis\nmembers_new,2,progress\nlabour_accidents,10,per_100_members\n",
            to: "input/scoring.csv")
        return folder
    }

    /// `Kế hoạch` cell by cell: U1's 2 accidents are over the 1,5 on track but within the ceiling of 3 (Gần đạt,
    /// 66,67 % of the ceiling used); U2's none against a ceiling of 0 is Đạt without a percent. The rule above the
    /// sheet says that a falling indicator's target is a ceiling; each status word has its own colour.
    @Test func thePlanSheetJudgesACeilingByCell() throws {
        let folder = try Self.tinyWithCeilings()
        defer { folder.remove() }
        let result = try CommandRunner.run(["report", "--period", "2021-H1"], in: folder)
        #expect(result.status == 1)  // bad.csv's unknown unit, as always with the tiny province
        let workbook = try WrittenWorkbook(url: folder.url("output/2021-H1/report-2021-H1.xlsx"))
        let sheet = try workbook.sheet("Kế hoạch")
        let rule = try #require(sheet.text("A4"))
        #expect(rule.contains("chỉ tiêu giảm là mức trần"), "\(rule)")
        #expect(rule.contains("Đạt khi thực hiện không quá kế hoạch × tiến độ dự kiến"), "\(rule)")
        #expect(
            (7...9).map { sheet.strings(row: $0, width: 9) } == [
                [
                    "1", "Liên đoàn Lao động tỉnh Thử nghiệm (F)", "2", "0", "1", "1", "0", "0",
                    "đạt 1/2 chỉ tiêu, vượt 0; gần đạt 1",
                ],
                [
                    "2", "Liên đoàn Lao động huyện Một (U1)", "2", "0", "1", "1", "0", "0",
                    "đạt 1/2 chỉ tiêu, vượt 0; gần đạt 1",
                ],
                [
                    "3", "Công đoàn Giáo dục tỉnh (U2)", "3", "1", "1", "0", "1", "0",
                    "đạt 2/3 chỉ tiêu, vượt 1; chưa đạt 1",
                ],
            ])
        #expect(
            (14...15).map { sheet.strings(row: $0, width: 10) } == [
                ["1", "Số đoàn viên kết nạp mới", "người", "Năm 2021", "64", "32", "0.5", "0.5", "Đạt", ""],
                ["2", "Số vụ tai nạn lao động", "vụ", "Năm 2021", "2", "2", "1", "0.5", "Gần đạt", ""],
            ])
        #expect(
            (16...22).map { sheet.strings(row: $0, width: 10) } == [
                [
                    "2. Liên đoàn Lao động huyện Một (U1): đạt 1/2 chỉ tiêu, vượt 0; gần đạt 1", "", "", "", "", "",
                    "", "", "", "",
                ],
                ["1", "Số đoàn viên kết nạp mới", "người", "Năm 2021", "24", "12", "0.5", "0.5", "Đạt", ""],
                ["2", "Số vụ tai nạn lao động", "vụ", "Năm 2021", "3", "2", "0.6667", "0.5", "Gần đạt", ""],
                [
                    "3. Công đoàn Giáo dục tỉnh (U2): đạt 2/3 chỉ tiêu, vượt 1; chưa đạt 1", "", "", "", "", "", "",
                    "", "", "",
                ],
                ["1", "Tổng số đoàn viên công đoàn", "người", "Năm 2021", "200", "160", "0.8", "1", "Chưa đạt", ""],
                ["2", "Số đoàn viên kết nạp mới", "người", "Năm 2021", "30", "20", "0.6667", "0.5", "Vượt", ""],
                [
                    "3", "Số vụ tai nạn lao động", "vụ", "Năm 2021", "0", "0", "", "0.5", "Đạt",
                    "Kế hoạch bằng 0: không tính % kế hoạch",
                ],
            ])
        // The status colours follow the status: a ceiling kept is green, one nearly kept amber, never red.
        let xml = try workbook.sheetXML("Kế hoạch")
        #expect(try workbook.styleFacts(xml["I23"]?.style).fill == "FFE2EFDA")  // Đạt
        #expect(try workbook.styleFacts(xml["I19"]?.style).fill == "FFFFEB9C")  // Gần đạt
        #expect(try workbook.styleFacts(xml["I21"]?.style).fill == "FFFFC7CE")  // Chưa đạt (members_total)
        // The federation has a ceiling: the line under Tổng hợp says what a ceiling is.
        let summary = try workbook.sharedStrings().first { $0.hasPrefix("% kế hoạch = số thực hiện") }
        #expect(
            summary?.contains("Chỉ tiêu giảm (tai nạn lao động, đình công…) là mức trần") == true, "\(summary ?? "")")

        let targets = try folder.text("output/2021-H1/targets-2021-H1.csv")
        #expect(
            targets.contains(
                "\n2021,2021-H1,U1,Liên đoàn Lao động huyện Một,labour_accidents,Số vụ tai nạn lao động,3,2,66.67,50.00,Gần đạt,2021-06-30\n"
            ))
        #expect(
            targets.contains(
                "\n2021,2021-H1,U2,Công đoàn Giáo dục tỉnh,labour_accidents,Số vụ tai nạn lao động,0,0,,50.00,Đạt,2021-06-30\n"
            ))
    }

    /// `Cụm thi đua`: the accidents criterion is marked as subtracted, its points are negative, and the rule says so.
    /// U1: 2 accidents × 100 ÷ 95 members = 2,11 → −21,10 points; U2: none, 0 points.
    @Test func theGroupSheetSubtractsTheAccidentsPoints() throws {
        let folder = try Self.tinyWithCeilings()
        defer { folder.remove() }
        _ = try CommandRunner.run(["report", "--period", "2021-H1"], in: folder)
        let workbook = try WrittenWorkbook(url: folder.url("output/2021-H1/report-2021-H1.xlsx"))
        let sheet = try workbook.sheet("Cụm thi đua")
        let ruleRow = try #require(sheet.firstRow(where: 0, is: "b) Tiêu chí chấm điểm (scoring.csv) và trọng số"))
        let rule = try #require(sheet.strings(row: ruleRow + 1, width: 1).first)
        #expect(rule.contains("điểm của tiêu chí giảm được trừ"), "\(rule)")
        #expect(
            (ruleRow + 3...ruleRow + 4).map { sheet.strings(row: $0, width: 5) } == [
                ["1", "Số đoàn viên kết nạp mới (người)", "% kế hoạch", "", "2"],
                ["2", "Số vụ tai nạn lao động (vụ)", "trên 100 đoàn viên (trừ điểm)", "", "10"],
            ])
        let rankingRow = try #require(sheet.firstRow(where: 0, is: "c) Bảng điểm và xếp hạng"))
        let lines = (rankingRow + 3...rankingRow + 4).map { sheet.strings(row: $0, width: 7) }
        #expect(
            lines.map { Array($0.prefix(2)) } == [
                ["1", "Công đoàn Giáo dục tỉnh"], ["2", "Liên đoàn Lao động huyện Một"],
            ])
        // The numbers in hundredths (a cell holds the nearest double: 78,9 reads back as 78.90000000000001).
        let hundredths = lines.map { line in line.dropFirst(2).map { Double($0).map { Int(($0 * 100).rounded()) } } }
        #expect(hundredths == [[6667, 13334, 0, 0, 13334], [5000, 10000, 211, -2110, 7890]])
    }
}
