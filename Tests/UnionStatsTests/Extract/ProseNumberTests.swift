import Testing

@testable import UnionStats

/// Numbers written the Vietnamese way in prose, with their scale words.
@Suite struct ProseNumberTests {
    @Test(arguments: [
        ("2686", Int64(2686)), ("2.686", 2686), ("22.750.000", 22_750_000), ("1.144", 1144), ("0", 0), ("02", 2),
    ])
    func wholeNumbers(text: String, expected: Int64) {
        #expect(ProseNumber.parse(text)?.wholeValue == expected)
    }

    @Test(arguments: ["2.5", "1,234,567", "1.23.456", "12.3456", ",5", "5,", "1..2", "1.234.5", "51.25"])
    func notVietnameseProse(text: String) {
        #expect(ProseNumber.parse(text) == nil)
    }

    @Test(arguments: [
        ("51,5", "triệu", Int64(51_500_000)), ("1,1", "tỷ", 1_100_000_000), ("216,8", "triệu", 216_800_000),
        ("75", "nghìn", 75_000), ("2,5", "tỉ", 2_500_000_000), ("1.234,5", "triệu", 1_234_500_000), ("3", "ngàn", 3000),
    ])
    func scaleWords(text: String, scale: String, expected: Int64) throws {
        let number = try #require(ProseNumber.parse(text))
        let multiplier = try #require(ProseNumber.multiplier(of: scale))
        #expect(ProseNumber.whole(number, times: multiplier) == expected)
    }

    @Test func aFractionThatStaysAFractionIsNotWhole() throws {
        let number = try #require(ProseNumber.parse("51,5"))
        #expect(ProseNumber.whole(number, times: 1) == nil)
        #expect(ProseNumber.whole(try #require(ProseNumber.parse("1,2345")), times: 1_000) == nil)
    }

    @Test func tooLargeIsRefused() throws {
        let number = try #require(ProseNumber.parse("999.999.999"))
        #expect(ProseNumber.whole(number, times: 1_000_000_000) == nil)
    }
}
