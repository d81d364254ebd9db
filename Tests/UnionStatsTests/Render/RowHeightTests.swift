import Testing

@testable import UnionStats

@Suite("RowHeight")
struct RowHeightTests {
    @Test(
        "characters are counted as Swift counts them, with or without grapheme breaking",
        arguments: [
            "", "abc", "Công", "đoàn", "Nguyễn", "ĐỒNG", "–…“”", "e\u{301}", "a\r\nb", "👩‍👩‍👧", "🇻🇳", "한국", "कि", "\u{AD}x",
            "x\u{200D}y", "\r", "\t",
        ])
    func countsCharacters(_ text: String) {
        #expect(RowHeight.characterCount(Substring(text)) == text.count)
    }

    @Test("random strings of joining and non-joining code points are counted alike")
    func randomStrings() {
        var generator = SplitMix64(seed: 11)
        let pieces = ["a", " ", "ệ", "Đ", "\u{301}", "\u{200D}", "👍", "🏽", "\r", "\n", "ᄀ", "ᅡ", "–", "\u{2028}", "ư"]
        for _ in 0..<2_000 {
            let text = (0..<Int.random(in: 0...8, using: &generator)).map { _ in
                pieces.randomElement(using: &generator) ?? ""
            }.joined()
            #expect(RowHeight.characterCount(Substring(text)) == text.count, "\(Array(text.unicodeScalars))")
        }
    }

    @Test("the one-pass count of lines agrees with splitting into paragraphs and words, on random text")
    func linesAgreeWithSplitting() {
        var generator = SplitMix64(seed: 5)
        let pieces = [
            "a", "bb", " ", "  ", "\n", "ệ", "Đồng", "–", "\r\n", "\u{301}", "xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx",
        ]
        for _ in 0..<3_000 {
            let text = (0..<Int.random(in: 0...12, using: &generator)).map { _ in
                pieces.randomElement(using: &generator) ?? ""
            }.joined()
            let width = Double(Int.random(in: 2...40, using: &generator))
            #expect(
                RowHeight.lines(text, width: width) == Self.linesBySplitting(text, width: width),
                "\(text.debugDescription) at \(width)")
        }
    }

    /// The rule of `RowHeight.lines` written plainly, splitting strings, with Swift's character count.
    private static func linesBySplitting(_ text: String, width: Double) -> Int {
        let perLine = max(1, Int((width * 1.25).rounded(.down)) - 1)
        var lines = 0
        for paragraph in text.split(separator: "\n", omittingEmptySubsequences: false) {
            var current = 0
            var paragraphLines = 1
            for word in paragraph.split(separator: " ") {
                if current == 0 {
                    current = word.count
                } else if current + 1 + word.count <= perLine {
                    current += 1 + word.count
                } else {
                    paragraphLines += 1
                    current = word.count
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

    @Test("a long Vietnamese message wraps onto the lines a reader would count")
    func wrapsVietnamese() {
        let message = "Số liệu của đơn vị không khớp với tổng các công đoàn cơ sở trực thuộc"
        // 24 characters a line: "Số liệu của đơn vị không" | "khớp với tổng các công" | "đoàn cơ sở trực thuộc"
        #expect(RowHeight.lines(message, width: 20) == 3)
        #expect(RowHeight.lines("ngắn", width: 20) == 1)
    }
}
