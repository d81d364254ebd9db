/// Why a text typed for a period or a day is not one, in Vietnamese, with the form expected: what the
/// command line says about `--period 2021-Q5` or `--date 2025-13-01` instead of "the value is invalid".
extension Period {
    /// How a period is written, to end every message about one.
    public static let writtenForm = "Kỳ viết 2021-Q2 (quý), 2021-H1 hoặc 2021-H2 (6 tháng), 2021 (năm)."

    /// What is wrong with `text` as a period, then how a period is written; nil when `text` is one.
    public static func problem(in text: String) -> String? {
        guard Period(text) == nil else { return nil }
        return reason(text) + ". " + writtenForm
    }

    /// The reason alone, without the form.
    private static func reason(_ text: String) -> String {
        let trimmed = text.cleanedField.uppercased()
        guard !trimmed.isEmpty else { return "chưa ghi kỳ" }
        let parts = trimmed.split(separator: "-", omittingEmptySubsequences: false).map(String.init)
        let year = parts.first.flatMap { $0.count == 4 && $0.allSatisfy(\.isASCII) ? Int($0) : nil }
        if let year, !(1900...2999).contains(year) { return "năm \(year) nằm ngoài khoảng 1900–2999" }
        if parts.count == 2, year != nil {
            let second = parts[1]
            if second.count == 2, let digit = second.last?.wholeNumberValue, second.last?.isASCII == true {
                switch second.first {
                case "Q": return "quý \(digit) không có: một năm có 4 quý, từ Q1 đến Q4"
                case "H": return "nửa năm chỉ có H1 (6 tháng đầu năm) và H2 (6 tháng cuối năm), không có H\(digit)"
                default: break
                }
            }
            if let month = Int(second), second.allSatisfy(\.isASCII) {
                return (1...12).contains(month)
                    ? "'\(text)' là một tháng, mà kỳ báo cáo không tính theo tháng"
                    : "không có tháng \(month), và kỳ báo cáo cũng không tính theo tháng"
            }
        }
        if Day(trimmed) != nil || parts.count == 3 || trimmed.contains("/") && trimmed.split(separator: "/").count == 3
        {
            return "'\(text)' là một ngày, không phải kỳ báo cáo"
        }
        if let first = parts.first, first.count == 2, Int(first) != nil {
            return "năm phải viết đủ 4 chữ số (2021, không phải \(first))"
        }
        if trimmed.contains("/") || trimmed.hasPrefix("Q") || trimmed.hasPrefix("H") {
            return "'\(text)' viết ngược: năm đứng trước, rồi dấu '-' (2021-Q2, không phải Q2/2021)"
        }
        return "'\(text)' không phải cách ghi một kỳ báo cáo"
    }
}

extension Day {
    /// How a day is written, to end every message about one.
    public static let writtenForm = "Ngày viết năm-tháng-ngày (2026-06-30) hoặc ngày/tháng/năm (30/06/2026)."

    /// What is wrong with `text` as a day (month 13, 30 February…), then how a day is written; nil when `text` is
    /// one.
    public static func problem(in text: String) -> String? {
        guard Day(text) == nil else { return nil }
        return reason(text.cleanedField) + ". " + writtenForm
    }

    /// The reason alone, without the form.
    private static func reason(_ text: String) -> String {
        guard !text.isEmpty else { return "chưa ghi ngày" }
        let iso = text.contains("-")
        let parts = text.split(separator: iso ? "-" : "/", omittingEmptySubsequences: false).map(String.init)
        guard parts.count == 3, parts.allSatisfy({ !$0.isEmpty && $0.allSatisfy(\.isASCII) && Int($0) != nil })
        else {
            let numeric = parts.allSatisfy { !$0.isEmpty && $0.allSatisfy(\.isASCII) && Int($0) != nil }
            return numeric && parts.count == 2
                ? "'\(text)' thiếu ngày, tháng hoặc năm" : "'\(text)' không phải cách ghi một ngày"
        }
        let numbers = parts.compactMap { Int($0) }
        let (year, month, day) = iso ? (numbers[0], numbers[1], numbers[2]) : (numbers[2], numbers[1], numbers[0])
        let yearText = iso ? parts[0] : parts[2]
        guard yearText.count == 4 else { return "năm phải viết đủ 4 chữ số (2026, không phải \(yearText))" }
        guard (1900...9999).contains(year) else { return "năm \(year) nằm ngoài khoảng 1900–9999" }
        guard (1...12).contains(month) else {
            // 06/30/2026, written the American way: month first.
            if !iso, (1...12).contains(day), (1...Day.length(ofMonth: day, year: year)).contains(month) {
                return
                    "tháng \(month) không có (tháng chỉ từ 1 đến 12): ngày viết trước tháng, như \(parts[1])/\(parts[0])/\(parts[2])"
            }
            return "tháng \(month) không có (tháng chỉ từ 1 đến 12)"
        }
        let length = Day.length(ofMonth: month, year: year)
        guard (1...length).contains(day) else {
            return day == 0
                ? "không có ngày 0" : "tháng \(month) năm \(year) không có ngày \(day) (chỉ có \(length) ngày)"
        }
        return iso
            ? "ngày dạng năm-tháng-ngày phải viết đủ hai chữ số cho tháng và ngày, như \(Day(year: year, month: month, day: day)?.iso ?? text)"
            : "'\(text)' không phải cách ghi một ngày"
    }
}
