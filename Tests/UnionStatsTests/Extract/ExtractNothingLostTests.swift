import Testing

@testable import UnionStats

/// "Nothing silently lost": a four-digit number is a year only where the context says so, and a number not
/// written the Vietnamese way is listed with its reason, never taken.
@Suite struct ExtractNothingLostTests {
    private func quantities(_ sentence: String, heading: Bool = false) -> [Quantity] {
        QuantityReader.read(tokens: ProseTokenizer.tokens(sentence), heading: heading).quantities
    }

    // MARK: Years by context

    @Test(arguments: [
        "Hội nghị tổng kết được tổ chức trong năm 2021 tại hội trường.",
        "Ngày 17/6/2021, hội nghị được tổ chức.",
        "Tháng 6/2021 hội nghị được tổ chức.",
        "Nhiệm kỳ 2021 - 2026 của Công đoàn tỉnh bắt đầu.",
        "Giai đoạn 2021-2025 được triển khai.",
        "Giai đoạn 2021 – 2025 được triển khai.",
        "Từ 2019 đến nay, phong trào được duy trì.",
        "Từ 2019 đến 2021, phong trào được duy trì.",
        "Phong trào được duy trì từ trước 2020.",
        "Năm học 2020 - 2021 đã kết thúc.",
        "Hoạt động của các năm 2020 và 2021.",
        "Điều lệ khóa 2018 được quán triệt.",
    ])
    func yearsWhereTheContextSaysSo(sentence: String) {
        #expect(quantities(sentence).isEmpty, "\(quantities(sentence).map(\.text))")
    }

    @Test(arguments: [
        ("Kết nạp 2000 đoàn viên mới.", Int64(2000)),
        ("Công đoàn có 1950 đoàn viên.", 1950),
        ("Đã trao 2021 suất quà cho đoàn viên.", 2021),
        ("Từ 2000 đoàn viên ban đầu, công đoàn đã lớn mạnh.", 2000),
        ("Nhờ vậy, 2100 người lao động được hỗ trợ.", 2100),
        ("Hội nghị năm 2020 và 2000 đoàn viên tham dự.", 2000),
    ])
    func yearLikeNumbersElsewhereAreCandidates(sentence: String, value: Int64) throws {
        let found = quantities(sentence)
        try #require(found.count == 1, "\(found.map(\.text))")
        #expect(found[0].value == value)
        #expect(!found[0].isForeignFormat)
    }

    @Test(arguments: [
        ("BÁO CÁO SƠ KẾT CÔNG TÁC CÔNG ĐOÀN 2021", true),
        ("2021", true),
        ("Kết quả thi đua (2021)", true),
        ("Kết nạp 2000 đoàn viên", false),
        ("Đoàn viên mới: 2000", false),
    ])
    func aHeadingEndingInAYearLikeNumber(heading: String, isYear: Bool) {
        #expect(quantities(heading, heading: true).isEmpty == isYear)
    }

    @Test(arguments: [
        ("Kết nạp 2000 đoàn viên.", ["members_new": Int64(2000)]),
        ("BÁO CÁO SƠ KẾT 2021\nKết nạp 2000 đoàn viên mới.", ["members_new": 2000]),
        ("Trong năm 2021, công đoàn kết nạp 1999 đoàn viên.", ["members_new": 1999]),
    ])
    func aYearLikeFigureIsTaken(text: String, expected: [String: Int64]) {
        let extraction = BundledVocabulary.extract(text)
        #expect(Dictionary(uniqueKeysWithValues: extraction.figures.map { ($0.indicator, $0.value) }) == expected)
        #expect(extraction.untaken.isEmpty, "\(extraction.untaken)")
    }

