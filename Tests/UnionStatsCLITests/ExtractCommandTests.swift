import Foundation
import TestSupport
import Testing

/// End to end: `unionstats extract` on the bundled sample narrative, run as a user would.
@Suite struct ExtractCommandTests {
    static let narrative = "input/narratives/CDVC-2021-H1-so-ket-6-thang.txt"

    /// A temporary folder holding a copy of the bundled input.
    static func folderWithSample() throws -> TemporaryFolder {
        let folder = try TemporaryFolder(prefix: "unionstats-extract")
        try FileManager.default.copyItem(at: CommandRunner.bundledInput, to: folder.url("input"))
        return folder
    }

    @Test func writesTheSampleReportsFiguresAndListsThemOnTheTerminal() throws {
        let folder = try Self.folderWithSample()
        defer { folder.remove() }
        let result = try CommandRunner.run(
            [
                "extract", Self.narrative, "--unit", "CDVC", "--period", "2021-H1", "--output", "ban-nhap.csv",
                "--targets", "muc-tieu.csv",
            ], in: folder)
        #expect(result.status == 0, "\(result.standardError)")
        let lines = try folder.text("ban-nhap.csv").split(separator: "\n")
        #expect(lines.first == "unit,period,indicator,value,note")
        let values = lines.dropFirst().map { line in line.split(separator: ",").prefix(4).joined(separator: ",") }
        #expect(
            values == [
                "CDVC,2021-H1,workers_total,2686", "CDVC,2021-H1,cdcs_total,53", "CDVC,2021-H1,staff_conferences,53",
                "CDVC,2021-H1,salary_raises,312", "CDVC,2021-H1,promotions,42", "CDVC,2021-H1,staff_trained,86",
                "CDVC,2021-H1,welfare_spending_vnd,216800000", "CDVC,2021-H1,tet_gifts,25",
                "CDVC,2021-H1,tet_gifts_vnd,22750000",
                "CDVC,2021-H1,social_fund_vnd,51500000", "CDVC,2021-H1,covid_reviewed,33",
                "CDVC,2021-H1,covid_supported,9",
                "CDVC,2021-H1,initiative_prizes,6", "CDVC,2021-H1,cultural_units,13",
                "CDVC,2021-H1,party_admissions,27",
            ])
        #expect(lines.contains { $0.hasPrefix("CDVC,2021-H1,social_fund_vnd,51500000,\"[xấp xỉ] Vận động") })
        #expect(
            try folder.text("muc-tieu.csv").hasPrefix("unit,period,indicator,target,note\nCDVC,2021-H2,inspections,9,"))
        #expect(result.standardOutput.contains("15 số liệu"))
        #expect(
            result.standardOutput.contains(
                "welfare_spending_vnd – Tổng số tiền chăm lo đời sống vật chất, tinh thần: 216.800.000 đồng"))
        #expect(result.standardOutput.contains("Đã ghi: ban-nhap.csv"))
    }

    @Test func readsTheFiguresTableOfAWordReport() throws {
        let folder = try Self.folderWithSample()
        defer { folder.remove() }
        var document = WordDocument()
        document.paragraph("Báo cáo sơ kết công tác công đoàn 6 tháng đầu năm 2021")
        document.paragraph("Một số chỉ tiêu chủ yếu:")
        document.table([
            ["TT", "Chỉ tiêu", "ĐVT", "Thực hiện 6 tháng", "Kế hoạch năm", "So sánh (%)"],
            ["1", "Số đoàn viên kết nạp mới", "người", "215", "200", "107,5"],
            ["2", "Số tiền vận động Quỹ Xã hội công đoàn", "triệu đồng", "51,5", "100", "51,5"],
        ])
        document.table([["Số CĐCS thành lập mới", "4"]])
        try document.write(to: folder.url("bao-cao.docx"))
        let result = try CommandRunner.run(
            [
                "extract", "bao-cao.docx", "--unit", "CDVC", "--period", "2021-H1", "--output", "ban-nhap.csv",
                "--targets", "muc-tieu.csv",
            ], in: folder)
        #expect(result.status == 0, "\(result.standardError)")
        let values = try folder.text("ban-nhap.csv").split(separator: "\n").dropFirst().map { line in
            line.split(separator: ",").prefix(4).joined(separator: ",")
        }
        #expect(values == ["CDVC,2021-H1,members_new,215", "CDVC,2021-H1,social_fund_vnd,51500000"])
        let targets = try folder.text("muc-tieu.csv")
        #expect(targets.contains("CDVC,2021,members_new,200,"), "\(targets)")
        #expect(targets.contains("CDVC,2021,social_fund_vnd,100000000,"), "\(targets)")
        #expect(result.standardOutput.contains("Bảng 1, dòng 2 «Số đoàn viên kết nạp mới», cột «So sánh (%)»: 107,5"))
        #expect(result.standardOutput.contains("Bảng 2, dòng 1 «Số CĐCS thành lập mới», cột «cột 2»: 4"))
        #expect(result.standardOutput.contains("bảng không có dòng tiêu đề"))
    }

    @Test func theDraftIsReadByTheReportReaders() throws {
        let folder = try Self.folderWithSample()
        defer { folder.remove() }
        _ = try CommandRunner.run(
            ["extract", Self.narrative, "--unit", "CDVC", "--period", "2021-H1", "--output", "ban-nhap.csv"], in: folder
        )
        // Reviewed, it replaces the hand-typed report: validate finds the same figures without a new error.
        try FileManager.default.removeItem(at: folder.url("input/reports/2021/H1/CDVC-bao-cao-6-thang.csv"))
        try FileManager.default.moveItem(
            at: folder.url("ban-nhap.csv"), to: folder.url("input/reports/2021/H1/CDVC-ban-nhap.csv"))
        let validate = try CommandRunner.run(["validate", "--period", "2021-H1"], in: folder)
        #expect(validate.status == 0, "\(validate.standardOutput)")
    }

    @Test func withoutOutputTheCSVGoesToStandardOutputAndTheListToStandardError() throws {
        let folder = try Self.folderWithSample()
        defer { folder.remove() }
        let result = try CommandRunner.run(
            ["extract", Self.narrative, "--unit", "CDVC", "--period", "2021-H1"], in: folder)
        #expect(result.status == 0)
        #expect(result.standardOutput.hasPrefix("unit,period,indicator,value,note\nCDVC,2021-H1,workers_total,2686,"))
        #expect(result.standardOutput.split(separator: "\n").count == 16)
        #expect(result.standardError.contains("Mục tiêu, kế hoạch"))
    }

    @Test(arguments: [
        (["--unit", "KHONGCO", "--period", "2021-H1"], "KHONGCO"),
        (["--unit", "CDVC", "--period", "2021-Q5"], "2021-Q5"),
        (
            ["--unit", "CDVC", "--period", "2021-H1", "--output", "input/reports/ban-nhap.csv"],
            "nằm trong thư mục đầu vào"
        ),
    ])
    func refusalsExitWithStatusTwo(arguments: [String], mentioned: String) throws {
        let folder = try Self.folderWithSample()
        defer { folder.remove() }
        let result = try CommandRunner.run(["extract", Self.narrative] + arguments, in: folder)
        #expect(result.status == 2)
        #expect(result.standardError.contains(mentioned), "\(result.standardError)")
        #expect(!folder.exists("input/reports/ban-nhap.csv"))
    }

    /// A row of the phrase table it cannot use is printed like every finding, with its line and code;
    /// the other rows still find every figure.
    @Test func aBadPhraseRowIsAWarningWithItsCode() throws {
        let folder = try Self.folderWithSample()
        defer { folder.remove() }
        let table = try folder.text("input/indicator-phrases.csv")
        let line = table.filter { $0 == "\n" }.count + 1
        try folder.write(
            table + "no_such_code,# người,,,\nmembership_rate,tỷ lệ # đoàn viên,,,\n", to: "input/indicator-phrases.csv"
        )
        let result = try CommandRunner.run(
            ["extract", Self.narrative, "--unit", "CDVC", "--period", "2021-H1", "--output", "ban-nhap.csv"], in: folder
        )
        #expect(result.status == 0, "\(result.standardError)")
        let printed = result.standardError.split(separator: "\n").map(String.init)
        #expect(
            printed == [
                "indicator-phrases.csv:\(line): cảnh báo: chỉ tiêu 'no_such_code' không có trong indicators.csv; dòng này bị bỏ qua. "
                    + "Sửa mã chỉ tiêu cho đúng danh mục. [W-PHRASE-ROW]",
                "indicator-phrases.csv:\(line + 1): cảnh báo: 'membership_rate' là tỷ lệ, được tính từ tử số và mẫu số, không đọc từ văn bản; "
                    + "dòng này bị bỏ qua. Ghi cụm từ cho chỉ tiêu tử số. [W-PHRASE-ROW]",
            ])
        #expect(result.standardOutput.contains("15 số liệu"))
    }

    /// A table without a usable row cannot run; the rows it left out are printed first, as the message asks.
    @Test func aPhraseTableWithoutUsableRowsListsWhy() throws {
        let folder = try Self.folderWithSample()
        defer { folder.remove() }
        try folder.write(
            "indicator,pattern\nno_such_code,# người\nmembers_new,\"kết nạp # đoàn viên\n",
            to: "input/indicator-phrases.csv")
        let result = try CommandRunner.run(
            ["extract", Self.narrative, "--unit", "CDVC", "--period", "2021-H1"], in: folder)
        #expect(result.status == 2)
        let printed = result.standardError.split(separator: "\n").map(String.init)
        #expect(printed.count == 3, "\(printed)")
        #expect(
            printed.first
                == "indicator-phrases.csv:3: lỗi: Dấu ngoặc kép (\") mở ở dòng 3 không được đóng đến hết tệp. Hãy thêm dấu \" còn thiếu. [E-CSV-QUOTE]"
        )
        #expect(
            printed.dropFirst().first?.hasPrefix("indicator-phrases.csv:2: cảnh báo: chỉ tiêu 'no_such_code'") == true)
        #expect(printed.dropFirst().first?.hasSuffix("[W-PHRASE-ROW]") == true)
        #expect(printed.last?.hasPrefix("lỗi: Bảng cụm từ") == true)
        #expect(printed.last?.contains("xem các cảnh báo ở trên") == true)
    }

    @Test func aFileThatIsNeitherTextNorWordIsRefused() throws {
        let folder = try Self.folderWithSample()
        defer { folder.remove() }
        _ = try folder.write("x", to: "bao-cao.pdf")
        let result = try CommandRunner.run(
            ["extract", "bao-cao.pdf", "--unit", "CDVC", "--period", "2021-H1"], in: folder)
        #expect(result.status == 2)
        #expect(result.standardError.contains(".txt (UTF-8) và .docx"))
    }

    /// Issue 20: a unit dissolved on 2025-06-30 (`NB-CDVC` of the Ninh Bình sample) still has its last
    /// half-year drafted; a later period is a warning, not a refusal; a code not in units.csv is refused.
    @Test(arguments: [
        ("2025-H1", nil),
        ("2025-H2", "Cảnh báo: đơn vị NB-CDVC đã kết thúc trước kỳ 2025-H2"),
    ])
    func aDissolvedUnitIsDrafted(period: String, warning: String?) throws {
        let folder = try Self.folderWithSample()
        defer { folder.remove() }
        _ = try folder.write(
            """
            Trong 6 tháng đầu năm 2025, Công đoàn Viên chức tỉnh tiếp tục kết nạp mới 146 đoàn viên.
            Phấn đấu trong 6 tháng cuối năm kết nạp 200 đoàn viên.
            """, to: "so-ket.txt")
        let result = try CommandRunner.run(
            [
                "extract", "so-ket.txt", "--unit", "NB-CDVC", "--period", period, "--input", "input/ninh-binh-2026",
                "--targets", "muc-tieu.csv",
            ], in: folder)
        #expect(result.status == 0, "\(result.standardError)")
        if period == "2025-H1" {
            #expect(
                result.standardOutput.hasPrefix("unit,period,indicator,value,note\nNB-CDVC,2025-H1,members_new,146,"))
            #expect(try folder.text("muc-tieu.csv").contains("NB-CDVC,2025-H2,members_new,200,"))
        }
        if let warning {
            #expect(result.standardError.hasPrefix(warning), "\(result.standardError)")
        } else {
            #expect(!result.standardError.contains("Cảnh báo"))
        }
    }

    @Test func aCodeNotInUnitsCsvIsRefusedInVietnamese() throws {
        let folder = try Self.folderWithSample()
        defer { folder.remove() }
        _ = try folder.write("Kết nạp 146 đoàn viên.", to: "so-ket.txt")
        let result = try CommandRunner.run(
            [
                "extract", "so-ket.txt", "--unit", "NB-CDVC-99", "--period", "2025-H1", "--input",
                "input/ninh-binh-2026",
            ],
            in: folder)
        #expect(result.status == 2)
        #expect(
            result.standardError.contains("Đơn vị 'NB-CDVC-99' không có trong units.csv"), "\(result.standardError)")
    }
}
