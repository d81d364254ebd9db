import Foundation

/// A figure as it arrived: typed text (read the Vietnamese way) or a spreadsheet number (its exact literal).
enum RawValue {
    /// Text from a CSV field or a text cell.
    case text(String)
    /// A numeric cell's literal, e.g. `2686`, `51.25`, `1.5E7`.
    case number(String)
}

/// An indicator code as it came: text (xlsx) or a CSV field's bytes, cleaned only when a finding names it.
enum TypedCode {
    /// Cleaned text.
    case text(String)
    /// A field's bytes, lent for the call.
    case bytes(UnsafeBufferPointer<UInt8>)
}

/// Turns one reported (unit, period, indicator, value) into a pending observation or a finding.
///
/// Shared by every report format; remembers the last unit and period looked up, since a report
/// usually lists one unit's figures together. CSV rows come as bytes: plain ASCII codes and digit
/// values are read without making a string; anything else goes through the same cleaning as text.
struct ObservationRecorder {
    let history: UnitHistory
    let settings: Settings
    let catalogue: Catalogue
    /// Codes of units.csv that no tree holds (bad row, unknown parent, cycle, second root).
    let leftOut: Set<String>
    /// Where the trees built while reading send their placement findings.
    let findings: FindingEmitter
    /// The catalogue's codes by their bytes.
    private let indicatorCodes: ByteCodeTable
    /// Whether each indicator (by catalogue position) may be reported.
    private let isReportable: [Bool]
    /// The catalogue position of the last indicator read: reports list a unit's indicators in catalogue order.
    private var lastIndicator = -1
    private var lastUnit: (bytes: [UInt8], code: String, id: Int?) = ([], "", nil)
    private var lastPeriod: (bytes: [UInt8], text: String, period: Period?, tree: UnitTree?) = ([], "", nil, nil)
    /// Units already said to be outside their period's tree, so each (unit, period) is said once per file.
    private var saidNotInTree: [Period: Set<Int>] = [:]
    /// Suggestions already worked out for unknown unit codes (nil when none is close).
    private var suggestions: [String: String?] = [:]

    init(
        history: UnitHistory, settings: Settings, catalogue: Catalogue, leftOut: Set<String> = [],
        findings: FindingEmitter
    ) {
        self.history = history
        self.settings = settings
        self.catalogue = catalogue
        self.leftOut = leftOut
        self.findings = findings
        indicatorCodes = ByteCodeTable(catalogue.indicators.map(\.code))
        isReportable = catalogue.indicators.map(\.isReportable)
    }

    /// Checks and keeps one value given as text (xlsx cells); every problem becomes a finding at `source`.
    mutating func record(
        unit code: String, period periodText: String, indicator indicatorCode: String, value raw: RawValue,
        at source: ObservationStore.SourceRef, into reading: FileReading, findings: FindingEmitter
    ) {
        if lastUnit.code != code || !lastUnit.bytes.isEmpty { lastUnit = ([], code, unitID(of: code)) }
        if lastPeriod.text != periodText || !lastPeriod.bytes.isEmpty {
            usePeriod(bytes: [], text: periodText, source: source, reading: reading)
        }
        record(
            indicator: catalogue.position(of: indicatorCode), typed: .text(indicatorCode), fastValue: nil, value: raw,
            at: source,
            into: reading, findings: findings)
    }

    /// Checks and keeps one CSV row's value given as the bytes of its fields (untrimmed, well-formed UTF-8).
    mutating func record(
        unit: UnsafeBufferPointer<UInt8>, period: UnsafeBufferPointer<UInt8>, indicator: UnsafeBufferPointer<UInt8>,
        value: UnsafeBufferPointer<UInt8>, at source: ObservationStore.SourceRef, into reading: FileReading,
        findings: FindingEmitter
    ) {
        if !Self.same(unit, lastUnit.bytes) || lastUnit.bytes.isEmpty {
            let code = Self.cleaned(unit)
            lastUnit = (Array(unit), code, unitID(of: code))
        }
        if !Self.same(period, lastPeriod.bytes) || lastPeriod.bytes.isEmpty {
            usePeriod(bytes: Array(period), text: Self.cleaned(period), source: source, reading: reading)
        }
        // A field spelling a code byte for byte is that code cleaned; other plain ASCII is no code.
        let position =
            indicatorCodes.index(of: indicator, guess: lastIndicator + 1)
            ?? (Self.isPlain(indicator) ? nil : catalogue.position(of: Self.cleaned(indicator)))
        if let position { lastIndicator = position }
        record(
            indicator: position, typed: .bytes(indicator),
            fastValue: VietnameseNumber.plainDigits(value), value: .text(String(decoding: value, as: UTF8.self)),
            at: source,
            into: reading, findings: findings)
    }

    /// The registry id of a unit code that some tree holds, nil otherwise.
    private func unitID(of code: String) -> Int? { leftOut.contains(code) ? nil : history.id(of: code) }

