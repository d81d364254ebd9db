import Foundation

/// Reads `scoring.csv` (`indicator,weight,basis`): the criteria emulation groups are ranked by, every
/// row it cannot use a finding naming its line.
enum ScoringLoader {
    /// The file's name in the input folder.
    static let fileName = "scoring.csv"

    /// The criteria in file order; none when the file is absent or unusable.
    static func load(url: URL, catalogue: Catalogue, findings: FindingEmitter) -> [ScoringCriterion] {
        guard FileManager.default.fileExists(atPath: url.path),
            let table = PlanFile.read(
                url: url, file: fileName, required: ["indicator", "weight", "basis"], findings: findings)
        else { return [] }
        var criteria: [ScoringCriterion] = []
        var lineOfCriterion: [String: Int] = [:]
        for row in table.rows {
            let at = SourceLocation(file: fileName, position: .line(row.line))
            let code = row["indicator"]
            guard let position = catalogue.position(of: code) else {
                let suggestion = Suggestion.nearest(to: code, among: catalogue.indicators.map(\.code))
                findings.emit(.unknownIndicator(code: code, suggestion: suggestion), at: at, indicator: code)
                continue
            }
            guard let basis = ScoringCriterion.Basis(rawValue: row["basis"].lowercased()) else {
                findings.emit(.plan(.scoringBasisUnknown(basis: row["basis"])), at: at, indicator: code)
                continue
            }
            let weight: ExactDecimal
            switch VietnameseNumber.parse(row["weight"]) {
            case .failure(let reason):
                findings.emit(
                    .plan(.scoringWeight(text: row["weight"], reason: reason.message)), at: at, indicator: code)
                continue
            case .success(let parsed):
                weight = parsed
            }
            guard
                Int128(weight.significand) <= Int128(ScoringCriterion.maxWeight)
                    * Int128(ExactDecimal.powerOfTen(weight.scale))
            else {
                let reason = "trọng số không được lớn hơn \(VietnameseFormat.grouped(ScoringCriterion.maxWeight))."
                findings.emit(.plan(.scoringWeight(text: row["weight"], reason: reason)), at: at, indicator: code)
                continue
            }
            let key = "\(code) \(basis.rawValue)"
            if let first = lineOfCriterion[key] {
                findings.emit(
                    .plan(
                        .scoringDuplicate(indicator: catalogue[position].label, basis: basis.rawValue, firstLine: first)
                    ), at: at, indicator: code)
                continue
            }
            lineOfCriterion[key] = row.line
            criteria.append(ScoringCriterion(indicator: position, weight: weight, basis: basis))
        }
        return criteria
    }
}
