import Foundation
import TextNormalization

/// The one rule for reading what people typed into a field: NFC, without surrounding white space
/// (non-breaking spaces and a stray byte-order mark included).
extension String {
    /// The field as people meant it: NFC-normalised, surrounding spaces (also non-breaking) removed.
    ///
    /// Foundation is asked only when it could change something: to trim when an end may be a space,
    /// to normalise when the text is not NFC by construction (`TextNormalizer`).
    var cleanedField: String {
        let trimmed = mayNeedTrimming ? trimmingCharacters(in: Self.trimmedAtEnds) : self
        return TextNormalizer.nfc(trimmed)
    }

    /// What `cleanedField` trims: white space, line ends and the byte-order mark.
    private static let trimmedAtEnds = CharacterSet.whitespacesAndNewlines.union(CharacterSet(charactersIn: "\u{FEFF}"))

    /// False when neither end can be white space (a conservative test of the first and last scalars).
    private var mayNeedTrimming: Bool {
        guard let first = unicodeScalars.first, let last = unicodeScalars.last else { return false }
        return Self.mayBeSpace(first) || Self.mayBeSpace(last)
    }

    /// True for every scalar Foundation may trim (controls, spaces, U+0085, U+00A0, U+1680 and above
    /// but for the Vietnamese letters U+1E00–U+1EFF), and for some that it does not.
    private static func mayBeSpace(_ scalar: Unicode.Scalar) -> Bool {
        let value = scalar.value
        return value < 0x21 || (0x7F...0xA0).contains(value) || (value >= 0x1680 && !(0x1E00...0x1EFF).contains(value))
    }

    /// `cleanedField`, with a fast path for the common plain-ASCII field that needs no cleaning.
    var quickCleaned: String {
        let bytes = utf8
        if let first = bytes.first, let last = bytes.last, first > 0x20, last > 0x20, first < 0x80, last < 0x80,
            bytes.allSatisfy({ $0 < 0x80 })
        {
            return self
        }
        return cleanedField
    }

    /// A column name or label as it is matched: cleaned, lower-cased, without a trailing colon ("Mã đơn vị:" → "mã đơn
    /// vị").
    var headerName: String {
        var name = cleanedField.lowercased()
        while name.hasSuffix(":") { name.removeLast() }
        return name.cleanedField
    }
}
