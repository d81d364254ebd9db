/// When a sentence's figures happen, relative to the report's period.
public enum SentenceTime: Sendable, Equatable {
    /// The report's period, or a longer one holding it ("Năm 2021, …" in a half-year report).
    case current
    /// A plan or target: plan words, or a period after the report's (the period when the sentence names one).
    case future(Period?)
    /// An earlier period.
    case past(Period)
    /// A part of the report's period ("Quý I" in a half-year report).
    case part(Period)

    /// Whether this is a plan.
    public var isPlan: Bool {
        if case .future = self { return true }
        return false
    }

    /// Reads the time of a sentence for a report of `period`: the time of its first part that is not
    /// the report's own (see `clauses`), or `.current` when every part is the report's.
    public static func of(_ tokens: [ProseToken], period: Period) -> SentenceTime {
        clauses(tokens, period: period).first { $0.time != .current }?.time ?? .current
    }

    /// The time of one part of a sentence (the words between two `,` or `;`), and whether the part only
    /// borrows it from a plan word that comes after it in the same clause.
    public struct ClauseTime: Sendable, Equatable {
        /// When the part's figures happen.
        public let time: SentenceTime
        /// Whether a plan word later in the clause gives the part its time ("Kết nạp 200 đoàn viên, đó
        /// là chỉ tiêu năm 2026"): a plan, but not sure enough to be a target.
        public let borrowed: Bool
    }

    /// The time of each part of a sentence, split at `,` and `;`, for a report of `period`.
    ///
    /// A part marks its own time with a plan word ("phấn đấu", "chỉ tiêu", "kế hoạch", "sẽ", "dự kiến",
    /// "đề ra", "mục tiêu", "phương hướng", "định hướng"; not "tiếp tục", not "đạt 80% kế hoạch", "theo
    /// kế hoạch", "chỉ tiêu đề ra"), a later period ("6 tháng cuối năm" in a half-year report, "năm tới",
    /// "thời gian tới"), an earlier period, a part of the report's period, or the report's own ("6 tháng
    /// đầu năm", "đã"). A part without a mark keeps the time of the part before it: a plan word governs
    /// the rest of the sentence until a part says otherwise ("Trong 6 tháng đầu năm đã kết nạp 150 đoàn
    /// viên, phấn đấu cả năm kết nạp 300": 150 is an achievement, 300 a plan). The parts before a mark in
    /// its clause (up to the last `;`) that had no time of their own take the mark's time too, a plan as
    /// `borrowed`. Periods are "6 tháng đầu/cuối năm [2021]", "những tháng cuối năm", "3 tháng đầu năm",
    /// "Quý II[/2021]", "năm 2021", "năm nay", "năm tới", "thời gian tới". A period named after "so với" or "cùng kỳ" is a comparison and does not count.
    public static func clauses(_ tokens: [ProseToken], period: Period) -> [ClauseTime] {
        var segments: [[ProseToken]] = [[]]
        var clauseStarts: [Bool] = [true]
        for token in tokens {
            if token.kind == .punctuation, token.text == "," || token.text == ";" {
                segments.append([])
                clauseStarts.append(token.text == ";")
            } else {
                segments[segments.count - 1].append(token)
            }
        }
        let own = segments.map { mark($0, period: period) }
        var times: [ClauseTime] = []
        var source: [Int?] = []
        var state = ClauseTime(time: .current, borrowed: false)
        var stateSource: Int?
        for (index, mark) in own.enumerated() {
            if var mark {
                if case .future(nil) = mark, case .future(let named?) = state.time { mark = .future(named) }
                state = ClauseTime(time: mark, borrowed: false)
                stateSource = index
            }
            times.append(state)
            source.append(stateSource)
        }
        for (index, mark) in own.enumerated() {
            guard let mark, mark != .current, !clauseStarts[index] else { continue }
            var before = index - 1
            while before >= 0, own[before] == nil, source[before] == nil {
                let isPlan: Bool
                if case .future = mark { isPlan = true } else { isPlan = false }
                times[before] = ClauseTime(time: mark, borrowed: isPlan)
                if clauseStarts[before] { break }
                before -= 1
            }
        }
        return times
    }

    /// The time a part of a sentence marks itself, nil when it has no mark.
    static func mark(_ tokens: [ProseToken], period: Period) -> SentenceTime? {
        let mentions = PeriodMentions(tokens, period: period).found.filter { !$0.isComparison }
        if let future = mentions.first(where: { $0.isFuture(of: period) }) { return .future(future.period) }
        if hasPlanWord(tokens) { return .future(nil) }
        if let past = mentions.first(where: { $0.period.map { isBefore($0, period) } ?? false }),
            let earlier = past.period
        {
            return .past(earlier)
        }
        if let part = mentions.first(where: { $0.period.map { $0 != period && period.contains($0) } ?? false }),
            let inner = part.period
        {
            return .part(inner)
        }
        if !mentions.isEmpty || tokens.contains(where: { $0.kind == .word && $0.normalized == "đã" }) {
            return .current
        }
        return nil
    }

    /// Whether the sentence opens with a later period or a heading of plans ("6 tháng cuối năm 2021, …",
    /// "Phương hướng, nhiệm vụ …"): everything after it in the report is a plan.
    public static func opensPlans(_ tokens: [ProseToken], period: Period) -> Bool {
        let words = tokens.filter { $0.kind != .punctuation }.prefix(3).map(\.normalized)
        if words.starts(with: ["phương", "hướng"]) || words.starts(with: ["nhiệm", "vụ", "trọng"]) { return true }
        return PeriodMentions(tokens, period: period).found.contains { $0.wordIndex <= 1 && $0.isFuture(of: period) }
    }

