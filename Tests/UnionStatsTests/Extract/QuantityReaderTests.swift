import Testing

@testable import UnionStats

/// Which numbers of a sentence are figures, and how they read.
@Suite struct QuantityReaderTests {
    /// The quantities of a sentence as (text, kind, value).
    private func quantities(_ sentence: String) -> [Quantity] {
        QuantityReader.read(sentence).quantities
    }

    @Test(arguments: [
        "Hội nghị diễn ra sáng 17/6 tại hội trường.",
        "Kỷ niệm ngày Nhà giáo Việt Nam 20/11 được tổ chức trang trọng.",
        "Hoàn thành trước 30/6/2021 theo chỉ đạo.",
        "Trong 2 ngày 13 và 14-7, hội nghị được tổ chức.",
        "Hoạt động năm 2021 đạt nhiều kết quả.",
        "Đại hội lần thứ XIII và Điều lệ khóa XII được quán triệt.",
        "Đại hội đại biểu lần thứ 3 thành công tốt đẹp.",
        "Kỷ niệm 38 năm ngày thành lập đơn vị.",
        "Hưởng ứng Chương trình \"75 nghìn sáng kiến vượt khó, phát triển\" của Tổng Liên đoàn.",
        "Hưởng ứng Chương trình “75 nghìn sáng kiến” của Tổng Liên đoàn.",
        "Điện thoại: (0226) 3852.773 - 3853.342.",
        "Phòng chống dịch Covid-19 được chú trọng.",
        "Thực hiện Chỉ thị số 05-CT/TW của Bộ Chính trị.",
        "Giấy phép xuất bản số 68/GP-BTTTT.",
        "Cụm thi đua số 8 ký giao ước.",
        "Kiểm tra đợt 2 được triển khai.",
        "Nhiệm kỳ 2020-2025 của Đảng bộ.",
        "Cập nhật lúc 20:08 (GMT+7).",
        "Kế hoạch quý II/2021 đã được ban hành.",
        "Hoạt động trong 6 tháng đầu năm.",
    ])
    func notFigures(sentence: String) {
        #expect(quantities(sentence).isEmpty, "\(quantities(sentence).map(\.text))")
    }

    @Test(arguments: [
        ("CĐVC tỉnh hiện có 2.686 công chức.", Quantity.Kind.count, Int64(2686), "2.686"),
        ("Quỹ được trên 51,5 triệu đồng.", .money, 51_500_000, "51,5 triệu đồng"),
        ("Tổng kinh phí 1,1 tỷ đồng.", .money, 1_100_000_000, "1,1 tỷ đồng"),
        ("Với tổng số tiền 216,8 triệu.", .money, 216_800_000, "216,8 triệu"),
        ("Tổng số tiền 22.750.000 đồng.", .money, 22_750_000, "22.750.000 đồng"),
        ("Tổng số tiền 22.750.000đ.", .money, 22_750_000, "22.750.000đ"),
        ("Có 42/42 đơn vị tổ chức hội nghị.", .count, 42, "42/42"),
        ("Có 5/6 đơn vị tổ chức hội nghị.", .count, 5, "5/6"),
        ("Đã có 100% đơn vị tổ chức.", .percent, 100, "100%"),
        ("Tặng 02 bộ quy tắc ứng xử.", .count, 2, "02"),
        ("Trong đó 22 đồng chí được kết nạp.", .count, 22, "22"),
        ("Kết nạp 1,3 triệu đoàn viên.", .count, 1_300_000, "1,3 triệu"),
    ])
    func figures(sentence: String, kind: Quantity.Kind, value: Int64, text: String) throws {
        let found = quantities(sentence)
        try #require(found.count == 1, "\(found.map(\.text))")
        #expect(found[0].kind == kind)
        #expect(found[0].value == value)
        #expect(found[0].text == text)
    }

    @Test(arguments: [("trên", true), ("gần", true), ("khoảng", true), ("hơn", true), ("được", false)])
    func hedges(word: String, approximate: Bool) {
        #expect(quantities("Quỹ vận động được \(word) 50 triệu đồng.").first?.approximate == approximate)
    }

    @Test func risesAndPartsAreMarked() {
        let rise = quantities("Có 53 CĐCS, tăng 2 CĐCS so với cùng kỳ.")
        #expect(rise.map(\.isChange) == [false, true])
        let part = quantities("Kết nạp 120 đoàn viên, trong đó 50 đoàn viên nữ.")
        #expect(part.map(\.afterSubset) == [false, true])
    }

    @Test func aDecimalCountIsNotWhole() {
        #expect(quantities("Bình quân 51,5 người mỗi đơn vị.").first?.value == nil)
    }

    @Test func oldAndNewTonePlacementsCompareEqual() {
        #expect(ProseToken.normalize("Văn hoá") == ProseToken.normalize("văn hóa"))
        #expect(ProseToken.normalize("khoá") == "khóa")
        #expect(ProseToken.normalize("thuỷ") == "thủy")
        #expect(ProseToken.normalize("Quý") == "quý")
        #expect(ProseToken.normalize("quỹ") == "quỹ")
    }
}
