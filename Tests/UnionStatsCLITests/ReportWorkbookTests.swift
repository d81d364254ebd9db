import Foundation
import TestSupport
import Testing
import XLSX

/// `report-P.xlsx` read back by content: the real `unionstats report` on the `tiny` fixture, the
/// workbook opened with the project's reader and, for formulas, as raw sheet XML.
@Suite struct ReportWorkbookTests {
    /// A line of the federation's summary: what `Tổng hợp` must show, worked out by hand from `tiny`
    /// (plus `ReportRun.lastYear` for the column of last year).
    struct SummaryLine: Sendable, CustomTestStringConvertible {
        let name: String
        let measure: String
        let current: String
        let previous: String?
        let note: String
        var testDescription: String { name }
    }

    static let summaryLines = [
        // Stocks take Q2: A 110 + B 55 + U2's own 210 (which covers C) = 375; last year 100 + 50 + 200.
        SummaryLine(
            name: "Tổng số công nhân viên chức lao động", measure: "người", current: "375", previous: "350", note: ""),
        // (7 000 000 × 100 + 7 100 000 × 110) / 210 = 7 052 380.952…: A alone reports wages.
        SummaryLine(
            name: "Tiền lương bình quân tháng", measure: "đồng", current: "7052380.95", previous: nil, note: ""),
        SummaryLine(
            name: "Số người được tính tiền lương bình quân", measure: "người", current: "110", previous: nil,
            note: "Kỳ này: 1/3 CĐCS\nCùng kỳ: chưa có số liệu"),
        // A 95 + U2 160; B sent no members in Q2.
        SummaryLine(
            name: "Tổng số đoàn viên công đoàn", measure: "người", current: "255", previous: nil,
            note: "Kỳ này: 2/3 CĐCS\nCùng kỳ: chưa có số liệu"),
        // Flows add up: A 5 + 7, U2 20 (B's Q1 alone is not a half year); last year A alone.
        SummaryLine(
            name: "Số đoàn viên kết nạp mới", measure: "người", current: "32", previous: "10",
            note: "Kỳ này: 2/3 CĐCS\nCùng kỳ: 1/3 CĐCS\nSo sánh số liệu khác phạm vi"),
        // 255 members of 2/3 CĐCS over 375 workers of 3/3: no ratio of different CĐCS; the note says why.
        SummaryLine(
            name: "Tỷ lệ đoàn viên so với CNVCLĐ", measure: "%", current: "", previous: nil,
            note: "Kỳ này: tử số 2/3, mẫu số 3/3 CĐCS\nCùng kỳ: chưa có số liệu"),
        // A 1 500 000 + 2 000 000, B 800 000 + 700 000.
        SummaryLine(
            name: "Tổng số tiền chăm lo đời sống vật chất, tinh thần", measure: "đồng", current: "5000000",
            previous: nil,
            note: "Kỳ này: 2/3 CĐCS\nCùng kỳ: chưa có số liệu"),
    ]

    @Test func sheetsComeInTheDocumentedOrderAndTheSummaryOpensFirst() throws {
        let run = try ReportRun()
        defer { run.remove() }
        #expect(run.result.status == 1)  // bad.csv's unknown unit
        #expect(run.workbook.sheetNames == ["Tổng hợp", "Theo đơn vị", "Biểu đồ", "Kiểm tra", "Nguồn"])
        let view = try run.workbook.sheetXML("Tổng hợp").root.first("sheetView")
        #expect(view?["tabSelected"] == "1")
        #expect(run.workbook.archive.names.filter { $0.hasPrefix("xl/charts/chart") }.count == 2)
    }

