import Foundation

/// A small CSV file with a header row, read into rows keyed by column name (units, catalogue, settings).
struct HeaderedCSV {
    /// One data row: its line and its fields by lower-cased header name.
    struct Row {
        let line: Int
        let fields: [String: String]

        /// The trimmed, NFC-normalised field, or "" when the column is absent.
        subscript(_ column: String) -> String { fields[column] ?? "" }
    }

    /// The rows in file order.
    let rows: [Row]

    /// Reads `url`, reporting problems (as findings located in `file`) and skipping bad records.
    ///
    /// Throws only when the file cannot be opened or lacks a required column, or when it is not
    /// UTF-8 (the error's reason says so in Vietnamese); with `optional`, a file that is not UTF-8
    /// is instead one finding and an empty table, so its caller keeps its defaults.
    init(
        url: URL, file: String, required: [String], optional: Bool = false, findings: FindingEmitter
    ) throws(UnionStatsError) {
        let reader: CSVReader
        do {
            reader = try CSVReader(contentsOf: url)
        } catch {
            throw .unreadable(file: file, reason: error.reason)
        }
        if let problem = reader.fileProblem {
            guard optional else { throw .unreadable(file: file, reason: problem.message.text) }
            findings.emit(problem.message, at: SourceLocation(file: file))
            rows = []
            return
        }
        var header: [String]?
        var rows: [Row] = []
        while let row = reader.next() {
            switch row {
            case .problem(let line, let message):
                findings.emit(message, at: SourceLocation(file: file, position: .line(line)))
            case .record(let line, let fields):
                let cleaned = fields.map(\.quickCleaned)
                guard let names = header else {
                    let names = cleaned.map { $0.lowercased() }
                    let missing = required.filter { !names.contains($0) }
                    guard missing.isEmpty else {
                        throw .missingColumns(file: file, columns: missing, expected: required)
                    }
                    header = names
                    continue
                }
                if cleaned.count > names.count, cleaned[names.count...].contains(where: { !$0.isEmpty }) {
                    findings.emit(
                        .csvTooManyFields(count: cleaned.count, header: names.count),
                        at: SourceLocation(file: file, position: .line(line)))
                    continue
                }
                var byName: [String: String] = [:]
                for (name, value) in zip(names, cleaned) where byName[name] == nil { byName[name] = value }
                rows.append(Row(line: line, fields: byName))
            }
        }
        guard header != nil else { throw .missingColumns(file: file, columns: required, expected: required) }
        self.rows = rows
    }
}
