/// A figure as it arrived: typed text (read the Vietnamese way) or a spreadsheet number (its exact literal).
enum RawValue {
    /// Text from a CSV field or a text cell.
    case text(String)
    /// A numeric cell's literal, e.g. `2686`, `51.25`, `1.5E7`.
    case number(String)
}

/// Turns one reported (unit, period, indicator, value) into a stored observation or a finding.
///
/// Shared by every report format; remembers the last unit and period looked up, since a report
/// usually lists one unit's figures together.
struct ObservationRecorder {
    let history: UnitHistory
    let settings: Settings
    let catalogue: Catalogue
    /// Codes of units.csv that no tree holds (bad row, unknown parent, cycle, second root).
    let leftOut: Set<String>
    /// Where the trees built while reading send their placement findings.
    let findings: FindingEmitter
    private var lastUnit: (code: String, id: Int?) = ("", nil)
    private var lastPeriod: (text: String, period: Period?, tree: UnitTree?) = ("", nil, nil)
    /// Units already said to be outside their period's tree, so each (unit, period) is said once per file.
    private var saidNotInTree: [Period: Set<Int>] = [:]
    /// Suggestions already worked out for unknown unit codes (nil when none is close).
    private var suggestions: [String: String?] = [:]

    init(history: UnitHistory, settings: Settings, catalogue: Catalogue, leftOut: Set<String> = [], findings: FindingEmitter) {
        self.history = history
        self.settings = settings
        self.catalogue = catalogue
        self.leftOut = leftOut
        self.findings = findings
    }

    /// Checks and stores one value; every problem becomes a finding at `source`.
    mutating func record(
        unit code: String, period periodText: String, indicator indicatorCode: String, value raw: RawValue,
        at source: ObservationStore.SourceRef, store: inout ObservationStore, findings: FindingEmitter
    ) {
        if lastUnit.code != code { lastUnit = (code, leftOut.contains(code) ? nil : history.id(of: code)) }
        if lastPeriod.text != periodText {
            let period = Period(periodText)
            lastPeriod = (periodText, period, nil)
            if let period {
                store.notePeriod(period, in: source.file)
                if history.isDated {
                    lastPeriod.tree = history.tree(at: settings.referenceDate(of: period), findings: self.findings)
                }
            }
        }
        guard let unit = lastUnit.id else {
            findings.emit(unknownUnitMessage(code), at: store.location(of: source), unit: code, indicator: indicatorCode, period: lastPeriod.period)
            return
        }
        guard let period = lastPeriod.period else {
            findings.emit(.badPeriod(text: periodText), at: store.location(of: source), unit: code, indicator: indicatorCode)
            return
        }
        if let tree = lastPeriod.tree, tree.index(ofID: unit) == nil {
            let day = settings.referenceDate(of: period)
            if history.isValid(unit, on: day) {
                // Valid that day but not placed in its tree (its parent is missing then): as a unit left out.
                findings.emit(.unitLeftOut(code: code), at: store.location(of: source), unit: code, indicator: indicatorCode, period: period)
                return
            }
            if saidNotInTree[period, default: []].insert(unit).inserted {
                let versions = (first: history.firstVersion(of: unit), last: history.lastVersion(of: unit))
                findings.emit(
                    .unitNotInTree(code: code, period: period, day: day, validFrom: versions.first?.validFrom, validTo: versions.last?.validTo),
                    at: store.location(of: source), unit: code, period: period)
            }
        }
        guard let position = catalogue.position(of: indicatorCode) else {
            let suggestion = Suggestion.nearest(to: indicatorCode, among: catalogue.indicators.map(\.code))
            findings.emit(.unknownIndicator(code: indicatorCode, suggestion: suggestion), at: store.location(of: source), unit: code, indicator: indicatorCode, period: period)
            return
        }
        let indicator = catalogue[position]
        guard indicator.isReportable else {
            findings.emit(.ratioIgnored(code: catalogue[position].label, value: raw.shown), at: store.location(of: source), unit: code, indicator: indicatorCode, period: period)
            return
        }
        guard let value = readValue(raw, indicator: indicator, source: source, store: store, unit: code, period: period, findings: findings) else { return }
        switch store.record(value, unit: unit, indicator: position, period: period, source: source) {
        case .recorded:
            break
        case .sameAsBefore(let first):
            findings.emit(.duplicateSame(unit: code, indicator: catalogue[position].label, period: period, first: store.location(of: first)), at: store.location(of: source), unit: code, indicator: indicatorCode, period: period)
        case .alreadyInConflict(let first):
            findings.emit(.duplicateAgain(unit: code, indicator: catalogue[position].label, period: period, first: store.location(of: first), value: value), at: store.location(of: source), unit: code, indicator: indicatorCode, period: period)
        case .conflict(let first, let firstValue):
            findings.emit(.duplicateConflict(unit: code, indicator: catalogue[position].label, period: period, first: store.location(of: first), firstValue: firstValue, value: value), at: store.location(of: source), unit: code, indicator: indicatorCode, period: period)
        }
    }

    /// Whether reports of `code` can be recorded at all: a code of units.csv that some tree holds.
    func isUsableUnit(_ code: String) -> Bool { !leftOut.contains(code) && history.id(of: code) != nil }

    private func readValue(
        _ raw: RawValue, indicator: Indicator, source: ObservationStore.SourceRef, store: ObservationStore,
        unit: String, period: Period, findings: FindingEmitter
    ) -> Int64? {
        func problem(_ message: FindingMessage) -> Int64? {
            findings.emit(message, at: store.location(of: source), unit: unit, indicator: indicator.code, period: period)
            return nil
        }
        let parsed = switch raw {
        case .text(let text): VietnameseNumber.parse(text)
        case .number(let literal): VietnameseNumber.parseSpreadsheetLiteral(literal)
        }
        switch parsed {
        case .failure(let reason):
            return problem(.badNumber(indicator: indicator.label, reason: reason))
        case .success(let number):
            guard let whole = number.wholeValue else {
                return problem(.notWhole(indicator: indicator.label, measure: indicator.measure, value: raw.shown))
            }
            return whole
        }
    }

    /// The finding for a unit code not in the tree: left out of units.csv's tree, or unknown (with
    /// the closest code, worked out once per code for the first 200 codes).
    mutating func unknownUnitMessage(_ code: String) -> FindingMessage {
        if leftOut.contains(code) { return .unitLeftOut(code: code) }
        let suggestion: String?
        if let known = suggestions[code] {
            suggestion = known
        } else if suggestions.count < 200 {
            suggestion = Suggestion.nearest(to: code, among: history.codes)
            suggestions[code] = suggestion
        } else {
            suggestion = nil
        }
        return .unknownUnit(code: code, suggestion: suggestion)
    }
}

extension RawValue {
    /// The value as the sender wrote it, for messages.
    var shown: String {
        switch self {
        case .text(let text): text.cleanedField
        case .number(let literal): literal
        }
    }
}
