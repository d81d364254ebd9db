/// Turns the sentences of a narrative report into draft figures, draft targets and a list of what was left.
///
/// Each sentence is read on its own (`QuantityReader`), the time of each of its parts judged against the
/// report's period (`SentenceTime.clauses`: a plan word governs its part and those after it; once a
/// sentence opens the plans, "6 tháng cuối năm 2021, …", every later one is a plan), and the phrase table
/// matched around its numbers (`PhraseMatcher`). A number takes the indicator
/// of the most specific phrase around it, then the closest; a tie between two indicators takes neither.
/// Numbers of one indicator in one sentence add up ("2 sáng kiến đạt giải nhì, 4 sáng kiến đạt giải
/// khuyến khích" = 6), except a part after "trong đó". Two achievements giving one indicator different
/// values give it none, and so do two plans giving one indicator and period different targets; a plan
/// and an achievement never conflict. `100%` of units becomes a count when the text gives the ratio's denominator ("100% cơ
/// quan, đơn vị tổ chức Hội nghị" with "53 CĐCS": 53). The result depends on nothing but the input.
public struct NarrativeExtractor: Sendable {
    private let catalogue: Catalogue
    private let matcher: PhraseMatcher
    private let labels: TableLabels

    /// An extractor with `table`'s vocabulary over `catalogue`'s indicators.
    public init(catalogue: Catalogue, table: PhraseTable) {
        self.catalogue = catalogue
        matcher = PhraseMatcher(table: table, catalogue: catalogue)
        labels = TableLabels(catalogue: catalogue)
    }

    /// The figures a part of a sentence gives one indicator.
    private struct Part {
        var indicator: String
        var values: [Int64] = []
        var approximate = false
        var percent: Int64?
        var sentence: Int
        var numbers: [String] = []
        /// When the part's numbers happen: every number of a part has the same time.
        var time = SentenceTime.ClauseTime(time: .current, borrowed: false)
    }

    /// The time of each quantity of `reading`, from the times of the sentence's parts between `,` and `;`;
    /// when the reading's parts do not line up with the tokens', every quantity takes the most cautious time
    /// of the sentence (its first that is not the report's; a plan is then only listed when some part is no plan).
    static func clauseTimes(
        of reading: SentenceReading, times: [SentenceTime.ClauseTime]
    ) -> [Int: SentenceTime.ClauseTime] {
        var result: [Int: SentenceTime.ClauseTime] = [:]
        var segment = 0
        for item in reading.items {
            switch item {
            case .comma, .boundary: segment += 1
            case .quantity(let index): result[index] = times.indices.contains(segment) ? times[segment] : nil
            default: continue
            }
        }
        guard segment + 1 == times.count, result.count == reading.quantities.count else {
            // Which number is in which part is not known: a mixed sentence gives no figure and no target.
            var cautious =
                times.first { $0.time != .current } ?? SentenceTime.ClauseTime(time: .current, borrowed: false)
            if cautious.time.isPlan, times.contains(where: { !$0.time.isPlan }) {
                cautious = SentenceTime.ClauseTime(time: cautious.time, borrowed: true)
            }
            return Dictionary(uniqueKeysWithValues: reading.quantities.indices.map { ($0, cautious) })
        }
        return result
    }

    /// Extracts from `paragraphs` (the text of a report of `period`).
    public func extract(paragraphs: [String], period: Period) -> Extraction {
        extract(sentences: SentenceSplitter.sentences(of: paragraphs), period: period)
    }

    /// Extracts from `blocks` (the paragraphs and table rows of a report of `period`): a table cell is read as
    /// its row's label and the cell, its time is its column's (`TableLabels.time`), and a label naming an
    /// indicator (its catalogue name) gives that indicator when no phrase names a more specific one.
    public func extract(blocks: [NarrativeBlock], period: Period) -> Extraction {
        extract(sentences: SentenceSplitter.sentences(of: blocks), period: period)
    }

