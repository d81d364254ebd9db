/// How far one unit has come towards one target at the end of a report period (docs/design.md, "Progress, expected
/// share and status").
///
/// The value is the unit's value for the part of the target's period up to the report period's end:
/// flows summed over that span (year to date), stocks, ratios and means at the report period itself.
/// Progress is value ÷ target × 100 and the expected share of a flow is the share of the target's
/// quarters elapsed; both are kept in hundredths of a percent, rounded once, half away from zero.
///
/// The target of an indicator whose `direction` is `down` (accidents, strikes: falling is good) is a
/// ceiling, and its status says whether the value stays under it (docs/design.md, "Ceilings: falling is good").
public struct TargetProgress: Sendable {
    /// Where progress stands against the expected share (for a ceiling: where the value stands against it).
    public enum Status: String, Sendable, CaseIterable {
        /// Above the expected share (never for a ceiling).
        case exceeded = "Vượt"
        /// Exactly at it; for a ceiling: at most target × expected share (on track).
        case met = "Đạt"
        /// At least `target_near_pct` % of it; for a ceiling: above the share on track, at most the target.
        case near = "Gần đạt"
        /// Below that; for a ceiling: above the target.
        case notMet = "Chưa đạt"
    }

    /// Why there is no progress.
    public enum Gap: Error, Sendable, Equatable {
        /// The unit has no value for the span (or a ratio whose parts do not match).
        case noValue
        /// The target is 0: nothing to divide by.
        case zeroTarget
        /// The quotient is beyond what is computed exactly.
        case overflow

        /// The reason as the report writes it.
        public var vietnamese: String {
            switch self {
            case .noValue: "Chưa có số liệu"
            case .zeroTarget: "Kế hoạch bằng 0: không tính % kế hoạch"
            case .overflow: "Số quá lớn, không tính được % kế hoạch"
            }
        }
    }

    /// The target.
    public let target: Target
    /// The span the value covers (year to date for flows, the report period otherwise).
    public let span: TimeSpan
    /// The value (hundredths for ratios and means), nil when missing.
    public let value: Int64?
    /// value ÷ target × 100, in hundredths of a percent; nil with `gap` saying why.
    public let progressHundredths: Int64?
    /// The share of the target expected by the period's end, in hundredths of a percent (2500 = 25 %).
    public let expectedHundredths: Int64
    /// The status, nil when there is no progress (a ceiling: nil only without a value).
    public let status: Status?
    /// Why there is no progress, nil when there is.
    public let gap: Gap?
    /// Whether the target is a ceiling: its indicator's direction is `down`, so less is better.
    public let isCeiling: Bool

    /// Measures `target` at the end of `period` from the aggregator's values of unit `unit`.
    ///
    /// `nearPercent` is `target_near_pct` (90 by default).
    public init(target: Target, unit: Int, period: Period, aggregator: Aggregator, nearPercent: ExactDecimal) {
        let indicator = aggregator.catalogue[target.indicator]
        self.target = target
        isCeiling = indicator.direction == .down
        span = Self.span(of: target, kind: indicator.kind, at: period)
        expectedHundredths = Self.expectedHundredths(of: target, kind: indicator.kind, at: period)
        let values = aggregator.values(for: span)
        value = values.value(unit: unit, indicator: target.indicator)
        let progress: Result<Int64, Gap>
        if value == nil {
            progress = .failure(.noValue)
        } else if target.value.significand == 0 {
            progress = .failure(.zeroTarget)
        } else if case .ratio(let numerator, let denominator) = indicator.kind,
            let top = values.value(unit: unit, indicator: numerator),
            let bottom = values.value(unit: unit, indicator: denominator)
        {
            // The ratio exactly, from its parts: numerator × 100 / denominator, then ÷ target × 100.
            progress = Self.quotient(Int128(top) * 10_000, over: Int128(bottom), target: target.value)
        } else if let value {
            // Whole values × 100; values kept in hundredths are already × 100.
            progress = Self.quotient(
                Int128(value) * (indicator.hasTwoDecimals ? 1 : 100), over: 1, target: target.value)
        } else {
            progress = .failure(.noValue)
        }
        switch progress {
        case .success(let hundredths):
            progressHundredths = hundredths
            gap = nil
        case .failure(let reason):
            progressHundredths = nil
            gap = reason
        }
        // A ceiling's status compares the value itself with the target, so a ceiling of 0 has one too.
        let expected = expectedHundredths
        if let value, isCeiling {
            status = Self.ceilingStatus(
                value: value, hundredths: indicator.hasTwoDecimals, ceiling: target.value, expected: expected)
        } else if let progress = progressHundredths, !isCeiling {
            status = Self.status(progress: progress, expected: expected, nearPercent: nearPercent)
        } else {
            status = nil
        }
    }

