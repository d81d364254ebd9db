/// A sentence read for figures: its items (words, numbers, marks) and the numbers that may be figures.
public struct SentenceReading: Sendable {
    /// The sentence's tokens.
    public let tokens: [ProseToken]
    /// What phrases match against.
    public let items: [SentenceItem]
    /// The numbers that may be figures, in order; `SentenceItem.quantity` indexes into this.
    public let quantities: [Quantity]
}

/// Finds the figures among a sentence's numbers and reads them the Vietnamese way.
///
/// Not figures: dates (`17/6`, `30/6/2021`, `ngày 13`, `14-7`), years where the context says so (`năm 2021`,
/// `nhiệm kỳ 2021 - 2026`, `giai đoạn 2021-2025`, `từ 2019 đến nay`, a heading ending in `2021`), ordinals and
/// identifiers (`lần thứ 3`, `đợt 2`, `số 8`, `Chỉ thị 05`), lengths of time and anniversaries (`6 tháng`,
/// `38 năm`), names and codes (`Covid-19`, `05-CT/TW`, `68/GP`), numbers in quotes (programme names such as
/// "75 nghìn sáng kiến"), clock times and telephone numbers. Everything else is a `Quantity`: a four-digit
/// number from 1900 to 2100 anywhere else ("kết nạp 2000 đoàn viên") too, and so is a number not written
/// the Vietnamese way (`2.5`, `1,234,567`, `1,234`), marked `isForeignFormat` so that it is listed, never taken.
public enum QuantityReader {
    /// Words after which a number is an identifier, a date part or an ordinal, not an amount.
    static let identifierWords: Set<String> = [
        "ngày", "tháng", "quý", "năm", "thứ", "khóa", "đợt", "lần", "điều", "khoản", "mục", "chương", "kỳ",
        "trang", "cụm", "thị", "quyết", "định", "tư", "luật", "đoạn", "phiên", "số", "khu", "lô", "tổ", "phòng",
    ]
    /// Words after a number that make it a length of time or an age.
    static let timeWords: Set<String> = ["năm", "tháng", "ngày", "tuần", "giờ", "phút", "tuổi"]
    /// Words before a number that hedge it.
    static let hedgeWords: Set<String> = ["trên", "gần", "khoảng", "hơn", "xỉ", "chừng", "ước"]
    /// Words that say money is meant when a scale word follows a number without `đồng`.
    static let moneyCues: Set<String> = ["tiền", "phí", "giá", "quỹ"]
    /// First words of nouns that make `a/b` a fraction of units or people rather than a date.
    static let countNouns: Set<String> = [
        "đơn", "cđcs", "cơ", "công", "người", "đoàn", "trường", "doanh", "xã", "phường", "chi", "tổ", "lượt",
    ]
    /// Currency words.
    static let currencyWords: Set<String> = ["đồng", "đ", "vnđ", "vnd"]
    /// Words that announce a telephone number.
    static let phoneWords: Set<String> = ["thoại", "fax", "đt", "sđt", "hotline", "dđ", "zalo"]
    /// Words after which a year-like number is a year: "năm 2021", "nhiệm kỳ 2021", "khóa 2020", "giai đoạn 2021".
    static let yearWords: Set<String> = ["năm", "kỳ", "khóa", "đoạn", "niên"]
    /// Words after which a year-like number is a year when no word follows it: "từ 2019,", "trước 2020.", "cuối 2021".
    static let yearCues: Set<String> = ["từ", "đến", "tới", "trước", "sau", "đầu", "cuối", "giữa", "hết", "trong"]
    /// What links the two years of a range: "2021 - 2026", "từ 2019 đến 2021", "năm 2020 và 2021".
    static let rangeLinks: Set<String> = ["-", "–", "—", "đến", "tới", "và"]
    /// Nouns after `/`, `mỗi` or `một` that make an amount one for each: "500.000 đồng/suất", "1 triệu đồng mỗi người".
    static let perUnitNouns: Set<String> = [
        "người", "suất", "phần", "cháu", "em", "đoàn", "lao", "hộ", "tháng", "năm", "cđcs", "đơn", "lượt", "trường",
        "ca", "học", "gia", "cá", "ngày", "xuất", "đồng", "đv", "chị", "công", "cơ", "tập", "trẻ",
    ]
    /// Words before a number that make it an identifier even when written in words ("lần thứ hai", "khóa mười hai").
    static let wordNumberBlockers: Set<String> = ["hàng", "vài", "mấy", "dăm", "mươi", "thứ"]

