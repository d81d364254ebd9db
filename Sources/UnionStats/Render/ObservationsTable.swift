/// The tidy long table `observations-P.csv` and the wide `report-P.csv`.
public enum ObservationsTable {
    /// The long table's exact header.
    public static let longHeader = [
        "period", "unit_code", "unit_name", "parent_code", "level", "indicator_code", "indicator_name",
        "measure", "value", "status", "grassroots_reporting", "grassroots_expected",
    ]

    /// One row per unit × indicator, sorted by unit code (byte order) then catalogue order.
    public static func long(_ values: PeriodValues, tree: UnitTree, catalogue: Catalogue, byteOrderMark: Bool = false) -> [UInt8] {
        var writer = CSVWriter(byteOrderMark: byteOrderMark)
        writer.append(row: longHeader.map(CSVField.text))
        let period = CSVField.text(values.period.description)
        for unit in unitsByCode(tree) {
            let info = tree.units[unit]
            let parent = info.parent.map { CSVField.text(tree.units[$0].code) } ?? .empty
            for (position, indicator) in catalogue.indicators.enumerated() {
                let value = values.value(unit: unit, indicator: position)
                let coverage: [CSVField] = indicator.kind.isAdditive
                    ? [.number(String(values.reporting(unit: unit, indicator: position))), .number(String(tree.grassrootsCount[unit]))]
                    : [.empty, .empty]
                writer.append(row: [
                    period, .text(info.code), .text(info.name), parent, .text(info.level.rawValue),
                    .text(indicator.code), .text(indicator.nameVi), .text(indicator.measure),
                    PlainNumber.field(value, hundredths: indicator.hasTwoDecimals),
                    .text(values.status(unit: unit, indicator: position).name),
                ] + coverage)
            }
        }
        return writer.bytes
    }

    /// One row per unit in tree order, one column per indicator code.
    public static func wide(_ values: PeriodValues, tree: UnitTree, catalogue: Catalogue, byteOrderMark: Bool = false) -> [UInt8] {
        var writer = CSVWriter(byteOrderMark: byteOrderMark)
        writer.append(row: (["period", "unit_code", "unit_name", "parent_code", "level"] + catalogue.indicators.map(\.code)).map(CSVField.text))
        let period = CSVField.text(values.period.description)
        for (unit, info) in tree.units.enumerated() {
            var row: [CSVField] = [
                period, .text(info.code), .text(info.name),
                info.parent.map { .text(tree.units[$0].code) } ?? .empty, .text(info.level.rawValue),
            ]
            for (position, indicator) in catalogue.indicators.enumerated() {
                row.append(PlainNumber.field(values.value(unit: unit, indicator: position), hundredths: indicator.hasTwoDecimals))
            }
            writer.append(row: row)
        }
        return writer.bytes
    }

    /// Unit indices sorted by code, byte order.
    static func unitsByCode(_ tree: UnitTree) -> [Int] {
        tree.units.indices.sorted { tree.units[$0].code.utf8.lexicographicallyPrecedes(tree.units[$1].code.utf8) }
    }
}
