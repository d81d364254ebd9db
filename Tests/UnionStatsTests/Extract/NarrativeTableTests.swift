import Foundation
import TestSupport
import Testing
import XLSX

@testable import UnionStats

/// Tables of Word reports: a row is its label plus its cells, each cell judged by its column's header.
@Suite struct NarrativeTableTests {
    typealias Cell = WordDocument.Cell

    /// The half-year report of a union with its figures table: TT, Chỉ tiêu, ĐVT, Thực hiện, Kế hoạch, So sánh (%).
    static let standard: [[Cell]] = [
        ["TT", "Chỉ tiêu", "ĐVT", "Thực hiện 6 tháng", "Kế hoạch năm", "So sánh (%)"],
        ["1", "Số đoàn viên kết nạp mới", "người", "215", "200", "107,5"],
        ["2", "Số CĐCS thành lập mới", "đơn vị", "4", "6", "66,7"],
        ["3", "Tổng số tiền chăm lo đời sống vật chất, tinh thần", "triệu đồng", "216,8", "400", "54,2"],
        ["II", "Hoạt động xã hội", "", "", "", ""],
    ]

    /// Writes a report of `paragraphs` then `tables` and reads it for 2021-H1.
    static func extract(
        _ tables: [[[Cell]]], paragraphs: [String] = ["Báo cáo sơ kết công tác công đoàn 6 tháng đầu năm 2021"],
        period: String = "2021-H1"
    ) throws -> Extraction {
        let folder = try TemporaryInput()
        var document = WordDocument()
        for paragraph in paragraphs { document.paragraph(paragraph) }
        for table in tables { document.table(table) }
        let url = folder.folder.appendingPathComponent("bao-cao.docx")
        try document.write(to: url)
        return BundledVocabulary.extractor.extract(
            blocks: try NarrativeDocument.blocks(of: url),
            period: Period(period) ?? Period(year: 2021, length: .half, index: 1)!)
    }

    static func figures(_ extraction: Extraction) -> [String: Int64] {
        Dictionary(uniqueKeysWithValues: extraction.figures.map { ($0.indicator, $0.value) })
    }

    static func targets(_ extraction: Extraction) -> [String: Int64] {
        Dictionary(uniqueKeysWithValues: extraction.targets.map { ("\($0.indicator) \($0.period)", $0.value) })
    }

