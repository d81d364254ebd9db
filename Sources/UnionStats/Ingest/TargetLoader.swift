import Foundation

/// Reads `targets.csv` (`unit,period,indicator,target[,note]`) into a `TargetBook`, with the number
/// rules of reports and a finding naming the line for every row it cannot use.
///
/// The file is optional: without it there is no target. A target is for a year (`2026`) or a
/// half-year (`2026-H1`) and is whole for counts and đồng; a ratio's target is in percentage points,
/// 0 to 100. The same unit, period and indicator twice: equal values are used once (a note), different
/// values are both refused (an error).
enum TargetLoader {
    /// The file's name in the input folder.
    static let fileName = "targets.csv"

    /// Loads the targets, or an empty book when the file is absent or unusable (a finding says why).
    static func load(
        url: URL, history: UnitHistory, leftOut: Set<String>, catalogue: Catalogue, findings: FindingEmitter
    ) -> TargetBook {
        guard FileManager.default.fileExists(atPath: url.path) else { return TargetBook() }
        guard
            let table = PlanFile.read(
                url: url, file: fileName, required: ["unit", "period", "indicator", "target"], findings: findings)
        else { return TargetBook() }
        var targets: [Target] = []
        var firstByKey: [TargetKey: Int] = [:]
        var refused: Set<TargetKey> = []
        var seen: [TargetKey: [Target]] = [:]
        for row in table.rows {
            guard let target = read(row, history: history, leftOut: leftOut, catalogue: catalogue, findings: findings)
            else { continue }
            let key = TargetKey(unit: target.unit, period: target.period, indicator: target.indicator)
            defer { seen[key, default: []].append(target) }
            guard let first = firstByKey[key] else {
                firstByKey[key] = targets.count
                targets.append(target)
                continue
            }
            // A conflict names an earlier line whose value differs from this one (not the first, when this one repeats
            // it).
            let earlier = seen[key, default: []].first { $0.value != target.value } ?? targets[first]
            let label = catalogue[target.indicator].label
            let firstLine = if case .line(let line) = earlier.location.position { line } else { 0 }
            if earlier.value == target.value, !refused.contains(key) {
                findings.emit(
                    .plan(
                        .targetDuplicateSame(
                            unit: target.unit, indicator: label, period: target.period, firstLine: firstLine)),
                    at: target.location, unit: target.unit, indicator: catalogue[target.indicator].code, severity: .note
                )
            } else {
                findings.emit(
                    .plan(
                        .targetDuplicateConflict(
                            unit: target.unit, indicator: label, period: target.period, firstLine: firstLine,
                            firstValue: VietnameseFormat.decimal(earlier.value),
                            value: VietnameseFormat.decimal(target.value))),
                    at: target.location, unit: target.unit, indicator: catalogue[target.indicator].code)
                refused.insert(key)
            }
        }
        return TargetBook(
            targets.filter { !refused.contains(TargetKey(unit: $0.unit, period: $0.period, indicator: $0.indicator)) })
    }

    private struct TargetKey: Hashable {
        let unit: String
        let period: Period
        let indicator: Int
    }

    private static func read(
        _ row: HeaderedCSV.Row, history: UnitHistory, leftOut: Set<String>, catalogue: Catalogue,
        findings: FindingEmitter
    ) -> Target? {
        let at = SourceLocation(file: fileName, position: .line(row.line))
        let code = row["unit"]
        let periodText = row["period"]
        let indicatorCode = row["indicator"]
        guard history.id(of: code) != nil, !leftOut.contains(code) else {
            let message: FindingMessage =
                leftOut.contains(code)
                ? .unitLeftOut(code: code)
                : .unknownUnit(code: code, suggestion: Suggestion.nearest(to: code, among: history.codes))
            findings.emit(message, at: at, unit: code, indicator: indicatorCode)
            return nil
        }
        guard let period = Period(periodText) else {
            findings.emit(.badPeriod(text: periodText), at: at, unit: code, indicator: indicatorCode)
            return nil
        }
        guard period.length != .quarter else {
            findings.emit(.plan(.targetPeriodTooShort(period: period)), at: at, unit: code, indicator: indicatorCode)
            return nil
        }
        guard let position = catalogue.position(of: indicatorCode) else {
            let suggestion = Suggestion.nearest(to: indicatorCode, among: catalogue.indicators.map(\.code))
            findings.emit(
                .unknownIndicator(code: indicatorCode, suggestion: suggestion), at: at, unit: code,
                indicator: indicatorCode)
            return nil
        }
        let indicator = catalogue[position]
        guard let value = targetValue(row["target"], indicator: indicator, at: at, unit: code, findings: findings)
        else { return nil }
        return Target(unit: code, period: period, indicator: position, value: value, note: row["note"], location: at)
    }

    /// The target as a number the indicator can have, or nil after a finding.
    private static func targetValue(
        _ text: String, indicator: Indicator, at: SourceLocation, unit: String, findings: FindingEmitter
    ) -> ExactDecimal? {
        let value: ExactDecimal
        // A ratio's target is in percentage points: "95%" is 95.
        let isRatio = if case .ratio = indicator.kind { true } else { false }
        switch VietnameseNumber.parse(text, allowingPercent: isRatio) {
        case .failure(let reason):
            findings.emit(
                .badNumber(indicator: indicator.label, reason: reason), at: at, unit: unit, indicator: indicator.code)
            return nil
        case .success(let parsed):
            value = parsed
        }
        switch indicator.kind {
        case .flow, .stock:
            guard value.isWhole else {
                findings.emit(
                    .notWhole(indicator: indicator.label, measure: indicator.measure, value: text), at: at, unit: unit,
                    indicator: indicator.code)
                return nil
            }
        case .ratio:
            guard value.significand <= 100 * ExactDecimal.powerOfTen(value.scale) else {
                findings.emit(
                    .plan(.targetRatioOutOfRange(indicator: indicator.label, value: text)), at: at, unit: unit,
                    indicator: indicator.code)
                return nil
            }
        case .weightedMean:
            break
        }
        return value
    }
}
