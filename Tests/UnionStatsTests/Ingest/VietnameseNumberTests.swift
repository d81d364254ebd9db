import Foundation
import Testing

@testable import UnionStats

/// What parsing one text must give: an exact significand and scale, or a problem.
enum ExpectedNumber: Sendable, Equatable {
    case value(Int64, scale: Int)
    case problem(NumberProblem)
}

private let numberCases: [(String, ExpectedNumber)] = [
    // The table of the brief.
    ("2686", .value(2686, scale: 0)),
    ("2.686", .value(2686, scale: 0)),
    ("2.000", .value(2000, scale: 0)),
    ("22.750.000", .value(22_750_000, scale: 0)),
    ("51,5", .value(515, scale: 1)),
    ("1.234,5", .value(12345, scale: 1)),
    ("51.25", .value(5125, scale: 2)),
    ("2.5", .value(25, scale: 1)),
    ("1,234,567", .value(1_234_567, scale: 0)),
    ("1,234.5", .value(12345, scale: 1)),
    ("1,234", .problem(.ambiguous("1,234"))),
    ("-3", .problem(.negative("-3"))),
    ("12abc", .problem(.notANumber("12abc"))),
    ("NaN", .problem(.notANumber("NaN"))),
    ("1e5", .problem(.notANumber("1e5"))),
    ("51,9%", .problem(.percentage("51,9%"))),
    (" 90 % ", .problem(.percentage("90 %"))),
    ("abc%", .problem(.notANumber("abc%"))),
    ("%", .problem(.notANumber("%"))),
    ("", .problem(.empty)),
    // Shapes around the rules.
    ("0,500", .problem(.ambiguous("0,500"))),
    ("999,999", .problem(.ambiguous("999,999"))),
    ("1234,567", .value(1_234_567, scale: 3)),
    ("0.500", .problem(.ambiguous("0.500"))),
    ("1234.567", .problem(.ambiguous("1234.567"))),
    ("0.5", .value(5, scale: 1)),
    ("1.234.567,89", .value(123_456_789, scale: 2)),
    ("1,234,567.5", .value(12_345_675, scale: 1)),
    ("1.234,567", .value(1_234_567, scale: 3)),
    ("1.234.5", .problem(.notANumber("1.234.5"))),
    ("1,2.5", .problem(.notANumber("1,2.5"))),
    ("1.2,5", .problem(.notANumber("1.2,5"))),
    ("1,234.5,6", .problem(.notANumber("1,234.5,6"))),
    ("1,5,6", .problem(.notANumber("1,5,6"))),
    ("0.000.001", .problem(.notANumber("0.000.001"))),
    (".5", .problem(.notANumber(".5"))),
    ("5.", .problem(.notANumber("5."))),
    (",5", .problem(.notANumber(",5"))),
    ("5,", .problem(.notANumber("5,"))),
    ("1..2", .problem(.notANumber("1..2"))),
    ("1.23.456", .problem(.notANumber("1.23.456"))),
    // Whitespace, signs, letters.
    (" 2.686 ", .value(2686, scale: 0)),
    ("\u{00A0}2.686\u{00A0}", .value(2686, scale: 0)),
    ("\t12\r\n", .value(12, scale: 0)),
    ("\u{FEFF}12", .value(12, scale: 0)),
    ("   ", .problem(.empty)),
    ("\u{00A0}", .problem(.empty)),
    ("0", .value(0, scale: 0)),
    ("007", .value(7, scale: 0)),
    ("-0", .problem(.negative("-0"))),
    ("\u{2212}3", .problem(.negative("\u{2212}3"))),
    ("-1,234", .problem(.negative("-1,234"))),
    ("-abc", .problem(.notANumber("-abc"))),
    ("--3", .problem(.notANumber("--3"))),
    ("-", .problem(.notANumber("-"))),
    ("+3", .problem(.notANumber("+3"))),
    ("inf", .problem(.notANumber("inf"))),
    ("1E5", .problem(.notANumber("1E5"))),
    ("5 đồng", .problem(.notANumber("5 đồng"))),
    ("5%", .problem(.percentage("5%"))),
    ("$5", .problem(.notANumber("$5"))),
    ("١٢", .problem(.notANumber("١٢"))),
    ("1\t234", .problem(.notANumber("1\t234"))),
    // Space grouping, strict form only.
    ("1 234 567", .value(1_234_567, scale: 0)),
    ("1\u{00A0}234", .value(1234, scale: 0)),
    ("1\u{202F}234,5", .value(12345, scale: 1)),
    ("1\u{2009}234.5", .value(12345, scale: 1)),
    ("1 23", .problem(.notANumber("1 23"))),
    ("1  234", .problem(.notANumber("1  234"))),
    ("1234 567", .problem(.notANumber("1234 567"))),
    ("1 234,", .problem(.notANumber("1 234,"))),
    ("1 234.567,5", .problem(.notANumber("1 234.567,5"))),
    ("1 234,5 6", .problem(.notANumber("1 234,5 6"))),
    (" 1 234 ", .value(1234, scale: 0)),
    ("1\u{200B}", .value(1, scale: 0)),
    ("1\u{200B}2", .problem(.notANumber("1\u{200B}2"))),
    // Scale and size limits.
    ("2,50", .value(250, scale: 2)),
    ("2,00", .value(200, scale: 2)),
    ("0,123456", .value(123_456, scale: 6)),
    ("0,1234567", .problem(.tooLarge("0,1234567"))),
    ("1,000000000", .value(1_000_000, scale: 6)),
    ("1.000.000.000.000.000", .value(1_000_000_000_000_000, scale: 0)),
    ("1.000.000.000.000.001", .problem(.tooLarge("1.000.000.000.000.001"))),
    ("1.000.000.000.000.000,5", .problem(.tooLarge("1.000.000.000.000.000,5"))),
    ("9223372036854775808", .problem(.tooLarge("9223372036854775808"))),
    ("99999999999999999999999", .problem(.tooLarge("99999999999999999999999"))),
    ("9.223.372.036.854,775807", .value(Int64.max, scale: 6)),
    ("9.223.372.036.854,775808", .problem(.tooLarge("9.223.372.036.854,775808"))),
    ("000000000000000000000001", .value(1, scale: 0)),
]