    @Test func aRowGivesItsAchievementAsTheFigureAndItsPlanAsATarget() throws {
        let extraction = try Self.extract([Self.standard])
        #expect(
            Self.figures(extraction) == ["members_new": 215, "cdcs_new": 4, "welfare_spending_vnd": 216_800_000])
        #expect(
            Self.targets(extraction) == [
                "members_new 2021": 200, "cdcs_new 2021": 6, "welfare_spending_vnd 2021": 400_000_000,
            ])
        let note = try #require(extraction.figures.first { $0.indicator == "members_new" }).note
        #expect(note == "Bảng 1, dòng 2 «Số đoàn viên kết nạp mới», cột «Thực hiện 6 tháng»: 215 người")
        let compared = extraction.untaken.filter { $0.sentence.contains("cột «So sánh (%)»") }
        #expect(compared.count == 3)
        #expect(compared.allSatisfy { $0.numbers.allSatisfy { $0.reason == .comparisonColumn("So sánh (%)") } })
        #expect(compared.first?.sentence == "Bảng 1, dòng 2 «Số đoàn viên kết nạp mới», cột «So sánh (%)»: 107,5")
        #expect(extraction.untaken.count == 3, "\(extraction.untaken)")
    }

    @Test func aMergedHeaderWithoutUnitColumnNamesThePeriodAndTheSamePeriodLastYear() throws {
        let table: [[Cell]] = [
            [
                Cell("Nội dung", merge: .restart), Cell("6 tháng đầu năm 2021", span: 2),
                Cell("Cùng kỳ năm 2020", merge: .restart),
            ],
            [.continued, "Thực hiện", "Kế hoạch", .continued],
            ["Số sáng kiến được công nhận", "12 sáng kiến", "20 sáng kiến", "9 sáng kiến"],
            ["Số tiền vận động Quỹ Xã hội công đoàn", "51,5 triệu đồng", "60 triệu đồng", "40 triệu đồng"],
        ]
        let extraction = try Self.extract([table])
        #expect(Self.figures(extraction) == ["initiatives": 12, "social_fund_vnd": 51_500_000])
        #expect(Self.targets(extraction) == ["initiatives 2021-H1": 20, "social_fund_vnd 2021-H1": 60_000_000])
        let lastYear = extraction.untaken.filter { $0.sentence.contains("cột «Cùng kỳ năm 2020»") }
        #expect(lastYear.map(\.numbers.count) == [1, 1])
        #expect(lastYear.allSatisfy { $0.numbers.allSatisfy { $0.reason == .comparisonColumn("Cùng kỳ năm 2020") } })
    }

    @Test func resultsAndTargetsOfOtherPeriodsAreListedNotTaken() throws {
        let table: [[Cell]] = [
            [
                "STT", "Chỉ tiêu", "ĐVT", "Kết quả 6 tháng đầu năm 2020", "Thực hiện Quý I",
                "Kết quả 6 tháng đầu năm 2021", "Tỷ lệ (%)",
            ],
            ["(1)", "(2)", "(3)", "(4)", "(5)", "(6)", "(7)"],
            ["1", "Số cuộc đối thoại tại nơi làm việc", "cuộc", "30", "12", "41", "136,7"],
            ["2", "Số vụ tai nạn lao động", "vụ", "1", "0", "0", "0"],
        ]
        let extraction = try Self.extract([table])
        #expect(Self.figures(extraction) == ["workplace_dialogues": 41, "labour_accidents": 0])
        #expect(extraction.targets.isEmpty)
        let reasons = extraction.untaken.flatMap(\.numbers).map(\.reason)
        #expect(reasons.filter { $0 == .otherPeriod("6 tháng đầu năm 2020") }.count == 2, "\(reasons)")
        #expect(reasons.filter { $0 == .partOfPeriod("Quý I năm 2021") }.count == 2, "\(reasons)")
        #expect(reasons.filter { $0 == .comparisonColumn("Tỷ lệ (%)") }.count == 2, "\(reasons)")
        #expect(!extraction.untaken.contains { $0.sentence.contains("(4)") })
    }

    @Test func inAYearsReportSixMonthsIsAPartAndAHalfYearPlanIsForTheHalf() throws {
        let year = try Self.extract([Self.standard], period: "2021")
        #expect(Self.figures(year).isEmpty)
        #expect(
            year.untaken.flatMap(\.numbers).filter { $0.reason == .partOfPeriod("6 tháng đầu năm 2021") }.count == 3)
        let table: [[Cell]] = [
            ["Chỉ tiêu", "ĐVT", "Kế hoạch 6 tháng", "Thực hiện"],
            ["Số đoàn viên kết nạp mới", "người", "180", "215"],
        ]
        let half = try Self.extract([table])
        #expect(Self.targets(half) == ["members_new 2021-H1": 180])
        #expect(Self.figures(half) == ["members_new": 215])
    }

    @Test(arguments: [
        ("triệu đồng", "216,8"), ("Tr.đ", "216,8"), ("tr.đồng", "216,8"), ("1.000 đ", "216.800"),
        ("nghìn đồng", "216.800"), ("đồng", "216.800.000"), ("Đ", "216.800.000"), ("", "216,8 triệu đồng"),
        ("đồng", "216,8 triệu"),
    ])
    func moneyIsReadWithItsUnitFromTheUnitColumnOrTheCell(unit: String, cell: String) throws {
        let table: [[Cell]] = [
            ["Chỉ tiêu", "ĐVT", "Thực hiện"],
            ["Tổng số tiền chăm lo đời sống vật chất, tinh thần", Cell(unit), Cell(cell)],
        ]
        let extraction = try Self.extract([table])
        #expect(Self.figures(extraction) == ["welfare_spending_vnd": 216_800_000], "\(extraction.untaken)")
    }

    @Test func aTableWithoutHeaderGivesNothingAndListsItsNumbers() throws {
        let table: [[Cell]] = [
            ["Số đoàn viên kết nạp mới", "215", "200"],
            ["Số CĐCS thành lập mới", "4", "6"],
        ]
        let extraction = try Self.extract([table])
        #expect(extraction.figures.isEmpty && extraction.targets.isEmpty)
        #expect(extraction.untaken.count == 4)
        #expect(extraction.untaken.allSatisfy { $0.numbers.map(\.reason) == [.tableWithoutHeader] })
        #expect(extraction.untaken.first?.sentence == "Bảng 1, dòng 1 «Số đoàn viên kết nạp mới», cột «cột 2»: 215")
        let words = try Self.extract([[["Công đoàn cơ sở", "Ghi chú"], ["Số CĐCS thành lập mới", "4"]]])
        #expect(words.figures.isEmpty)
        #expect(words.untaken.map(\.numbers) == [[UntakenNumber(text: "4", reason: .tableWithoutHeader)]])
        let unclear = try Self.extract([[["Nội dung", "Số lượng"], ["Số CĐCS thành lập mới", "4"]]])
        #expect(unclear.figures.isEmpty)
        #expect(unclear.untaken.map(\.numbers) == [[UntakenNumber(text: "4", reason: .unclearColumn("Số lượng"))]])
    }

    @Test func aCellOfSeveralNumbersIsListedNotAddedUp() throws {
        let table: [[Cell]] = [["Chỉ tiêu", "Thực hiện"], ["Số đoàn viên kết nạp mới", "215 (nữ 120)"]]
        let extraction = try Self.extract([table])
        #expect(extraction.figures.isEmpty)
        #expect(extraction.untaken.flatMap(\.numbers).map(\.text) == ["215", "120"])
    }

    @Test func aRowWhoseLabelNamesNoIndicatorIsListedAndUnclearColumnsToo() throws {
        let table: [[Cell]] = [
            ["Chỉ tiêu", "ĐVT", "Thực hiện", "Ghi chú"],
            ["Số buổi sinh hoạt chuyên đề", "buổi", "8", "12"],
        ]
        let extraction = try Self.extract([table])
        #expect(extraction.figures.isEmpty)
        #expect(
            extraction.untaken.map(\.numbers) == [
                [UntakenNumber(text: "8", reason: .noPhrase)],
                [UntakenNumber(text: "12", reason: .unclearColumn("Ghi chú"))],
            ])
    }

    @Test func proseAndTableAgreeingGiveOneFigureAndDisagreeingGiveNone() throws {
        let agreeing = try Self.extract(
            [Self.standard], paragraphs: ["Trong 6 tháng đầu năm, kết nạp 215 đoàn viên."])
        #expect(Self.figures(agreeing)["members_new"] == 215)
        let disagreeing = try Self.extract(
            [Self.standard], paragraphs: ["Trong 6 tháng đầu năm, kết nạp 251 đoàn viên."])
        #expect(Self.figures(disagreeing)["members_new"] == nil)
        #expect(disagreeing.untaken.flatMap(\.numbers).filter { $0.reason == .conflict("members_new") }.count == 2)
    }

    @Test func theExtractJobReadsTablesOfAWordReport() throws {
        let folder = try TemporaryInput()
        var document = WordDocument()
        document.paragraph("CĐVC tỉnh sơ kết công tác công đoàn 6 tháng đầu năm 2021.")
        document.table(Self.standard)
        let url = folder.folder.appendingPathComponent("bao-cao.docx")
        try document.write(to: url)
        let outcome = try ExtractJob.run(
            file: url, unit: "CDVC", period: Period("2021-H1")!, input: BundledVocabulary.input)
        let csv = String(decoding: outcome.reportCSV, as: UTF8.self)
        #expect(csv.contains("CDVC,2021-H1,members_new,215,"), "\(csv)")
        #expect(csv.contains("CDVC,2021-H1,welfare_spending_vnd,216800000,"), "\(csv)")
        let targets = String(decoding: outcome.targetsCSV, as: UTF8.self)
        #expect(targets.contains("CDVC,2021,members_new,200,"), "\(targets)")
        #expect(outcome.summary.contains("cột «So sánh (%)» của bảng là số so sánh"), "\(outcome.summary)")
    }
}