    /// Reads one sentence.
    public static func read(_ text: String) -> SentenceReading {
        read(tokens: ProseTokenizer.tokens(text))
    }

    /// Reads one sentence's tokens; in a `heading`, a year-like number that ends it is a year ("Sơ kết 6 tháng 2021").
    public static func read(tokens: [ProseToken], heading: Bool = false) -> SentenceReading {
        var items: [SentenceItem] = []
        var quantities: [Quantity] = []
        var insideQuotes = false
        var afterSubset = false
        // How many numbers came before "trong đó" (or "gồm" after a number), and whether it opens the sentence.
        var beforeSubset: Int?
        var subsetOpensSentence = false
        var index = 0
        func add(_ made: Quantity?) {
            guard let made else {
                items.append(.masked)
                return
            }
            if made.approximate {
                // "có khoảng 1.200 cán bộ": the hedge does not stand between the phrase and its number.
                while let word = items.last?.word, hedgeWords.contains(word) || word == "xấp" || word == "ước" {
                    items.removeLast()
                }
            }
            // Made once, never reassigned: a `var` reassigned here crashes the release compiler (Swift 6.3.1's
            // SIL verifier: "read-only scope invalidated by a local write").
            let quantity: Quantity
            if made.afterSubset, let count = beforeSubset {
                let total = quantities[..<count].lastIndex { !$0.isPerItem && $0.blocks(made.kind) }
                quantity = made.asPart(of: total, earlier: total == nil && subsetOpensSentence)
            } else {
                quantity = made
            }
            items.append(.quantity(quantities.count))
            quantities.append(quantity)
        }
        while index < tokens.count {
            let token = tokens[index]
            switch token.kind {
            case .punctuation:
                switch token.text {
                case "\"": insideQuotes.toggle()
                case "“", "«": insideQuotes = true
                case "”", "»": insideQuotes = false
                case ",": items.append(.comma)
                case ":": items.append(.colon)
                case "…": items.append(.ellipsis)
                case ";": items.append(.boundary)
                default: break
                }
                index += 1
            case .word:
                if !insideQuotes, let words = NumberWords.read(tokens, at: index) {
                    if standsAsNumber(tokens, from: index, to: words.end) {
                        let (quantity, next) = quantity(tokens, words: words, at: index, afterSubset: afterSubset)
                        add(quantity)
                        index = next
                    } else {
                        // "lần thứ mười hai": all its words stay words (the "hai" is not read again on its own).
                        items += tokens[index..<words.end].map { .word($0.normalized) }
                        index = words.end
                    }
                    continue
                }
                if !afterSubset,
                    (token.normalized == "đó" && index > 0 && tokens[index - 1].isWord("trong"))
                        || (token.normalized == "gồm" && !quantities.isEmpty)
                {
                    afterSubset = true
                    beforeSubset = quantities.count
                    subsetOpensSentence = token.normalized == "đó" && index == 1
                }
                items.append(.word(token.normalized))
                index += 1
            case .numeral:
                if insideQuotes || isNotAFigure(tokens, at: index, heading: heading) {
                    items.append(.masked)
                    index += 1
                    continue
                }
                let (quantity, next) = quantity(tokens, at: index, afterSubset: afterSubset)
                add(quantity)
                index = next
            }
        }
        return SentenceReading(tokens: tokens, items: items, quantities: quantities)
    }

