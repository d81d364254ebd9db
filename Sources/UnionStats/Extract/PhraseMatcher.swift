/// A phrase of the table found around a number of a sentence.
public struct PhraseMatch: Sendable, Equatable {
    /// The indicator's catalogue code.
    public let indicator: String
    /// The number's index in `SentenceReading.quantities`, or nil for a pattern that states its value.
    public let quantity: Int?
    /// How many words the pattern names (more is more specific).
    public let specificity: Int
    /// How many items the match covers, the number included (fewer is closer).
    public let span: Int
    /// The value a pattern without `#` states.
    public let statedValue: Int64?
}

/// Matches the phrase table's patterns against one sentence.
///
/// A word of a pattern matches the same word of the sentence (commas, colons and `…` between words are
/// read past); `…` matches any words of the sentence but never crosses `;` nor another number of the
/// same kind (money or count), except a number coordinated with the one sought ("9 tập thể và 21 cá
/// nhân được tặng giấy khen": both are counted by `# tập thể … giấy khen`-style patterns). Words inside
/// a list of examples ("như: hỗ trợ ăn trưa, thăm hỏi…") do not name the figure of a number outside it.
public struct PhraseMatcher: Sendable {
    private let patterns: [PhrasePattern]
    private let moneyIndicators: Set<String>
    private let ratioNumerators: Set<String>

    /// A matcher of `table`'s patterns; `catalogue` says which indicators are money and which are numerators of ratios.
    public init(table: PhraseTable, catalogue: Catalogue) {
        patterns = table.patterns
        moneyIndicators = Set(catalogue.indicators.filter { $0.measure == "đồng" }.map(\.code))
        var numerators: Set<String> = []
        for indicator in catalogue.indicators {
            if case .ratio(let numerator, _) = indicator.kind { numerators.insert(catalogue[numerator].code) }
        }
        ratioNumerators = numerators
    }

    /// Every match in `reading`, in pattern order then number order.
    public func matches(in reading: SentenceReading) -> [PhraseMatch] {
        let words = reading.items.compactMap(\.word)
        var found: [PhraseMatch] = []
        for pattern in patterns where conditionsHold(pattern, words: words) {
            if pattern.hasSlot {
                for (position, item) in reading.items.enumerated() {
                    guard case .quantity(let index) = item, fits(reading.quantities[index], pattern),
                        let span = match(pattern, at: position, in: reading)
                    else { continue }
                    found.append(
                        PhraseMatch(
                            indicator: pattern.indicator, quantity: index, specificity: pattern.wordCount, span: span,
                            statedValue: nil))
                }
            } else if let span = matchStatement(pattern, in: reading) {
                found.append(
                    PhraseMatch(
                        indicator: pattern.indicator, quantity: nil, specificity: pattern.wordCount, span: span,
                        statedValue: pattern.value))
            }
        }
        return found
    }

    /// The numbers of `reading` that are never taken whatever phrase fits them, and why: an amount per item that no
    /// pattern of an average takes; a part after "trong đó" of a total that no phrase names, or of a total of an
    /// earlier sentence ("Trong đó, 2 giải nhất …"), for a part is never the total.
    public func refusals(in reading: SentenceReading, matches: [PhraseMatch]) -> [Int: UntakenReason] {
        var refused: [Int: UntakenReason] = [:]
        for (index, quantity) in reading.quantities.enumerated() {
            if quantity.isPerItem, !matches.contains(where: { $0.quantity == index }) {
                refused[index] = .perItem
            } else if quantity.partOfEarlier {
                refused[index] = .partOfUntakenTotal
            } else if let total = quantity.partOf {
                guard let whole = NarrativeExtractor.best(matches.filter { $0.quantity == total }) else {
                    refused[index] = .partOfUntakenTotal
                    continue
                }
                // "kết nạp 30 đoàn viên, trong đó 12 đoàn viên nữ": the 12 are new members, not all women members;
                // a phrase that says more than the total's ("… 22 đoàn viên đã được kết nạp vào Đảng") is its own.
                let own = NarrativeExtractor.best(matches.filter { $0.quantity == index })
                if countsTheSame(reading, index, as: total), (own?.specificity ?? 0) <= whole.specificity {
                    refused[index] = .subset
                }
            }
        }
        return refused
    }

    /// Whether the part at `part` counts the same thing as the total at `total` (the same word after each number:
    /// "30 đoàn viên, trong đó 12 đoàn viên nữ"), so that it is a share of the total and no figure of its own.
    private func countsTheSame(_ reading: SentenceReading, _ part: Int, as total: Int) -> Bool {
        func noun(after quantity: Int) -> String? {
            guard let position = reading.items.firstIndex(of: .quantity(quantity)),
                position + 1 < reading.items.count
            else { return nil }
            return reading.items[position + 1].word
        }
        guard let first = noun(after: part) else { return false }
        return first == noun(after: total)
    }

    /// Whether a number of this kind can be a figure of `pattern`'s indicator (an amount per item only of an average).
    private func fits(_ quantity: Quantity, _ pattern: PhrasePattern) -> Bool {
        if quantity.isPerItem, !pattern.namesAverage { return false }
        let indicator = pattern.indicator
        return switch quantity.kind {
        case .money: moneyIndicators.contains(indicator)
        case .count: !moneyIndicators.contains(indicator)
        case .percent: ratioNumerators.contains(indicator)
        }
    }

