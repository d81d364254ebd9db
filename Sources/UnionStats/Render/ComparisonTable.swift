/// The comparison as CSV: `compare-A-vs-B.csv`.
public enum ComparisonTable {
    /// The exact header.
    public static let header = [
        "period_a", "period_b", "unit_code", "unit_name", "level", "indicator_code", "indicator_name", "measure",
        "value_a", "value_b", "change", "change_pct",
    ]

    /// One row per unit × indicator, in the order of `observations-P.csv` (unit code, then catalogue).
    public static func csv(
        _ comparison: PeriodComparison, tree: UnitTree, catalogue: Catalogue, byteOrderMark: Bool = false
    ) -> [UInt8] {
        var writer = CSVWriter(byteOrderMark: byteOrderMark)
        writer.append(row: header.map(CSVField.text))
        let a = CSVField.text(comparison.periodA.description)
        let b = CSVField.text(comparison.periodB.description)
        for unit in ObservationsTable.unitsByCode(tree) {
            let info = tree.units[unit]
            for (position, indicator) in catalogue.indicators.enumerated() {
                let row = comparison.row(unit: unit, indicator: position)
                let decimals = indicator.hasTwoDecimals
                writer.append(row: [
                    a, b, .text(info.code), .text(info.name), .text(info.level.rawValue),
                    .text(indicator.code), .text(indicator.nameVi), .text(indicator.measure),
                    PlainNumber.field(row.a, hundredths: decimals), PlainNumber.field(row.b, hundredths: decimals),
                    PlainNumber.field(row.change, hundredths: decimals),
                    PlainNumber.field(row.changePercent, hundredths: true),
                ])
            }
        }
        return writer.bytes
    }
}