    /// Whether the numeral at `index` is a date, year, identifier, code, time or telephone number.
    static func isNotAFigure(_ tokens: [ProseToken], at index: Int, heading: Bool = false) -> Bool {
        let token = tokens[index]
        let text = token.text
        let previous = index > 0 ? tokens[index - 1] : nil
        let next = index + 1 < tokens.count ? tokens[index + 1] : nil
        // Glued to a word or a code: Covid-19, F0, II/2021, 05-CT/TW, 68/GP, 14-7.
        if let previous, !token.spaceBefore, previous.kind == .word || "-/–+#№".contains(previous.text) { return true }
        if let next, !next.spaceBefore {
            if next.kind == .word, !currencyWords.contains(next.normalized) || startsCompound(tokens, at: index + 1) {
                return true
            }
            if "-/–".contains(next.text), !(next.text == "/" && isPerUnitSlash(tokens, at: index + 1)) { return true }
        }
        if text.contains(":") { return true }
        if text.contains("/") { return !isFraction(tokens, at: index) }
        let digits = text.filter(\.isASCIIDigit)
        if digits.hasPrefix("0"), digits.count >= 3 { return true }  // telephone or area code
        // "Điện thoại: (0226) 3852.773": seven digits or more after a word of telephones.
        if digits.count >= 7,
            tokens[..<index].contains(where: { $0.kind == .word && phoneWords.contains($0.normalized) })
        {
            return true
        }
        if isYear(tokens, at: index, heading: heading) { return true }
        if let previous, previous.kind == .word, identifierWords.contains(previous.normalized) {
            let total = index > 1 && tokens[index - 2].isWord("tổng")
            if !(previous.normalized == "số" && total) { return true }
        }
        if let next, next.kind == .word, timeWords.contains(next.normalized) { return true }
        return false
    }

    /// Whether the token is four digits from 1900 to 2100, which may be a year or a figure.
    static func isYearLike(_ token: ProseToken) -> Bool {
        guard token.kind == .numeral, token.text.count == 4, token.text.allSatisfy(\.isASCIIDigit),
            let value = Int(token.text)
        else { return false }
        return (1900...2100).contains(value)
    }

    /// Whether the year-like numeral at `index` is a year by its context (itself, or as one end of a range of years);
    /// a year-like number anywhere else is a candidate figure like any other.
    static func isYear(_ tokens: [ProseToken], at index: Int, heading: Bool) -> Bool {
        guard isYearLike(tokens[index]) else { return false }
        if standsAsYear(tokens, at: index, heading: heading) { return true }
        let link = index + 1 < tokens.count ? tokens[index + 1] : nil
        if let link, rangeLinks.contains(link.normalized), index + 2 < tokens.count, isYearLike(tokens[index + 2]),
            standsAsYear(tokens, at: index + 2, heading: heading)
        {
            return true
        }
        if index >= 2, rangeLinks.contains(tokens[index - 1].normalized), isYearLike(tokens[index - 2]),
            standsAsYear(tokens, at: index - 2, heading: heading), endsRange(tokens, at: index)
        {
            return true
        }
        return false
    }

    /// Whether the year-like numeral at `index` may close a range: after a dash, or with no word after it
    /// ("năm 2020 và 2021." but not "năm 2020 và 2000 đoàn viên").
    private static func endsRange(_ tokens: [ProseToken], at index: Int) -> Bool {
        guard index >= 1 else { return false }
        if ["-", "–", "—"].contains(tokens[index - 1].text) { return true }
        return index + 1 == tokens.count || (tokens[index + 1].kind == .punctuation && !tokens[index + 1].isMark("%"))
    }

    /// Whether the year-like numeral at `index` is a year on its own: after "năm", "nhiệm kỳ", "khóa", "giai đoạn",
    /// "năm học"; after "từ", "trước", "cuối"… with no word after it; or ending a heading.
    private static func standsAsYear(_ tokens: [ProseToken], at index: Int, heading: Bool) -> Bool {
        let previous = index > 0 ? tokens[index - 1] : nil
        let next = index + 1 < tokens.count ? tokens[index + 1] : nil
        let noWordAfter = next.map { $0.kind == .punctuation && !$0.isMark("%") } ?? true
        guard let previous else { return heading && noWordAfter }
        if previous.kind == .word {
            if yearWords.contains(previous.normalized) { return true }
            if previous.normalized == "học", index >= 2, tokens[index - 2].isWord("năm") { return true }
            if yearCues.contains(previous.normalized),
                noWordAfter
                    || (next.map { $0.isWord("đến") || $0.isWord("tới") } ?? false)
                        && index + 2 < tokens.count && tokens[index + 2].isWord("nay")
            {
                return true
            }
        }
        return heading && noWordAfter && !previous.isMark(":")
    }

    /// Whether the word at `index` begins a compound that is no currency: "đồng chí", "đồng nghiệp".
    static func startsCompound(_ tokens: [ProseToken], at index: Int) -> Bool {
        guard index + 1 < tokens.count, tokens[index + 1].kind == .word, tokens[index + 1].spaceBefore else {
            return false
        }
        return ["chí", "bào", "nghiệp", "đội", "hành", "thời"].contains(tokens[index + 1].normalized)
    }

