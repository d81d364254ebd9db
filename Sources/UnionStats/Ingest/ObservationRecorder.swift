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
    let tree: UnitTree
    let catalogue: Catalogue
    /// Codes of units.csv that were left out of the tree (unknown parent, cycle, second root).
    let leftOut: Set<String>
    private var lastUnit: (code: String, index: Int?) = ("", nil)
    private var lastPeriod: (text: String, period: Period?) = ("", nil)
    /// Suggestions already worked out for unknown unit codes ("" when none is close).
    private var suggestions: [String: String] = [:]

    init(tree: UnitTree, catalogue: Catalogue, leftOut: Set<String> = []) {
        self.tree = tree
        self.catalogue = catalogue
        self.leftOut = leftOut
    }

    /// Checks and stores one value; every problem becomes a finding at `source`.
    mutating func record(
        unit code: String, period periodText: String, indicator indicatorCode: String, value raw: RawValue,
        at source: ObservationStore.SourceRef, store: inout ObservationStore, findings: inout [Finding]
    ) {
        if lastUnit.code != code { lastUnit = (code, tree.index(of: code)) }
        if lastPeriod.text != periodText { lastPeriod = (periodText, Period(periodText)) }
        guard let unit = lastUnit.index else {
            findings.append(Finding(.unknownUnit, unknownUnitMessage(code), at: store.location(of: source), unit: code, indicator: indicatorCode))
            return
        }
        guard let period = lastPeriod.period else {
            findings.append(Finding(.badPeriod, "Kỳ báo cáo '\(periodText)' không hợp lệ: viết 2021-Q2 (quý), 2021-H1 (6 tháng) hoặc 2021 (năm).", at: store.location(of: source), unit: code, indicator: indicatorCode))
            return
        }
        guard let position = catalogue.position(of: indicatorCode) else {
            let hint = Suggestion.nearest(to: indicatorCode, among: catalogue.indicators.map(\.code)).map { " Có phải là '\($0)'?" } ?? ""
            findings.append(Finding(.unknownIndicator, "Mã chỉ tiêu '\(indicatorCode)' không có trong danh mục indicators.csv.\(hint)", at: store.location(of: source), unit: code, indicator: indicatorCode, period: period))
            return
        }
        let indicator = catalogue[position]
        guard indicator.isReportable else {
            findings.append(Finding(.ratioIgnored, "Chỉ tiêu \(indicatorCode) là tỷ lệ, được tính từ các chỉ tiêu thành phần; giá trị '\(raw.shown)' được bỏ qua.", at: store.location(of: source), unit: code, indicator: indicatorCode, period: period))
            return
        }
        guard let value = readValue(raw, indicator: indicator, source: source, store: store, unit: code, period: period, findings: &findings) else { return }
        switch store.record(value, unit: unit, indicator: position, period: period, source: source) {
        case .recorded:
            break
        case .sameAsBefore(let first):
            findings.append(Finding(.duplicateSame, "\(code) đã báo cáo \(indicatorCode) kỳ \(period) với cùng giá trị tại \(store.location(of: first)); chỉ tính một lần.", at: store.location(of: source), unit: code, indicator: indicatorCode, period: period))
        case .alreadyInConflict(let first):
            findings.append(Finding(.duplicateConflict, "\(code) đã báo cáo \(indicatorCode) kỳ \(period) nhiều lần với các giá trị khác nhau (lần đầu tại \(store.location(of: first))); giá trị \(VietnameseFormat.grouped(value)) ở đây cũng không được dùng.", at: store.location(of: source), unit: code, indicator: indicatorCode, period: period))
        case .conflict(let first, let firstValue):
            findings.append(Finding(.duplicateConflict, "\(code) báo cáo \(indicatorCode) kỳ \(period) hai lần với giá trị khác nhau (\(VietnameseFormat.grouped(firstValue)) tại \(store.location(of: first)) và \(VietnameseFormat.grouped(value)) ở đây); không dùng giá trị nào. Hãy hỏi lại đơn vị và xóa dòng sai.", at: store.location(of: source), unit: code, indicator: indicatorCode, period: period))
        }
    }

    private func readValue(
        _ raw: RawValue, indicator: Indicator, source: ObservationStore.SourceRef, store: ObservationStore,
        unit: String, period: Period, findings: inout [Finding]
    ) -> Int64? {
        func problem(_ code: FindingCode, _ message: String) -> Int64? {
            findings.append(Finding(code, message, at: store.location(of: source), unit: unit, indicator: indicator.code, period: period))
            return nil
        }
        let parsed = switch raw {
        case .text(let text): VietnameseNumber.parse(text)
        case .number(let literal): VietnameseNumber.parseSpreadsheetLiteral(literal)
        }
        switch parsed {
        case .failure(let reason):
            let code: FindingCode = switch reason {
            case .empty: .emptyValue
            case .ambiguous: .ambiguousNumber
            case .negative: .negative
            case .tooLarge: .tooLarge
            case .notANumber: .notANumber
            }
            return problem(code, "\(indicator.code): \(reason.message)")
        case .success(let number):
            guard let whole = number.wholeValue else {
                return problem(.notWhole, "\(indicator.code) (\(indicator.measure)) phải là số nguyên, nhưng giá trị là '\(raw.shown)'.")
            }
            return whole
        }
    }

    private mutating func unknownUnitMessage(_ code: String) -> String {
        if leftOut.contains(code) {
            return "Đơn vị \(code) có trong units.csv nhưng bị bỏ ra khỏi cây đơn vị (xem lỗi của units.csv); số liệu này chưa được tính."
        }
        let hint: String
        if let known = suggestions[code] {
            hint = known
        } else if suggestions.count < 200 {
            hint = Suggestion.nearest(to: code, among: tree.units.map(\.code)).map { " Có phải là '\($0)'?" } ?? ""
            suggestions[code] = hint
        } else {
            hint = ""
        }
        return "Mã đơn vị '\(code)' không có trong units.csv.\(hint)"
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
