import Foundation
import XLSX

/// A part of a narrative report: a paragraph of prose or one body row of a table.
public enum NarrativeBlock: Sendable, Equatable {
    /// A paragraph (it may hold line breaks).
    case paragraph(String)
    /// A body row of a table: its label and its cells, each with its column's meaning.
    case row(NarrativeTableRow)
}

/// What a column of a table holds, as its header says.
public enum ColumnMeaning: Sendable, Equatable {
    /// Results: a header naming a period, "Thực hiện", "Kết quả".
    case achievement
    /// Targets: "Kế hoạch", "Chỉ tiêu", "Mục tiêu", "Phấn đấu", "Dự kiến".
    case target
    /// Not the period's figures: "So sánh", "Cùng kỳ", "So với", "Tỷ lệ", "%", "Tăng, giảm".
    case comparison
    /// A header that says none of these.
    case unclear
    /// The table has no header the program recognises.
    case noHeader
}

/// One cell of a table's body row, with what its column means.
public struct NarrativeTableCell: Sendable, Equatable {
    /// The column's header ("Thực hiện 6 tháng"; the rows of a merged header joined), or "cột 3" without a header.
    public let column: String
    /// What the column holds.
    public let meaning: ColumnMeaning
    /// The cell's text; in a column of results or targets, followed by the row's unit (ĐVT column) when the cell
    /// does not already end with it ("216,8 triệu đồng").
    public let text: String
}

/// A body row of a table of a narrative report.
public struct NarrativeTableRow: Sendable, Equatable {
    /// The table's number in the document (1-based).
    public let table: Int
    /// The row's number in its table (1-based, header rows counted).
    public let row: Int
    /// The row's label (its "Chỉ tiêu" cell, numbering such as "1." or "a)" left as written).
    public let label: String
    /// The cells after the label that hold text, left to right (the ĐVT and "TT" columns left out).
    public let cells: [NarrativeTableCell]
}

/// Reads a Word table as body rows with labels and column meanings.
///
/// The header is the leading rows (at most four) that hold no figure (`isHeaderRow`); a merged header's rows
/// are joined column by column ("Năm 2021 Thực hiện 6 tháng"). A row numbering the columns ("(1) (2) (3)")
/// after it is skipped. The label is the first column that is not "TT"/"STT"; "ĐVT"/"Đơn vị tính" is the
/// unit of the row. A header is recognised when it names the label column ("Chỉ tiêu", "Nội dung"), the unit
/// column, or gives a column a meaning (achievement, target or comparison); a table without one keeps its
/// rows' cells marked `.noHeader`, so that their numbers are listed.
enum NarrativeTableReader {
    /// Most header rows looked for.
    static let maxHeaderRows = 4

    /// The body rows of `table`, the `number`-th table of the document.
    static func rows(of table: DOCXTable, number: Int) -> [NarrativeTableRow] {
        let grid = spread(table)
        guard !grid.isEmpty else { return [] }
        var headerCount = 0
        while headerCount < min(maxHeaderRows, grid.count - 1), isHeaderRow(grid[headerCount].map(\.own)) {
            headerCount += 1
        }
        let width = grid.map(\.count).max() ?? 0
        let headers = (0..<width).map { column in
            var parts: [String] = []
            for row in grid.prefix(headerCount) where column < row.count {
                let text = row[column].header
                if !text.isEmpty, parts.last != text { parts.append(text) }
            }
            return parts.joined(separator: " ")
        }
        let numberColumns = Set(headers.indices.filter { isNumberingHeader(headers[$0]) })
        let labelColumn = (0..<width).first { !numberColumns.contains($0) } ?? 0
        let unitColumn = headers.indices.first { $0 != labelColumn && isUnitHeader(headers[$0]) }
        var meanings = headers.map(meaning)
        let recognised =
            headerCount > 0
            && (isLabelHeader(headers[labelColumn]) || unitColumn != nil
                || meanings.indices.contains {
                    $0 != labelColumn && $0 != unitColumn && !numberColumns.contains($0)
                        && [.achievement, .target, .comparison].contains(meanings[$0])
                })
        var body = headerCount
        if recognised, body < grid.count, isColumnNumbering(grid[body].map(\.own)) { body += 1 }
        if !recognised { meanings = Array(repeating: .noHeader, count: width) }
        var rows: [NarrativeTableRow] = []
        var previousLabel = ""
        for index in body..<grid.count {
            let row = grid[index]
            guard labelColumn < row.count else { continue }
            let label = row[labelColumn].continuesAbove ? previousLabel : row[labelColumn].own
            previousLabel = label
            let unit = spelledOut(unitColumn.flatMap { $0 < row.count ? row[$0].header : nil } ?? "")
            var cells: [NarrativeTableCell] = []
            for column in row.indices
            where column > labelColumn && column != unitColumn && !numberColumns.contains(column) {
                let own = row[column].own
                guard !own.isEmpty else { continue }
                let takesUnit = [.achievement, .target].contains(meanings[column])
                let text =
                    !takesUnit || unit.isEmpty || own.lowercased().hasSuffix(unit.lowercased()) ? own : "\(own) \(unit)"
                let name = recognised && !headers[column].isEmpty ? headers[column] : "cột \(column + 1)"
                cells.append(NarrativeTableCell(column: name, meaning: meanings[column], text: text))
            }
            guard !cells.isEmpty else { continue }
            rows.append(NarrativeTableRow(table: number, row: index + 1, label: label, cells: cells))
        }
        return rows
    }

