/// The columns of a report table, with every spelling accepted for each: English first, then the
/// form's Vietnamese. Shared by the CSV and the xlsx readers so that both accept the same headers.
enum ReportColumn: CaseIterable {
    case unit, period, indicator, value, note

    /// Accepted header names, as `String.headerName` gives them.
    var names: [String] {
        switch self {
        case .unit: ["unit", "unit_code", "mã đơn vị", "ma_don_vi"]
        case .period: ["period", "kỳ", "kỳ báo cáo"]
        case .indicator: ["indicator", "indicator_code", "mã chỉ tiêu"]
        case .value: ["value", "số lượng", "giá trị"]
        case .note: ["note", "ghi chú"]
        }
    }

    /// The column a header name (as `String.headerName` gives it) stands for, nil when none.
    init?(headerName: String) {
        guard let column = Self.allCases.first(where: { $0.names.contains(headerName) }) else { return nil }
        self = column
    }

    /// The columns a long report cannot do without.
    static let required: [ReportColumn] = [.unit, .period, .indicator, .value]
}
