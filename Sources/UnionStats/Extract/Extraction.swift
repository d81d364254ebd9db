/// A figure found in a narrative report, with the sentence it comes from.
public struct ExtractedFigure: Sendable, Equatable {
    /// The indicator's catalogue code.
    public let indicator: String
    /// The value: whole people, units… or đồng.
    public let value: Int64
    /// The CSV note: the sentence, after `[xấp xỉ]`, `[cộng 2 + 4]` or `[100% × 53]` when they apply.
    public let note: String
    /// The sentence as written.
    public let sentence: String
}

/// A target found in a sentence about plans: a draft row of `targets.csv`.
public struct DraftTarget: Sendable, Equatable {
    /// The indicator's catalogue code.
    public let indicator: String
    /// The year or half-year the target is for.
    public let period: Period
    /// The target value (a percentage for a ratio).
    public let value: Int64
    /// The sentence, after the same prefixes as a figure's note.
    public let note: String
}

/// A number of the narrative that became neither a figure nor a target, and why.
public struct UntakenNumber: Sendable, Equatable {
    /// The number as written ("216,8 triệu đồng", "9").
    public let text: String
    /// Why it was not taken.
    public let reason: UntakenReason
}

/// A sentence holding numbers that were not taken.
public struct UntakenSentence: Sendable, Equatable {
    /// The sentence as written.
    public let sentence: String
    /// Its numbers that were not taken, in order.
    public let numbers: [UntakenNumber]
}

/// What `NarrativeExtractor` found in one narrative report.
public struct Extraction: Sendable, Equatable {
    /// The figures, in catalogue order, one per indicator.
    public let figures: [ExtractedFigure]
    /// The draft targets, in catalogue order then by period.
    public let targets: [DraftTarget]
    /// The sentences with numbers not taken, in text order.
    public let untaken: [UntakenSentence]
}
