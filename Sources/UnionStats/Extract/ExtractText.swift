/// The Vietnamese texts of `extract`: reasons a number was not taken, note prefixes (the phrase table's
/// findings are `FindingMessage`s).
public enum ExtractText {
    /// The note prefix of a hedged figure.
    public static let approximatePrefix = "[xấp xỉ]"

    /// The note prefix of a figure added up from parts: "[cộng 2 + 4]".
    static func sumPrefix(_ parts: [Int64]) -> String {
        "[cộng \(parts.map(String.init).joined(separator: " + "))]"
    }

    /// The note prefix of a figure that is 100 % of another: "[100% × 53]".
    static func wholePrefix(_ total: Int64) -> String { "[100% × \(total)]" }
}

/// Why a number of the narrative did not become a figure.
public enum UntakenReason: Sendable, Equatable, Hashable, CustomStringConvertible {
    /// The sentence is about the future or a target.
    case plan
    /// The sentence is about another period than the report's.
    case otherPeriod(String)
    /// The sentence is about a part of the report's period only.
    case partOfPeriod(String)
    /// No phrase of the table names an indicator for it.
    case noPhrase
    /// Phrases of two indicators fit it equally well.
    case ambiguous([String])
    /// Two sentences give different values for one indicator.
    case conflict(String)
    /// A rise or fall, not a level.
    case change
    /// A part ("trong đó …") of a figure already taken.
    case subset
    /// Not a whole number (a count with a fraction: "2,5 người").
    case notWhole
    /// Not written the Vietnamese way, or readable two ways (`2.5`, `1,234,567`, `1,234` without a scale word).
    case notVietnameseFormat
    /// A percentage that cannot be turned into a count.
    case percentage
    /// A target whose period is not a year or a half-year.
    case targetPeriod
    /// A cell of a table column that compares ("So sánh (%)", "Cùng kỳ", "Tỷ lệ"): named by its header.
    case comparisonColumn(String)
    /// A cell of a table column whose header says neither results nor targets.
    case unclearColumn(String)
    /// A cell of a table without a header the program recognises.
    case tableWithoutHeader
    /// A plan in a year's report that names no period: this year's or next year's, the text does not say.
    case unnamedTargetPeriod
    /// An amount for one item or person ("mỗi suất trị giá 500.000 đồng", "500.000 đồng/người"), not a total.
    case perItem
    /// A part ("trong đó …") of a total no phrase names, or of a total in an earlier sentence: a part is no total.
    case partOfUntakenTotal

    /// The reason in Vietnamese, for the terminal list.
    public var description: String {
        switch self {
        case .plan: "câu nói về kế hoạch, mục tiêu hay kỳ sau, không phải kết quả"
        case .otherPeriod(let label): "số liệu của kỳ khác (\(label))"
        case .partOfPeriod(let label): "số liệu của một phần kỳ báo cáo (\(label))"
        case .noPhrase: "không có cụm từ nào trong indicator-phrases.csv khớp"
        case .ambiguous(let codes): "khớp nhiều chỉ tiêu như nhau: \(codes.joined(separator: ", "))"
        case .conflict(let code): "\(code) có số khác nhau ở các câu khác nhau; chọn tay số đúng"
        case .change: "mức tăng, giảm, không phải số liệu của kỳ"
        case .subset: "phần \"trong đó\" của một số đã lấy"
        case .notWhole: "có phần thập phân, mà số người, số đơn vị… phải là số nguyên"
        case .notVietnameseFormat:
            "số không viết theo kiểu Việt Nam (dấu chấm ngăn hàng nghìn, dấu phẩy thập phân) hoặc đọc được hai cách; không rõ giá trị, đọc lại văn bản"
        case .percentage: "tỷ lệ phần trăm (có dấu %), không đổi được ra số lượng mà chỉ tiêu cần"
        case .targetPeriod: "mục tiêu cho một quý: targets.csv chỉ nhận năm hoặc 6 tháng"
        case .comparisonColumn(let column):
            "cột «\(column)» của bảng là số so sánh, tỷ lệ hay cùng kỳ, không phải số liệu của kỳ"
        case .unclearColumn(let column):
            "tiêu đề cột «\(column)» của bảng không cho biết là kết quả thực hiện hay kế hoạch"
        case .tableWithoutHeader:
            "bảng không có dòng tiêu đề (Chỉ tiêu, Thực hiện, Kế hoạch…) nên không rõ số ở cột nào là số liệu của kỳ"
        case .unnamedTargetPeriod:
            "mục tiêu không nói cho kỳ nào (báo cáo cả năm: năm nay hay năm sau?); nếu cần, tự ghi vào targets.csv"
        case .perItem: "số cho mỗi suất, mỗi người… (đơn giá, bình quân), không phải tổng số"
        case .partOfUntakenTotal:
            "phần \"trong đó\" của một tổng số không lấy được (hoặc ở câu trước); phần không được lấy làm tổng"
        }
    }
}
