import Foundation

/// Reads `indicators.csv` into a `Catalogue`; an unusable row is left out with a finding.
enum CatalogueLoader {
    private static let columns = [
        "code", "section", "name_vi", "name_en", "measure", "kind", "numerator", "denominator", "weight", "direction",
    ]

    /// Loads the catalogue; throws only when the file is unusable as a whole.
    static func load(url: URL, file: String, findings: FindingEmitter) throws(UnionStatsError) -> Catalogue {
        let table = try HeaderedCSV(
            url: url, file: file, required: ["code", "section", "name_vi", "measure", "kind"], findings: findings)
        var kept: [HeaderedCSV.Row] = []
        var seen: [String: Int] = [:]
        for row in table.rows {
            let code = row["code"]
            let location = SourceLocation(file: file, position: .line(row.line))
            if let first = seen[code] {
                findings.emit(.indicatorDuplicate(code: code, firstLine: first), at: location, indicator: code)
                continue
            }
            guard UnitTreeLoader.isValidCode(code) else {
                findings.emit(.indicatorCodeInvalid(code: code), at: location, indicator: code)
                continue
            }
            guard ["flow", "stock", "ratio", "weighted_mean"].contains(row["kind"]) else {
                findings.emit(.indicatorKindUnknown(code: code, kind: row["kind"]), at: location, indicator: code)
                continue
            }
            seen[code] = row.line
            kept.append(row)
        }
        // References may point only at additive (flow/stock) indicators kept above.
        let additive = Set(kept.filter { ["flow", "stock"].contains($0["kind"]) }.map { $0["code"] })
        var usable: [HeaderedCSV.Row] = []
        for row in kept {
            let references: [String] =
                switch row["kind"] {
                case "ratio": [row["numerator"], row["denominator"]]
                case "weighted_mean": [row["weight"]]
                default: []
                }
            if let bad = references.first(where: { !additive.contains($0) }) {
                let location = SourceLocation(file: file, position: .line(row.line))
                findings.emit(
                    .indicatorReferenceInvalid(code: row["code"], reference: bad), at: location, indicator: row["code"])
                continue
            }
            usable.append(row)
        }
        let position = Dictionary(uniqueKeysWithValues: usable.enumerated().map { ($1["code"], $0) })
        let indicators = usable.map { row -> Indicator in
            let kind: Indicator.Kind =
                switch row["kind"] {
                case "stock": .stock
                case "ratio":
                    .ratio(numerator: position[row["numerator"]] ?? 0, denominator: position[row["denominator"]] ?? 0)
                case "weighted_mean": .weightedMean(weight: position[row["weight"]] ?? 0)
                default: .flow
                }
            return Indicator(
                code: row["code"], section: row["section"], nameVi: row["name_vi"], nameEn: row["name_en"],
                measure: row["measure"], kind: kind,
                direction: Indicator.Direction(rawValue: row["direction"]) ?? .neutral)
        }
        guard !indicators.isEmpty else { throw .emptyCatalogue(file: file) }
        return Catalogue(indicators)
    }
}
