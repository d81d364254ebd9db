import Foundation
import TestSupport
import Testing
import XLSX

/// Issue 9 and 10 through the real binary: every column of `Tổng hợp` says its coverage, a change of
/// figures of different reach is flagged, and "So với cùng kỳ (%)" is this period ÷ last year × 100.
@Suite struct SummaryCoverageWorkbookTests {
    /// Last year's second quarter: new members of all three CĐCS, workers of A and B only.
    static let lastYearQ2 = """
        unit,period,indicator,value
        A,2020-Q2,members_new,4
        B,2020-Q2,members_new,6
        C,2020-Q2,members_new,10
        A,2020-Q2,workers_total,100
        B,2020-Q2,workers_total,50

        """

    /// `report --period 2021-Q2` on `tiny` plus `lastYearQ2`: this quarter, lũy kế 6 tháng, cùng kỳ.
    struct QuarterRun {
        let folder: TemporaryFolder
        let workbook: WrittenWorkbook
        let sheet: XLSXSheet
        let xml: SheetXML

        init() throws {
            folder = try TemporaryFolder(prefix: "unionstats-coverage")
            try CommandRunner.copyFixture("tiny", into: folder)
            try folder.write(SummaryCoverageWorkbookTests.lastYearQ2, to: "input/reports/2020-q2.csv")
            _ = try CommandRunner.run(["report", "--period", "2021-Q2"], in: folder)
            workbook = try WrittenWorkbook(url: folder.url("output/2021-Q2/report-2021-Q2.xlsx"))
            sheet = try workbook.sheet("Tổng hợp")
            xml = try workbook.sheetXML("Tổng hợp")
        }

        /// The one-based row of the line named `name`.
        func row(_ name: String) throws -> Int { try #require(sheet.firstRow(where: 1, is: name)) + 1 }
    }

    @Test func theTableHasTheYearToDateAndThePercentOfLastYear() throws {
        let run = try QuarterRun()
        defer { run.folder.remove() }
        #expect(
            run.sheet.strings(row: 6, width: 9) == [
                "TT", "Chỉ tiêu", "Đơn vị tính", "Quý II năm 2021", "Lũy kế 6 tháng năm 2021",
                "Cùng kỳ năm trước (Quý II năm 2020)", "Tăng, giảm", "So với cùng kỳ (%)", "Ghi chú",
            ])
    }

    @Test func everyColumnSaysItsCoverageAndAChangeOfDifferentReachIsFlagged() throws {
        let run = try QuarterRun()
        defer { run.folder.remove() }
        // New members: Q2 A's 7 (1/3), H1 A's 12 + U2's own 20 (2/3), last year 4 + 6 + 10 (3/3).
        let r = try run.row("Số đoàn viên kết nạp mới")
        #expect(run.sheet.strings(row: r - 1, width: 9)[3...5] == ["7", "32", "20"])
        #expect(
            run.sheet.text("I\(r)")
                == "Kỳ này: 1/3 CĐCS\nLũy kế: 2/3 CĐCS\nCùng kỳ: 3/3 CĐCS\nSo sánh số liệu khác phạm vi")
        // The change is still the exact difference of the printed figures, but orange and italic.
        #expect(run.xml["G\(r)"]?.formula == "IF(OR(D\(r)=\"\",F\(r)=\"\"),\"\",D\(r)-F\(r))")
        #expect(run.sheet.number("G\(r)") == "-13")
        #expect(run.xml["H\(r)"]?.formula == "IF(OR(D\(r)=\"\",F\(r)=\"\",F\(r)=0),\"\",ROUND(D\(r)/F\(r),4))")
        #expect(run.sheet.number("H\(r)").flatMap(Double.init) == 0.35)  // 7 / 20
        for cell in ["G\(r)", "H\(r)"] {
            let facts = try run.workbook.styleFacts(run.xml[cell]?.style)
            #expect(facts.italic && facts.fill == "FFFCE4D6", "\(cell) should be flagged: \(facts)")
        }
    }

    @Test func equalReachIsComparedPlainlyAndTheNoteStillSaysIt() throws {
        let run = try QuarterRun()
        defer { run.folder.remove() }
        // Workers: Q2 A 110 + B 55 (2/3), H1 375 (3/3, U2's own report covers C), last year 100 + 50 (2/3).
        let r = try run.row("Tổng số công nhân viên chức lao động")
        #expect(run.sheet.strings(row: r - 1, width: 9)[3...5] == ["165", "375", "150"])
        #expect(run.sheet.text("I\(r)") == "Kỳ này: 2/3 CĐCS\nLũy kế: 3/3 CĐCS\nCùng kỳ: 2/3 CĐCS")
        #expect(run.sheet.number("G\(r)") == "15")
        #expect(run.sheet.number("H\(r)").flatMap(Double.init) == 1.1)  // 165 / 150 = 110 %
        let facts = try run.workbook.styleFacts(run.xml["G\(r)"]?.style)
        #expect(!facts.italic && facts.fill == nil)
    }

    @Test func aRatioOfPartsOfDifferentReachSaysHowFarEachReaches() throws {
        let run = try ReportRun()
        defer { run.remove() }
        // H1: members of A and U2 (2/3 CĐCS) over workers of all three (3/3).
        let sheet = try run.workbook.sheet("Tổng hợp")
        let index = try #require(sheet.firstRow(where: 1, is: "Tỷ lệ đoàn viên so với CNVCLĐ"))
        #expect(
            sheet.value(row: index, column: 7) == .text("Kỳ này: tử số 2/3, mẫu số 3/3 CĐCS\nCùng kỳ: chưa có số liệu"))
    }
}
