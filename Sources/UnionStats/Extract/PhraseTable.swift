import Foundation

/// The vocabulary of `extract`: for each indicator, the phrases a narrative report uses around its figure.
///
/// Read from `indicator-phrases.csv` in the input folder (`indicator,pattern[,requires][,unless][,value]`),
/// so a federation adds the wording of its own units without rebuilding the tool. See `PhrasePattern`
/// for how a pattern is written; `requires` and `unless` list words (`|` between alternatives) that must,
/// or must not, appear in the sentence; `value` is the figure a pattern without `#` states.
public struct PhraseTable: Sendable {
    /// The file name looked for in the input folder.
    public static let fileName = "indicator-phrases.csv"

    /// The usable patterns, in file order.
    public let patterns: [PhrasePattern]
    /// The findings about the file: its rows left out (`W-PHRASE-ROW`) and its malformed records, in file order.
    public let findings: [Finding]

    /// A table of `patterns` (for tests and callers that build their own).
    public init(patterns: [PhrasePattern], findings: [Finding] = []) {
        self.patterns = patterns
        self.findings = findings
    }

    /// Reads the phrase table of `folder`, checking every row against `catalogue`.
    public static func load(folder: URL, catalogue: Catalogue) throws(ExtractError) -> PhraseTable {
        let url = folder.appendingPathComponent(fileName)
        guard FileManager.default.fileExists(atPath: url.path) else { throw .missingPhraseTable(url.path) }
        let log = FindingLog()
        let table: HeaderedCSV
        do {
            table = try HeaderedCSV(
                url: url, file: fileName, required: ["indicator", "pattern"], findings: log.emitter)
        } catch {
            throw .input(error)
        }
        var patterns: [PhrasePattern] = []
        for row in table.rows {
            switch read(row, catalogue: catalogue) {
            case .pattern(let pattern):
                patterns.append(pattern)
            case .leftOut(let message):
                log.emitter.emit(message, at: SourceLocation(file: fileName, position: .line(row.line)))
            }
        }
        let findings = log.findings.sorted(by: Finding.byLocation)
        guard !patterns.isEmpty else { throw .emptyPhraseTable(url.path, findings: findings) }
        return PhraseTable(patterns: patterns, findings: findings)
    }

    /// One row read: its pattern, or the finding that leaves it out.
    private enum RowReading {
        case pattern(PhrasePattern)
        case leftOut(FindingMessage)
    }

    /// One row as a pattern, or the finding that leaves it out.
    private static func read(_ row: HeaderedCSV.Row, catalogue: Catalogue) -> RowReading {
        let code = row["indicator"]
        guard let position = catalogue.position(of: code) else {
            return .leftOut(.phraseIndicatorUnknown(code: code))
        }
        guard catalogue[position].isReportable else {
            return .leftOut(.phraseIndicatorRatio(code: code))
        }
        var value: Int64?
        if !row["value"].isEmpty {
            guard let number = ProseNumber.parse(row["value"])?.wholeValue else {
                return .leftOut(.phraseValue(text: row["value"]))
            }
            value = number
        }
        guard
            let pattern = PhrasePattern(
                indicator: code, pattern: row["pattern"], requires: row["requires"], unless: row["unless"],
                value: value, line: row.line)
        else {
            return .leftOut(.phrasePattern(text: row["pattern"]))
        }
        return .pattern(pattern)
    }
}
