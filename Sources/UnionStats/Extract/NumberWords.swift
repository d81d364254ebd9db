/// Reads a number written in Vietnamese words: `hai mươi`, `bảy mươi tám`, `một trăm linh năm`, `mười lăm`,
/// `hai mươi mốt`, `ba mươi tư`, `một nghìn hai trăm`, `hai triệu`, `hai nghìn không trăm hai mươi`.
///
/// Precision before recall, so the words that are also ordinary words are read only where they cannot be:
/// - a lone `một` is the article "a" (`một số`, `một trong`, `một cách`) and is never read; `một` starts a number
///   only before `trăm`, `nghìn`/`ngàn`, `triệu`, `tỷ` or `mươi`;
/// - a lone `năm` is "year" (`năm 2025`, `tháng năm`, `trong năm qua`) unless a counted noun follows it
///   (`năm CĐCS`, `năm suất quà`); `mười năm`, `hai mươi năm` are lengths of time (the number stops before `năm`),
///   while `lăm` (`mười lăm`, `hai mươi lăm`) and `linh năm` (`một trăm linh năm`) are fives;
/// - `tư`, `mốt`, `lăm` are fours, ones and fives only after `mươi`/`mười` (`thông tư`, `đầu tư` are no numbers);
///   `không` only as `không trăm` after a scale word (`hai nghìn không trăm hai mươi`);
/// - a lone digit word is read only before a word that can be counted (`hai bên`, `ba mẹ` are not numbers);
/// - a number word written with a capital inside a sentence is a name (`quận Hai Bà Trưng`, `huyện Ba Vì`).
/// What the words stand in the sentence (an identifier after `thứ`, `lần`, `khóa`, `số`; a length of time before
/// `năm`, `tháng`) is `QuantityReader`'s to judge, as for digits.
public enum NumberWords {
    /// The digit words 1–9 that may start a number (not `tư`, `mốt`, `lăm`, which only follow `mươi`).
    static let units: [String: Int64] = [
        "một": 1, "hai": 2, "ba": 3, "bốn": 4, "năm": 5, "sáu": 6, "bảy": 7, "bẩy": 7, "tám": 8, "chín": 9,
    ]
    /// The scale words above a hundred.
    static let scales: [String: Int64] = [
        "nghìn": 1_000, "ngàn": 1_000, "triệu": 1_000_000, "tỷ": 1_000_000_000, "tỉ": 1_000_000_000,
    ]
    /// Words after a lone digit word that show it is no count: "hai bên", "ba mẹ", "chín chắn".
    static let notCounted: Set<String> = [
        "bên", "mẹ", "chắn", "muồi", "là", "và", "hay", "hoặc", "của", "trong", "số", "cách", "phía", "mặt", "chiều",
        "điểm", "nhất", "năm", "tháng", "ngày", "tuần", "giờ", "phút", "tuổi", "lần", "thì", "đã", "được", "sẽ",
        // Names of movements: "hai tốt", "ba sẵn sàng", "ba an toàn", "ba đảm đang", "hai không", "ba chống".
        "tốt", "giỏi", "sẵn", "an", "đảm", "không", "chống", "giảm", "cùng", "có", "xanh", "sạch", "đẹp", "nhiều",
    ]
    /// First words of nouns a lone `năm` may count ("năm CĐCS", "năm suất quà"); anything else makes it "year".
    static let countedAfterFive: Set<String> = [
        "cđcs", "đoàn", "đơn", "cơ", "cán", "người", "suất", "phần", "tập", "cá", "sáng", "giải", "lượt", "bằng",
        "giấy", "nhà", "mái", "cuộc", "vụ", "bản", "thỏa", "chị", "cháu", "hộ", "trường", "doanh", "lớp", "đảng",
        "quần", "em", "nữ", "đồng", "triệu", "nghìn", "ngàn", "trăm", "mươi",
    ]

    /// Words after which a lone `năm` is the year: "trong năm", "cả năm", "hằng năm", "đầu năm", "của năm".
    static let yearBefore: Set<String> = [
        "trong", "cả", "hằng", "hàng", "mỗi", "của", "đầu", "cuối", "giữa", "nhiều", "các", "những", "qua", "từng",
        "sang", "suốt", "một", "nửa", "tết", "chẵn", "lẻ", "cùng",
    ]

    /// A number read from words: its value, the index after its last word and the words as written.
    public struct Reading: Sendable, Equatable {
        public let value: Int64
        public let end: Int
        public let text: String
    }

    /// Reads the words of `text` from the first (for tests): nil when they do not start a number.
    public static func read(_ text: String) -> Reading? {
        read(ProseTokenizer.tokens(text), at: 0)
    }

