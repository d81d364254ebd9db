import Testing

@testable import UnionStats

/// Issue 20: a plan is told by words of intention and later periods, scoped to the clause they govern;
/// "tiếp tục" is no plan word; a plan never conflicts with an achievement. Reports of 2025-H1.
@Suite struct PlanClauseTests {
    private let report = Period(year: 2025, length: .half, index: 1)!

    private func time(_ sentence: String) -> SentenceTime {
        SentenceTime.of(ProseTokenizer.tokens(sentence), period: report)
    }

    private func clauses(_ sentence: String) -> [SentenceTime] {
        SentenceTime.clauses(ProseTokenizer.tokens(sentence), period: report).map(\.time)
    }

    private func extract(_ text: String) -> Extraction { BundledVocabulary.extract(text, period: "2025-H1") }

    private func targets(_ extraction: Extraction) -> [String] {
        extraction.targets.map { "\($0.indicator) \($0.period) \($0.value)" }
    }

    // MARK: SentenceTime

    @Test(arguments: [
        "Phong trào thi đua lao động sáng tạo tiếp tục lan tỏa với 41 sáng kiến được công nhận.",
        "Trong 6 tháng đầu năm 2025, Công đoàn Viên chức tỉnh tiếp tục kết nạp 85 đoàn viên.",
        "Công đoàn ngành tiếp tục quan tâm chăm lo, thăm hỏi 62 lượt đoàn viên ốm đau.",
        "Các CĐCS đã hoàn thành vượt mức các chỉ tiêu Nghị quyết Đại hội đề ra, kết nạp 40 đoàn viên.",
        "Kết nạp 150 đoàn viên, đạt 100% chỉ tiêu đề ra.",
        "Tổ chức 12 cuộc đối thoại theo kế hoạch.",
    ])
    func achievementsStayAchievements(sentence: String) {
        #expect(time(sentence) == .current)
    }

    @Test(arguments: [
        ("Phấn đấu trong 6 tháng cuối năm kết nạp 200 đoàn viên.", Period("2025-H2")),
        ("Phấn đấu kết nạp 200 đoàn viên mới.", nil),
        ("Chỉ tiêu năm 2026: kết nạp 500 đoàn viên, thành lập 6 CĐCS.", Period("2026")),
        ("Công đoàn tỉnh sẽ tổ chức 3 lớp tập huấn cho 240 cán bộ.", nil),
        ("Dự kiến thành lập 4 CĐCS trong quý III.", Period("2025-Q3")),
        ("Hội nghị đề ra 5 nhóm giải pháp.", nil),
        ("Năm tới, Công đoàn tỉnh kết nạp 600 đoàn viên.", Period("2026")),
        ("Kế hoạch năm 2025 của Công đoàn tỉnh là kết nạp 300 đoàn viên.", nil),
    ])
    func plansAreToldByIntentionAndLaterPeriods(sentence: String, period: Period?) {
        #expect(time(sentence) == .future(period))
    }