    /// Whether `a/b` at `index` is a part of a whole (`42/42 đơn vị`): a ≤ b, and either not a possible
    /// day/month or followed by a noun of units or people.
    static func isFraction(_ tokens: [ProseToken], at index: Int) -> Bool {
        let parts = tokens[index].text.split(separator: "/")
        guard parts.count == 2, let part = ProseNumber.parse(String(parts[0]))?.wholeValue,
            let whole = ProseNumber.parse(String(parts[1]))?.wholeValue, part <= whole, whole > 0
        else { return false }
        if index > 0, tokens[index - 1].kind == .word, identifierWords.contains(tokens[index - 1].normalized) {
            return false
        }
        let nounFollows =
            index + 1 < tokens.count && tokens[index + 1].kind == .word
            && countNouns.contains(tokens[index + 1].normalized)
        let couldBeDate = (1...31).contains(part) && (1...12).contains(whole)
        return nounFollows || !couldBeDate
    }

    /// The quantity starting at the numeral at `index`, with the index after its scale, currency or `%`.
    static func quantity(_ tokens: [ProseToken], at index: Int, afterSubset: Bool) -> (Quantity?, Int) {
        let token = tokens[index]
        var next = index + 1
        var written = token.text
        let previousWord = index > 0 && tokens[index - 1].kind == .word ? tokens[index - 1].normalized : nil
        let approximate = previousWord.map(hedgeWords.contains) ?? false
        let isChange =
            previousWord == "tăng" || previousWord == "giảm"
            || (previousWord == "thêm" && index > 1 && tokens[index - 2].isWord("tăng"))
            || isHedgedChange(tokens, at: index)
        func make(_ kind: Quantity.Kind, _ value: Int64?, foreign: Bool = false) -> (Quantity?, Int) {
            (
                Quantity(
                    kind: kind, value: value, text: written, approximate: approximate, isChange: isChange,
                    afterSubset: afterSubset,
                    isForeignFormat: foreign, isPerItem: isPerItem(tokens, from: index, to: next)), next
            )
        }
        if token.text.contains("/") {
            let part = token.text.split(separator: "/").first.map(String.init) ?? ""
            return make(.count, ProseNumber.parse(part)?.wholeValue)
        }
        // Not written the Vietnamese way ("2.5", "1,234,567"): read for its kind and listed, never taken.
        let number = ProseNumber.parse(token.text)
        if next < tokens.count, tokens[next].isMark("%") {
            written += "%"
            next += 1
            return make(.percent, number?.wholeValue, foreign: number == nil)
        }
        var multiplier: Int64 = 1
        if next < tokens.count, tokens[next].kind == .word,
            let scale = ProseNumber.multiplier(of: tokens[next].normalized)
        {
            multiplier = scale
            written += " " + tokens[next].text
            next += 1
        }
        var isMoney = false
        if next < tokens.count, tokens[next].kind == .word, currencyWords.contains(tokens[next].normalized),
            !startsCompound(tokens, at: next)
        {
            written += (tokens[next].spaceBefore ? " " : "") + tokens[next].text
            next += 1
            isMoney = true
        } else if multiplier >= 1_000_000 {
            let before = tokens[max(0, index - 8)..<index]
            isMoney = before.contains { $0.kind == .word && moneyCues.contains($0.normalized) }
        }
        // "1,234 đoàn viên" is 1,234 the Vietnamese way but 1234 the English way, and "1,000" would be 1: read neither.
        let fraction = token.text.split(separator: ",", omittingEmptySubsequences: false).dropFirst().first
        let twoWays = multiplier == 1 && !token.text.contains(".") && fraction?.count == 3
        return make(
            isMoney ? .money : .count, number.flatMap { ProseNumber.whole($0, times: multiplier) },
            foreign: number == nil || twoWays)
    }

    /// Whether the number words from `start` to `end` stand as a number: not an identifier ("lần thứ hai", "khóa
    /// mười hai", "tháng năm"), not a length of time or an age ("hai năm", "mười lăm tuổi"), not "hàng trăm".
    static func standsAsNumber(_ tokens: [ProseToken], from start: Int, to end: Int) -> Bool {
        if start > 0, tokens[start - 1].kind == .word {
            let previous = tokens[start - 1].normalized
            if identifierWords.contains(previous) || wordNumberBlockers.contains(previous) { return false }
        }
        if end < tokens.count {
            let next = tokens[end]
            if next.kind == .word, timeWords.contains(next.normalized) { return false }
            if next.kind == .numeral || next.isMark("-") || next.isMark("/") { return false }
        }
        return true
    }