/// Reading tables into rows: labels, column meanings, merged headers, units.
@Suite struct NarrativeTableReaderTests {
    @Test func headersAreJoinedAcrossMergesAndUnitsFollowTheCells() {
        let table = DOCXTable(rows: [
            [
                DOCXCell(text: "Chỉ tiêu", continuesAbove: false), DOCXCell(text: "ĐVT"),
                DOCXCell(text: "Năm 2021", span: 2),
            ],
            [
                DOCXCell(text: "", continuesAbove: true), DOCXCell(text: "", continuesAbove: true),
                DOCXCell(text: "Thực hiện"), DOCXCell(text: "Kế hoạch"),
            ],
            [DOCXCell(text: "Quỹ xã hội"), DOCXCell(text: "triệu đồng"), DOCXCell(text: "51,5"), DOCXCell(text: "")],
        ])
        let rows = NarrativeTableReader.rows(of: table, number: 2)
        #expect(
            rows == [
                NarrativeTableRow(
                    table: 2, row: 3, label: "Quỹ xã hội",
                    cells: [
                        NarrativeTableCell(column: "Năm 2021 Thực hiện", meaning: .achievement, text: "51,5 triệu đồng")
                    ])
            ])
    }

    @Test(arguments: [
        ("Thực hiện 6 tháng", ColumnMeaning.achievement), ("Kết quả", .achievement),
        ("6 tháng đầu năm 2021", .achievement),
        ("Kế hoạch năm", .target), ("Chỉ tiêu năm 2021", .target), ("So sánh (%)", .comparison),
        ("Cùng kỳ năm 2020", .comparison), ("Tỷ lệ", .comparison), ("Thực hiện so với kế hoạch", .comparison),
        ("Ghi chú", .unclear),
    ])
    func columnMeanings(header: String, meaning: ColumnMeaning) {
        #expect(NarrativeTableReader.meaning(header) == meaning)
    }
}