    @Test func summaryHasTheTitleAndTheTableHeader() throws {
        let run = try ReportRun()
        defer { run.remove() }
        let sheet = try run.workbook.sheet("Tổng hợp")
        #expect(sheet.text("A2") == "LIÊN ĐOÀN LAO ĐỘNG TỈNH THỬ NGHIỆM")
        #expect(sheet.text("D1") == "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM")
        #expect(sheet.text("A4") == "BÁO CÁO TỔNG HỢP SỐ LIỆU HOẠT ĐỘNG CÔNG ĐOÀN 6 THÁNG ĐẦU NĂM 2021")
        #expect(sheet.text("A5") == "(Số liệu tính đến ngày 30/6/2021)")
        #expect(
            sheet.strings(row: 6, width: 8) == [
                "TT", "Chỉ tiêu", "Đơn vị tính", "6 tháng đầu năm 2021", "Cùng kỳ năm trước (6 tháng đầu năm 2020)",
                "Tăng, giảm", "So với cùng kỳ (%)", "Ghi chú",
            ])
        #expect(sheet.texts(inColumn: 0).filter { ["I", "II", "IV"].contains($0) } == ["I", "II", "IV"])
        let dateLine = try #require(sheet.texts(inColumn: 3).first { $0.hasPrefix("Thử Nghiệm, ngày ") })
        #expect(dateLine.contains(" năm 20"))
    }

    @Test(arguments: summaryLines)
    func summaryShowsTheFederationsFigure(_ line: SummaryLine) throws {
        let run = try ReportRun(extraFiles: ["reports/2020-h1.csv": ReportRun.lastYear])
        defer { run.remove() }
        let sheet = try run.workbook.sheet("Tổng hợp")
        let row = try #require(sheet.firstRow(where: 1, is: line.name), "no line \(line.name)")
        #expect(sheet.strings(row: row, width: 8)[2...4] == [line.measure, line.current, line.previous ?? ""])
        #expect(sheet.value(row: row, column: 7) == (line.note.isEmpty ? .empty : .text(line.note)))
        // The same figure as the federation's row of observations-2021-H1.csv.
        let federation = try run.observations().first { $0.count == 13 && $0[1] == "F" && $0[6] == line.name }
        #expect(Decimal(string: try #require(federation)[8]) == Decimal(string: line.current))
    }

    @Test func changeColumnsAreFormulasWithTheirCachedValues() throws {
        let run = try ReportRun(extraFiles: ["reports/2020-h1.csv": ReportRun.lastYear])
        defer { run.remove() }
        let sheet = try run.workbook.sheet("Tổng hợp")
        let xml = try run.workbook.sheetXML("Tổng hợp")
        var checked = 0
        for line in Self.summaryLines {
            let index = try #require(sheet.firstRow(where: 1, is: line.name))
            let r = index + 1
            #expect(xml["F\(r)"]?.formula == "IF(OR(D\(r)=\"\",E\(r)=\"\"),\"\",D\(r)-E\(r))")
            #expect(xml["G\(r)"]?.formula == "IF(OR(D\(r)=\"\",E\(r)=\"\",E\(r)=0),\"\",ROUND(D\(r)/E\(r),4))")
            guard let previous = line.previous else {
                // No value last year: the formula gives "" and so does its cached result.
                #expect(xml["F\(r)"]?.type == "str" && xml["F\(r)"]?.value ?? "" == "")
                #expect(!sheet.value(row: index, column: 5).isNumber)
                continue
            }
            let change = try #require(Decimal(string: line.current)) - (try #require(Decimal(string: previous)))
            #expect(sheet.number("F\(r)").flatMap { Decimal(string: $0) } == change)
            checked += 1
        }
        #expect(checked == 2)
        // This period ÷ last year (a 0.00% format): 375 / 350 = 1.0714… (107,14 %); 32 / 10 = 3.2 (320 %).
        let workers = try #require(sheet.firstRow(where: 1, is: "Tổng số công nhân viên chức lao động")) + 1
        let newMembers = try #require(sheet.firstRow(where: 1, is: "Số đoàn viên kết nạp mới")) + 1
        #expect(sheet.number("G\(workers)").flatMap(Double.init) == 1.0714)
        #expect(sheet.number("G\(newMembers)").flatMap(Double.init) == 3.2)
    }

    @Test func checksSheetListsTheFindingsTheCommandPrinted() throws {
        let run = try ReportRun()
        defer { run.remove() }
        let printed = run.result.standardError.split(separator: "\n").map(String.init).filter { $0.hasSuffix("]") }
        #expect(printed.count == 2)
        let sheet = try run.workbook.sheet("Kiểm tra")
        #expect(sheet.text("A2") == "Lỗi: 1 · Cảnh báo: 1 · Ghi chú: 0")
        let header = try #require(sheet.firstRow(where: 0, is: "Mức độ"))
        #expect(
            sheet.strings(row: header, width: 8) == [
                "Mức độ", "Mã", "Đơn vị", "Chỉ tiêu", "Kỳ", "Tệp", "Vị trí", "Nội dung",
            ])
        let listed = sheet.rows.filter { $0.index > header }.map { sheet.strings(row: $0.index, width: 8) }
        #expect(listed.count == printed.count)
        for (row, line) in zip(listed, printed) {
            #expect(line.hasSuffix("[\(row[1])]"), "\(line) vs \(row)")
            #expect(line.contains(row[7]), "\(line) should hold the message \(row[7])")
            if !row[5].isEmpty {
                #expect(line.hasPrefix(row[5] + ":" + row[6].replacingOccurrences(of: "dòng ", with: "") + ":"))
            }
        }
        #expect(
            listed.first == [
                "Lỗi", "E-UNIT-UNKNOWN", "Z9", "members_new", "2021-Q1", "reports/2021/bad.csv", "dòng 2",
                "Mã đơn vị 'Z9' không có trong units.csv. Có phải là 'A'?",
            ])
        // Completeness: F expects 3 CĐCS; A and B sent quarter reports.
        let federation = try #require(sheet.firstRow(where: 0, is: "F"))
        #expect(sheet.strings(row: federation, width: 4) == ["F", "Liên đoàn Lao động tỉnh Thử nghiệm", "3", "2"])
    }

    @Test func sourcesSheetListsEveryInputFileWithItsSHA256() throws {
        let run = try ReportRun()
        defer { run.remove() }
        let sheet = try run.workbook.sheet("Nguồn")
        let header = try #require(sheet.firstRow(where: 0, is: "Tệp"))
        #expect(sheet.strings(row: header, width: 4) == ["Tệp", "Kích thước (byte)", "Số dòng dữ liệu", "SHA-256"])
        let input = run.folder.url("input")
        let onDisk = try #require(FileManager.default.subpaths(atPath: input.path)).filter { path in
            var isFolder: ObjCBool = false
            return FileManager.default.fileExists(
                atPath: input.appendingPathComponent(path).path, isDirectory: &isFolder) && !isFolder.boolValue
        }
        let listed = sheet.rows.filter { $0.index > header }.map { sheet.strings(row: $0.index, width: 4) }
        #expect(Set(listed.map { $0[0] }) == Set(onDisk))
        #expect(listed.count == onDisk.count)
        for row in listed {
            let file = input.appendingPathComponent(row[0])
            let data = try Data(contentsOf: file)
            #expect(row[3] == (try #require(SHA256Digest.hex(ofFileAt: file))), "\(row[0])")
            #expect(row[1] == String(data.count), "\(row[0])")
        }
        #expect(listed.first { $0[0] == "reports/2021/q1.csv" }?[2] == "15")
        #expect(sheet.text("B3") == "2021-H1 (6 tháng đầu năm 2021)")
    }
}

extension XLSXValue {
    /// Whether the value is a number.
    var isNumber: Bool {
        if case .number = self { return true }
        return false
    }
}
