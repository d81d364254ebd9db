import Testing
@testable import UnionStats

@Suite("RowHeight")
struct RowHeightTests {
    @Test("characters are counted as Swift counts them, with or without grapheme breaking", arguments: [
        "", "abc", "Công", "đoàn", "Nguyễn", "ĐỒNG", "–…“”", "e\u{301}", "a\r\nb", "👩‍👩‍👧", "🇻🇳", "한국", "कि", "\u{AD}x", "x\u{200D}y", "\r", "\t",
    ])
    func countsCharacters(_ text: String) {
        #expect(RowHeight.characterCount(Substring(text)) == text.count)
    }

    @Test("random strings of joining and non-joining code points are counted alike")
    func randomStrings() {
        var generator = SplitMix64(seed: 11)
        let pieces = ["a", " ", "ệ", "Đ", "\u{301}", "\u{200D}", "👍", "🏽", "\r", "\n", "ᄀ", "ᅡ", "–", "\u{2028}", "ư"]
        for _ in 0..<2_000 {
            let text = (0..<Int.random(in: 0...8, using: &generator)).map { _ in pieces.randomElement(using: &generator) ?? "" }.joined()
            #expect(RowHeight.characterCount(Substring(text)) == text.count, "\(Array(text.unicodeScalars))")
        }
    }

    @Test("a long Vietnamese message wraps onto the lines a reader would count")
    func wrapsVietnamese() {
        let message = "Số liệu của đơn vị không khớp với tổng các công đoàn cơ sở trực thuộc"
        #expect(RowHeight.lines(message, width: 20) == 3)  // 24 characters a line: "Số liệu của đơn vị không" | "khớp với tổng các công" | "đoàn cơ sở trực thuộc"
        #expect(RowHeight.lines("ngắn", width: 20) == 1)
    }
}
