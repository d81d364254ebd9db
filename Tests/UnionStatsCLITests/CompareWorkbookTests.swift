import Foundation
import TestSupport
import Testing
import XLSX

/// `compare-A-vs-B.xlsx` read back by content: the real `unionstats compare --period 2021-H1` on the
/// bundled sample (against 2020-H1 by default).
@Suite struct CompareWorkbookTests {
    /// A run that did not end with status 0.
    struct RunFailed: Error, CustomStringConvertible {
        let description: String
    }

    /// The run, its workbook, its CSV and the sample's catalogue.
    struct CompareRun {
        let folder: TemporaryFolder
        let workbook: WrittenWorkbook
        /// compare-2020-H1-vs-2021-H1.csv without its header.
        let rows: [[String]]
        /// indicators.csv of the bundled sample without its header.
        let catalogue: [[String]]

        init() throws {
            folder = try TemporaryFolder(prefix: "unionstats-compare")
            let result = try CommandRunner.run(
                ["compare", "--period", "2021-H1", "--input", CommandRunner.bundledInput.path], in: folder)
            guard result.status == 0 else { throw RunFailed(description: "compare failed: \(result.standardError)") }
            let base = "output/compare-2020-H1-vs-2021-H1/compare-2020-H1-vs-2021-H1"
            workbook = try WrittenWorkbook(url: folder.url(base + ".xlsx"))
            rows = Array(try CSVText.records(folder.text(base + ".csv")).dropFirst())
            let catalogueText = try String(
                contentsOf: CommandRunner.bundledInput.appendingPathComponent("indicators.csv"), encoding: .utf8)
            catalogue = Array(try CSVText.records(catalogueText).dropFirst())
        }

        /// The federation's rows of the CSV.
        var federationRows: [[String]] { rows.filter { $0[5] == "federation" } }

        /// The differential-format index whose fill is `rgb` ("FFC6EFCE"), from styles.xml.
        func formatIndex(filled rgb: String) throws -> Int? {
            let styles = try XMLTree(parsing: Data(try workbook.archive.data("xl/styles.xml")))
            let formats = styles.first("dxfs")?.children ?? []
            return formats.firstIndex { $0.first("bgColor")?["rgb"] == rgb }
        }
    }

