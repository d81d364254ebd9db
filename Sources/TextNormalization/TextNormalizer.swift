import Foundation

/// NFC normalisation with a fast path for text that is NFC by construction.
///
/// Foundation's normalisation costs about 100 ns per character on Linux, which would dominate reading a
/// sheet full of Vietnamese text. Text made only of code points below U+0300 (ASCII, Latin-1, Latin
/// Extended-A/B: "đ", "ơ", "ư"), of Latin Extended Additional U+1E00–U+1EFF (the precomposed Vietnamese
/// letters "ạ", "ế", "ữ"...), of the dashes, quotes and ellipsis U+2010–U+2027 or of the currency signs
/// U+20A0–U+20C0 is already NFC: none of these code points has a decomposition that NFC undoes, a
/// non-zero combining class, or can combine with a neighbour. Anything else goes through Foundation.
public enum TextNormalizer {
    /// `text` in Unicode Normalization Form C (precomposed), as the writer stores it.
    public static func nfc(_ text: String) -> String {
        isNFCByConstruction(text) ? text : text.precomposedStringWithCanonicalMapping
    }

    /// Whether every code point of `text` lies in the ranges described above (so `text` is NFC).
    public static func isNFCByConstruction(_ text: String) -> Bool {
        var text = text
        return text.withUTF8 { bytes in
            var index = 0
            while index < bytes.count {
                let lead = bytes[index]
                if lead < 0x80 {
                    index += 1
                } else if lead >= 0xC2, lead <= 0xCB {  // U+0080–U+02FF
                    index += 2
                } else if lead == 0xE1, index + 2 < bytes.count, (0xB8...0xBB).contains(bytes[index + 1]) {
                    index += 3  // U+1E00–U+1EFF
                } else if lead == 0xE2, index + 2 < bytes.count,
                    isPunctuationOrCurrency(bytes[index + 1], bytes[index + 2])
                {
                    index += 3  // U+2010–U+2027, U+20A0–U+20C0
                } else {
                    return false
                }
            }
            return true
        }
    }

    /// U+2010–U+2027 (E2 80 90–A7) or U+20A0–U+20C0 (E2 82 A0 – E2 83 80), given the 2nd and 3rd UTF-8 bytes.
    private static func isPunctuationOrCurrency(_ second: UInt8, _ third: UInt8) -> Bool {
        switch second {
        case 0x80: return (0x90...0xA7).contains(third)
        case 0x82: return third >= 0xA0
        case 0x83: return third <= 0x80
        default: return false
        }
    }
}
