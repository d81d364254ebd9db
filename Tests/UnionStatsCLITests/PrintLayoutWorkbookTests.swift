import Foundation
import TestSupport
import Testing
import XLSX

/// Issue 11 through the real binary: footers that count the sheet's own pages, `Theo đơn vị` printed
/// landscape with its code, name and header on every page, `Kiểm tra`'s long messages given room, and
/// the average wage in whole đồng.
@Suite struct PrintLayoutWorkbookTests {
    /// `report --period 2021-H1` on the bundled sample (48 CĐCS, 51 indicators, long findings).
    struct SampleRun {
        let folder: TemporaryFolder
        let workbook: WrittenWorkbook

        init() throws {
            folder = try TemporaryFolder(prefix: "unionstats-print")
            let result = try CommandRunner.run(
                ["report", "--period", "2021-H1", "--input", CommandRunner.bundledInput.path], in: folder)
            #expect(result.status == 0, "\(result.standardError)")
            workbook = try WrittenWorkbook(url: folder.url("output/2021-H1/report-2021-H1.xlsx"))
        }
    }

    @Test func footersNumberTheSheetsOwnPages() throws {
        let run = try SampleRun()
        defer { run.folder.remove() }
        // "&N" counts the whole workbook's pages in LibreOffice: "Trang 1/47" on a one-page summary.
        let expected = [
            "Tổng hợp": "&CTrang &P", "Theo đơn vị": "&CTheo đơn vị - trang &P", "Kiểm tra": "&CKiểm tra - trang &P",
        ]
        for (name, footer) in expected {
            let xml = try run.workbook.sheetXML(name)
            #expect(xml.footer == footer, "\(name)")
            #expect(xml.pageSetup?["useFirstPageNumber"] == "1", "\(name) should number its pages from 1")
        }
    }

    @Test func byUnitPrintsLandscapeWithCodeNameAndHeaderOnEveryPage() throws {
        let run = try SampleRun()
        defer { run.folder.remove() }
        let xml = try run.workbook.sheetXML("Theo đơn vị")
        let setup = try #require(xml.pageSetup)
        #expect(setup["paperSize"] == "9" && setup["orientation"] == "landscape")
        #expect(setup["pageOrder"] == "overThenDown")
        // Fitted to a few pages across (about 70 %), as many down as the units need.
        let across = try #require(setup["fitToWidth"].flatMap { Int($0) })
        #expect((2...8).contains(across))
        #expect(setup["fitToHeight"] == "0")
        let sheetIndex = try #require(run.workbook.sheetNames.firstIndex(of: "Theo đơn vị"))
        let titles = try run.workbook.definedNames().first { $0.name == "_xlnm.Print_Titles" && $0.sheet == sheetIndex }
        #expect(titles?.formula == "'Theo đơn vị'!$A:$B,'Theo đơn vị'!$5:$5")
        // The title stays within the repeated columns instead of spilling onto the next pages.
        #expect(xml.mergedRanges.contains("A1:B1"))
        // Headings wrap, and their row is tall enough for the longest (seven 10-point lines or so).
        let heading = try #require(xml["F5"])
        #expect(try run.workbook.styleFacts(heading.style).wraps)
        let height = try #require(xml.row(5)?["ht"].flatMap { Double($0) })
        #expect(height >= 80)
    }

    @Test func longFindingsGetRowsTallEnoughForTheirWrappedMessage() throws {
        let run = try SampleRun()
        defer { run.folder.remove() }
        let sheet = try run.workbook.sheet("Kiểm tra")
        let xml = try run.workbook.sheetXML("Kiểm tra")
        let header = try #require(sheet.firstRow(where: 0, is: "Mức độ"))
        var long = 0
        for row in sheet.rows where row.index > header {
            guard case .text(let message) = sheet.value(row: row.index, column: 7) else { continue }
            let element = try #require(xml.row(row.index + 1))
            #expect(element["customHeight"] == "1", "row \(row.index + 1)")
            #expect(try run.workbook.styleFacts(xml["H\(row.index + 1)"]?.style).wraps)
            // About 110 characters fit on a line of the 90-wide column: a longer message needs two.
            if message.count > 115 {
                long += 1
                #expect((element["ht"].flatMap { Double($0) } ?? 0) >= 30, "row \(row.index + 1): \(message)")
            }
        }
        #expect(long > 0, "the sample should have a long finding (CDVC's welfare money)")
        let sheetIndex = try #require(run.workbook.sheetNames.firstIndex(of: "Kiểm tra"))
        let titles = try run.workbook.definedNames().first { $0.name == "_xlnm.Print_Titles" && $0.sheet == sheetIndex }
        #expect(titles?.formula == "'Kiểm tra'!$\(header + 1):$\(header + 1)")
    }

    @Test func theAverageWagePrintsInWholeDongAndKeepsItsExactValue() throws {
        let run = try ReportRun()
        defer { run.remove() }
        let summary = try run.workbook.sheet("Tổng hợp")
        let summaryXML = try run.workbook.sheetXML("Tổng hợp")
        let wage = try #require(summary.firstRow(where: 1, is: "Tiền lương bình quân tháng")) + 1
        let rate = try #require(summary.firstRow(where: 1, is: "Tỷ lệ đoàn viên so với CNVCLĐ")) + 1
        // The cell keeps 7 052 380,95 (for anyone who computes with it); it prints as 7.052.381.
        #expect(summary.number("D\(wage)") == "7052380.95")
        #expect(try run.workbook.styleFacts(summaryXML["D\(wage)"]?.style).numberFormat == "#,##0")
        #expect(try run.workbook.styleFacts(summaryXML["D\(rate)"]?.style).numberFormat == "#,##0.00")
        // The same in Theo đơn vị: J is the wage column, I the ratio; row 6 the federation, row 10 U2.
        let byUnit = try run.workbook.sheetXML("Theo đơn vị")
        #expect(byUnit["J6"]?.value == "7052380.95")
        #expect(try run.workbook.styleFacts(byUnit["J6"]?.style).numberFormat == "#,##0")
        #expect(try run.workbook.styleFacts(byUnit["I10"]?.style).numberFormat == "#,##0.00")  // U2's own ratio
    }
}
