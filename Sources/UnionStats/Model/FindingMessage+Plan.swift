/// A problem of the planning files: `targets.csv`, `groups.csv`, `scoring.csv`, the `groups` column of
/// units.csv and `target_near_pct` of settings.csv. `FindingMessage.plan` turns it into a finding.
public enum PlanProblem: Sendable, Equatable {
    /// A target for a quarter: targets are given for a year or a half-year.
    case targetPeriodTooShort(period: Period)
    /// A ratio target outside 0–100 (percentage points).
    case targetRatioOutOfRange(indicator: String, value: String)
    /// The same unit, period and indicator given a target again with the same value (used once).
    case targetDuplicateSame(unit: String, indicator: String, period: Period, firstLine: Int)
    /// The same unit, period and indicator given two different targets (neither is used).
    case targetDuplicateConflict(
        unit: String, indicator: String, period: Period, firstLine: Int, firstValue: String, value: String)
    /// A target applying to the report's period whose unit is not in the tree of `day` the report stands on.
    case targetUnitNotInTree(unit: String, indicator: String, targetPeriod: Period, period: Period, day: Day)
    /// A group code in units.csv that groups.csv does not list.
    case groupUnknown(unit: String, group: String, known: [String])
    /// A group code that cannot be used.
    case groupCodeInvalid(code: String)
    /// A group kind that is not `cum` or `khoi`.
    case groupKindUnknown(code: String, kind: String)
    /// A group code listed twice in groups.csv.
    case groupDuplicate(code: String, firstLine: Int)
    /// A group of groups.csv that no unit of units.csv belongs to.
    case groupEmpty(code: String, name: String)
    /// A scoring basis that is not `progress`, `per_100_members` or `growth`.
    case scoringBasisUnknown(basis: String)
    /// A weight that is not a non-negative number.
    case scoringWeight(text: String, reason: String)
    /// The same indicator and basis scored twice (the later line is ignored).
    case scoringDuplicate(indicator: String, basis: String, firstLine: Int)
    /// A planning file's header lacks columns; the file is not used.
    case missingColumns(columns: [String], expected: [String])
    /// `target_near_pct` of settings.csv that is not a number from 0 to 100.
    case nearPercent(value: String)

    /// The stable code of the finding.
    var code: FindingCode {
        switch self {
        case .targetPeriodTooShort: .targetPeriod
        case .targetRatioOutOfRange: .targetRange
        case .targetDuplicateSame, .targetDuplicateConflict: .targetDuplicate
        case .targetUnitNotInTree: .targetNotInTree
        case .groupUnknown: .groupUnknown
        case .groupCodeInvalid, .groupKindUnknown, .groupDuplicate: .groupRow
        case .groupEmpty: .groupEmpty
        case .scoringBasisUnknown, .scoringWeight, .scoringDuplicate: .scoringRow
        case .nearPercent: .settings
        case .missingColumns: .csvHeader
        }
    }

    /// What is wrong and what to do, in Vietnamese.
    var text: String {
        switch self {
        case .targetPeriodTooShort(let period):
            "Kế hoạch giao cho kỳ \(period) (\(period.label)), ngắn hơn 6 tháng; kế hoạch chỉ giao theo năm (2026) hoặc 6 tháng (2026-H1, 2026-H2). Dòng bị bỏ qua."
        case .targetRatioOutOfRange(let indicator, let value):
            "\(indicator) là tỷ lệ (%), nên kế hoạch phải từ 0 đến 100, nhưng là '\(value)'. Dòng bị bỏ qua."
        case .targetDuplicateSame(let unit, let indicator, let period, let firstLine):
            "\(unit) đã được giao kế hoạch \(indicator) kỳ \(period) với cùng giá trị ở dòng \(firstLine); chỉ tính một lần."
        case .targetDuplicateConflict(let unit, let indicator, let period, let firstLine, let firstValue, let value):
            "\(unit) được giao kế hoạch \(indicator) kỳ \(period) hai lần với giá trị khác nhau (\(firstValue) ở dòng \(firstLine) và \(value) ở đây); không dùng giá trị nào. Hãy xóa dòng sai."
        case .targetUnitNotInTree(let unit, let indicator, let targetPeriod, let period, let day):
            "\(unit) được giao kế hoạch \(indicator) kỳ \(targetPeriod) nhưng không thuộc cây tổ chức ngày \(day) mà báo cáo kỳ \(period) dựa vào (đã giải thể, chưa thành lập hoặc không xếp được vào cây; xem units.csv); kế hoạch này không được đánh giá."
        case .groupUnknown(let unit, let group, let known):
            "Cụm/khối thi đua '\(group)' của đơn vị \(unit) không có trong groups.csv (có: \(known.isEmpty ? "chưa có cụm nào" : known.joined(separator: ", "))); không xếp \(unit) vào cụm này."
        case .groupCodeInvalid(let code):
            "Mã cụm/khối thi đua '\(code)' không hợp lệ: chỉ dùng chữ cái không dấu, chữ số, '-', '_' hoặc '.', tối đa 64 ký tự; bỏ qua."
        case .groupKindUnknown(let code, let kind):
            "Loại '\(kind)' của cụm/khối \(code) không hợp lệ: phải là cum (cụm thi đua) hoặc khoi (khối thi đua); dòng bị bỏ qua."
        case .groupDuplicate(let code, let firstLine):
            "Mã cụm/khối \(code) đã có ở dòng \(firstLine); dòng này bị bỏ qua."
        case .groupEmpty(let code, let name):
            "Cụm/khối \(code) (\(name)) chưa có đơn vị nào: ghi mã \(code) vào cột groups của units.csv cho các đơn vị thành viên."
        case .scoringBasisUnknown(let basis):
            "Cách tính điểm '\(basis)' không hợp lệ: phải là progress (% kế hoạch), per_100_members (trên 100 đoàn viên) hoặc growth (tăng, giảm so với cùng kỳ); dòng bị bỏ qua."
        case .scoringWeight(let text, let reason):
            "Trọng số '\(text)' không dùng được: \(reason) Dòng bị bỏ qua."
        case .scoringDuplicate(let indicator, let basis, let firstLine):
            "Tiêu chí \(indicator) tính theo \(basis) đã có ở dòng \(firstLine); dòng này bị bỏ qua."
        case .missingColumns(let columns, let expected):
            "Dòng tiêu đề thiếu cột \(columns.joined(separator: ", ")); cần có \(expected.joined(separator: ",")). Tệp không được dùng."
        case .nearPercent(let value):
            "Ngưỡng 'Gần đạt' target_near_pct = '\(value)' phải là số từ 0 đến 100 (ví dụ 90); dùng mặc định 90."
        }
    }
}