    /// The span a target's value covers at the end of `period`: for a flow, the quarters from the
    /// target period's first to the report period's last (Q1, H1, nine months, the year, Q3, H2); for
    /// anything else the report period itself.
    public static func span(of target: Target, kind: Indicator.Kind, at period: Period) -> TimeSpan {
        guard case .flow = kind else { return TimeSpan(period) }
        let first = target.period.firstQuarter
        let last = period.lastQuarter
        let year = period.year
        let covered: Period? =
            switch (first, last) {
            case (1, 2), (3, 4): Period(year: year, length: .half, index: last / 2)
            case (1, 4): Period(year: year, length: .year, index: 1)
            case (1, 3): nil
            default: Period(year: year, length: .quarter, index: last)
            }
        if let covered { return TimeSpan(covered) }
        return Period(year: year, length: .quarter, index: 3).flatMap(TimeSpan.yearToDate(through:)) ?? TimeSpan(period)
    }

    /// The expected share in hundredths of a percent: for a flow the target's quarters elapsed at the
    /// period's end (2500, 5000, 7500, 10000 for a year; 5000, 10000 for a half-year); 10000 otherwise.
    public static func expectedHundredths(of target: Target, kind: Indicator.Kind, at period: Period) -> Int64 {
        guard case .flow = kind else { return 10_000 }
        let elapsed = period.lastQuarter - target.period.firstQuarter + 1
        return Int64(elapsed * 10_000 / target.period.quarterCount)
    }

    /// `Vượt` above the expected share, `Đạt` at it, `Gần đạt` from `nearPercent` % of it, else `Chưa đạt`,
    /// on the two-decimal figures as printed.
    public static func status(progress: Int64, expected: Int64, nearPercent: ExactDecimal) -> Status {
        if progress > expected { return .exceeded }
        if progress == expected { return .met }
        let scale = Int128(ExactDecimal.powerOfTen(nearPercent.scale))
        return Int128(progress) * 100 * scale >= Int128(nearPercent.significand) * Int128(expected) ? .near : .notMet
    }

    /// The status of a ceiling (docs/design.md, "Ceilings: falling is good"), on the value as printed (`value` in hundredths when
    /// `hundredths`) and the exact target: `Đạt` at most target × expected share (on track), `Gần đạt` above that
    /// but at most the target, `Chưa đạt` above the target. A ceiling of 0 is `Đạt` at 0 and `Chưa đạt` above.
    public static func ceilingStatus(value: Int64, hundredths: Bool, ceiling: ExactDecimal, expected: Int64) -> Status {
        // value ÷ d ≤ ceiling × expected ÷ 10 000, with ceiling = significand ÷ 10^scale, d = 100 or 1,
        // compared as value × 10^scale × 10 000 ≤ significand × expected × d: below 2^100, exact in Int128.
        let divisor: Int128 = hundredths ? 100 : 1
        let scaledValue = Int128(value) * Int128(ExactDecimal.powerOfTen(ceiling.scale))
        let significand = Int128(ceiling.significand)
        if scaledValue * 10_000 <= significand * Int128(expected) * divisor { return .met }
        if scaledValue <= significand * divisor { return .near }
        return .notMet
    }

    /// value × 100 ÷ target in hundredths of a percent, where `scaledValue / divisor` is the value × 100;
    /// an overflow is a gap.
    private static func quotient(
        _ scaledValue: Int128, over divisor: Int128, target: ExactDecimal
    ) -> Result<Int64, Gap> {
        guard divisor != 0 else { return .failure(.noValue) }
        let (top, o1) = scaledValue.multipliedReportingOverflow(by: Int128(ExactDecimal.powerOfTen(target.scale)))
        let (bottom, o2) = divisor.multipliedReportingOverflow(by: Int128(target.significand))
        guard !o1, !o2, let fraction = Fraction(top, over: bottom), let hundredths = fraction.rounded(scale: 100) else {
            return .failure(.overflow)
        }
        return .success(hundredths)
    }
}
