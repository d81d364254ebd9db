import Testing

@testable import UnionStats

@Suite("ExactDecimal")
struct ExactDecimalTests {
    @Test("equality and hashing follow the value, not the scale")
    func equalityByValue() {
        let twoPointFive = ExactDecimal(significand: 25, scale: 1)
        let twoPointFifty = ExactDecimal(significand: 250, scale: 2)
        #expect(twoPointFive == twoPointFifty)
        #expect(Set([twoPointFive, twoPointFifty]).count == 1)
        #expect(twoPointFive != ExactDecimal(significand: 25, scale: 2))
    }

    @Test(
        "plain description",
        arguments: [
            (ExactDecimal(significand: 12345, scale: 1), "1234.5"), (ExactDecimal(significand: 250, scale: 2), "2.50"),
            (ExactDecimal(significand: 5, scale: 3), "0.005"), (ExactDecimal(significand: -3), "-3"),
            (ExactDecimal(significand: -5, scale: 2), "-0.05"),
            (ExactDecimal(significand: Int64.min, scale: 6), "-9223372036854.775808"),
        ])
    func describes(number: ExactDecimal, text: String) {
        #expect(number.description == text)
    }
}
