/// Estimates how tall a row must be for wrapped text, since xlsx viewers do not refit rows on opening.
enum RowHeight {
    /// Points per line of 12 pt Times New Roman.
    static let lineHeight = 15.75

    /// The number of lines `text` takes in a column `width` characters wide at `fontSize` points.
    static func lines(_ text: String, width: Double, fontSize: Double = 12) -> Int {
        // A width unit is one digit of the default 11 pt font; Times New Roman at 12 pt fits about 1.25 characters in it.
        let perLine = max(1, Int((width * 1.25 * 12 / fontSize).rounded(.down)) - 1)
        var lines = 0
        for paragraph in text.split(separator: "\n", omittingEmptySubsequences: false) {
            var current = 0
            var paragraphLines = 1
            for word in paragraph.split(separator: " ") {
                let length = characterCount(word)
                if current == 0 {
                    current = length
                } else if current + 1 + length <= perLine {
                    current += 1 + length
                } else {
                    paragraphLines += 1
                    current = length
                }
                while current > perLine {
                    paragraphLines += 1
                    current -= perLine
                }
            }
            lines += paragraphLines
        }
        return max(lines, 1)
    }

    /// The number of characters (grapheme clusters) of `word`, counted without grapheme breaking
    /// when each scalar is its own character: no CR (CR LF is one character), and only code points
    /// that never join a neighbour (`TextNormalizer`'s NFC-by-construction ranges, which hold no
    /// combining, joining, prepending or Hangul code point).
    static func characterCount(_ word: Substring) -> Int {
        var scalars = 0
        for scalar in word.unicodeScalars {
            let value = scalar.value
            guard value != 0x0D, value < 0x300 || (0x1E00...0x1EFF).contains(value) || (0x2010...0x2027).contains(value) else {
                return word.count
            }
            scalars += 1
        }
        return scalars
    }

    /// The height in points for the tallest of several wrapped cells.
    static func points(for cells: [(text: String, width: Double, fontSize: Double)]) -> Double {
        let tallest = cells.map { Double(lines($0.text, width: $0.width, fontSize: $0.fontSize)) * $0.fontSize * 1.3125 }.max() ?? lineHeight
        return max(lineHeight, tallest + 2)
    }
}
