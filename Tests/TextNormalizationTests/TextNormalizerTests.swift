import Foundation
import Testing
import TextNormalization

@Suite("TextNormalizer: the NFC fast path")
struct TextNormalizerTests {
    @Test("Every code point the NFC fast path accepts is left unchanged by Foundation's NFC")
    func nfcFastPathRanges() {
        var accepted = 0
        for value in 0x20...0x20CF {
            guard let scalar = Unicode.Scalar(value) else { continue }
            let text = "a" + String(scalar) + "ế"
            guard TextNormalizer.isNFCByConstruction(text) else { continue }
            accepted += 1
            #expect(
                text.precomposedStringWithCanonicalMapping.unicodeScalars.elementsEqual(text.unicodeScalars),
                "U+\(String(value, radix: 16, uppercase: true))")
        }
        #expect(accepted == 0x300 - 0x20 + 0x100 + 0x18 + 0x21)
    }

    @Test("The NFC fast path sends decomposed and other text to Foundation")
    func nfcSlowPath() {
        #expect(TextNormalizer.isNFCByConstruction("Liên đoàn Lao động – “Tổng hợp” … 100.000₫"))
        #expect(!TextNormalizer.isNFCByConstruction("e\u{0302}"))  // combining circumflex
        #expect(!TextNormalizer.isNFCByConstruction("\u{212B}"))  // ANGSTROM SIGN, NFC is U+00C5
        #expect(!TextNormalizer.isNFCByConstruction("工会"))
        #expect(TextNormalizer.nfc("Co\u{0302}ng đoa\u{0300}n") == "Công đoàn")
        #expect(TextNormalizer.nfc("\u{212B}") == "\u{00C5}")
    }
}
