/// Year to date (lũy kế) of a quarter: Q1, H1, H1 + Q3 (stocks: Q3), the year.
public enum YearToDate {
    /// A label for the year-to-date column: "Lũy kế 9 tháng năm 2021".
    public static func label(for quarter: Period) -> String {
        "Lũy kế \(quarter.lastQuarter * 3) tháng năm \(quarter.year)"
    }

    /// The year-to-date values of every unit for a quarter, nil when `quarter` is not a quarter.
    ///
    /// Q1, Q2 and Q4 are the periods Q1, H1 and the year. Q3 combines H1 and Q3: flows add up
    /// (both needed), stocks take Q3, ratios come from the combined parts, weighted means weigh
    /// H1's and Q3's means (as written) by their weights.
    public static func values(for quarter: Period, using aggregator: Aggregator) -> PeriodValues? {
        guard quarter.length == .quarter else { return nil }
        switch quarter.index {
        case 1: return aggregator.values(for: quarter)
        case 2: return Period(year: quarter.year, length: .half, index: 1).map { aggregator.values(for: $0) }
        case 4: return Period(year: quarter.year, length: .year, index: 1).map { aggregator.values(for: $0) }
        default:
            guard let half = Period(year: quarter.year, length: .half, index: 1) else { return nil }
            return combine(half, quarter, using: aggregator)
        }
    }

    private static func combine(_ halfPeriod: Period, _ thirdPeriod: Period, using aggregator: Aggregator) -> PeriodValues {
        let catalogue = aggregator.catalogue
        let half = aggregator.values(for: halfPeriod), third = aggregator.values(for: thirdPeriod)
        let means = [aggregator.means(for: halfPeriod), aggregator.means(for: thirdPeriod)]
        let unitCount = aggregator.tree.count
        var result = PeriodValues(period: third.period, unitCount: unitCount, indicatorCount: catalogue.count)
        for unit in 0..<unitCount {
            for (position, indicator) in catalogue.indicators.enumerated() {
                let cell = unit * catalogue.count + position
                switch indicator.kind {
                case .flow:
                    guard let a = half.value(unit: unit, indicator: position), let b = third.value(unit: unit, indicator: position) else { continue }
                    let (sum, overflow) = a.addingReportingOverflow(b)
                    guard !overflow else { continue }
                    result.values[cell] = sum
                    result.status[cell] = .derived
                    result.reporting[cell] = min(half.reporting[cell], third.reporting[cell])
                case .stock:
                    result.values[cell] = third.values[cell]
                    result.status[cell] = third.status[cell]
                    result.reporting[cell] = third.reporting[cell]
                case .ratio, .weightedMean:
                    break
                }
            }
        }
        for unit in 0..<unitCount {
            for (position, indicator) in catalogue.indicators.enumerated() {
                let cell = unit * catalogue.count + position
                switch indicator.kind {
                case .ratio(let numerator, let denominator):
                    guard let hundredths = Aggregator.ratioHundredths(
                        result.value(unit: unit, indicator: numerator), result.value(unit: unit, indicator: denominator)) else { continue }
                    result.values[cell] = hundredths
                    result.status[cell] = .computed
                case .weightedMean(let weight):
                    // Both parts' unrounded means, each weighted by its own weight; none when either lacks one.
                    var accumulator = PreciseMean.Accumulator()
                    var complete = true
                    for (part, partMeans) in zip([half, third], means) {
                        guard let mean = partMeans[position]?[unit], let w = part.value(unit: unit, indicator: weight) else {
                            complete = false
                            break
                        }
                        accumulator.add(mean, weight: w)
                    }
                    guard complete, let mean = accumulator.mean?.hundredths else { continue }
                    result.values[cell] = mean
                    result.status[cell] = .computed
                case .flow, .stock:
                    break
                }
            }
        }
        return result
    }
}