    /// Makes `text` the current period: noted for the source, with its tree when units.csv is dated.
    private mutating func usePeriod(
        bytes: [UInt8], text: String, source: ObservationStore.SourceRef, reading: FileReading
    ) {
        let period = Period(text)
        lastPeriod = (bytes, text, period, nil)
        guard let period else { return }
        reading.notePeriod(period, in: source.file)
        if history.isDated {
            // The period's tree holds the units that ended during it: their reports of it count.
            lastPeriod.tree = history.tree(
                at: settings.referenceDate(of: period), withUnitsEndedFrom: Day(startOf: period),
                findings: self.findings)
        }
    }

    /// The checks shared by every format, once the unit and period are current: the unit, the period,
    /// the tree, the indicator, the value. `fastValue` is the value when it was plain digits.
    private mutating func record(
        indicator position: Int?, typed: TypedCode, fastValue: Int64?, value raw: @autoclosure () -> RawValue,
        at source: ObservationStore.SourceRef, into reading: FileReading, findings: FindingEmitter
    ) {
        // The indicator code as typed (cleaned), made only for a finding.
        func indicatorCode() -> String {
            if let position { return catalogue[position].code }
            return switch typed {
            case .text(let text): text
            case .bytes(let bytes): Self.cleaned(bytes)
            }
        }
        let code = lastUnit.code
        guard let unit = lastUnit.id else {
            findings.emit(
                unknownUnitMessage(code), at: reading.location(of: source), unit: code, indicator: indicatorCode(),
                period: lastPeriod.period)
            return
        }
        guard let period = lastPeriod.period else {
            findings.emit(
                .badPeriod(text: lastPeriod.text), at: reading.location(of: source), unit: code,
                indicator: indicatorCode())
            return
        }
        if let tree = lastPeriod.tree, tree.index(ofID: unit) == nil {
            let day = settings.referenceDate(of: period)
            if history.isValid(unit, on: day) {
                // Valid that day but not placed in its tree (its parent is missing then): as a unit left out.
                findings.emit(
                    .unitLeftOut(code: code), at: reading.location(of: source), unit: code, indicator: indicatorCode(),
                    period: period)
                return
            }
            if saidNotInTree[period, default: []].insert(unit).inserted {
                let versions = (first: history.firstVersion(of: unit), last: history.lastVersion(of: unit))
                findings.emit(
                    .reportOutsideLife(
                        code: code, period: period, day: day, validFrom: versions.first?.validFrom,
                        validTo: versions.last?.validTo),
                    at: reading.location(of: source), unit: code, period: period)
            }
        }
        guard let position else {
            let typed = indicatorCode()
            let suggestion = Suggestion.nearest(to: typed, among: catalogue.indicators.map(\.code))
            findings.emit(
                .unknownIndicator(code: typed, suggestion: suggestion), at: reading.location(of: source), unit: code,
                indicator: typed, period: period)
            return
        }
        guard isReportable[position] else {
            findings.emit(
                .ratioIgnored(code: catalogue[position].label, value: raw().shown), at: reading.location(of: source),
                unit: code, indicator: indicatorCode(), period: period)
            return
        }
        let value: Int64
        if let fastValue {
            value = fastValue
        } else {
            guard
                let read = readValue(
                    raw(), indicator: catalogue[position], source: source, reading: reading, unit: code, period: period,
                    findings: findings)
            else { return }
            value = read
        }
        reading.add(value, unit: unit, indicator: position, period: period, source: source)
    }

    /// Whether reports of `code` can be recorded at all: a code of units.csv that some tree holds.
    func isUsableUnit(_ code: String) -> Bool { !leftOut.contains(code) && history.id(of: code) != nil }

    private func readValue(
        _ raw: RawValue, indicator: Indicator, source: ObservationStore.SourceRef, reading: FileReading,
        unit: String, period: Period, findings: FindingEmitter
    ) -> Int64? {
        func problem(_ message: FindingMessage) -> Int64? {
            findings.emit(
                message, at: reading.location(of: source), unit: unit, indicator: indicator.code, period: period)
            return nil
        }
        let parsed =
            switch raw {
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

extension ObservationRecorder {
    /// Whether two byte strings are equal.
    static func same(_ bytes: UnsafeBufferPointer<UInt8>, _ other: [UInt8]) -> Bool {
        other.withUnsafeBufferPointer { ByteCodeTable.equal(bytes, $0) }
    }

    /// Whether a field is plain printable ASCII without spaces at its ends: then it is its own cleaned form.
    static func isPlain(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let first = bytes.first, let last = bytes.last, first > 0x20, last > 0x20 else { return false }
        for byte in bytes where byte >= 0x7F { return false }
        return true
    }

    /// A field's text as people meant it (`cleanedField`, through its plain-ASCII fast path).
    static func cleaned(_ bytes: UnsafeBufferPointer<UInt8>) -> String {
        String(decoding: bytes, as: UTF8.self).quickCleaned
    }
}