@Suite("VietnameseNumber")
struct VietnameseNumberTests {
    @Test("parse", arguments: numberCases)
    func parses(text: String, expected: ExpectedNumber) {
        let actual: ExpectedNumber =
            switch VietnameseNumber.parse(text) {
            case .success(let number): .value(number.significand, scale: number.scale)
            case .failure(let problem): .problem(problem)
            }
        #expect(actual == expected)
    }

    @Test("a percentage is read as percentage points only where that is right")
    func percentagesWhereAllowed() throws {
        #expect(
            try VietnameseNumber.parse("97,5%", allowingPercent: true).get() == ExactDecimal(significand: 975, scale: 1)
        )
        #expect(try VietnameseNumber.parse("90", allowingPercent: true).get() == ExactDecimal(significand: 90))
        #expect(throws: NumberProblem.percentage("97,5%")) { try VietnameseNumber.parse("97,5%").get() }
        #expect(throws: NumberProblem.notANumber("x%")) {
            try VietnameseNumber.parse("x%", allowingPercent: true).get()
        }
    }

    @Test("accepts substrings")
    func parsesSubstring() throws {
        let line = "A01,2.686,x"
        let field = line.split(separator: ",")[1]
        #expect(try VietnameseNumber.parse(field).get() == ExactDecimal(significand: 2686))
    }

    @Test(
        "whole values",
        arguments: [
            ("2,00", true, Int64(2)), ("2,50", false, nil), ("2.686", true, 2686), ("0", true, 0),
            ("0,000001", false, nil),
        ] as [(String, Bool, Int64?)])
    func wholeValues(text: String, isWhole: Bool, wholeValue: Int64?) throws {
        let number = try VietnameseNumber.parse(text).get()
        #expect(number.isWhole == isWhole)
        #expect(number.wholeValue == wholeValue)
    }
}
