/// Checks defined names and their formulas against Excel's rules and libxlsxwriter's buffers.
enum DefinedNameValidator {
    /// Returns the NFC name, or throws the first rule it breaks.
    ///
    /// - Parameter existingNames: NFC names defined earlier; a match ignoring case is a duplicate.
    static func validateName(_ rawName: String, existingNames: [String]) throws(XLSXError) -> String {
        let name = rawName.nfc
        guard let first = name.first, isValidFirst(first), name.dropFirst().allSatisfy(isValidRest),
            !name.lowercased().hasPrefix("_xlnm."), !looksLikeCellReference(name)
        else { throw .invalidDefinedName(name: name) }
        let byteCount = name.utf8.count
        guard byteCount <= ExcelLimits.maxDefinedNameBytes else {
            throw .definedNameTooLong(name: name, byteCount: byteCount)
        }
        let folded = SheetNameValidator.caseFolded(name)
        if let existing = existingNames.first(where: { SheetNameValidator.caseFolded($0) == folded }) {
            throw .duplicateDefinedName(name: name, existingName: existing)
        }
        return name
    }

    /// Returns the NFC formula with exactly one leading "=", or throws if it is empty or too long.
    static func validateFormula(_ rawFormula: String, name: String) throws(XLSXError) -> String {
        let formula = rawFormula.nfc
        let body = formula.hasPrefix("=") ? formula.dropFirst() : Substring(formula)
        guard !body.allSatisfy(\.isWhitespace) else { throw .emptyDefinedNameFormula(name: name) }
        // libxlsxwriter strips the "=" and copies the rest into a 128-byte buffer.
        let byteCount = body.utf8.count
        guard byteCount <= ExcelLimits.maxDefinedNameBytes else {
            throw .definedNameFormulaTooLong(name: name, byteCount: byteCount)
        }
        try TextValidation.checkNoNul(formula, "Formula of defined name '\(name)'")
        return "=" + body
    }

    /// Whether `character` may begin a name: a letter, "_" or "\".
    private static func isValidFirst(_ character: Character) -> Bool {
        character.isLetter || character == "_" || character == "\\"
    }

    /// Whether `character` may follow the first: a letter, digit, "_", "." or "\".
    private static func isValidRest(_ character: Character) -> Bool {
        character.isLetter || character.isNumber || character == "_" || character == "." || character == "\\"
    }

    /// Whether Excel would read `name` as a cell reference: "B14", "XFD1048576", "R", "C", "R1C1", "R2", "C3".
    static func looksLikeCellReference(_ name: String) -> Bool {
        let scalars = Array(name.uppercased().unicodeScalars)
        guard scalars.allSatisfy(\.isASCII) else { return false }
        let letters = scalars.prefix { $0.properties.isAlphabetic }
        let digits = scalars.dropFirst(letters.count)
        // A1 style: 1–3 letters naming a real column, then a row number inside the grid.
        if (1...3).contains(letters.count), !digits.isEmpty, digits.allSatisfy({ ("0"..."9").contains($0) }),
            columnIndex(letters) < ExcelLimits.columnCount,
            let row = Int(String(String.UnicodeScalarView(digits))), (1...ExcelLimits.rowCount).contains(row)
        {
            return true
        }
        // R1C1 style: R, C, Rn, Cn, RnCn, RCn, RnC.
        return isR1C1(scalars)
    }

    /// The zero-based column index of upper-case column letters ("A" → 0, "XFD" → 16383).
    private static func columnIndex(_ letters: ArraySlice<Unicode.Scalar>) -> Int {
        letters.reduce(0) { $0 * 26 + Int($1.value) - 64 } - 1
    }

    /// Whether upper-case ASCII `scalars` form an R1C1 reference such as "R", "C5", "R2C" or "R10C3".
    private static func isR1C1(_ scalars: [Unicode.Scalar]) -> Bool {
        var index = 0
        func digits() -> Int {
            let start = index
            while index < scalars.count, ("0"..."9").contains(scalars[index]) { index += 1 }
            return index - start
        }
        var sawMarker = false
        if index < scalars.count, scalars[index] == "R" {
            index += 1
            sawMarker = true
            _ = digits()
        }
        if index < scalars.count, scalars[index] == "C" {
            index += 1
            sawMarker = true
            _ = digits()
        }
        return sawMarker && index == scalars.count
    }
}
