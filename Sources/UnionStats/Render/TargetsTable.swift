/// The tidy table `targets-P.csv`: one row per unit × target that applies to the period.
public enum TargetsTable {
    /// The exact header.
    public static let header = [
        "period", "report_period", "unit_code", "unit_name", "indicator_code", "indicator_name", "target", "value",
        "progress_pct", "expected_pct", "status", "tree_date",
    ]

    /// The rows sorted by unit code (byte order), then catalogue order, a year's target before a
    /// half-year's; `period` is the target's period, `report_period` the report's (so the files of
    /// several reports can be put together), `tree_date` the day of the tree the values stand on.
    /// Numbers are plain (`2686`, `92.5`, `51.25`), percentages with two decimals, `status` the
    /// Vietnamese word (`Vượt`, `Đạt`, `Gần đạt`, `Chưa đạt`), empty when there is no progress.
    public static func csv(
        _ plan: TargetPlan, catalogue: Catalogue, treeDay: Day, byteOrderMark: Bool = false
    ) -> [UInt8] {
        var writer = CSVWriter(byteOrderMark: byteOrderMark)
        writer.append(row: header.map(CSVField.text))
        let reportPeriod = CSVField.text(plan.period.description)
        let treeDate = CSVField.text(treeDay.iso)
        let units = plan.units.sorted { $0.code.utf8.lexicographicallyPrecedes($1.code.utf8) }
        for unit in units {
            for progress in unit.progress {
                let indicator = catalogue[progress.target.indicator]
                writer.append(row: [
                    .text(progress.target.period.description), reportPeriod, .text(unit.code), .text(unit.name),
                    .text(indicator.code), .text(indicator.nameVi),
                    .number(progress.target.value.normalizedDescription),
                    PlainNumber.field(progress.value, hundredths: indicator.hasTwoDecimals),
                    PlainNumber.field(progress.progressHundredths, hundredths: true),
                    PlainNumber.field(progress.expectedHundredths, hundredths: true),
                    progress.status.map { .text($0.rawValue) } ?? .empty, treeDate,
                ])
            }
        }
        return writer.bytes
    }
}

extension ExactDecimal {
    /// Written plainly without trailing decimal zeros: `92.50` → `92.5`, `2.000` with scale 0 → `2000`.
    var normalizedDescription: String { normalized.description }
}
