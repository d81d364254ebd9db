import Foundation
import TextNormalization

extension String {
    /// This string in Unicode Normalization Form C (precomposed), the form every string takes before reaching C.
    ///
    /// Vietnamese text typed on macOS or pasted from some PDFs arrives decomposed (NFD: "e" + U+0302 + U+0301);
    /// Excel compares, sorts and measures the precomposed form, so the writer always stores NFC
    /// (text that is NFC by construction, as most Vietnamese is, skips Foundation: `TextNormalizer`).
    var nfc: String { TextNormalizer.nfc(self) }
}

/// Checks that text can be handed to C intact.
enum TextValidation {
    /// Throws `nulCharacter` if `text` contains U+0000, which would silently cut the C string short.
    static func checkNoNul(_ text: String, _ what: @autoclosure () -> String) throws(XLSXError) {
        guard !text.utf8.contains(0) else { throw .nulCharacter(what: what()) }
    }
}
