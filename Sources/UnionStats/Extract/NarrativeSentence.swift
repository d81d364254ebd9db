import Foundation

/// One sentence of a narrative report, as written (blank space collapsed), with where it stands.
public struct NarrativeSentence: Sendable, Equatable {
    /// The sentence's text, NFC, blank space collapsed to single spaces.
    public let text: String
    /// The paragraph it belongs to (0-based, counting non-empty paragraphs).
    public let paragraph: Int
    /// Whether it is the first sentence of its paragraph.
    public let startsParagraph: Bool
    /// The table cell it stands for, when it is one: `text` then names the table, row and column.
    public let place: TablePlace?

    /// Creates a sentence.
    public init(text: String, paragraph: Int, startsParagraph: Bool, place: TablePlace? = nil) {
        self.text = text
        self.paragraph = paragraph
        self.startsParagraph = startsParagraph
        self.place = place
    }
}

/// A cell of a table's body row, read as a sentence of its own: the row's label and the cell.
public struct TablePlace: Sendable, Equatable {
    /// The row's label.
    public let label: String
    /// The cell, with its column and the column's meaning.
    public let cell: NarrativeTableCell

    /// What phrases and numbers are read in: the label, a colon, the cell ("Số đoàn viên kết nạp mới: 215 người").
    public var reading: String { "\(label): \(cell.text)" }

    /// The sentence naming where the cell stands:
    /// "Bảng 1, dòng 3 «Số đoàn viên kết nạp mới», cột «Thực hiện 6 tháng»: 215 người".
    static func sentence(_ row: NarrativeTableRow, _ cell: NarrativeTableCell) -> String {
        let label = row.label.isEmpty ? "" : " «\(row.label)»"
        return "Bảng \(row.table), dòng \(row.row)\(label), cột «\(cell.column)»: \(cell.text)"
    }
}

/// Cuts paragraphs into sentences at `.`, `!`, `?` and `…` followed by a capital, a digit, a quote or a bracket.
///
/// A dot after a usual abbreviation (`TP.`, `ThS.`) or inside a number (`2.686`) ends nothing, and an
/// ellipsis followed by a small letter ("khó khăn... với tổng số tiền") continues the sentence.
public enum SentenceSplitter {
    /// Abbreviations that end with a dot inside a sentence (lower case, without the dot).
    static let abbreviations: Set<String> = [
        "tp", "tx", "ths", "ts", "pgs", "gs", "bs", "ks", "th.s", "v.v", "đ/c", "ng",
    ]

    /// The sentences of `blocks`: paragraphs cut as `sentences(of:)` does, and one sentence per cell of a table row.
    public static func sentences(of blocks: [NarrativeBlock]) -> [NarrativeSentence] {
        var result: [NarrativeSentence] = []
        var paragraphs = 0
        for block in blocks {
            switch block {
            case .paragraph(let text):
                for sentence in sentences(of: [text]) {
                    result.append(
                        NarrativeSentence(
                            text: sentence.text, paragraph: paragraphs + sentence.paragraph,
                            startsParagraph: sentence.startsParagraph))
                }
                paragraphs = (result.last?.paragraph).map { $0 + 1 } ?? paragraphs
            case .row(let row):
                for cell in row.cells {
                    result.append(
                        NarrativeSentence(
                            text: TablePlace.sentence(row, cell), paragraph: paragraphs, startsParagraph: true,
                            place: TablePlace(label: row.label, cell: cell)))
                    paragraphs += 1
                }
            }
        }
        return result
    }

    /// The sentences of `paragraphs` (each may hold line breaks, which also end a paragraph).
    public static func sentences(of paragraphs: [String]) -> [NarrativeSentence] {
        var result: [NarrativeSentence] = []
        var paragraphIndex = 0
        for paragraph in paragraphs {
            for line in paragraph.split(whereSeparator: \.isNewline) {
                let collapsed = line.split(whereSeparator: \.isWhitespace).joined(separator: " ")
                guard !collapsed.isEmpty else { continue }
                for (position, text) in split(collapsed.precomposedStringWithCanonicalMapping).enumerated() {
                    result.append(
                        NarrativeSentence(text: text, paragraph: paragraphIndex, startsParagraph: position == 0))
                }
                paragraphIndex += 1
            }
        }
        return result
    }

    /// The sentences of one line of text.
    static func split(_ line: String) -> [String] {
        let characters = Array(line)
        var sentences: [String] = []
        var start = 0
        var index = 0
        while index < characters.count {
            let character = characters[index]
            guard ".!?…".contains(character) else {
                index += 1
                continue
            }
            var end = index + 1
            while end < characters.count, ".!?…".contains(characters[end]) { end += 1 }
            let next = end + 1 < characters.count && characters[end] == " " ? characters[end + 1] : nil
            let endsHere =
                end == characters.count
                || (next.map(startsSentence) ?? false)
                    && !(character == "." && end == index + 1 && isAbbreviation(characters, before: index))
            if endsHere {
                let text = String(characters[start..<end]).trimmingCharacters(in: .whitespaces)
                if !text.isEmpty { sentences.append(text) }
                start = end
            }
            index = end
        }
        let rest = String(characters[start...]).trimmingCharacters(in: .whitespaces)
        if !rest.isEmpty { sentences.append(rest) }
        return sentences
    }

    /// Whether a sentence may start with `character`: a capital, a digit, a quote or an opening bracket.
    private static func startsSentence(_ character: Character) -> Bool {
        character.isUppercase || character.isASCIIDigit || "\"“‘'(".contains(character)
    }

    /// Whether the word before the dot at `index` is a known abbreviation.
    private static func isAbbreviation(_ characters: [Character], before index: Int) -> Bool {
        var start = index
        while start > 0, !characters[start - 1].isWhitespace { start -= 1 }
        return abbreviations.contains(String(characters[start..<index]).lowercased())
    }
}