    /// The quantity of number `words` starting at `index`, with the index after its currency or "phần trăm".
    static func quantity(
        _ tokens: [ProseToken], words: NumberWords.Reading, at index: Int, afterSubset: Bool
    )
        -> (Quantity?, Int)
    {
        var next = words.end
        var written = words.text
        let previousWord = index > 0 && tokens[index - 1].kind == .word ? tokens[index - 1].normalized : nil
        let approximate = previousWord.map(hedgeWords.contains) ?? false
        let isChange = previousWord == "tăng" || previousWord == "giảm" || isHedgedChange(tokens, at: index)
        var kind = Quantity.Kind.count
        if next + 1 < tokens.count, tokens[next].isWord("phần"), tokens[next + 1].isWord("trăm") {
            written += " " + tokens[next].text + " " + tokens[next + 1].text
            next += 2
            kind = .percent
        } else if next < tokens.count, tokens[next].kind == .word, currencyWords.contains(tokens[next].normalized),
            !startsCompound(tokens, at: next)
        {
            written += " " + tokens[next].text
            next += 1
            kind = .money
        } else if words.value >= 1_000_000, words.value % 1_000_000 == 0 {
            let before = tokens[max(0, index - 8)..<index]
            if before.contains(where: { $0.kind == .word && moneyCues.contains($0.normalized) }) { kind = .money }
        }
        return (
            Quantity(
                kind: kind, value: words.value, text: written, approximate: approximate, isChange: isChange,
                afterSubset: afterSubset, isPerItem: isPerItem(tokens, from: index, to: next)), next
        )
    }

    /// Whether the number at `index` is a hedged rise or fall: "tăng hơn 200", "giảm khoảng 5".
    static func isHedgedChange(_ tokens: [ProseToken], at index: Int) -> Bool {
        guard index > 1, tokens[index - 1].kind == .word, hedgeWords.contains(tokens[index - 1].normalized) else {
            return false
        }
        return tokens[index - 2].isWord("tăng") || tokens[index - 2].isWord("giảm")
    }

    /// Whether the `/` at `index` is "per" a noun ("đồng/suất", "đồng/người/tháng"), not a code ("68/GP").
    static func isPerUnitSlash(_ tokens: [ProseToken], at index: Int) -> Bool {
        guard tokens.indices.contains(index), tokens[index].isMark("/"), index + 1 < tokens.count else { return false }
        let noun = tokens[index + 1]
        return noun.kind == .word && perUnitNouns.contains(noun.normalized) && noun.text == noun.text.lowercased()
    }

    /// Whether the number from `start` to `end` is an amount for one item or person: "mỗi suất trị giá 500.000 đồng",
    /// "bình quân 7 triệu đồng", "500.000 đồng/người", "1 triệu đồng mỗi suất", "200.000 đồng một suất".
    static func isPerItem(_ tokens: [ProseToken], from start: Int, to end: Int) -> Bool {
        // The words of the clause before it ("mỗi suất gồm 10 kg gạo và 500.000 đồng"), up to a mark or "tổng".
        var words: [String] = []
        var position = start - 1
        while position >= 0, words.count < 8, tokens[position].kind != .punctuation {
            if tokens[position].kind == .word {
                if ["tổng", "cộng"].contains(tokens[position].normalized) { break }
                words.append(tokens[position].normalized)
            }
            position -= 1
        }
        words.reverse()
        if words.contains("mỗi") { return true }
        if zip(words, words.dropFirst()).contains(where: { ["bình quân", "trung bình"].contains("\($0) \($1)") }) {
            return true
        }
        guard end < tokens.count else { return false }
        if isPerUnitSlash(tokens, at: end) { return true }
        let after = tokens[end]
        if after.isWord("mỗi") { return true }
        if after.isWord("cho"), end + 1 < tokens.count, tokens[end + 1].isWord("mỗi") { return true }
        if after.isWord("một"), end + 1 < tokens.count, tokens[end + 1].kind == .word,
            perUnitNouns.contains(tokens[end + 1].normalized)
        {
            return true
        }
        return false
    }
}
