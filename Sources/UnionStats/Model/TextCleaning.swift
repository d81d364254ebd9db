import Foundation

/// The one rule for reading what people typed into a field: NFC, without surrounding white space
/// (non-breaking spaces and a stray byte-order mark included).
extension String {
    /// The field as people meant it: NFC-normalised, surrounding spaces (also non-breaking) removed.
    var cleanedField: String {
        let trimmed = trimmingCharacters(in: CharacterSet.whitespacesAndNewlines.union(CharacterSet(charactersIn: "\u{FEFF}")))
        return trimmed.precomposedStringWithCanonicalMapping
    }

    /// `cleanedField`, with a fast path for the common plain-ASCII field that needs no cleaning.
    var quickCleaned: String {
        let bytes = utf8
        if let first = bytes.first, let last = bytes.last, first > 0x20, last > 0x20, first < 0x80, last < 0x80,
           bytes.allSatisfy({ $0 < 0x80 }) {
            return self
        }
        return cleanedField
    }

    /// A column name or label as it is matched: cleaned, lower-cased, without a trailing colon ("Mã đơn vị:" → "mã đơn vị").
    var headerName: String {
        var name = cleanedField.lowercased()
        while name.hasSuffix(":") { name.removeLast() }
        return name.cleanedField
    }
}