    /// Extracts from the sentences of a report of `period`.
    private func extract(sentences: [NarrativeSentence], period: Period) -> Extraction {
        var untaken: [Int: [UntakenNumber]] = [:]
        var achieved: [Part] = []
        var planned: [(part: Part, period: Period)] = []
        var inPlans = false
        var plansPeriod: Period?
        let headings = Self.headings(sentences)
        for (number, sentence) in sentences.enumerated() {
            if let place = sentence.place {
                // A table cell: its time is its column's, for every number in it.
                let (time, reading, named) = labels.read(place, period: period)
                var left: [UntakenNumber] = []
                if let time {
                    let clause = SentenceTime.ClauseTime(time: time, borrowed: false)
                    let timeOf = Dictionary(uniqueKeysWithValues: reading.quantities.indices.map { ($0, clause) })
                    let parts = assign(
                        reading, sentence: number, timeOf: timeOf, sentenceTime: clause, left: &left, named: named)
                    route(parts, period: period, left: &left, achieved: &achieved, planned: &planned)
                } else {
                    let reason = TableLabels.reason(place.cell)
                    left = reading.quantities.map { UntakenNumber(text: $0.text, reason: reason) }
                }
                if !left.isEmpty { untaken[number, default: []] += left }
                continue
            }
            let tokens = ProseTokenizer.tokens(sentence.text)
            if !inPlans, SentenceTime.opensPlans(tokens, period: period) {
                inPlans = true
                plansPeriod = SentenceTime.plannedPeriod(tokens, period: period)
            }
            let times = SentenceTime.clauses(tokens, period: period).map { clause in
                guard inPlans else { return clause }
                if case .future(let named) = clause.time {
                    return SentenceTime.ClauseTime(time: .future(named ?? plansPeriod), borrowed: clause.borrowed)
                }
                return SentenceTime.ClauseTime(time: .future(plansPeriod), borrowed: false)
            }
            let reading = QuantityReader.read(tokens: tokens, heading: headings.contains(number))
            let timeOf = Self.clauseTimes(of: reading, times: times)
            var left: [UntakenNumber] = []
            // A statement without a number ("không để xảy ra tai nạn lao động") takes the sentence's time
            // only when all its parts have the same.
            let sentenceTime = times.allSatisfy { $0 == times[0] } ? times[0] : nil
            let parts = assign(reading, sentence: number, timeOf: timeOf, sentenceTime: sentenceTime, left: &left)
            route(parts, period: period, left: &left, achieved: &achieved, planned: &planned)
            if !left.isEmpty { untaken[number, default: []] += left }
        }
        let figures = settleFigures(achieved, sentences: sentences, untaken: &untaken)
        let targets = settleTargets(planned, sentences: sentences, untaken: &untaken)
        let listed = untaken.keys.sorted().compactMap { index -> UntakenSentence? in
            guard let numbers = untaken[index], !numbers.isEmpty else { return nil }
            return UntakenSentence(sentence: sentences[index].text, numbers: numbers)
        }
        return Extraction(figures: figures, targets: targets, untaken: listed)
    }

    /// Puts a sentence's parts with the figures, the targets or the numbers left, each by its own time.
    private func route(
        _ parts: [Part], period: Period, left: inout [UntakenNumber], achieved: inout [Part],
        planned: inout [(part: Part, period: Period)]
    ) {
        for part in parts {
            switch part.time.time {
            case .current:
                achieved.append(part)
            case .future where part.time.borrowed:
                left += part.numbers.map { UntakenNumber(text: $0, reason: .plan) }
            case .future(let named):
                // A plan naming no period is for the report's year, but in a year's report it may be
                // next year's: not guessed.
                let target =
                    named ?? (period.length == .year ? nil : Period(year: period.year, length: .year, index: 1))
                if let target, target.length != .quarter {
                    planned.append((part, target))
                } else {
                    let reason: UntakenReason = target == nil ? .unnamedTargetPeriod : .targetPeriod
                    left += part.numbers.map { UntakenNumber(text: $0, reason: reason) }
                }
            case .past(let earlier):
                left += part.numbers.map { UntakenNumber(text: $0, reason: .otherPeriod(earlier.label)) }
            case .part(let inner):
                left += part.numbers.map { UntakenNumber(text: $0, reason: .partOfPeriod(inner.label)) }
            }
        }
    }