    @Test func aPlanWordGovernsItsClauseAndWhatFollows() {
        #expect(
            clauses(
                "Trong 6 tháng đầu năm 2025, Công đoàn tỉnh đã kết nạp 150 đoàn viên, phấn đấu cả năm kết nạp 300 đoàn viên."
            ) == [.current, .current, .future(nil)])
        #expect(
            clauses("Phấn đấu 6 tháng cuối năm kết nạp 200 đoàn viên; thành lập 3 CĐCS.")
                == [.future(Period("2025-H2")), .future(Period("2025-H2"))])
        #expect(
            clauses("Phấn đấu kết nạp 200 đoàn viên; 6 tháng đầu năm đã kết nạp 120 đoàn viên.")
                == [.future(nil), .current])
    }

    @Test func partsBeforeAPlanWordInItsClauseBorrowItsTime() {
        let parts = SentenceTime.clauses(
            ProseTokenizer.tokens("Kết nạp 200 đoàn viên, đó là chỉ tiêu của năm 2026."), period: report)
        #expect(parts.map(\.time) == [.future(Period("2026")), .future(Period("2026"))])
        #expect(parts.map(\.borrowed) == [true, false])
        // "đã" says the first part is done: the plan word does not reach back over it.
        #expect(
            clauses("Đã kết nạp 120 đoàn viên, chỉ tiêu năm 2026 là 200 đoàn viên.") == [
                .current, .future(Period("2026")),
            ]
        )
        // A ";" ends the clause a plan word reaches back into.
        #expect(clauses("Kết nạp 120 đoàn viên; phấn đấu kết nạp thêm 80 đoàn viên.") == [.current, .future(nil)])
    }

    // MARK: Extraction

    @Test func theIssueSentenceIsAnAchievement() {
        let extraction = extract(
            "Phong trào thi đua lao động giỏi, lao động sáng tạo tiếp tục lan tỏa với 41 sáng kiến được công nhận; 9 tập thể và 21 cá nhân được tặng giấy khen."
        )
        #expect(extraction.targets.isEmpty)
        #expect(
            Dictionary(uniqueKeysWithValues: extraction.figures.map { ($0.indicator, $0.value) }) == [
                "initiatives": 41, "awards": 30,
            ])
    }

    @Test func plansWithIntentionBecomeTargets() {
        let extraction = extract(
            """
            Phấn đấu trong 6 tháng cuối năm kết nạp 200 đoàn viên.
            Chỉ tiêu năm 2026: thành lập mới 6 CĐCS.
            Công đoàn tỉnh sẽ tổ chức tập huấn cho 240 cán bộ.
            """)
        #expect(extraction.figures.isEmpty)
        #expect(targets(extraction) == ["cdcs_new 2026 6", "members_new 2025-H2 200", "officers_trained 2025 240"])
    }

    @Test func anAchievementAndAPlanInOneSentence() {
        let extraction = extract(
            "Trong 6 tháng đầu năm 2025, Công đoàn tỉnh đã kết nạp 150 đoàn viên, phấn đấu 6 tháng cuối năm kết nạp 200 đoàn viên."
        )
        #expect(extraction.figures.map { "\($0.indicator) \($0.value)" } == ["members_new 150"])
        #expect(targets(extraction) == ["members_new 2025-H2 200"])
        #expect(extraction.untaken.isEmpty)
    }

    @Test func aNumberBeforeThePlanWordOfItsClauseIsListedNotTargeted() {
        let extraction = extract("Kết nạp 200 đoàn viên, đó là chỉ tiêu của năm 2026.")
        #expect(extraction.figures.isEmpty)
        #expect(extraction.targets.isEmpty)
        #expect(extraction.untaken.flatMap(\.numbers) == [UntakenNumber(text: "200", reason: .plan)])
    }

    @Test func aPlanBeforeAnAchievementDoesNotHideIt() {
        let extraction = extract(
            """
            Chỉ tiêu năm 2025: tập huấn cho 40 cán bộ.
            Trong 6 tháng đầu năm, Công đoàn tỉnh đã tổ chức 2 lớp tập huấn cho 25 cán bộ.
            """)
        #expect(extraction.figures.map { "\($0.indicator) \($0.value)" } == ["officers_trained 25"])
        #expect(targets(extraction) == ["officers_trained 2025 40"])
        #expect(!extraction.untaken.flatMap(\.numbers).contains { $0.reason == .conflict("officers_trained") })
    }

    @Test func twoAchievementsStillConflictAndTwoPlansToo() {
        let achievements = extract(
            """
            Trong 6 tháng đầu năm, tập huấn cho 25 cán bộ.
            Công đoàn tỉnh đã tập huấn cho 30 cán bộ.
            """)
        #expect(achievements.figures.isEmpty)
        #expect(
            achievements.untaken.flatMap(\.numbers).map(\.reason)
                == Array(repeating: .conflict("officers_trained"), count: 2))
        let plans = extract(
            """
            Phấn đấu 6 tháng cuối năm kết nạp 200 đoàn viên.
            6 tháng cuối năm sẽ kết nạp 250 đoàn viên.
            """)
        #expect(plans.targets.isEmpty)
        #expect(plans.untaken.flatMap(\.numbers).map(\.reason) == Array(repeating: .conflict("members_new"), count: 2))
    }

    @Test func aPlanWithoutItsPeriodInAYearReportIsNotGuessed() {
        let extraction = BundledVocabulary.extract("Phấn đấu kết nạp 500 đoàn viên mới.", period: "2025")
        #expect(extraction.targets.isEmpty)
        #expect(extraction.untaken.flatMap(\.numbers).map(\.reason) == [.unnamedTargetPeriod])
    }
}
