/// The federation's own words for the report: names, place, signers, cut-off days.
public struct Settings: Sendable, Equatable {
    /// The issuing federation in capitals: "LIÊN ĐOÀN LAO ĐỘNG TỈNH HÀ NAM".
    public var federationName = "LIÊN ĐOÀN LAO ĐỘNG TỈNH"
    /// Its superior: "TỔNG LIÊN ĐOÀN LAO ĐỘNG VIỆT NAM".
    public var superiorName = "TỔNG LIÊN ĐOÀN LAO ĐỘNG VIỆT NAM"
    /// The place on the date line: "Hà Nam".
    public var place = ""
    /// The preparer's title: "NGƯỜI LẬP BIỂU".
    public var preparerTitle = "NGƯỜI LẬP BIỂU"
    /// The preparer's name.
    public var preparerName = ""
    /// Signing on behalf of: "TM. BAN THƯỜNG VỤ".
    public var signerOnBehalf = "TM. BAN THƯỜNG VỤ"
    /// The signer's title: "CHỦ TỊCH".
    public var signerTitle = "CHỦ TỊCH"
    /// The signer's name.
    public var signerName = ""
    /// Cut-off day of half-year reports as (day, month), e.g. 31/05.
    public var cutoffHalfYear: (day: Int, month: Int)?
    /// Cut-off day of annual reports as (day, month), e.g. 30/11.
    public var cutoffYear: (day: Int, month: Int)?
    /// `target_near_pct`: a target is `Gần đạt` when its progress reaches this share (in %) of the
    /// expected progress; 90 by default.
    public var targetNearPercent = ExactDecimal(significand: 90)

    /// Settings with the defaults above.
    public init() {}

    /// The day the figures count up to for a period: the cut-off from settings, else the period's end.
    public func cutoff(for period: Period) -> (day: Int, month: Int, year: Int) {
        let custom: (day: Int, month: Int)? =
            switch period.length {
            case .half where period.index == 1: cutoffHalfYear
            case .year: cutoffYear
            default: nil
            }
        let day = custom ?? period.endDay
        return (day.day, day.month, period.year)
    }

    /// The reference date of a period, the day its tree is taken on (docs/design.md,
    /// "Reference dates"): H1 → `cutoff_H1`, H2 and the year → `cutoff_Y` when set, else the period's last day; a
    /// quarter → its last day.
    public func referenceDate(of period: Period) -> Day {
        let custom: (day: Int, month: Int)? =
            switch period.length {
            case .half where period.index == 1: cutoffHalfYear
            case .half, .year: cutoffYear
            case .quarter: nil
            }
        guard let custom, let day = Day(year: period.year, month: custom.month, day: custom.day) else {
            return Day(endOf: period)
        }
        return day
    }

    /// Compares every field (tuples are not Equatable by themselves).
    public static func == (lhs: Settings, rhs: Settings) -> Bool {
        lhs.federationName == rhs.federationName && lhs.superiorName == rhs.superiorName && lhs.place == rhs.place
            && lhs.preparerTitle == rhs.preparerTitle && lhs.preparerName == rhs.preparerName
            && lhs.signerOnBehalf == rhs.signerOnBehalf && lhs.signerTitle == rhs.signerTitle
            && lhs.signerName == rhs.signerName && lhs.targetNearPercent == rhs.targetNearPercent
            && lhs.cutoffHalfYear.map { [$0.day, $0.month] } == rhs.cutoffHalfYear.map { [$0.day, $0.month] }
            && lhs.cutoffYear.map { [$0.day, $0.month] } == rhs.cutoffYear.map { [$0.day, $0.month] }
    }
}
