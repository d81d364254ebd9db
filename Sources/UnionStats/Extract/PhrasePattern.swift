/// One row of the phrase table: the words around a figure of one indicator.
///
/// A pattern is written as words with `#` where the number stands and `…` (or `...`) where any words
/// may come between, e.g. `nâng lương … cho # người`, `# sáng kiến đạt giải`, `quỹ xã hội … #`. Words
/// are compared without case, commas or quotes, and with either tone placement (`hoá` = `hóa`). A
/// pattern without `#` states the value itself (`không để xảy ra tai nạn lao động` with value 0).
public struct PhrasePattern: Sendable, Equatable {
    /// One element of a pattern.
    public enum Element: Sendable, Equatable {
        /// A word, in comparable form.
        case word(String)
        /// Any words of the same sentence (never across `;` nor past another number of the same kind).
        case gap
        /// The number.
        case slot
    }

    /// The indicator's catalogue code.
    public let indicator: String
    /// The elements before the number, in reading order (everything when there is no number).
    public let before: [Element]
    /// The elements after the number.
    public let after: [Element]
    /// Whether the pattern has a `#`.
    public let hasSlot: Bool
    /// Groups of words of which one must appear somewhere in the sentence (empty: no condition).
    public let requires: [[String]]
    /// Groups of words none of which may appear in the sentence.
    public let unless: [[String]]
    /// The value a pattern without `#` states.
    public let value: Int64?
    /// The line of the phrase table it comes from.
    public let line: Int

    /// Whether the pattern names an average or an amount per item ("lương bình quân … #", "mỗi suất … #"): only
    /// such a pattern takes a number for one item or person.
    public var namesAverage: Bool {
        let words = (before + after).compactMap { element -> String? in
            if case .word(let word) = element { return word }
            return nil
        }
        if words.contains("mỗi") { return true }
        return zip(words, words.dropFirst()).contains { ["bình quân", "trung bình"].contains("\($0) \($1)") }
    }

    /// How many words the pattern names: a pattern naming more words is more specific.
    public var wordCount: Int {
        (before + after).filter { if case .word = $0 { return true } else { return false } }.count
    }

    /// Reads a pattern; nil when it has more than one `#`, no word, or starts or ends with `…` next to nothing.
    public init?(
        indicator: String, pattern: String, requires: String = "", unless: String = "", value: Int64? = nil,
        line: Int = 0
    ) {
        var elements: [Element] = []
        for token in ProseTokenizer.tokens(pattern.replacingOccurrences(of: "#", with: " \u{1} ")) {
            if token.text == "\u{1}" {
                elements.append(.slot)
            } else if token.isMark("…") {
                if elements.last != .gap { elements.append(.gap) }
            } else if token.kind == .word || token.kind == .numeral {
                elements.append(.word(token.normalized))
            }
        }
        let slots = elements.filter { $0 == .slot }.count
        guard slots <= 1, elements.contains(where: { if case .word = $0 { return true } else { return false } }),
            elements.first != .gap, elements.last != .gap, slots == 1 || value != nil
        else { return nil }
        if let slot = elements.firstIndex(of: .slot) {
            before = Array(elements[..<slot])
            after = Array(elements[(slot + 1)...])
        } else {
            before = elements
            after = []
        }
        hasSlot = slots == 1
        self.indicator = indicator
        self.requires = Self.groups(requires)
        self.unless = Self.groups(unless)
        self.value = value
        self.line = line
    }

    /// `covid|dịch bệnh` → [["covid"], ["dịch", "bệnh"]].
    static func groups(_ text: String) -> [[String]] {
        text.split(separator: "|").map { group in
            ProseTokenizer.tokens(String(group)).filter { $0.kind == .word || $0.kind == .numeral }.map(\.normalized)
        }.filter { !$0.isEmpty }
    }
}
