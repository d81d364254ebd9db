/// A number of a sentence that may be a figure: a count, an amount of money or a percentage.
public struct Quantity: Sendable, Equatable {
    /// What the number counts.
    public enum Kind: Sendable, Equatable {
        /// People, units, prizes…: a whole number (`42/42 đơn vị` counts 42).
        case count
        /// Đồng, after its scale word: `51,5 triệu đồng` is 51.500.000.
        case money
        /// A percentage: `100%`.
        case percent
    }

    /// What the number counts.
    public let kind: Kind
    /// The whole value (đồng for money, points for a percentage), or nil when it is not whole.
    public let value: Int64?
    /// The number as written, with its scale and currency words: "216,8 triệu đồng", "42/42".
    public let text: String
    /// Whether the text hedges it ("trên", "gần", "khoảng", "hơn"…).
    public let approximate: Bool
    /// Whether it is a rise or fall ("tăng 5 CĐCS"), not a level.
    public let isChange: Bool
    /// Whether it comes after "trong đó" (a part of a figure named before it).
    public let afterSubset: Bool
    /// Whether it is not written the Vietnamese way, or may be read two ways (`2.5`, `1,234,567`, `1,234`):
    /// its value is nil, it is never taken, and its sentence is listed.
    public let isForeignFormat: Bool
    /// Whether it is an amount for one item, person or unit ("mỗi suất trị giá 500.000 đồng", "500.000 đồng/người",
    /// "bình quân … /người"), never a total: only a pattern of an average ("bình quân", "mỗi") takes it.
    public let isPerItem: Bool
    /// For a part after "trong đó" (or "gồm" after a number): the index of the total it is a part of, the last
    /// number of its kind before the marker, if any.
    public let partOf: Int?
    /// Whether it is a part of a total of an earlier sentence (the sentence opens with "Trong đó").
    public let partOfEarlier: Bool

    /// Creates a quantity.
    public init(
        kind: Kind, value: Int64?, text: String, approximate: Bool = false, isChange: Bool = false,
        afterSubset: Bool = false,
        isForeignFormat: Bool = false, isPerItem: Bool = false, partOf: Int? = nil, partOfEarlier: Bool = false
    ) {
        self.kind = kind
        self.value = isForeignFormat ? nil : value
        self.text = text
        self.approximate = approximate
        self.isChange = isChange
        self.afterSubset = afterSubset
        self.isForeignFormat = isForeignFormat
        self.isPerItem = isPerItem
        self.partOf = partOf
        self.partOfEarlier = partOfEarlier
    }

    /// The same number as a part after "trong đó" of the number at `total`, or of a total of an earlier sentence.
    func asPart(of total: Int?, earlier: Bool) -> Quantity {
        Quantity(
            kind: kind, value: value, text: text, approximate: approximate, isChange: isChange,
            afterSubset: afterSubset,
            isForeignFormat: isForeignFormat, isPerItem: isPerItem, partOf: total, partOfEarlier: earlier)
    }

    /// Whether a gap of a phrase may not cross it when looking for a figure of `kind` (money and counts do not block
    /// each other).
    func blocks(_ other: Kind) -> Bool { (kind == .money) == (other == .money) }
}

/// One element of a sentence as phrases see it.
public enum SentenceItem: Sendable, Equatable {
    /// A word in comparable form.
    case word(String)
    /// A number that may be a figure: the index of its `Quantity`.
    case quantity(Int)
    /// A number that is not a figure (date, year, ordinal, code, programme name…).
    case masked
    /// `,` (phrases read past it).
    case comma
    /// `:` (phrases read past it).
    case colon
    /// `…` or `...` (phrases read past it; it closes a list of examples).
    case ellipsis
    /// `;`: a phrase never reaches across it.
    case boundary

    /// Whether phrases read past this item between two words.
    var isTransparent: Bool {
        switch self {
        case .comma, .colon, .ellipsis: true
        default: false
        }
    }

    /// The word, if the item is one.
    var word: String? {
        if case .word(let word) = self { return word }
        return nil
    }
}
