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

    /// A row that was left out, and why.
    public struct Problem: Error, Sendable, Equatable, CustomStringConvertible {
        /// The row's line in the file.
        public let line: Int
        /// What is wrong and what to do, in Vietnamese.
        public let message: String

        /// `indicator-phrases.csv:12: cảnh báo: …`.
        public var description: String { "\(PhraseTable.fileName):\(line): cảnh báo: \(message)" }
    }

    /// The usable patterns, in file order.
    public let patterns: [PhrasePattern]
    /// The rows left out.
    public let problems: [Problem]

    /// A table of `patterns` (for tests and callers that build their own).
    public init(patterns: [PhrasePattern], problems: [Problem] = []) {
        self.patterns = patterns
        self.problems = problems
    }

    /// Reads the phrase table of `folder`, checking every row against `catalogue`.
    public static func load(folder: URL, catalogue: Catalogue) throws(ExtractError) -> PhraseTable {
        let url = folder.appendingPathComponent(fileName)
        guard FileManager.default.fileExists(atPath: url.path) else { throw .missingPhraseTable(url.path) }
        let log = FindingLog()
        let table: HeaderedCSV
        do {
            table = try HeaderedCSV(url: url, file: fileName, required: ["indicator", "pattern"], findings: log.emitter)
        } catch {
            throw .input(error)
        }
        var problems = log.findings.map { finding in
            let line = if case .line(let line)? = finding.location?.position { line } else { 0 }
            return Problem(line: line, message: finding.message)
        }
        var patterns: [PhrasePattern] = []
        for row in table.rows {
            switch pattern(row, catalogue: catalogue) {
            case .success(let pattern): patterns.append(pattern)
            case .failure(let problem): problems.append(problem)
            }
        }
        guard !patterns.isEmpty else { throw .emptyPhraseTable(url.path) }
        return PhraseTable(patterns: patterns, problems: problems)
    }

    /// One row as a pattern, or the problem that leaves it out.
    private static func pattern(_ row: HeaderedCSV.Row, catalogue: Catalogue) -> Result<PhrasePattern, Problem> {
        let code = row["indicator"]
        guard let position = catalogue.position(of: code) else {
            return .failure(Problem(line: row.line, message: ExtractText.unknownIndicator(code)))
        }
        guard catalogue[position].isReportable else {
            return .failure(Problem(line: row.line, message: ExtractText.ratioIndicator(code)))
        }
        var value: Int64?
        if !row["value"].isEmpty {
            guard let number = ProseNumber.parse(row["value"])?.wholeValue else {
                return .failure(Problem(line: row.line, message: ExtractText.badValue(row["value"])))
            }
            value = number
        }
        guard let pattern = PhrasePattern(
            indicator: code, pattern: row["pattern"], requires: row["requires"], unless: row["unless"], value: value, line: row.line)
        else {
            return .failure(Problem(line: row.line, message: ExtractText.badPattern(row["pattern"])))
        }
        return .success(pattern)
    }
}