    @Test func sheetsAndTheFederationsValuesAAndB() throws {
        let run = try CompareRun()
        defer { run.folder.remove() }
        #expect(run.workbook.sheetNames == ["So sánh", "Theo đơn vị", "Xếp hạng"])
        let sheet = try run.workbook.sheet("So sánh")
        #expect(sheet.text("A4") == "SO SÁNH SỐ LIỆU HOẠT ĐỘNG CÔNG ĐOÀN 6 THÁNG ĐẦU NĂM 2021 VỚI 6 THÁNG ĐẦU NĂM 2020")
        // A (the base period) before B, as in Xếp hạng and the CSV; the percent is the growth, as change_pct.
        #expect(
            sheet.strings(row: 6, width: 7) == [
                "TT", "Chỉ tiêu", "Đơn vị tính", "6 tháng đầu năm 2020", "6 tháng đầu năm 2021", "Tăng, giảm",
                "Tăng, giảm (%)",
            ])
        // Anchors known from the sample: workers 10 048 → 13 145.
        let workers = try #require(sheet.firstRow(where: 1, is: "Tổng số công nhân viên chức lao động (CNVCLĐ)"))
        #expect(sheet.strings(row: workers, width: 6)[3...5] == ["10048", "13145", "3097"])
        #expect(run.federationRows.count == run.catalogue.count)
        for row in run.federationRows {
            let line = try #require(sheet.firstRow(where: 1, is: row[7]), "no line \(row[7])")
            let cells = sheet.strings(row: line, width: 6)
            // Cells hold binary doubles written with 16 digits ("82.29000000000001"): compare as doubles.
            #expect(Double(cells[3]) == Double(row[9]), "A of \(row[6])")
            #expect(Double(cells[4]) == Double(row[10]), "B of \(row[6])")
            #expect(Double(cells[5]) == Double(row[11]), "change of \(row[6])")
        }
    }

    @Test func changesAreColouredGreenOrRedByTheIndicatorsDirection() throws {
        let run = try CompareRun()
        defer { run.folder.remove() }
        let better = try #require(try run.formatIndex(filled: "FFC6EFCE"))
        let worse = try #require(try run.formatIndex(filled: "FFFFC7CE"))
        #expect(better != worse)
        let sheet = try run.workbook.sheet("So sánh")
        let rules = try run.workbook.sheetXML("So sánh").conditionalRules
        var coloured = 0
        for indicator in run.catalogue {
            let index = try #require(sheet.firstRow(where: 1, is: indicator[2]), "no line \(indicator[2])")
            let r = index + 1
            let onRow = rules.filter { $0.range == "F\(r):G\(r)" }
            let (good, bad): (String, String)
            switch indicator[9] {
            case "up": (good, bad) = (">", "<")
            case "down": (good, bad) = ("<", ">")
            default:
                #expect(onRow.isEmpty, "\(indicator[0]) is neutral: no colours")
                continue
            }
            coloured += 1
            #expect(onRow.map(\.type) == ["expression", "expression"])
            #expect(
                onRow.first { $0.formatIndex == better }?.formulas == ["AND(ISNUMBER($F\(r)),$F\(r)\(good)0)"],
                "\(indicator[0])")
            #expect(
                onRow.first { $0.formatIndex == worse }?.formulas == ["AND(ISNUMBER($F\(r)),$F\(r)\(bad)0)"],
                "\(indicator[0])")
        }
        #expect(coloured > 10)
        #expect(rules.count == 2 * coloured)
    }

    @Test func byUnitSheetListsEveryRowOfTheCSVAndColoursByItsDirectionColumn() throws {
        let run = try CompareRun()
        defer { run.folder.remove() }
        let sheet = try run.workbook.sheet("Theo đơn vị")
        #expect(
            sheet.strings(row: 3, width: 11) == [
                "Mã đơn vị", "Tên đơn vị", "Cấp", "Mã chỉ tiêu", "Chỉ tiêu", "Đơn vị tính",
                "6 tháng đầu năm 2020", "6 tháng đầu năm 2021", "Tăng, giảm", "Tăng, giảm (%)", "Chiều tốt",
            ])
        let listed = sheet.rows.filter { $0.index >= 4 }
        #expect(listed.count == run.rows.count)
        let words = ["up": "tăng", "down": "giảm", "neutral": "-"]
        let directions = Dictionary(uniqueKeysWithValues: run.catalogue.map { ($0[0], $0[9]) })
        for row in listed.prefix(run.catalogue.count) {
            let cells = sheet.strings(row: row.index, width: 11)
            #expect(cells[0] == "HNM")
            #expect(cells[10] == words[directions[cells[3]] ?? ""], "\(cells[3])")
        }
        let last = 4 + run.rows.count
        let rules = try run.workbook.sheetXML("Theo đơn vị").conditionalRules
        let better = try run.formatIndex(filled: "FFC6EFCE")
        let worse = try run.formatIndex(filled: "FFFFC7CE")
        #expect(rules.map(\.range) == ["I5:J\(last)", "I5:J\(last)"])
        #expect(
            rules.first { $0.formatIndex == better }?.formulas
                == [#"AND(ISNUMBER($I5),OR(AND($K5="tăng",$I5>0),AND($K5="giảm",$I5<0)))"#])
        #expect(
            rules.first { $0.formatIndex == worse }?.formulas
                == [#"AND(ISNUMBER($I5),OR(AND($K5="tăng",$I5<0),AND($K5="giảm",$I5>0)))"#])
    }

    /// Issue 19, item 3, on the Ninh Bình sample (`compare --period 2026-H1`, A = 2025-H1 restated on the tree of
    /// 30/06/2026): Công đoàn xã Phát Diệm's members rise by 95,18 % because one of its three CĐCS, founded
    /// after 2025-H1, reports only in B. The CSV says so by each unit's parent, statuses and reach, and
    /// `Theo đơn vị` marks that change as `So sánh` marks the federation's: orange italic, with the counts.
    @Test func aChangeOfDifferentReachIsSaidInTheCSVAndMarkedInTheByUnitSheet() throws {
        let folder = try TemporaryFolder(prefix: "unionstats-compare")
        defer { folder.remove() }
        let input = CommandRunner.bundledInput.appendingPathComponent("ninh-binh-2026").path
        let result = try CommandRunner.run(["compare", "--period", "2026-H1", "--input", input], in: folder)
        #expect(result.status == 0, "\(result.standardError)")
        let base = "output/compare-2025-H1-vs-2026-H1/compare-2025-H1-vs-2026-H1"
        let lines = try folder.text(base + ".csv").split(separator: "\n").map(String.init)
        #expect(
            lines.first
                == "period_a,period_b,unit_code,unit_name,parent_code,level,indicator_code,indicator_name,measure,value_a,value_b,change,change_pct,status_a,status_b,grassroots_reporting_a,grassroots_reporting_b,grassroots_expected_a,grassroots_expected_b,tree_date"
        )
        for line in [
            // 83 members of the 2 CĐCS that existed in A, 162 of all 3 in B: the reach columns say why it grew.
            "2025-H1,2026-H1,X-PHATDIEM,Công đoàn xã Phát Diệm,NBH,upper,members_total,Tổng số đoàn viên công đoàn,người,83,162,79,95.18,rolled_up,rolled_up,2,3,2,3,2026-06-30",
            // The CĐCS founded after A: not expected in A, its own report in B.
            "2025-H1,2026-H1,X-PHATDIEM-01,Công đoàn Công ty TNHH Chế biến cói xuất khẩu Phát Diệm,X-PHATDIEM,grassroots,members_total,Tổng số đoàn viên công đoàn,người,,78,,,missing,derived,0,1,0,1,2026-06-30",
            // A mean has statuses but no counted reach.
            "2025-H1,2026-H1,X-PHATDIEM,Công đoàn xã Phát Diệm,NBH,upper,avg_wage_vnd,Tiền lương bình quân tháng của 1 người lao động,đồng,8083044.68,8581230.88,498186.20,6.16,computed,computed,,,,,2026-06-30",
        ] {
            #expect(lines.contains(line), "no line \(line)")
        }
        let workbook = try WrittenWorkbook(url: folder.url(base + ".xlsx"))
        let sheet = try workbook.sheet("Theo đơn vị")
        let xml = try workbook.sheetXML("Theo đơn vị")
        #expect(sheet.strings(row: 3, width: 12)[11] == "Ghi chú")
        /// The one-based row of a unit and indicator.
        func row(_ unit: String, _ indicator: String) throws -> Int {
            try #require(
                sheet.rows.first { $0.value(column: 0) == .text(unit) && $0.value(column: 3) == .text(indicator) }?
                    .index) + 1
        }
        func marked(_ row: Int) throws -> Bool {
            let change = try workbook.styleFacts(xml["I\(row)"]?.style)
            let percent = try workbook.styleFacts(xml["J\(row)"]?.style)
            #expect(change.italic == percent.italic && change.fill == percent.fill, "row \(row)")
            return change.italic && change.fill == "FFFCE4D6"
        }
        // Both figures are complete over the CĐCS that existed in their period (2/2, 3/3): a CĐCS founded
        // since is no gap, so the change compares like with like and is not marked.
        let members = try row("X-PHATDIEM", "members_total")
        #expect(sheet.number("I\(members)") == "79")
        // Nothing to compare for the new CĐCS (A is empty), and units of complete reach in both: not marked.
        for (unit, indicator) in [
            ("X-PHATDIEM", "members_total"), ("X-PHATDIEM", "membership_rate"), ("X-PHATDIEM-01", "members_total"),
            ("HN-CDVC-04", "workers_total"),
        ] {
            let plain = try row(unit, indicator)
            #expect(try !marked(plain), "\(unit) \(indicator)")
            #expect(sheet.value(row: plain - 1, column: 11) == .empty, "\(unit) \(indicator)")
        }
        // The federation's rows are marked exactly where `So sánh` marks its lines: one rule for both.
        let summary = try workbook.sheet("So sánh")
        let summaryXML = try workbook.sheetXML("So sánh")
        var compared = 0
        for line in summary.rows where line.index > 6 {
            guard case .text(let name) = line.value(column: 1),
                let byUnit = sheet.rows.first(where: {
                    $0.value(column: 0) == .text("NBH") && $0.value(column: 4) == .text(name)
                })
            else { continue }
            let flagged = try workbook.styleFacts(summaryXML["F\(line.index + 1)"]?.style).italic
            #expect(try marked(byUnit.index + 1) == flagged, "\(name)")
            compared += 1
        }
        #expect(compared > 40)
    }

    @Test func rankingOrdersTheUpperUnits() throws {
        let run = try CompareRun()
        defer { run.folder.remove() }
        let sheet = try run.workbook.sheet("Xếp hạng")
        #expect(
            sheet.strings(row: 3, width: 8) == [
                "Hạng", "Mã đơn vị", "Đơn vị", "6 tháng đầu năm 2020", "6 tháng đầu năm 2021", "Tăng, giảm",
                "Tăng, giảm (%)", "Chiều tốt",
            ])
        let ranked = sheet.rows.filter { $0.index >= 4 }.map { sheet.strings(row: $0.index, width: 5) }
        let upper = Set(run.rows.filter { $0[5] == "upper" }.map { $0[2] })
        #expect(Set(ranked.map { $0[1] }) == upper)
        // Ranked by new members this half year, largest first; equal figures share a rank (1, 2, 2, 4).
        let values = ranked.compactMap { Int($0[4]) }
        #expect(values.count == ranked.count)
        #expect(values == values.sorted(by: >))
        #expect(ranked.map { $0[0] } == values.map { value in String(1 + values.filter { $0 > value }.count) })
        #expect(ranked.first?[1] == "CDKCN")
    }
}
