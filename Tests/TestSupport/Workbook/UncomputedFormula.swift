import Foundation

/// Turns formulas written with a marker result into formulas without a cached value, as programs that
/// write formulas without calculating them (openpyxl, many exporters) leave them.
public enum UncomputedFormula {
    /// The cached result to write with `Worksheet.writeFormula(_:cachedNumber:…)` for a formula that
    /// `removeCachedValues(in:)` then strips.
    public static let marker = 987_654_321.0

    /// Rewrites the workbook at `url` with every `<v>987654321</v>` of its worksheets removed.
    public static func removeCachedValues(in url: URL) throws {
        let archive = try ZipArchive(url: url)
        let entries = try archive.allEntries().map { entry -> (name: String, data: Data) in
            guard entry.name.hasPrefix("xl/worksheets/"), entry.name.hasSuffix(".xml") else { return entry }
            let xml = String(decoding: entry.data, as: UTF8.self).replacingOccurrences(of: "<v>987654321</v>", with: "")
            return (entry.name, Data(xml.utf8))
        }
        try ZipArchive.write(entries, to: url)
    }
}
