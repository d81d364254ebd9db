import XLSX

extension XLSXSheet {
    /// The text at an A1 reference; nil when the cell is absent or not text.
    public func text(_ reference: String) -> String? {
        guard case .text(let text)? = cell(reference)?.value else { return nil }
        return text
    }

    /// The number's literal text at an A1 reference ("375", "7052380.95"); nil when absent or not a number.
    public func number(_ reference: String) -> String? {
        guard case .number(let literal)? = cell(reference)?.value else { return nil }
        return literal
    }

    /// A row's values as display strings (text as is, numbers as their literal, empty as ""), columns 0..<`width`.
    public func strings(row: Int, width: Int) -> [String] {
        (0..<width).map { column in
            switch value(row: row, column: column) {
            case .text(let text): text
            case .number(let literal): literal
            case .bool(let flag): flag ? "TRUE" : "FALSE"
            case .error(let error): error
            case .empty: ""
            }
        }
    }

    /// The zero-based index of the first row whose cell in `column` holds the text `text`.
    public func firstRow(where column: Int, is text: String) -> Int? {
        rows.first { $0.value(column: column) == .text(text) }?.index
    }

    /// The texts of column `column`, top to bottom, skipping cells that hold no text.
    public func texts(inColumn column: Int) -> [String] {
        rows.compactMap { row in
            guard case .text(let text) = row.value(column: column) else { return nil }
            return text
        }
    }
}