    /// The period after the report's that a sentence opening the plans names, if any.
    public static func plannedPeriod(_ tokens: [ProseToken], period: Period) -> Period? {
        PeriodMentions(tokens, period: period).found.first { !$0.isComparison && $0.isFuture(of: period) }?.period
    }

    /// Words before "kế hoạch", "chỉ tiêu", "mục tiêu" or "định hướng" (up to three words back) that make
    /// it a measure of what was done ("đạt 80% kế hoạch", "vượt mức các chỉ tiêu", "theo kế hoạch").
    static let measuredAgainst: Set<String> = ["đạt", "vượt", "theo", "thành", "với", "%", "mức"]
    /// Nouns of plans after which "đề ra" says who set them, not that something is planned ("chỉ tiêu đề ra").
    static let planNouns: Set<String> = ["tiêu", "hoạch", "vụ", "quyết", "trình"]

    /// Whether the tokens hold a word of plans or targets.
    static func hasPlanWord(_ tokens: [ProseToken]) -> Bool {
        let words = tokens.map { $0.kind == .word ? $0.normalized : $0.text }
        for index in words.indices {
            let next = index + 1 < words.count ? words[index + 1] : ""
            let before = words[max(0, index - 3)..<index]
            let measured = before.contains { measuredAgainst.contains($0) }
            switch (words[index], next) {
            case ("phấn", "đấu"), ("dự", "kiến"), ("phương", "hướng"):
                return true
            case ("sẽ", _):
                return true
            case ("kế", "hoạch"), ("chỉ", "tiêu"), ("mục", "tiêu"), ("định", "hướng"):
                if !measured { return true }
            case ("đề", "ra"):
                if !words[max(0, index - 5)..<index].contains(where: { planNouns.contains($0) }) { return true }
            default:
                continue
            }
        }
        return false
    }

    /// Whether `earlier` ends before `period` starts.
    static func isBefore(_ earlier: Period, _ period: Period) -> Bool {
        (earlier.year, earlier.lastQuarter) < (period.year, period.firstQuarter)
    }
}

/// A period named in a sentence.
struct PeriodMention: Equatable {
    /// The period, or nil for "thời gian tới", "sắp tới" (some time later).
    let period: Period?
    /// Where it starts, counting words and numbers.
    let wordIndex: Int
    /// Whether it follows "so với" or "cùng kỳ".
    let isComparison: Bool

    /// Whether it lies after `report` (or is an unnamed later time).
    func isFuture(of report: Period) -> Bool {
        guard let period else { return true }
        return (period.year, period.firstQuarter) > (report.year, report.lastQuarter)
    }
}

/// Finds the periods a sentence names.
struct PeriodMentions {
    /// The mentions, in order.
    private(set) var found: [PeriodMention] = []

    private static let romanQuarters = ["i": 1, "ii": 2, "iii": 3, "iv": 4, "1": 1, "2": 2, "3": 3, "4": 4]

    init(_ tokens: [ProseToken], period report: Period) {
        let words = tokens.filter { $0.kind != .punctuation || $0.text == "/" }.map(\.normalized)
        func word(_ index: Int) -> String { words.indices.contains(index) ? words[index] : "" }
        func year(at index: Int) -> Int? {
            let text = word(index)
            guard text.count == 4, let value = Int(text), (1900...2100).contains(value) else { return nil }
            return value
        }
        var index = 0
        while index < words.count {
            let comparison = (max(0, index - 3)..<index).contains {
                (word($0) == "so" && word($0 + 1) == "với") || (word($0) == "cùng" && word($0 + 1) == "kỳ")
            }
            var period: Period??
            var length = 1
            let span = [word(index), word(index + 1), word(index + 2), word(index + 3)]
            if ["6", "sáu", "những", "các"].contains(span[0]), span[1] == "tháng", ["đầu", "cuối"].contains(span[2]),
                span[3] == "năm"
            {
                let explicit = year(at: index + 4)
                period = Period(year: explicit ?? report.year, length: .half, index: span[2] == "đầu" ? 1 : 2)
                length = explicit == nil ? 4 : 5
            } else if ["3", "ba"].contains(span[0]), span[1] == "tháng", span[2] == "đầu", span[3] == "năm" {
                let explicit = year(at: index + 4)
                period = Period(year: explicit ?? report.year, length: .quarter, index: 1)
                length = explicit == nil ? 4 : 5
            } else if span[0] == "quý", let quarter = Self.romanQuarters[span[1]] {
                let explicit = span[2] == "/" || span[2] == "năm" ? year(at: index + 3) : nil
                period = Period(year: explicit ?? report.year, length: .quarter, index: quarter)
                length = explicit == nil ? 2 : 4
            } else if span[0] == "năm", let value = year(at: index + 1) {
                period = Period(year: value, length: .year, index: 1)
                length = 2
            } else if span[0] == "năm", span[1] == "nay" || (index > 0 && word(index - 1) == "cả") {
                period = Period(year: report.year, length: .year, index: 1)
            } else if span[0] == "năm", ["tới", "sau"].contains(span[1]) {
                period = Period(year: report.year + 1, length: .year, index: 1)
                length = 2
            } else if (span[0] == "thời" && span[1] == "gian" && ["tới", "tiếp"].contains(span[2]))
                || (span[0] == "sắp" && span[1] == "tới")
                || (span[0] == "giai" && span[1] == "đoạn" && span[2] == "tới")
            {
                period = .some(nil)
                length = 2
            }
            if let period {
                found.append(PeriodMention(period: period, wordIndex: index, isComparison: comparison))
                index += length
            } else {
                index += 1
            }
        }
    }
}
