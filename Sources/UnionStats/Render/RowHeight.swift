/// Estimates how tall a row must be for wrapped text, since xlsx viewers do not refit rows on opening.
enum RowHeight {
    /// Points per line of 12 pt Times New Roman.
    static let lineHeight = 15.75

    /// The number of lines `text` takes in a column `width` characters wide at `fontSize` points.
    static func lines(_ text: String, width: Double, fontSize: Double = 12) -> Int {
        // A width unit is one digit of the default 11 pt font; Times New Roman at 12 pt fits about 1.25 characters in it.
        let perLine = max(1, Int((width * 1.25 * 12 / fontSize).rounded(.down)) - 1)
        if let lines = simpleLines(text, perLine: perLine) { return lines }
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

    /// `lines` in one pass over the scalars, without splitting, when every scalar is its own
    /// character (see `characterCount`); nil otherwise. Words are runs between spaces, paragraphs
    /// runs between line feeds, exactly as `lines` splits them.
    private static func simpleLines(_ text: String, perLine: Int) -> Int? {
        var lines = 0
        var current = 0
        var paragraphLines = 1
        var wordLength = 0
        func endWord() {
            guard wordLength > 0 else { return }
            if current == 0 {
                current = wordLength
            } else if current + 1 + wordLength <= perLine {
                current += 1 + wordLength
            } else {
                paragraphLines += 1
                current = wordLength
            }
            while current > perLine {
                paragraphLines += 1
                current -= perLine
            }
            wordLength = 0
        }
        for scalar in text.unicodeScalars {
            let value = scalar.value
            guard isOwnCharacter(value) else { return nil }
            if value == 0x0A {
                endWord()
                lines += paragraphLines
                current = 0
                paragraphLines = 1
            } else if value == 0x20 {
                endWord()
            } else {
                wordLength += 1
            }
        }
        endWord()
        lines += paragraphLines
        return max(lines, 1)
    }

    /// Whether a code point is always a character of its own: not CR (CR LF is one character) and in
    /// `TextNormalizer`'s NFC-by-construction ranges, which hold no combining, joining, prepending or Hangul code point.
    private static func isOwnCharacter(_ value: UInt32) -> Bool {
        value != 0x0D && (value < 0x300 || (0x1E00...0x1EFF).contains(value) || (0x2010...0x2027).contains(value))
    }

    /// The number of characters (grapheme clusters) of `word`, counted without grapheme breaking
    /// when each scalar is its own character: no CR (CR LF is one character), and only code points
    /// that never join a neighbour (`TextNormalizer`'s NFC-by-construction ranges, which hold no
    /// combining, joining, prepending or Hangul code point).
    static func characterCount(_ word: Substring) -> Int {
        var scalars = 0
        for scalar in word.unicodeScalars {
            guard isOwnCharacter(scalar.value) else { return word.count }
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
