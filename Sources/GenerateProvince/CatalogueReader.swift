import Foundation

/// How an indicator sums, as the catalogue's `kind` column says (ratios are never written).
enum IndicatorKind: String {
    case flow, stock
    case weightedMean = "weighted_mean"
}

/// One reportable (non-ratio) indicator of the catalogue, with what the generator writes for it.
struct ReportableIndicator {
    /// The indicator code, e.g. `members_total`.
    let code: String
    /// Flow, stock or weighted mean.
    let kind: IndicatorKind
    /// Whether it is money (measure `đồng` or a `_vnd` code): written in whole thousands.
    let isMoney: Bool
    /// The figure the model computes for it, or nil for a code the model does not know.
    let figure: Figure?
}

/// Reads the catalogue's reportable indicators in catalogue order.
enum CatalogueReader {
    /// The flow, stock and weighted-mean indicators of `csv`; ratio rows (and rows of an
    /// unknown kind, reported in `skipped`) are left out.
    static func reportable(
        from csv: String
    ) throws(GeneratorError) -> (indicators: [ReportableIndicator], skipped: [String]) {
        let rows = parseCSV(csv)
        guard let header = rows.first else { throw .catalogue("the catalogue is empty") }
        let names = header.map { $0.trimmingCharacters(in: .whitespaces).lowercased() }
        guard let codeColumn = names.firstIndex(of: "code"), let kindColumn = names.firstIndex(of: "kind") else {
            throw .catalogue("the catalogue has no `code` and `kind` columns")
        }
        let measureColumn = names.firstIndex(of: "measure")
        var indicators: [ReportableIndicator] = []
        var skipped: [String] = []
        var seen: Set<String> = []
        for row in rows.dropFirst() where row.count > max(codeColumn, kindColumn) {
            let code = row[codeColumn].trimmingCharacters(in: .whitespaces)
            let kindText = row[kindColumn].trimmingCharacters(in: .whitespaces)
            guard !code.isEmpty, kindText != "ratio", seen.insert(code).inserted else { continue }
            guard let kind = IndicatorKind(rawValue: kindText) else {
                skipped.append("\(code) (kind '\(kindText)')")
                continue
            }
            let measure = measureColumn.flatMap { $0 < row.count ? row[$0] : nil } ?? ""
            let isMoney =
                code.hasSuffix("_vnd") || measure.precomposedStringWithCanonicalMapping.lowercased().contains("đồng")
            indicators.append(ReportableIndicator(code: code, kind: kind, isMoney: isMoney, figure: Figure(code: code)))
        }
        guard !indicators.isEmpty else {
            throw .catalogue("the catalogue has no flow, stock or weighted_mean indicator")
        }
        return (indicators, skipped)
    }

    /// Splits RFC 4180 CSV (quotes, doubled quotes, CRLF or LF, an optional BOM) into rows of fields.
    static func parseCSV(_ text: String) -> [[String]] {
        var rows: [[String]] = []
        var row: [String] = []
        var field = ""
        var quoted = false
        var afterQuote = false
        var characters = Substring(text)
        if characters.first == "\u{FEFF}" { characters = characters.dropFirst() }
        for character in characters {
            if quoted {
                if character == "\"" {
                    quoted = false
                    afterQuote = true
                } else {
                    field.append(character)
                }
                continue
            }
            switch character {
            case "\"":
                if afterQuote { field.append("\"") }  // a doubled quote inside a quoted field
                quoted = true
                afterQuote = false
            case ",":
                row.append(field)
                field = ""
                afterQuote = false
            case "\n", "\r\n", "\r":
                row.append(field)
                field = ""
                afterQuote = false
                if !(row.count == 1 && row[0].isEmpty) { rows.append(row) }
                row = []
            default:
                field.append(character)
                afterQuote = false
            }
        }
        if !field.isEmpty || !row.isEmpty {
            row.append(field)
            rows.append(row)
        }
        return rows
    }
}
