/// One figure on the report form (chỉ tiêu), as the catalogue describes it.
public struct Indicator: Hashable, Sendable {
    /// How an indicator's values add up over units and over time.
    public enum Kind: Hashable, Sendable {
        /// An amount during the period: sums over units and time.
        case flow
        /// A count at the period's end: sums over units; over time, the last sub-period.
        case stock
        /// `numerator / denominator × 100`, computed from aggregated parts (catalogue positions).
        case ratio(numerator: Int, denominator: Int)
        /// A mean weighted by another indicator (catalogue position): Σ(v·w)/Σw.
        case weightedMean(weight: Int)

        /// The catalogue's spelling: `flow`, `stock`, `ratio`, `weighted_mean`.
        public var name: String {
            switch self {
            case .flow: "flow"
            case .stock: "stock"
            case .ratio: "ratio"
            case .weightedMean: "weighted_mean"
            }
        }

        /// Whether values are whole numbers that add up (flow and stock).
        public var isAdditive: Bool {
            switch self {
            case .flow, .stock: true
            case .ratio, .weightedMean: false
            }
        }
    }

    /// Whether a rise of the indicator is good news.
    public enum Direction: String, Hashable, Sendable {
        case up, down, neutral
    }

    /// The stable code, e.g. `party_admissions`.
    public let code: String
    /// The section of the form, `I` … `VII`.
    public let section: String
    /// The Vietnamese name printed on the form.
    public let nameVi: String
    /// How messages name it: the Vietnamese label, then the code, "Số đoàn viên kết nạp mới (members_new)".
    public var label: String { "\(nameVi) (\(code))" }
    /// The English name.
    public let nameEn: String
    /// The unit of measure: `người`, `đồng`, `%`, ….
    public let measure: String
    /// How values add up.
    public let kind: Kind
    /// Whether a rise is good news.
    public let direction: Direction

    /// Creates an indicator.
    public init(
        code: String, section: String, nameVi: String, nameEn: String, measure: String,
        kind: Kind, direction: Direction
    ) {
        self.code = code
        self.section = section
        self.nameVi = nameVi
        self.nameEn = nameEn
        self.measure = measure
        self.kind = kind
        self.direction = direction
    }

    /// Whether units report this indicator (ratios are computed, never reported).
    public var isReportable: Bool {
        if case .ratio = kind { return false }
        return true
    }

    /// Values kept in hundredths (ratio and weighted mean, written with two decimals).
    public var hasTwoDecimals: Bool { !kind.isAdditive }
}

/// The indicator catalogue, in the order the form prints it.
public struct Catalogue: Sendable {
    /// The indicators in catalogue order; an indicator's position is its index here.
    public let indicators: [Indicator]
    private let positions: [String: Int]

    /// Creates a catalogue from indicators whose codes are unique.
    public init(_ indicators: [Indicator]) {
        self.indicators = indicators
        var positions: [String: Int] = [:]
        for (position, indicator) in indicators.enumerated() { positions[indicator.code] = position }
        self.positions = positions
    }

    /// The number of indicators.
    public var count: Int { indicators.count }

    /// The position of the indicator with this code.
    public func position(of code: String) -> Int? { positions[code] }

    /// The indicator at a position.
    public subscript(position: Int) -> Indicator { indicators[position] }

    /// The sections in order of first appearance, with their Vietnamese headings.
    public var sections: [(code: String, heading: String)] {
        var seen: Set<String> = []
        return indicators.compactMap { indicator in
            guard seen.insert(indicator.section).inserted else { return nil }
            return (indicator.section, Catalogue.sectionHeadings[indicator.section] ?? "Mục \(indicator.section)")
        }
    }

    /// The official forms' section headings (reference/forms.md).
    public static let sectionHeadings: [String: String] = [
        "I": "Tình hình lao động, việc làm",
        "II": "Tổ chức công đoàn và đoàn viên",
        "III": "Đại diện, bảo vệ quyền lợi người lao động",
        "IV": "Chăm lo đời sống đoàn viên, người lao động",
        "V": "Thi đua, khen thưởng",
        "VI": "Tham gia xây dựng Đảng",
        "VII": "Kiểm tra và tài chính công đoàn",
    ]
}
