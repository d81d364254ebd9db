/// Findings as CSV, for `unionstats validate --format csv`.
public enum FindingsTable {
    /// The exact header.
    public static let header = ["severity", "code", "file", "position", "unit", "indicator", "period", "message"]

    /// One row per finding, in the order given.
    public static func csv(_ findings: [Finding]) -> [UInt8] {
        var writer = CSVWriter()
        writer.append(row: header.map(CSVField.text))
        for finding in findings {
            let position: CSVField =
                switch finding.location?.position {
                case .line(let line): .number(String(line))
                case .cell(let sheet, let reference): .text("\(sheet)!\(reference)")
                case .file, nil: .empty
                }
            writer.append(row: [
                .text(finding.severity.word), .text(finding.code.rawValue),
                finding.location.map { .text($0.file) } ?? .empty,
                position, finding.unit.map(CSVField.text) ?? .empty, finding.indicator.map(CSVField.text) ?? .empty,
                finding.period.map { .text($0.description) } ?? .empty, .text(finding.message),
            ])
        }
        return writer.bytes
    }
}
