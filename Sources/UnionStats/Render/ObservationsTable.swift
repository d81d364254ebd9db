/// The tidy long table `observations-P.csv` and the wide `report-P.csv`.
///
/// Both end with `tree_date`, the day of the tree the figures stand on (`YYYY-MM-DD`), the same on every row: a
/// table of a period restated on another tree (`--tree`) says so (docs/design.md, "Output files").
public enum ObservationsTable {
    /// The long table's exact header.
    public static let longHeader = [
        "period", "unit_code", "unit_name", "parent_code", "level", "indicator_code", "indicator_name",
        "measure", "value", "status", "grassroots_reporting", "grassroots_expected", "tree_date",
    ]

    /// The wide table's columns before one column per indicator code; `tree_date` follows the indicators.
    public static let wideLeadingHeader = ["period", "unit_code", "unit_name", "parent_code", "level"]

    /// One row per unit × indicator, sorted by unit code (byte order) then catalogue order; `treeDay` is the day of
    /// the tree the values stand on.
    public static func long(
        _ values: PeriodValues, tree: UnitTree, catalogue: Catalogue, treeDay: Day, byteOrderMark: Bool = false
    ) -> [UInt8] {
        var all: [UInt8] = []
        long(values, tree: tree, catalogue: catalogue, treeDay: treeDay, byteOrderMark: byteOrderMark) {
            all.append(contentsOf: $0)
        }
        return all
    }

    /// The long table in chunks of about 4 MB handed to `sink`, so it never sits whole in memory.
    public static func long(
        _ values: PeriodValues, tree: UnitTree, catalogue: Catalogue, treeDay: Day, byteOrderMark: Bool = false,
        sink: ([UInt8]) throws -> Void
    ) rethrows {
        var writer = CSVWriter(byteOrderMark: byteOrderMark)
        writer.append(row: longHeader.map(CSVField.text))
        // Every text field repeats (46 rows a unit, 20.000 units an indicator): encode each once.
        let comma: UInt8 = 0x2C
        let period = CSVWriter.encoded(.text(values.period.description))
        let treeDate = [comma] + CSVWriter.encoded(.text(treeDay.iso)) + [0x0A]
        let indicatorParts = indicatorFields(catalogue)
        let statusParts = ValueStatus.allCases.map { CSVWriter.encoded(.text($0.name)) }
        writer.reserve(1 << 22 + 4096)
        for unit in unitsByCode(tree) {
            let unitPart = period + [comma] + unitFields(unit, of: tree)
            if writer.bytes.count > 1 << 22 { try writer.flush(to: sink) }
            let expected = Int64(values.expected(unit: unit))
            for (position, indicator) in catalogue.indicators.enumerated() {
                writer.append(encoded: unitPart)
                writer.append(encoded: indicatorParts[position])
                if let value = values.value(unit: unit, indicator: position) {
                    writer.append(number: value, hundredths: indicator.hasTwoDecimals)
                }
                writer.append(byte: comma)
                writer.append(encoded: statusParts[Int(values.status(unit: unit, indicator: position).rawValue)])
                writer.append(byte: comma)
                if indicator.kind.isAdditive {
                    writer.append(number: Int64(values.reporting(unit: unit, indicator: position)), hundredths: false)
                    writer.append(byte: comma)
                    writer.append(number: expected, hundredths: false)
                } else {
                    writer.append(byte: comma)
                }
                writer.append(encoded: treeDate)
            }
        }
        try writer.flush(to: sink)
    }

    /// One row per unit in tree order, one column per indicator code, then `tree_date`.
    public static func wide(
        _ values: PeriodValues, tree: UnitTree, catalogue: Catalogue, treeDay: Day, byteOrderMark: Bool = false
    ) -> [UInt8] {
        var writer = CSVWriter(byteOrderMark: byteOrderMark)
        writer.append(row: (wideLeadingHeader + catalogue.indicators.map(\.code) + ["tree_date"]).map(CSVField.text))
        let period = CSVWriter.encoded(.text(values.period.description))
        let treeDate = [0x2C] + CSVWriter.encoded(.text(treeDay.iso)) + [0x0A]
        for (unit, info) in tree.units.enumerated() {
            writer.append(encoded: period)
            for field in [
                CSVField.text(info.code), .text(info.name), info.parent.map { .text(tree.units[$0].code) } ?? .empty,
                .text(info.level.rawValue),
            ] {
                writer.append(byte: 0x2C)
                writer.append(encoded: CSVWriter.encoded(field))
            }
            for (position, indicator) in catalogue.indicators.enumerated() {
                writer.append(byte: 0x2C)
                if let value = values.value(unit: unit, indicator: position) {
                    writer.append(number: value, hundredths: indicator.hasTwoDecimals)
                }
            }
            writer.append(encoded: treeDate)
        }
        return writer.bytes
    }

    /// Unit indices sorted by code, byte order.
    /// `code,name,measure,` of each indicator, encoded once for every row that repeats them.
    static func indicatorFields(_ catalogue: Catalogue) -> [[UInt8]] {
        catalogue.indicators.map { indicator in
            CSVWriter.encoded(.text(indicator.code)) + [0x2C] + CSVWriter.encoded(.text(indicator.nameVi)) + [0x2C]
                + CSVWriter.encoded(.text(indicator.measure)) + [0x2C]
        }
    }

    /// `unit_code,unit_name,parent_code,level,` of a unit, encoded.
    static func unitFields(_ unit: Int, of tree: UnitTree) -> [UInt8] {
        let info = tree.units[unit]
        let parent = info.parent.map { CSVField.text(tree.units[$0].code) } ?? .empty
        return CSVWriter.encoded(.text(info.code)) + [0x2C] + CSVWriter.encoded(.text(info.name)) + [0x2C]
            + CSVWriter.encoded(parent) + [0x2C] + CSVWriter.encoded(.text(info.level.rawValue)) + [0x2C]
    }

    static func unitsByCode(_ tree: UnitTree) -> [Int] {
        tree.units.indices.sorted { tree.units[$0].code.utf8.lexicographicallyPrecedes(tree.units[$1].code.utf8) }
    }
}
