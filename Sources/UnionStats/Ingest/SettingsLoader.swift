import Foundation

/// Reads `settings.csv` (`key,value`); an unknown key or a bad day is a warning, the default stays.
/// A file that is not UTF-8 is an `E-FILE-ENCODING` error and every default stays: the run goes on,
/// but the names it would print on the signed report are not the federation's.
enum SettingsLoader {
    /// Loads settings, or the defaults when the file is absent.
    static func load(url: URL, file: String, findings: FindingEmitter) throws(UnionStatsError) -> Settings {
        var settings = Settings()
        guard FileManager.default.fileExists(atPath: url.path) else { return settings }
        let table = try HeaderedCSV(
            url: url, file: file, required: ["key", "value"], optional: true, findings: findings)
        for row in table.rows {
            let value = row["value"]
            let location = SourceLocation(file: file, position: .line(row.line))
            switch row["key"] {
            case "federation_name": settings.federationName = value
            case "superior_name": settings.superiorName = value
            case "place": settings.place = value
            case "preparer_title": settings.preparerTitle = value
            case "preparer_name": settings.preparerName = value
            case "signer_on_behalf": settings.signerOnBehalf = value
            case "signer_title": settings.signerTitle = value
            case "signer_name": settings.signerName = value
            case "cutoff_H1", "cutoff_h1", "cutoff_Y", "cutoff_y":
                guard let day = dayMonth(value) else {
                    findings.emit(.settingsDay(key: row["key"], value: value), at: location)
                    continue
                }
                if row["key"].lowercased() == "cutoff_h1" {
                    settings.cutoffHalfYear = day
                } else {
                    settings.cutoffYear = day
                }
            case "target_near_pct":
                guard case .success(let percent) = VietnameseNumber.parse(value, allowingPercent: true),
                    percent.significand <= 100 * ExactDecimal.powerOfTen(percent.scale)
                else {
                    findings.emit(.plan(.nearPercent(value: value)), at: location)
                    continue
                }
                settings.targetNearPercent = percent
            default:
                findings.emit(.settingsKeyUnknown(key: row["key"]), at: location)
            }
        }
        return settings
    }

    /// Reads `31/05` or `31/5` as (31, 5) when it is a real day of a (leap) year.
    static func dayMonth(_ text: String) -> (day: Int, month: Int)? {
        let parts = text.split(separator: "/")
        guard parts.count == 2, let day = Int(parts[0]), let month = Int(parts[1]), (1...12).contains(month) else {
            return nil
        }
        let lengths = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]
        guard (1...lengths[month - 1]).contains(day) else { return nil }
        return (day, month)
    }
}