    /// The sentences that are headings: alone on their line, short, not ended by `.`, `!`, `?`, `…` or `;`.
    static func headings(_ sentences: [NarrativeSentence]) -> Set<Int> {
        var counts: [Int: Int] = [:]
        for sentence in sentences { counts[sentence.paragraph, default: 0] += 1 }
        return Set(
            sentences.indices.filter { index in
                let sentence = sentences[index]
                guard counts[sentence.paragraph] == 1, let last = sentence.text.last, !".!?…;".contains(last) else {
                    return false
                }
                return sentence.text.split(separator: " ").count <= 20
            })
    }

    /// The parts one sentence gives, indicator by indicator; numbers left out go to `left`.
    /// `named` is the indicator a table row's label names, matched to every number it fits.
    private func assign(
        _ reading: SentenceReading, sentence: Int, timeOf: [Int: SentenceTime.ClauseTime],
        sentenceTime: SentenceTime.ClauseTime?, left: inout [UntakenNumber], named: String? = nil
    ) -> [Part] {
        let matches = matcher.matches(in: reading) + labels.matches(named, in: reading)
        let refused = matcher.refusals(in: reading, matches: matches)
        var parts: [Part] = []
        let plain = SentenceTime.ClauseTime(time: .current, borrowed: false)
        func add(_ indicator: String, time: SentenceTime.ClauseTime, _ update: (inout Part) -> Void) {
            if let index = parts.firstIndex(where: { $0.indicator == indicator && $0.time == time }) {
                update(&parts[index])
            } else {
                var part = Part(indicator: indicator, sentence: sentence, time: time)
                update(&part)
                parts.append(part)
            }
        }
        for (index, quantity) in reading.quantities.enumerated() {
            if quantity.isForeignFormat {
                left.append(UntakenNumber(text: quantity.text, reason: .notVietnameseFormat))
                continue
            }
            if let reason = refused[index] {
                left.append(UntakenNumber(text: quantity.text, reason: reason))
                continue
            }
            let time = timeOf[index] ?? plain
            let candidates = matches.filter { $0.quantity == index }
            guard let best = Self.best(candidates) else {
                let indicators = Set(candidates.map(\.indicator)).sorted()
                let reason: UntakenReason =
                    quantity.isChange
                    ? .change
                    : quantity.value == nil
                        ? (quantity.kind == .percent ? .percentage : .notWhole)
                        : !indicators.isEmpty
                            ? .ambiguous(indicators)
                            : quantity.kind == .percent
                                ? .percentage : time.time.isPlan ? .plan : .noPhrase
                left.append(UntakenNumber(text: quantity.text, reason: reason))
                continue
            }
            guard !quantity.isChange, let value = quantity.value else {
                let reason: UntakenReason =
                    quantity.isChange ? .change : quantity.kind == .percent ? .percentage : .notWhole
                left.append(UntakenNumber(text: quantity.text, reason: reason))
                continue
            }
            if quantity.afterSubset, parts.contains(where: { $0.indicator == best.indicator && $0.time == time }) {
                left.append(UntakenNumber(text: quantity.text, reason: .subset))
                continue
            }
            add(best.indicator, time: time) { part in
                if quantity.kind == .percent {
                    part.percent = value
                } else {
                    part.values.append(value)
                }
                part.approximate = part.approximate || quantity.approximate
                part.numbers.append(quantity.text)
            }
        }
        for statement in matches
        where statement.quantity == nil && !parts.contains(where: { $0.indicator == statement.indicator }) {
            guard let value = statement.statedValue, let sentenceTime else { continue }
            add(statement.indicator, time: sentenceTime) { $0.values.append(value) }
        }
        return parts.filter { !$0.values.isEmpty || $0.percent != nil }
    }

    /// The single best match: most specific, then closest; nil when there is none or two indicators tie.
    static func best(_ candidates: [PhraseMatch]) -> PhraseMatch? {
        let ordered = candidates.sorted { ($0.specificity, -$0.span) > ($1.specificity, -$1.span) }
        guard let first = ordered.first else { return nil }
        let tied = ordered.filter { $0.specificity == first.specificity && $0.span == first.span }
        return Set(tied.map(\.indicator)).count == 1 ? first : nil
    }

