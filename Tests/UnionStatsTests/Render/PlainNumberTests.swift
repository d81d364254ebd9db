import Testing

@testable import UnionStats

@Suite("PlainNumber")
struct PlainNumberTests {
    @Test(
        "whole numbers",
        arguments: [
            (Int64(2686), "2686"),
            (0, "0"),
            (7, "7"),
            (22_750_000, "22750000"),
            (-3, "-3"),
            (1_000_000_000_000_000, "1000000000000000"),
        ] as [(Int64, String)])
    func whole(value: Int64, expected: String) {
        #expect(PlainNumber.text(value, hundredths: false) == expected)
    }

    @Test(
        "hundredths with exactly two decimals",
        arguments: [
            (Int64(5125), "51.25"),
            (5, "0.05"),
            (-5, "-0.05"),
            (100, "1.00"),
            (0, "0.00"),
            (10, "0.10"),
            (99, "0.99"),
            (101, "1.01"),
            (110, "1.10"),
            (513, "5.13"),
            (-3333, "-33.33"),
            (-1250, "-12.50"),
            (-100, "-1.00"),
            (-1, "-0.01"),
            (268_600, "2686.00"),
        ] as [(Int64, String)])
    func hundredths(value: Int64, expected: String) {
        #expect(PlainNumber.text(value, hundredths: true) == expected)
    }

    @Test("fields: a number, or empty when missing")
    func fields() {
        #expect(PlainNumber.field(5125, hundredths: true) == .number("51.25"))
        #expect(PlainNumber.field(2686, hundredths: false) == .number("2686"))
        #expect(PlainNumber.field(nil, hundredths: true) == .empty)
    }
}
