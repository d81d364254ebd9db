/// Estimates how tall a row must be for wrapped text, since xlsx viewers do not refit rows on opening.
enum RowHeight {
    /// Points per line of 12 pt Times New Roman.
    static let lineHeight = 15.75

    /// The number of lines `text` takes in a column `width` characters wide at `fontSize` points.
    static func lines(_ text: String, width: Double, fontSize: Double = 12) -> Int {
        // A width unit is one digit of the default 11 pt font; Times New Roman at 12 pt fits about 1.25 characters in
        // it.
        let perLine = max(1, Int((width * 1.25 * 12 / fontSize).rounded(.down)) - 1)
        if let lines = simpleLines(text, perLine: perLine) { return lines }
        var count = LineCount(perLine: perLine)
        for (index, paragraph) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            if index > 0 { count.endParagraph() }
            for word in paragraph.split(separator: " ") { count.add(word: characterCount(word)) }
        }
        return count.total
    }

    /// `lines` in one pass over the scalars, without splitting, when every scalar is its own
    /// character (see `characterCount`); nil otherwise. Words are runs between spaces, paragraphs
    /// runs between line feeds, exactly as `lines` splits them.
    private static func simpleLines(_ text: String, perLine: Int) -> Int? {
        var count = LineCount(perLine: perLine)
        var wordLength = 0
        for scalar in text.unicodeScalars {
            let value = scalar.value
            guard isOwnCharacter(value) else { return nil }
            guard value == 0x0A || value == 0x20 else {
                wordLength += 1
                continue
            }
            if wordLength > 0 { count.add(word: wordLength) }
            wordLength = 0
            if value == 0x0A { count.endParagraph() }
        }
        if wordLength > 0 { count.add(word: wordLength) }
        return count.total
    }

    /// Lines taken by words laid out one after another, a space between, in lines of `perLine` characters.
    private struct LineCount {
        let perLine: Int
        /// Lines of the paragraphs ended so far.
        private var ended = 0
        /// Characters on the current line of the current paragraph.
        private var current = 0
        /// Lines of the current paragraph.
        private var paragraphLines = 1

        init(perLine: Int) {
            self.perLine = perLine
        }

        /// Lays out a word of `length` characters: after a space on the current line if it fits, else on
        /// a new line; a word longer than a line runs on over as many lines as it needs.
        mutating func add(word length: Int) {
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

        /// Ends the current paragraph (a line feed); the next word starts a new line.
        mutating func endParagraph() {
            ended += paragraphLines
            current = 0
            paragraphLines = 1
        }

        /// Every line, at least one.
        var total: Int { max(ended + paragraphLines, 1) }
    }

    /// Whether a code point is always a character of its own: not CR (CR LF is one character) and in
    /// `TextNormalizer`'s NFC-by-construction ranges, which hold no combining, joining, prepending or Hangul code
    /// point.
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
        let tallest =
            cells.map { Double(lines($0.text, width: $0.width, fontSize: $0.fontSize)) * $0.fontSize * 1.3125 }.max()
            ?? lineHeight
        return max(lineHeight, tallest + 2)
    }
}