    @Test(arguments: [
        ("Đoàn đã trồng 2021 cây xanh.", UntakenNumber(text: "2021", reason: .noPhrase)),
        ("Tăng 2000 đoàn viên so với cùng kỳ.", UntakenNumber(text: "2000", reason: .change)),
        ("Quý II/2021 kết nạp 2000 đoàn viên mới.", UntakenNumber(text: "2000", reason: .targetPeriod)),
        ("Báo cáo sơ kết công tác công đoàn 2021.", UntakenNumber(text: "2021", reason: .noPhrase)),
    ])
    func aYearLikeNumberNotTakenIsListed(sentence: String, number: UntakenNumber) {
        let extraction = BundledVocabulary.extract(sentence, period: "2021-Q1")
        #expect(extraction.figures.isEmpty)
        #expect(extraction.untaken == [UntakenSentence(sentence: sentence, numbers: [number])])
    }

    // MARK: Numbers not written the Vietnamese way

    @Test(arguments: [
        ("Kết nạp 2.5 đoàn viên.", "2.5"),
        ("Hỗ trợ 1,234 đoàn viên khó khăn.", "1,234"),
        ("Kết nạp 1,000 đoàn viên mới.", "1,000"),
        ("Công đoàn có 1,234,567 đoàn viên.", "1,234,567"),
        ("Quỹ xã hội công đoàn vận động được 2.5 triệu đồng.", "2.5 triệu đồng"),
        ("Quỹ xã hội công đoàn vận động được 22,750,000 đồng.", "22,750,000 đồng"),
        ("Có 12.34 CĐCS tổ chức hội nghị.", "12.34"),
        ("Tỷ lệ đoàn viên tham gia đạt 97.5%.", "97.5%"),
    ])
    func notVietnameseNumbersAreListedNeverTaken(sentence: String, written: String) throws {
        let found = quantities(sentence)
        try #require(found.count == 1, "\(found.map(\.text))")
        #expect(found[0].isForeignFormat)
        #expect(found[0].value == nil)
        let extraction = BundledVocabulary.extract(sentence)
        #expect(extraction.figures.isEmpty, "\(extraction.figures)")
        #expect(
            extraction.untaken == [
                UntakenSentence(
                    sentence: sentence, numbers: [UntakenNumber(text: written, reason: .notVietnameseFormat)])
            ])
    }

    @Test(arguments: [
        ("Kết nạp 1.234 đoàn viên.", ["members_new": Int64(1234)]),
        ("Quỹ xã hội công đoàn vận động được 1,234 tỷ đồng.", ["social_fund_vnd": 1_234_000_000]),
        ("Quỹ xã hội công đoàn vận động được 51,5 triệu đồng.", ["social_fund_vnd": 51_500_000]),
    ])
    func vietnameseNumbersStillRead(sentence: String, expected: [String: Int64]) {
        #expect(BundledVocabulary.figures(sentence) == expected)
    }

    /// A percentage with decimals is a percentage, not "a number that is not whole" (issue 19, item 6).
    @Test(arguments: [
        "Tỷ lệ đoàn viên so với lao động đạt 51,9%.", "Kết nạp được 51,9% số đoàn viên mới theo kế hoạch.",
    ])
    func aPercentageWithDecimalsIsListedAsAPercentage(sentence: String) {
        let extraction = BundledVocabulary.extract(sentence)
        let numbers = extraction.untaken.flatMap(\.numbers)
        #expect(numbers.map(\.text) == ["51,9%"])
        #expect(numbers.map(\.reason) == [.percentage], "\(numbers)")
        #expect(UntakenReason.percentage.description.hasPrefix("tỷ lệ phần trăm (có dấu %)"))
        #expect(!UntakenReason.notWhole.description.contains("kiểu Việt Nam"))
    }

    @Test func theReasonIsSaidInVietnamese() {
        #expect(UntakenReason.notVietnameseFormat.description.hasPrefix("số không viết theo kiểu Việt Nam"))
        let summary = ExtractDraft.summary(
            BundledVocabulary.extract("Kết nạp 2.5 đoàn viên."), catalogue: BundledVocabulary.catalogue,
            unit: "CDVC", period: Period("2021-H1")!, file: "x.txt")
        #expect(summary.contains("• « Kết nạp 2.5 đoàn viên. »"))
        #expect(summary.contains("2.5: số không viết theo kiểu Việt Nam"))
    }
}