    /// The number whose first word is `tokens[start]`, or nil when no number starts there.
    public static func read(_ tokens: [ProseToken], at start: Int) -> Reading? {
        guard tokens.indices.contains(start), tokens[start].kind == .word else { return nil }
        let first = tokens[start]
        guard first.normalized == "mười" || units[first.normalized] != nil else { return nil }
        // Inside a run of number words that was not read ("một trăm hai người"): no number starts in its middle.
        if start > 0, tokens[start - 1].kind == .word, tokens[start].spaceBefore {
            let previous = tokens[start - 1].normalized
            if (units[previous] != nil && previous != "năm") || scales[previous] != nil
                || ["mười", "mươi", "trăm", "linh", "lẻ", "mốt", "lăm"].contains(previous)
            {
                return nil
            }
        }
        if start > 0, first.text.first?.isUppercase == true {
            // A capital inside a sentence is a name ("Hai Bà Trưng"); at its start, a name when a capital follows.
            return nil
        }
        if start == 0, first.text.first?.isUppercase == true, start + 1 < tokens.count,
            tokens[start + 1].text.first?.isUppercase == true,
            tokens[start + 1].text != tokens[start + 1].text.uppercased()
        {
            // "Ba Vì …" is a name; "Tám CĐCS …" (an abbreviation in capitals) is a count.
            return nil
        }
        var position = start
        func word(_ offset: Int = 0) -> String? {
            let index = position + offset
            guard tokens.indices.contains(index), tokens[index].kind == .word,
                index == start || tokens[index].spaceBefore
            else { return nil }
            return tokens[index].normalized
        }
        var total: Int64 = 0
        var lastScale: Int64 = .max
        var words = 0
        var lone = false
        while true {
            let groupStart = position
            let afterScale = words > 0
            guard let (group, used) = readGroup(word: word, afterScale: afterScale) else {
                // A number word after a scale that cannot be read exactly ("một nghìn hai"): the whole is not read.
                // ("hai triệu năm 2025": the number stops before "năm", a year or a length of time.)
                if afterScale, let next = word(), next != "năm",
                    units[next] != nil || ["mười", "không", "linh", "lẻ"].contains(next)
                {
                    return nil
                }
                break
            }
            if afterScale,
                !(0..<used).contains(where: { ["trăm", "linh", "lẻ", "mươi"].contains(word($0) ?? "") })
            {
                // "một nghìn hai" is 1.200 to some and 1.002 to others, "hai nghìn mười" 2.010 or 12.000: not read.
                return nil
            }
            position += used
            var scale: Int64 = 1
            if let next = word(), let multiplier = scales[next], multiplier < lastScale {
                scale = multiplier
                position += 1
            }
            if group == 0 && scale == 1 {
                position = groupStart
                break
            }
            if afterScale, scale == 1, group >= lastScale { break }
            total += group * scale
            words += position - groupStart
            lone = words == 1
            if scale == 1 { break }
            lastScale = scale
        }
        guard words > 0, total > 0 else { return nil }
        if lone {
            let unit = first.normalized
            guard unit != "một", let next = word() else { return nil }
            if notCounted.contains(next) { return nil }
            if unit == "năm", !countedAfterFive.contains(next) { return nil }
            // "trong năm đơn vị đã …", "cả năm đoàn viên …": after these words "năm" is the year.
            if unit == "năm", start > 0, yearBefore.contains(tokens[start - 1].normalized) { return nil }
            if next == "công", word(1) != "đoàn", word(1) != "nhân" { return nil }
        }
        let text = tokens[start..<position].map(\.text).joined(separator: " ")
        return Reading(value: total, end: position, text: text)
    }

    /// One group below a thousand from `word(0)`: its value and how many words it used, or nil.
    /// After a scale word it may start with `không trăm` or `linh`/`lẻ` ("hai nghìn lẻ năm").
    private static func readGroup(word: (Int) -> String?, afterScale: Bool) -> (Int64, Int)? {
        var used = 0
        var value: Int64 = 0
        guard let head = word(0) else { return nil }
        if afterScale, head == "không", word(1) == "trăm" {
            used = 2
        } else if let unit = units[head], word(1) == "trăm" {
            value = unit * 100
            used = 2
        }
        if used > 0 || afterScale {
            // The tens and units after "trăm" (or after a scale word).
            if let link = word(used), link == "linh" || link == "lẻ" {
                guard let next = word(used + 1), let unit = units[next] ?? (next == "tư" ? 4 : nil) else {
                    return used > 0 ? (value, used) : nil
                }
                return (value + unit, used + 2)
            }
            if let (tens, count) = readTens(word: { word(used + $0) }) {
                // "một trăm hai" is 120 to some and 102 to others, "một trăm năm" may be a century: not read.
                if count == 1, word(used) != "mười" { return nil }
                return (value + tens, used + count)
            }
            return used > 0 ? (value, used) : nil
        }
        return readTens(word: word)
    }

    /// Tens and units: `mười`, `mười lăm`, `hai mươi`, `hai mươi mốt`, `ba mươi tư`, `bảy mươi tám`, or one digit word.
    private static func readTens(word: (Int) -> String?) -> (Int64, Int)? {
        guard let head = word(0) else { return nil }
        if head == "mười" {
            if let unit = trailingUnit(word(1), afterMười: true) { return (10 + unit, 2) }
            return (10, 1)
        }
        guard let unit = units[head] else { return nil }
        if word(1) == "mươi", unit >= 2 {
            if let last = trailingUnit(word(2), afterMười: false) { return (unit * 10 + last, 3) }
            return (unit * 10, 2)
        }
        // "một" alone belongs before a scale word; the caller decides a lone digit word.
        return (unit, 1)
    }

    /// The unit after `mươi`/`mười`: `mốt` (not after `mười`), `một`, `hai`… `tư`, `lăm`; never `năm` (a year).
    private static func trailingUnit(_ word: String?, afterMười: Bool) -> Int64? {
        guard let word else { return nil }
        switch word {
        case "mốt": return afterMười ? nil : 1
        case "tư": return 4
        case "lăm", "nhăm": return 5
        case "năm": return nil
        default:
            guard let unit = units[word] else { return nil }
            return unit
        }
    }
}
