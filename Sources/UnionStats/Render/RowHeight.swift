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
                let length = word.count
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

    /// The height in points for the tallest of several wrapped cells.
    static func points(for cells: [(text: String, width: Double, fontSize: Double)]) -> Double {
        let tallest = cells.map { Double(lines($0.text, width: $0.width, fontSize: $0.fontSize)) * $0.fontSize * 1.3125 }.max() ?? lineHeight
        return max(lineHeight, tallest + 2)
    }
}
