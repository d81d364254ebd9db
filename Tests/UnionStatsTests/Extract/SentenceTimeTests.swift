import Testing

@testable import UnionStats

/// Achievements, plans and other periods, for a report of 2021-H1.
@Suite struct SentenceTimeTests {
    private let report = Period(year: 2021, length: .half, index: 1)!

    private func time(_ sentence: String, _ period: Period? = nil) -> SentenceTime {
        SentenceTime.of(ProseTokenizer.tokens(sentence), period: period ?? report)
    }

    @Test(arguments: [
        "Phấn đấu kết nạp 500 đoàn viên mới.",
        "Công đoàn sẽ tổ chức 3 lớp tập huấn.",
        "Dự kiến thành lập 5 CĐCS.",
        "Xây dựng kế hoạch kiểm tra tại 9 CĐCS.",
        "Đề ra mục tiêu thành lập 10 CĐCS.",
        "Chỉ tiêu năm 2021: kết nạp 500 đoàn viên.",
    ])
    func planWordsMakeAPlan(sentence: String) {
        #expect(time(sentence) == .future(nil))
    }

    @Test(arguments: [
        ("6 tháng cuối năm 2021, kết nạp 300 đoàn viên.", "2021-H2"),
        ("Những tháng cuối năm, kết nạp 300 đoàn viên.", "2021-H2"),
        ("Trong năm 2022 kết nạp 300 đoàn viên.", "2022"),
    ])
    func laterPeriodsArePlans(sentence: String, period: String) {
        #expect(time(sentence) == .future(Period(period)))
    }

    @Test func theNextQuarterIsAPlanOfAQuarterlyReport() {
        let q1 = Period(year: 2021, length: .quarter, index: 1)!
        #expect(time("Quý II/2021 kết nạp 50 đoàn viên.", q1) == .future(Period("2021-Q2")))
        #expect(time("Trong quý 2, kết nạp 50 đoàn viên.", q1) == .future(Period("2021-Q2")))
    }

    @Test(arguments: [
        "Kết nạp 120 đoàn viên, đạt 80% kế hoạch.",
        "Hoàn thành các nhiệm vụ theo kế hoạch, kết nạp 120 đoàn viên.",
        "6 tháng đầu năm, 27 đoàn viên được kết nạp Đảng.",
        "Năm 2021, có 13 cơ quan, đơn vị đăng ký.",
        "Kết nạp 120 đoàn viên, tăng 20 so với 6 tháng đầu năm 2020.",
        "Tiếp tục thăm hỏi 20 đoàn viên ốm đau.",
    ])
    func achievements(sentence: String) {
        #expect(time(sentence) == .current)
    }

    @Test func otherPeriodsAndParts() {
        #expect(time("Năm 2020, kết nạp 200 đoàn viên.") == .past(Period("2020")!))
        #expect(time("Trong quý I, kết nạp 60 đoàn viên.") == .part(Period("2021-Q1")!))
    }

    @Test func aSentenceOpeningWithTheNextPeriodOpensThePlans() {
        #expect(
            SentenceTime.opensPlans(
                ProseTokenizer.tokens("6 tháng cuối năm 2021, CĐVC tỉnh tiếp tục làm tốt."), period: report))
        #expect(
            !SentenceTime.opensPlans(
                ProseTokenizer.tokens("Sáng 23/6, hội nghị triển khai nhiệm vụ 6 tháng cuối năm 2021."), period: report)
        )
        #expect(SentenceTime.opensPlans(ProseTokenizer.tokens("Phương hướng, nhiệm vụ thời gian tới."), period: report))
    }
}
