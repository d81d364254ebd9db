import Testing

@testable import UnionStats

/// The reader of numbers written in Vietnamese words, and its traps.
@Suite struct NumberWordsTests {
    @Test(arguments: [
        ("hai mươi đoàn viên", Int64(20), "hai mươi"),
        ("bảy mươi tám đoàn viên", 78, "bảy mươi tám"),
        ("một trăm linh năm suất quà", 105, "một trăm linh năm"),
        ("một trăm lẻ tư người", 104, "một trăm lẻ tư"),
        ("mười lăm CĐCS", 15, "mười lăm"),
        ("mười hai cuộc", 12, "mười hai"),
        ("hai mươi mốt sáng kiến", 21, "hai mươi mốt"),
        ("ba mươi tư cán bộ", 34, "ba mươi tư"),
        ("hai mươi lăm người", 25, "hai mươi lăm"),
        ("một nghìn hai trăm đoàn viên", 1200, "một nghìn hai trăm"),
        ("một ngàn hai trăm năm mươi người", 1250, "một ngàn hai trăm năm mươi"),
        ("hai triệu đồng", 2_000_000, "hai triệu"),
        ("ba trăm người", 300, "ba trăm"),
        ("hai nghìn không trăm hai mươi người", 2020, "hai nghìn không trăm hai mươi"),
        ("hai nghìn lẻ năm người", 2005, "hai nghìn lẻ năm"),
        ("một trăm nghìn đồng", 100_000, "một trăm nghìn"),
        ("một triệu năm trăm nghìn đồng", 1_500_000, "một triệu năm trăm nghìn"),
        ("năm CĐCS", 5, "năm"),
        ("bốn suất quà", 4, "bốn"),
        ("mười đơn vị", 10, "mười"),
        ("Tám CĐCS", 8, "Tám"),
    ])
    func reads(text: String, value: Int64, written: String) throws {
        let reading = try #require(NumberWords.read(text))
        #expect(reading.value == value)
        #expect(reading.text == written)
    }

    @Test(arguments: [
        "một số đơn vị", "một trong những", "một cách", "hai bên", "năm 2025", "năm học", "năm qua", "tư vấn",
        "lăm le", "mốt", "không trăm", "mươi", "trăm người", "nghìn người", "Hai Bà Trưng", "Ba Vì có",
        "một nghìn hai đoàn viên", "hai nghìn mười người", "ba mẹ", "năm", "một",
    ])
    func doesNotRead(text: String) {
        #expect(NumberWords.read(text) == nil, "\(text)")
    }

    /// "mười năm", "hai mươi năm" are lengths of time: the number stops before "năm", which is no five there;
    /// "một trăm năm" (a century, or 150 to some) and "một trăm hai" (120 or 102) are not read at all.
    @Test func aYearIsNeverAFive() {
        #expect(NumberWords.read("mười năm") == nil)
        #expect(NumberWords.read("hai mươi năm qua")?.value == 20)
        #expect(NumberWords.read("hai mươi năm qua")?.text == "hai mươi")
        #expect(NumberWords.read("một trăm năm") == nil)
        #expect(NumberWords.read("một trăm hai người") == nil)
        #expect(NumberWords.read("một trăm mười người")?.value == 110)
        #expect(NumberWords.read("hai triệu năm 2025")?.text == "hai triệu")
    }

    /// In a sentence, the reader keeps words that are identifiers, dates or lengths of time.
    @Test(arguments: [
        "Ngày mười lăm tháng năm, Công đoàn tổ chức hội nghị.",
        "Đại hội lần thứ mười hai của Công đoàn ngành.",
        "Công đoàn khóa mười hai đã họp phiên thứ hai.",
        "Trong năm 2025, một số CĐCS chưa tổ chức Hội nghị.",
        "Một trong những kết quả nổi bật là hai bên đã ký thỏa ước.",
        "Phong trào được duy trì hai mươi năm qua ở quận Hai Bà Trưng.",
        "Hàng trăm đoàn viên tham gia, mười lăm tuổi trở lên.",
        "Tổ chức tháng năm nay có nhiều đơn vị tham gia.",
        "Hội thao lần thứ mười hai với một trong những thành tích cao nhất.",
        "Có một trăm hai người và một nghìn hai đoàn viên tham gia.",
        "Trong năm đơn vị đã tổ chức tốt Hội nghị, cả năm đoàn viên đều tham gia.",
        "Phong trào hai tốt, ba sẵn sàng và thực hiện ba công khai được duy trì.",
    ])
    func wordsThatAreNoFigures(sentence: String) {
        #expect(QuantityReader.read(sentence).quantities.isEmpty, "\(QuantityReader.read(sentence).quantities)")
    }

    @Test func aNumberInWordsIsAQuantity() throws {
        let money = try #require(QuantityReader.read("Hỗ trợ hai triệu đồng cho đoàn viên.").quantities.first)
        #expect(money.kind == .money)
        #expect(money.value == 2_000_000)
        #expect(money.text == "hai triệu đồng")
        let hedged = try #require(QuantityReader.read("Có khoảng một nghìn hai trăm đoàn viên.").quantities.first)
        #expect(hedged.approximate)
        #expect(hedged.value == 1200)
    }
}
