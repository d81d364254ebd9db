import Testing

@testable import UnionStats

/// Shorthand for a period the test knows to be valid.
private func period(_ text: String) -> Period {
    guard let period = Period(text) else { fatalError("bad test period \(text)") }
    return period
}

@Suite("Period")
struct PeriodTests {
    // MARK: Parsing

    @Test(
        "parses valid codes",
        arguments: [
            ("2021-Q1", 2021, Period.Length.quarter, 1, "2021-Q1"),
            ("2021-Q2", 2021, .quarter, 2, "2021-Q2"),
            ("2021-Q3", 2021, .quarter, 3, "2021-Q3"),
            ("2021-Q4", 2021, .quarter, 4, "2021-Q4"),
            ("2021-q4", 2021, .quarter, 4, "2021-Q4"),
            ("2021-H1", 2021, .half, 1, "2021-H1"),
            ("2021-h1", 2021, .half, 1, "2021-H1"),
            ("2021-H2", 2021, .half, 2, "2021-H2"),
            ("2021", 2021, .year, 1, "2021"),
            (" 2021 ", 2021, .year, 1, "2021"),
            ("  2020-H2\t", 2020, .half, 2, "2020-H2"),
            ("1900", 1900, .year, 1, "1900"),
            ("2999-Q4", 2999, .quarter, 4, "2999-Q4"),
        ] as [(String, Int, Period.Length, Int, String)])
    func parses(text: String, year: Int, length: Period.Length, index: Int, canonical: String) throws {
        let parsed = try #require(Period(text))
        #expect(parsed.year == year)
        #expect(parsed.length == length)
        #expect(parsed.index == index)
        #expect(parsed.description == canonical)
    }

    @Test(
        "rejects malformed codes",
        arguments: [
            "2021-Q5", "2021-Q0", "2021-H3", "2021-H0", "21-Q1", "2021Q1", "2021-Q", "2021-H", "",
            " ", "2021-", "-2021", "2021-Q1-", "2021-Q12", "2021-X1", "2021-1Q", "2021-QQ",
            "20210", "202a", "1899", "3000", "2021-Y", "2021 Q1", "2021_Q1", "Q1-2021",
        ])
    func rejects(text: String) {
        #expect(Period(text) == nil)
    }

    @Test(
        "memberwise initialiser checks the index",
        arguments: [
            (2021, Period.Length.quarter, 0, false),
            (2021, .quarter, 1, true),
            (2021, .quarter, 4, true),
            (2021, .quarter, 5, false),
            (2021, .half, 2, true),
            (2021, .half, 3, false),
            (2021, .year, 1, true),
            (2021, .year, 2, false),
            (1899, .year, 1, false),
            (3000, .year, 1, false),
        ] as [(Int, Period.Length, Int, Bool)])
    func memberwise(year: Int, length: Period.Length, index: Int, valid: Bool) {
        #expect((Period(year: year, length: length, index: index) != nil) == valid)
    }

    @Test(
        "description round-trips",
        arguments: [
            "2021-Q1", "2021-Q2", "2021-Q3", "2021-Q4", "2021-H1", "2021-H2", "2021", "1900", "2999-H2",
        ])
    func roundTrip(text: String) throws {
        let parsed = try #require(Period(text))
        #expect(parsed.description == text)
        #expect(Period(parsed.description) == parsed)
    }

    // MARK: Structure

    @Test(
        "sub-periods",
        arguments: [
            ("2021", ["2021-H1", "2021-H2"]),
            ("2021-H1", ["2021-Q1", "2021-Q2"]),
            ("2021-H2", ["2021-Q3", "2021-Q4"]),
            ("2021-Q1", []),
            ("2021-Q2", []),
            ("2021-Q3", []),
            ("2021-Q4", []),
        ])
    func subPeriods(text: String, expected: [String]) {
        #expect(period(text).subPeriods.map(\.description) == expected)
    }

    @Test(
        "same period last year",
        arguments: [
            ("2021-Q2", "2020-Q2"),
            ("2021-H1", "2020-H1"),
            ("2021-H2", "2020-H2"),
            ("2021", "2020"),
            ("2000-Q4", "1999-Q4"),
        ])
    func sameLastYear(text: String, expected: String) {
        #expect(period(text).sameLastYear == period(expected))
    }