    /// A grid position: the text of the cell that starts there (`own`), and the text a header reads there
    /// (a cell spread over the columns it spans and down the rows it is merged with).
    struct Slot {
        var own: String
        var header: String
        var continuesAbove: Bool
    }

    /// The rows spread on the table's grid.
    static func spread(_ table: DOCXTable) -> [[Slot]] {
        var grid: [[Slot]] = []
        for row in table.rows {
            var slots: [Slot] = []
            for cell in row {
                let column = slots.count
                let above = grid.last.flatMap { column < $0.count ? $0[column].header : nil } ?? ""
                let header = cell.continuesAbove ? above : cell.text
                slots.append(
                    Slot(own: cell.continuesAbove ? "" : cell.text, header: header, continuesAbove: cell.continuesAbove)
                )
                for _ in 1..<max(1, cell.span) {
                    slots.append(Slot(own: "", header: header, continuesAbove: cell.continuesAbove))
                }
            }
            grid.append(slots)
        }
        return grid
    }

    /// The comparable words and numbers of `text` (lower case, one tone placement), with `%` kept.
    static func words(_ text: String) -> [String] {
        ProseTokenizer.tokens(text).compactMap { token in
            token.kind != .punctuation ? token.normalized : token.text == "%" ? "%" : nil
        }
    }

    /// What a value column's header says it holds.
    static func meaning(_ header: String) -> ColumnMeaning {
        let found = " " + words(header).joined(separator: " ") + " "
        func has(_ phrases: [String]) -> Bool { phrases.contains { found.contains(" \($0) ") } }
        if header.contains("%") || has(["so sánh", "cùng kỳ", "so với", "tỷ lệ", "tỉ lệ", "tăng", "giảm"]) {
            return .comparison
        }
        if has(["kế hoạch", "chỉ tiêu", "mục tiêu", "phấn đấu", "dự kiến"]) { return .target }
        if has(["thực hiện", "kết quả", "số liệu", "tháng", "quý", "năm"]) { return .achievement }
        return .unclear
    }

    /// Money units as tables shorten them, written out as prose writes them.
    static let moneyUnits: [String: String] = {
        var units: [String: String] = [:]
        for short in ["tr đ", "trđ", "tr đồng", "triệu đ", "triệu", "tr", "triệu vnđ"] { units[short] = "triệu đồng" }
        for short in [
            "ng đ", "ngđ", "nghìn đ", "nghìn", "ngàn đồng", "ngàn đ", "ngàn", "1.000 đ", "1.000 đồng", "1000 đ",
            "1000 đồng",
        ] {
            units[short] = "nghìn đồng"
        }
        for short in ["tỷ đ", "tỷ", "tỉ đồng", "tỉ đ", "tỉ"] { units[short] = "tỷ đồng" }
        for short in ["đ", "vnđ", "vnd"] { units[short] = "đồng" }
        return units
    }()

    /// A unit of the ĐVT column as prose writes it: "Tr.đ" is "triệu đồng", "1.000 đ" is "nghìn đồng".
    static func spelledOut(_ unit: String) -> String {
        moneyUnits[words(unit).joined(separator: " ")] ?? unit
    }

    /// Whether a header names the row-number column ("TT", "STT", "Số TT").
    static func isNumberingHeader(_ header: String) -> Bool {
        ["tt", "stt", "số tt", "số thứ tự"].contains(words(header).joined(separator: " "))
    }

    /// Whether a header names the label column ("Chỉ tiêu", "Nội dung", "Tên chỉ tiêu", "Danh mục").
    static func isLabelHeader(_ header: String) -> Bool {
        ["chỉ tiêu", "nội dung", "tên chỉ tiêu", "nội dung chỉ tiêu", "các chỉ tiêu", "danh mục", "hạng mục"]
            .contains(words(header).joined(separator: " "))
    }

    /// Whether a header names the unit column ("ĐVT", "Đơn vị tính").
    static func isUnitHeader(_ header: String) -> Bool {
        ["đvt", "đơn vị tính", "đơn vị", "đv tính"].contains(words(header).joined(separator: " "))
    }

    /// Whether a row may be part of the header: no cell is a bare number, and no cell after the first starts
    /// with a number unless it says what its column holds ("6 tháng đầu năm 2021" does, "12 sáng kiến" does not).
    static func isHeaderRow(_ cells: [String]) -> Bool {
        !cells.contains(where: isBareNumber)
            && !cells.dropFirst().contains { ($0.first?.isASCIIDigit ?? false) && meaning($0) == .unclear }
    }

    /// Whether a cell holds a number only ("215", "2.686", "107,5", "85%"); a header never does.
    static func isBareNumber(_ text: String) -> Bool {
        let trimmed = text.trimmingCharacters(in: .whitespaces)
        return trimmed.contains(where: \.isASCIIDigit)
            && trimmed.allSatisfy { $0.isASCIIDigit || ".,% ()+-–".contains($0) }
    }

    /// Whether a row numbers the columns: "(1) (2) (3)…" or "1 2 3…" (at least three, counting up by one),
    /// letters allowed in the label columns ("A", "B").
    static func isColumnNumbering(_ cells: [String]) -> Bool {
        var numbers: [Int] = []
        for text in cells {
            let inner = text.trimmingCharacters(in: CharacterSet(charactersIn: "() "))
            if inner.isEmpty || (inner.count == 1 && inner.allSatisfy(\.isLetter)) { continue }
            guard inner.count <= 2, let number = Int(inner) else { return false }
            numbers.append(number)
        }
        return numbers.count >= 3 && zip(numbers, numbers.dropFirst()).allSatisfy { $1 == $0 + 1 }
    }
}
