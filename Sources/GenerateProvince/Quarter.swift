import Foundation

/// A quarter `YYYY-Qn`, the period of one set of report files.
struct Quarter: Comparable {
    /// The calendar year.
    let year: Int
    /// 1...4.
    let number: Int

    /// Reads `2021-Q2` (case-insensitive).
    init?(_ text: some StringProtocol) {
        let parts = text.trimmingCharacters(in: .whitespaces).uppercased().split(separator: "-")
        guard parts.count == 2, parts[0].count == 4, let year = Int(parts[0]), (1900...2999).contains(year),
            parts[1].count == 2, parts[1].first == "Q", let number = parts[1].last?.wholeNumberValue,
            (1...4).contains(number)
        else { return nil }
        self.year = year
        self.number = number
    }

    /// The quarter with this year and number.
    init(year: Int, number: Int) {
        self.year = year
        self.number = number
    }

    /// The quarter after this one.
    var next: Quarter {
        number == 4 ? Quarter(year: year + 1, number: 1) : Quarter(year: year, number: number + 1)
    }

    /// `2021-Q2`.
    var label: String { "\(year)-Q\(number)" }

    /// Whether Covid-19 measures were on (2020-Q2 … 2022-Q2), which the Covid indicators follow.
    var covid: Bool {
        (year == 2020 && number >= 2) || year == 2021 || (year == 2022 && number <= 2)
    }

    /// Orders quarters in time.
    static func < (lhs: Quarter, rhs: Quarter) -> Bool {
        (lhs.year, lhs.number) < (rhs.year, rhs.number)
    }
}
