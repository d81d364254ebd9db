/// The comparison as CSV: `compare-A-vs-B.csv`.
///
/// Beside both values and the change, each row says where the unit stands (`parent_code`), how each value came
/// about (`status_a`, `status_b`) and how far it reaches (`grassroots_reporting_a`, `…_b`, `grassroots_expected_a`,
/// `…_b`, for flows and stocks), so a change of different reach (a CĐCS founded in B, one not reported yet) can be
/// told from a real one; `tree_date` is the day of the tree both periods stand on (docs/design.md, "Comparison").
public enum ComparisonTable {
    /// The exact header.
    public static let header = [
        "period_a", "period_b", "unit_code", "unit_name", "parent_code", "level", "indicator_code", "indicator_name",
        "measure", "value_a", "value_b", "change", "change_pct", "status_a", "status_b", "grassroots_reporting_a",
        "grassroots_reporting_b", "grassroots_expected_a", "grassroots_expected_b", "tree_date",
    ]

    /// One row per unit × indicator, in the order of `observations-P.csv` (unit code, then catalogue); `treeDay` is
    /// the day of the tree both periods stand on.
    public static func csv(
        _ comparison: PeriodComparison, tree: UnitTree, catalogue: Catalogue, treeDay: Day, byteOrderMark: Bool = false
    ) -> [UInt8] {
        var writer = CSVWriter(byteOrderMark: byteOrderMark)
        writer.append(row: header.map(CSVField.text))
        // Every text field repeats (46 rows a unit, every unit an indicator): encode each once.
        let comma: UInt8 = 0x2C
        let periods =
            CSVWriter.encoded(.text(comparison.periodA.description)) + [comma]
            + CSVWriter.encoded(.text(comparison.periodB.description)) + [comma]
        let indicatorParts = ObservationsTable.indicatorFields(catalogue)
        let statusParts = ValueStatus.allCases.map { CSVWriter.encoded(.text($0.name)) }
        let treeDate = [comma] + CSVWriter.encoded(.text(treeDay.iso)) + [0x0A]
        let noReach: [UInt8] = [comma, comma, comma]
        let (valuesA, valuesB) = (comparison.valuesA, comparison.valuesB)
        for unit in ObservationsTable.unitsByCode(tree) {
            let unitPart = periods + ObservationsTable.unitFields(unit, of: tree)
            // Each period expects the CĐCS that existed during it.
            let (expectedA, expectedB) = (Int64(valuesA.expected(unit: unit)), Int64(valuesB.expected(unit: unit)))
            for (position, indicator) in catalogue.indicators.enumerated() {
                let row = comparison.row(unit: unit, indicator: position)
                let decimals = indicator.hasTwoDecimals
                writer.append(encoded: unitPart)
                writer.append(encoded: indicatorParts[position])
                if let a = row.a { writer.append(number: a, hundredths: decimals) }
                writer.append(byte: comma)
                if let b = row.b { writer.append(number: b, hundredths: decimals) }
                writer.append(byte: comma)
                if let change = row.change { writer.append(number: change, hundredths: decimals) }
                writer.append(byte: comma)
                if let percent = row.changePercent { writer.append(number: percent, hundredths: true) }
                writer.append(byte: comma)
                writer.append(encoded: statusParts[Int(valuesA.status(unit: unit, indicator: position).rawValue)])
                writer.append(byte: comma)
                writer.append(encoded: statusParts[Int(valuesB.status(unit: unit, indicator: position).rawValue)])
                writer.append(byte: comma)
                if indicator.kind.isAdditive {
                    writer.append(number: Int64(valuesA.reporting(unit: unit, indicator: position)), hundredths: false)
                    writer.append(byte: comma)
                    writer.append(number: Int64(valuesB.reporting(unit: unit, indicator: position)), hundredths: false)
                    writer.append(byte: comma)
                    writer.append(number: expectedA, hundredths: false)
                    writer.append(byte: comma)
                    writer.append(number: expectedB, hundredths: false)
                } else {
                    writer.append(encoded: noReach)
                }
                writer.append(encoded: treeDate)
            }
        }
        return writer.bytes
    }
}