    @Test("no period before 1900")
    func sameLastYearAtTheStart() {
        #expect(period("1900-H1").sameLastYear == nil)
    }

    @Test(
        "contains",
        arguments: [
            ("2021", "2021", true),
            ("2021", "2021-H1", true),
            ("2021", "2021-H2", true),
            ("2021", "2021-Q1", true),
            ("2021", "2021-Q4", true),
            ("2021", "2020-Q4", false),
            ("2021", "2022-Q1", false),
            ("2021-H1", "2021-Q1", true),
            ("2021-H1", "2021-Q2", true),
            ("2021-H1", "2021-Q3", false),
            ("2021-H1", "2021-H1", true),
            ("2021-H1", "2021-H2", false),
            ("2021-H1", "2021", false),
            ("2021-H2", "2021-Q3", true),
            ("2021-H2", "2021-Q4", true),
            ("2021-H2", "2021-Q2", false),
            ("2021-Q2", "2021-Q2", true),
            ("2021-Q2", "2021-Q1", false),
            ("2021-Q2", "2021-H1", false),
            ("2021-Q2", "2020-Q2", false),
        ])
    func contains(outer: String, inner: String, expected: Bool) {
        #expect(period(outer).contains(period(inner)) == expected)
    }

    // MARK: Ordering

    @Test(
        "ordering: by end date, the shorter first when ending together",
        arguments: [
            ("2021-Q1", "2021-Q2", true),
            ("2021-Q2", "2021-Q1", false),
            ("2021-Q2", "2021-H1", true),
            ("2021-H1", "2021-Q2", false),
            ("2021-Q1", "2021-H1", true),
            ("2021-H1", "2021-Q3", true),
            ("2021-Q3", "2021-H1", false),
            ("2021-Q4", "2021-H2", true),
            ("2021-H2", "2021", true),
            ("2021-Q4", "2021", true),
            ("2021", "2021-Q4", false),
            ("2021", "2021-H2", false),
            ("2021-H2", "2021-Q4", false),
            ("2021-Q3", "2021-H2", true),
            ("2020", "2021-Q1", true),
            ("2021-Q1", "2020", false),
            ("2021-H1", "2021-H1", false),
        ])
    func ordering(left: String, right: String, less: Bool) {
        #expect((period(left) < period(right)) == less)
    }

    @Test(
        "latest of a set",
        arguments: [
            (["2021-Q2", "2021-H1"], "2021-H1"),
            (["2021-H1", "2021-Q2"], "2021-H1"),
            (["2021-Q4", "2021-H2", "2021"], "2021"),
            (["2021", "2021-H2", "2021-Q4"], "2021"),
            (["2021-Q3", "2021-H1"], "2021-Q3"),
            (["2020", "2021-Q1"], "2021-Q1"),
        ])
    func latest(texts: [String], expected: String) {
        #expect(texts.map(period).max() == period(expected))
    }

    @Test("sorting a year's periods")
    func sorting() {
        let all = ["2021", "2021-H2", "2021-Q4", "2021-Q3", "2021-H1", "2021-Q2", "2021-Q1", "2020"].map(period)
        #expect(
            all.sorted().map(\.description) == [
                "2020", "2021-Q1", "2021-Q2", "2021-H1", "2021-Q3", "2021-Q4", "2021-H2", "2021",
            ])
    }

    // MARK: Labels

    @Test(
        "Vietnamese labels",
        arguments: [
            ("2021-Q1", "Quý I năm 2021"),
            ("2021-Q2", "Quý II năm 2021"),
            ("2021-Q3", "Quý III năm 2021"),
            ("2021-Q4", "Quý IV năm 2021"),
            ("2021-H1", "6 tháng đầu năm 2021"),
            ("2021-H2", "6 tháng cuối năm 2021"),
            ("2021", "Năm 2021"),
        ])
    func labels(text: String, expected: String) {
        #expect(period(text).label == expected)
    }

    @Test(
        "title labels in capitals",
        arguments: [
            ("2021-H1", "6 THÁNG ĐẦU NĂM 2021"),
            ("2021-Q2", "QUÝ II NĂM 2021"),
            ("2021", "NĂM 2021"),
        ])
    func titleLabels(text: String, expected: String) {
        #expect(period(text).titleLabel == expected)
    }
}