    /// Whether the sentence has one of the required word groups and none of the excluded ones.
    private func conditionsHold(_ pattern: PhrasePattern, words: [String]) -> Bool {
        (pattern.requires.isEmpty || pattern.requires.contains { contains(words, $0) })
            && !pattern.unless.contains { contains(words, $0) }
    }

    private func contains(_ words: [String], _ group: [String]) -> Bool {
        guard group.count <= words.count else { return false }
        return (0...(words.count - group.count)).contains { start in
            Array(words[start..<(start + group.count)]) == group
        }
    }

    /// The span of `pattern` around the number at item `position`, or nil when it does not fit there.
    private func match(_ pattern: PhrasePattern, at position: Int, in reading: SentenceReading) -> Int? {
        let walk = Walk(reading: reading, slot: position)
        guard let first = walk.reach(Array(pattern.before.reversed()), from: position - 1, step: -1),
            let last = walk.reach(pattern.after, from: position + 1, step: 1)
        else { return nil }
        return last - first + 1
    }

    /// The span of a pattern without `#` found anywhere in the sentence.
    private func matchStatement(_ pattern: PhrasePattern, in reading: SentenceReading) -> Int? {
        guard case .word(let head)? = pattern.before.first else { return nil }
        for (position, item) in reading.items.enumerated() where item == .word(head) {
            let walk = Walk(reading: reading, slot: nil)
            if let last = walk.reach(Array(pattern.before.dropFirst()), from: position + 1, step: 1) {
                return last - position + 1
            }
        }
        return nil
    }
}

/// One attempt at matching elements from a position in one direction.
private struct Walk {
    let reading: SentenceReading
    /// The item of the number sought, or nil for a pattern without `#`.
    let slot: Int?

    private var items: [SentenceItem] { reading.items }

    /// The last item reached by matching `elements` from `start` going `step`, or nil when they do not match.
    /// With no elements, the item next to the start (the number itself) is the end.
    func reach(_ elements: [PhrasePattern.Element], from start: Int, step: Int) -> Int? {
        guard let element = elements.first else { return start - step }
        let rest = Array(elements.dropFirst())
        switch element {
        case .slot:
            return nil
        case .word(let word):
            var position = start
            while items.indices.contains(position), items[position].isTransparent { position += step }
            guard items.indices.contains(position), items[position] == .word(word), isVisible(position) else {
                return nil
            }
            return reach(rest, from: position + step, step: step)
        case .gap:
            var position = start
            while items.indices.contains(position) {
                if let end = reach(rest, from: position, step: step) { return end }
                guard canSkip(position) else { return nil }
                position += step
            }
            return nil
        }
    }

    /// Whether a gap may pass over the item at `position`.
    private func canSkip(_ position: Int) -> Bool {
        switch items[position] {
        case .boundary:
            return false
        case .quantity(let other):
            guard let slot, case .quantity(let sought) = items[slot] else { return false }
            // The price of one beside the total it makes ("mỗi suất trị giá 500.000 đồng, tổng trị giá 47,5 triệu
            // đồng"): passed over only to reach a number the text calls a total.
            if reading.quantities[other].isPerItem, namesTotal(before: slot) { return true }
            return !reading.quantities[other].blocks(reading.quantities[sought].kind) || coordinated(position, slot)
        default:
            return true
        }
    }

    /// Whether the few words before the number at `slot` call it a total: "tổng trị giá", "tổng số tiền", "tổng
    /// cộng", "thành tiền".
    private func namesTotal(before slot: Int) -> Bool {
        items[max(0, slot - 5)..<slot].contains { item in
            ["tổng", "cộng", "tiền"].contains(item.word ?? "")
        }
    }

    /// Whether the numbers at items `a` and `b` are listed side by side ("9 tập thể và 21 cá nhân").
    private func coordinated(_ a: Int, _ b: Int) -> Bool {
        let (first, second) = (min(a, b), max(a, b))
        guard second - first <= 7, second - first >= 3 else { return false }
        let between = items[(first + 1)..<second]
        guard
            between.allSatisfy({ item in
                if case .word = item { return true }
                return item == .comma
            })
        else { return false }
        return items[second - 1] == .comma || items[second - 1] == .word("và")
    }

    /// Whether the word at `position` may name the figure: not inside a list of examples that leaves the number out.
    private func isVisible(_ position: Int) -> Bool {
        guard let span = exampleSpan(containing: position) else { return true }
        guard let slot else { return true }
        return span.contains(slot)
    }

    /// The list of examples ("như: a, b, c…") holding the item at `position`, if any.
    private func exampleSpan(containing position: Int) -> Range<Int>? {
        var start: Int?
        for index in items.indices {
            if start == nil, index > 0, items[index] == .colon, items[index - 1] == .word("như") {
                start = index + 1
                continue
            }
            if let open = start, items[index] == .ellipsis || items[index] == .boundary {
                if (open..<index).contains(position) { return open..<index }
                start = nil
            }
        }
        if let open = start, (open..<items.count).contains(position) { return open..<items.count }
        return nil
    }
}
