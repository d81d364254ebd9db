import Foundation
import Testing

@testable import UnionStats

/// Issue 20: a price is no total, numbers in words, totals written as sums of parts, sizes, hedges, promotions.
@Suite struct CommonFormsTests {
    private func figures(_ text: String, period: String = "2021-H1") -> [String: Int64] {
        BundledVocabulary.figures(text, period: period)
    }

    private func untaken(_ text: String, period: String = "2021-H1") -> [UntakenNumber] {
        BundledVocabulary.extract(text, period: period).untaken.flatMap(\.numbers)
    }

    // MARK: 1. The price of one is never the total

    @Test(arguments: [
        (
            "Dịp Tết Nguyên đán, Công đoàn ngành trao 95 suất quà, mỗi suất trị giá 500.000 đồng, tổng trị giá 47,5 triệu đồng.",
            ["tet_gifts": Int64(95), "tet_gifts_vnd": 47_500_000]
        ),
        (
            "Trong dịp Tết, CĐCS đã trao 40 suất quà cho đoàn viên khó khăn với mức 300.000 đồng/suất, tổng số tiền 12 triệu đồng.",
            ["tet_gifts": 40, "tet_gifts_vnd": 12_000_000]
        ),
        (
            "Nhân dịp Tết, Công đoàn trao 120 phần quà, trị giá 500.000đ/người, tổng giá trị 60 triệu đồng.",
            ["tet_gifts": 120, "tet_gifts_vnd": 60_000_000]
        ),
        (
            "Trong 6 tháng đầu năm, Công đoàn ngành đã thăm hỏi 30 lượt đoàn viên ốm đau, mỗi người 1 triệu đồng.",
            ["hardship_visits": 30]
        ),
    ])
    func thePriceOfOneIsNeverTheTotal(text: String, expected: [String: Int64]) {
        #expect(figures(text) == expected)
    }

    /// A phrase reaches past a price only to a number called a total, never to the figure of something else.
    @Test func aPriceDoesNotOpenTheWayToAnotherFigure() {
        let text =
            "Công đoàn ngành đã thăm hỏi 30 đoàn viên ốm đau, mỗi người 1 triệu đồng, hỗ trợ sửa chữa 2 nhà trị giá 60 triệu đồng."
        let found = figures(text)
        #expect(found["hardship_support_vnd"] == nil)
        #expect(found["hardship_visits"] == 30)
    }

    @Test func aPriceAloneIsListedAsAPrice() {
        let text = "Dịp Tết, Công đoàn tỉnh trao 95 suất quà, mỗi suất trị giá 500.000 đồng."
        #expect(figures(text) == ["tet_gifts": 95])
        #expect(untaken(text) == [UntakenNumber(text: "500.000 đồng", reason: .perItem)])
        let average = "Tết năm nay, bình quân mỗi đoàn viên nhận quà 700.000 đồng/người."
        #expect(figures(average).isEmpty)
        #expect(untaken(average).map(\.reason) == [.perItem])
    }

