/// Checks worksheet names against Excel's rules before libxlsxwriter sees them.
enum SheetNameValidator {
    /// Returns the NFC form of `rawName`, or throws the first Excel rule it breaks.
    ///
    /// - Parameter existingNames: NFC names of sheets already in the workbook; a match ignoring case is a duplicate.
    static func validate(_ rawName: String, existingNames: [String]) throws(XLSXError) -> String {
        let name = rawName.nfc
        guard !name.isEmpty else { throw .emptySheetName }
        try TextValidation.checkNoNul(name, "Worksheet name '\(name)'")

        // libxlsxwriter counts UTF-8 code points; after NFC that equals the Unicode scalar count.
        let length = name.unicodeScalars.count
        guard length <= ExcelLimits.maxSheetNameLength else {
            throw .sheetNameTooLong(name: name, length: length)
        }
        // Checked per scalar, as libxlsxwriter does per byte: "/" followed by a combining mark is still a "/".
        let scalars = name.unicodeScalars
        if let forbidden = scalars.first(where: { ExcelLimits.forbiddenSheetNameCharacters.contains(Character($0)) }) {
            throw .sheetNameHasForbiddenCharacter(name: name, character: Character(forbidden))
        }
        guard scalars.first != "'", scalars.last != "'" else {
            throw .sheetNameStartsOrEndsWithApostrophe(name: name)
        }
        let folded = caseFolded(name)
        if let existing = existingNames.first(where: { caseFolded($0) == folded }) {
            throw .duplicateSheetName(name: name, existingName: existing)
        }
        return name
    }

    /// The key Excel-style case-insensitive comparison uses ("Tổng Hợp" and "TỔNG HỢP" collide).
    static func caseFolded(_ name: String) -> String {
        name.lowercased().nfc
    }
}