    /// One figure per indicator from the sentences' parts; conflicts and unresolved percentages go to `untaken`.
    private func settleFigures(
        _ parts: [Part], sentences: [NarrativeSentence], untaken: inout [Int: [UntakenNumber]]
    ) -> [ExtractedFigure] {
        var chosen: [String: (value: Int64, part: Part, note: String)] = [:]
        let counted = parts.filter { $0.percent == nil }
        for indicator in Set(counted.map(\.indicator)) {
            let group = counted.filter { $0.indicator == indicator }
            let values = Set(group.map { $0.values.reduce(0, +) })
            guard values.count == 1, let first = group.first else {
                for part in group {
                    untaken[part.sentence, default: []] += part.numbers.map {
                        UntakenNumber(text: $0, reason: .conflict(indicator))
                    }
                }
                continue
            }
            chosen[indicator] = (first.values.reduce(0, +), first, note(first, sentences: sentences))
        }
        for part in parts {
            guard let percent = part.percent else { continue }
            if percent == 100, let total = denominatorValue(of: part.indicator, in: chosen),
                chosen[part.indicator].map({ $0.value == total }) ?? true
            {
                if chosen[part.indicator] == nil {
                    chosen[part.indicator] = (total, part, note(part, sentences: sentences, whole: total))
                }
            } else {
                untaken[part.sentence, default: []] += part.numbers.map { UntakenNumber(text: $0, reason: .percentage) }
            }
        }
        return catalogue.indicators.compactMap { indicator in
            chosen[indicator.code].map {
                ExtractedFigure(
                    indicator: indicator.code, value: $0.value, note: $0.note,
                    sentence: sentences[$0.part.sentence].text)
            }
        }
    }

    /// The value found for the denominator of the ratio whose numerator is `indicator`.
    private func denominatorValue(
        of indicator: String, in chosen: [String: (value: Int64, part: Part, note: String)]
    ) -> Int64? {
        for ratio in catalogue.indicators {
            guard case .ratio(let numerator, let denominator) = ratio.kind, catalogue[numerator].code == indicator,
                let total = chosen[catalogue[denominator].code], !total.part.approximate
            else { continue }
            return total.value
        }
        return nil
    }

    /// One draft target per indicator and period; a percentage becomes the target of the ratio it is the numerator of.
    private func settleTargets(
        _ planned: [(part: Part, period: Period)], sentences: [NarrativeSentence], untaken: inout [Int: [UntakenNumber]]
    ) -> [DraftTarget] {
        var chosen: [String: DraftTarget] = [:]
        var offered: [String: [(value: Int64, part: Part)]] = [:]
        var order: [String] = []
        for (part, period) in planned {
            var code = part.indicator
            var value = part.values.reduce(0, +)
            if let percent = part.percent {
                guard
                    let ratio = catalogue.indicators.first(where: { indicator in
                        if case .ratio(let numerator, _) = indicator.kind {
                            return catalogue[numerator].code == part.indicator
                        }
                        return false
                    })
                else { continue }
                code = ratio.code
                value = percent
            }
            let key = "\(code)|\(period)"
            if offered[key] == nil { order.append(key) }
            offered[key, default: []].append((value, part))
            if chosen[key] == nil {
                chosen[key] = DraftTarget(
                    indicator: code, period: period, value: value, note: note(part, sentences: sentences))
            }
        }
        // Two plans giving one indicator and period different targets give it none; both are listed.
        for key in order {
            guard let offers = offered[key], Set(offers.map(\.value)).count > 1, let code = chosen[key]?.indicator
            else { continue }
            chosen[key] = nil
            for offer in offers {
                untaken[offer.part.sentence, default: []] += offer.part.numbers.map {
                    UntakenNumber(text: $0, reason: .conflict(code))
                }
            }
        }
        return chosen.values.sorted {
            (catalogue.position(of: $0.indicator) ?? 0, $0.period) < (
                catalogue.position(of: $1.indicator) ?? 0, $1.period
            )
        }
    }

    /// The note of a part: the sentence after the prefixes that apply.
    private func note(_ part: Part, sentences: [NarrativeSentence], whole: Int64? = nil) -> String {
        var prefixes: [String] = []
        if part.approximate { prefixes.append(ExtractText.approximatePrefix) }
        if part.values.count > 1 { prefixes.append(ExtractText.sumPrefix(part.values)) }
        if let whole { prefixes.append(ExtractText.wholePrefix(whole)) }
        return (prefixes + [sentences[part.sentence].text]).joined(separator: " ")
    }
}