    @Test func anAverageWageTakesAnAmountPerPerson() {
        #expect(
            figures("Trong 6 tháng đầu năm, lương bình quân của người lao động đạt 7,5 triệu đồng/người/tháng.")
                == ["avg_wage_vnd": 7_500_000])
    }

    @Test(arguments: [
        ("500.000 đồng/suất", true), ("mỗi suất trị giá 500.000 đồng", true), ("1 triệu đồng mỗi người", true),
        ("200.000 đồng một suất", true), ("bình quân 6 triệu đồng", true), ("tổng trị giá 47,5 triệu đồng", false),
        ("tổng số 68/GP", false),
    ])
    func perItemAmounts(text: String, perItem: Bool) {
        let quantities = QuantityReader.read(text).quantities
        #expect(quantities.contains(where: \.isPerItem) == perItem, "\(quantities)")
    }

    // MARK: 3. Numbers in words

    @Test(arguments: [
        (
            "Trong 6 tháng đầu năm, Công đoàn ngành đã kết nạp mới bảy mươi tám đoàn viên, thành lập mới hai CĐCS.",
            ["members_new": Int64(78), "cdcs_new": 2]
        ),
        (
            "Công đoàn Viên chức tỉnh hiện có hai mươi mốt CĐCS với một nghìn hai trăm đoàn viên.",
            ["cdcs_total": 21, "members_total": 1200]
        ),
        (
            "Dịp Tết, Công đoàn trao một trăm linh năm suất quà với tổng trị giá hai triệu đồng.",
            ["tet_gifts": 105, "tet_gifts_vnd": 2_000_000]
        ),
        ("Trong kỳ, đã tổ chức mười lăm cuộc đối thoại tại nơi làm việc.", ["workplace_dialogues": 15]),
        ("Ban Thường vụ đã kiểm tra ba mươi tư CĐCS về thực hiện Điều lệ.", ["inspections": 34]),
    ])
    func numbersInWordsAreTakenLikeDigits(text: String, expected: [String: Int64]) {
        #expect(figures(text) == expected)
    }

    @Test func numbersInWordsWithoutAPhraseAreListed() {
        let text = "Trong 6 tháng đầu năm, hai mươi đoàn viên tham gia hội thao ngành."
        #expect(figures(text).isEmpty)
        #expect(untaken(text) == [UntakenNumber(text: "hai mươi", reason: .noPhrase)])
    }

    @Test func wordsThatAreNoNumbersAreNeitherTakenNorListed() {
        let text =
            "Tháng năm, một số CĐCS và hai bên chủ thể đã đối thoại; năm 2021 là một trong những năm khó khăn ở quận Hai Bà Trưng."
        #expect(figures(text).isEmpty)
        #expect(untaken(text).isEmpty)
    }

    // MARK: 7. Totals and parts, sizes, hedges, promotions

    @Test(arguments: [
        (
            "Hội thi sáng kiến năm nay đã trao 12 giải, trong đó 2 giải nhất, 4 giải nhì, 6 giải ba.",
            ["initiative_prizes": Int64(12)]
        ),
        (
            "Có 10 sáng kiến đạt giải, trong đó 2 sáng kiến đạt giải nhất, 8 sáng kiến đạt giải ba.",
            ["initiative_prizes": 10]
        ),
        ("Cụm có 1 sáng kiến đạt giải nhất, 3 sáng kiến đạt giải ba.", ["initiative_prizes": 4]),
    ])
    func theTotalNotItsParts(text: String, expected: [String: Int64]) {
        #expect(figures(text) == expected)
    }

    @Test func aPartIsNeverTakenAsTheTotal() {
        // The total names no indicator: its parts are listed, not added up into one.
        let text = "Hội thao công nhân đã trao 12 giải, trong đó 2 tập thể và 4 cá nhân được tặng giấy khen."
        #expect(figures(text).isEmpty)
        #expect(untaken(text).filter { $0.reason == .partOfUntakenTotal }.map(\.text) == ["2", "4"])
        let split = "Hội thao công nhân đã trao 12 giải. Trong đó, 2 tập thể và 4 cá nhân được tặng giấy khen."
        #expect(figures(split).isEmpty)
        #expect(untaken(split).filter { $0.reason == .partOfUntakenTotal }.map(\.text) == ["2", "4"])
    }

    @Test(arguments: [
        (
            "Công đoàn Giáo dục huyện có 45 CĐCS với 2.350 đoàn viên.",
            ["cdcs_total": Int64(45), "members_total": 2350]
        ),
        (
            "Hiện nay, Công đoàn ngành Y tế trực tiếp quản lý 28 công đoàn cơ sở với tổng số 3.120 đoàn viên.",
            ["cdcs_total": 28, "members_total": 3120]
        ),
        ("LĐLĐ huyện có 60 CĐCS và 4.500 đoàn viên.", ["cdcs_total": 60, "members_total": 4500]),
        (
            "Trong 6 tháng đầu năm, kết nạp 12 đoàn viên mới, nâng tổng số đoàn viên lên 1.250 người.",
            ["members_new": 12, "members_total": 1250]
        ),
        ("Đến nay, toàn ngành có một nghìn năm trăm đoàn viên.", ["members_total": 1500]),
    ])
    func theSizeOfAUnit(text: String, expected: [String: Int64]) {
        #expect(figures(text) == expected)
    }

    @Test(arguments: [
        (
            "Công đoàn Viên chức tỉnh có khoảng 1.200 cán bộ, công chức, viên chức, người lao động.", "workers_total",
            Int64(1200)
        ),
        ("Công đoàn ngành có gần 3.000 đoàn viên.", "members_total", 3000),
        ("Trong 6 tháng đầu năm, đã kết nạp hơn 150 đoàn viên.", "members_new", 150),
        ("Công đoàn Khu kinh tế có trên 40 CĐCS.", "cdcs_total", 40),
    ])
    func approximateCountsAreMarked(text: String, indicator: String, value: Int64) throws {
        let figure = try #require(BundledVocabulary.extract(text).figures.first)
        #expect(figure.indicator == indicator)
        #expect(figure.value == value)
        #expect(figure.note.hasPrefix("[xấp xỉ] "))
    }

    /// A part that counts what its total counts is a share of the total, never a figure of its own.
    @Test(arguments: [
        "Trong 6 tháng đầu năm, đã kết nạp ba mươi đoàn viên, trong đó mười hai đoàn viên nữ.",
        "Trong 6 tháng đầu năm, Công đoàn ngành kết nạp được 30 đoàn viên, gồm 12 đoàn viên nữ.",
    ])
    func aShareOfTheTotalIsNoFigureOfItsOwn(text: String) {
        #expect(figures(text) == ["members_new": 30])
        #expect(untaken(text).map(\.reason) == [.subset])
    }

    @Test func aPartWhosePhraseSaysMoreIsItsOwnFigure() {
        let text =
            "Công đoàn đã giới thiệu 31 đoàn viên ưu tú cho Đảng xem xét, trong đó 22 đoàn viên đã được kết nạp vào Đảng."
        #expect(figures(text) == ["party_candidates": 31, "party_admissions": 22])
    }

    @Test func aPriceInsideAListIsAPrice() {
        let text = "Dịp Tết, Công đoàn tặng 20 suất quà Tết, mỗi suất gồm 10 kg gạo và 500.000 đồng tiền mặt."
        #expect(figures(text) == ["tet_gifts": 20])
        #expect(untaken(text).map(\.reason) == [.perItem, .perItem])
    }

    @Test(arguments: [
        "Hội thao ngành năm nay có hơn một nghìn đoàn viên tham gia.",
        "Hội nghị có 350 cán bộ, công chức, viên chức dự.",
        "Chương trình có 2.000 người lao động hưởng ứng.",
    ])
    func thoseTakingPartAreNoSize(text: String) {
        #expect(figures(text).isEmpty)
    }

    @Test func aHedgedRiseIsStillARise() {
        let text = "So với cùng kỳ, số đoàn viên tăng hơn 200 người; tổng số gần 3.000 đoàn viên."
        #expect(figures(text) == ["members_total": 3000])
        #expect(untaken(text) == [UntakenNumber(text: "200", reason: .change)])
    }

    @Test(arguments: [
        ("Trong 6 tháng đầu năm, 5 cán bộ được đề bạt, bổ nhiệm vào các chức vụ lãnh đạo.", Int64(5)),
        ("Có 7 đồng chí được bổ nhiệm giữ chức vụ trưởng, phó phòng.", 7),
        ("Cơ quan đã đề bạt, bổ nhiệm 3 cán bộ lãnh đạo cấp phòng.", 3),
    ])
    func promotionsWhoseSubjectComesFirst(text: String, value: Int64) {
        #expect(figures(text) == ["promotions": value])
    }
}
