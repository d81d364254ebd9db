import Testing

@testable import UnionStats

/// The extraction rules on sentences of our own, with the bundled phrase table.
@Suite struct NarrativeExtractorTests {
    private func figures(_ text: String, period: String = "2021-H1") -> [String: Int64] {
        BundledVocabulary.figures(text, period: period)
    }

    @Test(arguments: [
        (
            "Công đoàn ngành hiện có 1.144 CĐCS với 95.500 đoàn viên.",
            ["cdcs_total": Int64(1144), "members_total": 95_500]
        ),
        ("Quỹ xã hội công đoàn vận động được 1,1 tỷ đồng.", ["social_fund_vnd": 1_100_000_000]),
        ("Kết nạp mới 350 đoàn viên, thành lập mới 4 CĐCS.", ["members_new": 350, "cdcs_new": 4]),
        ("Có 42/42 đơn vị tổ chức Hội nghị người lao động.", ["staff_conferences": 42]),
        ("Trong kỳ không để xảy ra tai nạn lao động.", ["labour_accidents": 0]),
        ("Đã tổ chức 12 cuộc đối thoại tại nơi làm việc.", ["workplace_dialogues": 12]),
        ("Thăm hỏi 45 lượt đoàn viên ốm đau.", ["hardship_visits": 45]),
    ])
    func plainFigures(text: String, expected: [String: Int64]) {
        #expect(figures(text) == expected)
    }

    @Test(arguments: [
        ("Cụm có 1 sáng kiến đạt giải nhất, 3 sáng kiến đạt giải ba.", ["initiative_prizes": Int64(4)]),
        ("Khen thưởng 9 tập thể và 21 cá nhân được tặng giấy khen.", ["awards": 30]),
        ("Đã có 9 tập thể và 21 cá nhân giấy khen.", ["awards": 30]),
        (
            "Giới thiệu 31 đoàn viên ưu tú cho Đảng xem xét kết nạp, trong đó 22 đồng chí đã được kết nạp.",
            ["party_candidates": 31, "party_admissions": 22]
        ),
    ])
    func compositeAndSharedFigures(text: String, expected: [String: Int64]) {
        #expect(figures(text) == expected)
    }

    @Test(arguments: [
        "Phấn đấu kết nạp 500 đoàn viên mới.",
        "Công đoàn sẽ thành lập 5 CĐCS.",
        "Dự kiến kết nạp 200 đoàn viên.",
        "Xây dựng kế hoạch kiểm tra, giám sát đợt 2 tại 9 CĐCS.",
        "Đề ra mục tiêu thành lập 10 CĐCS.",
        "Kết nạp 120 đoàn viên, đạt 71% chỉ tiêu.",
        "Năm 2020 đã kết nạp 300 đoàn viên.",
    ])
    func plansAndOtherPeriodsGiveNoFigure(text: String) {
        let found = figures(text)
        #expect(found.isEmpty || found == ["members_new": 120], "\(found)")
    }

    @Test func aPercentageOfThePlanIsNotAFigureButTheCountIs() {
        let extraction = BundledVocabulary.extract("Kết nạp 120 đoàn viên, đạt 71% chỉ tiêu.")
        #expect(extraction.figures.map(\.indicator) == ["members_new"])
        #expect(extraction.untaken.first?.numbers == [UntakenNumber(text: "71%", reason: .percentage)])
    }

    @Test func plansBecomeDraftTargets() {
        let extraction = BundledVocabulary.extract(
            """
            Trong 6 tháng đầu năm, kết nạp 120 đoàn viên.
            6 tháng cuối năm 2021, phấn đấu kết nạp 200 đoàn viên mới.
            Xây dựng kế hoạch kiểm tra tại 9 CĐCS.
            """)
        #expect(extraction.figures.map(\.value) == [120])
        #expect(
            extraction.targets.map { "\($0.indicator) \($0.period) \($0.value)" } == [
                "members_new 2021-H2 200", "inspections 2021-H2 9",
            ])
    }

    @Test func hedgedFiguresAreMarkedInTheNote() throws {
        let figure = try #require(
            BundledVocabulary.extract("Quỹ xã hội công đoàn được gần 40 triệu đồng.").figures.first)
        #expect(figure.value == 40_000_000)
        #expect(figure.note.hasPrefix("[xấp xỉ] Quỹ xã hội"))
    }

    @Test func aListOfExamplesDoesNotNameTheTotal() {
        let text =
            "Công tác chăm lo đời sống cho đoàn viên được quan tâm như: thăm hỏi đoàn viên ốm đau, hỗ trợ ăn trưa... với tổng số tiền 80 triệu đồng."
        #expect(figures(text) == ["welfare_spending_vnd": 80_000_000])
    }

    @Test func aHundredPercentOfUnitsNeedsTheirNumber() {
        #expect(
            figures("Có 20 CĐCS. 100% CĐCS tổ chức Hội nghị người lao động.") == [
                "cdcs_total": 20, "staff_conferences": 20,
            ])
        #expect(figures("100% CĐCS tổ chức Hội nghị người lao động.").isEmpty)
        #expect(figures("Có 20 CĐCS. 95% CĐCS tổ chức Hội nghị người lao động.") == ["cdcs_total": 20])
    }

    @Test func twoDifferentValuesGiveNone() {
        let extraction = BundledVocabulary.extract("Kết nạp 120 đoàn viên. Kết nạp 130 đoàn viên.")
        #expect(extraction.figures.isEmpty)
        #expect(
            extraction.untaken.flatMap(\.numbers).map(\.reason) == [.conflict("members_new"), .conflict("members_new")])
    }

    @Test func risesAndSubsetsAreNotAdded() {
        #expect(figures("Có 53 CĐCS, tăng 2 CĐCS so với cùng kỳ.") == ["cdcs_total": 53])
        #expect(figures("Kết nạp 120 đoàn viên, trong đó kết nạp 50 đoàn viên nữ.") == ["members_new": 120])
    }

    @Test func everyNumberNotTakenIsListed() {
        let extraction = BundledVocabulary.extract("Đoàn đã trồng 300 cây xanh. Hội nghị sáng 17/6.")
        #expect(extraction.untaken.map(\.sentence) == ["Đoàn đã trồng 300 cây xanh."])
        #expect(extraction.untaken.first?.numbers == [UntakenNumber(text: "300", reason: .noPhrase)])
    }
}
