/// Why a text could not be read as a number.
public enum NumberProblem: Error, Hashable, Sendable {
    /// The cell is empty (an empty value is a finding, not a zero).
    case empty
    /// The text reads two ways (e.g. `1,234`: decimal comma or English thousands).
    case ambiguous(String)
    /// The text is a negative number, which a report figure cannot be.
    case negative(String)
    /// The text is not a number at all (letters, units, exponents, misplaced separators).
    case notANumber(String)
    /// The number is above 10^15, has more than 6 decimals, or does not fit.
    case tooLarge(String)
    /// A number followed by a percent sign (`51,9%`): a rate where a count or an amount is expected.
    case percentage(String)

    /// What the federation staff should do, in Vietnamese.
    public var message: String {
        switch self {
        case .empty:
            "Ô để trống. Hãy điền số liệu (ghi 0 nếu không có)."
        case .ambiguous(let text):
            "Số '\(text)' không rõ nghĩa: \(text.contains(",") ? "dấu phẩy" : "dấu chấm") là dấu thập phân hay dấu phân cách hàng nghìn? Hãy hỏi lại đơn vị gửi báo cáo."
        case .negative(let text):
            "Số '\(text)' là số âm; số liệu báo cáo không được âm. Hãy hỏi lại đơn vị gửi báo cáo."
        case .notANumber(let text):
            "'\(text)' không phải là số. Chỉ ghi chữ số, dấu chấm phân cách hàng nghìn và dấu phẩy thập phân (ví dụ 1.234,5); không ghi đơn vị như 'đồng' hay 'người' trong ô."
        case .tooLarge(let text):
            "Số '\(text)' quá lớn hoặc có quá 6 chữ số thập phân (tối đa 1.000.000.000.000.000). Hãy kiểm tra lại giá trị."
        case .percentage(let text):
            "'\(text)' có dấu phần trăm (%): đó là một tỷ lệ, nhưng chỉ tiêu này cần một số (số người, số đơn vị hay số tiền), không phải tỷ lệ. Hãy ghi số, không ghi %; các tỷ lệ do chương trình tự tính từ các chỉ tiêu thành phần."
        }
    }
}
