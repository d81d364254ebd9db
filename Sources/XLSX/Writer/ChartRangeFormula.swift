extension CellReference {
    /// A sheet-qualified absolute range formula: ("Biểu đồ", 1, 1, 10, 1) → `='Biểu đồ'!$B$2:$B$11`.
    ///
    /// The sheet name is NFC-normalised, quoted and its apostrophes doubled (see `qualified(sheet:_:)`).
    /// A single cell gives `='Biểu đồ'!$B$2`. Like the rest of `CellReference`, coordinates are not checked.
    public static func rangeFormula(
        sheet: String, firstRow: Int, firstColumn: Int, lastRow: Int, lastColumn: Int
    ) -> String {
        let reference =
            firstRow == lastRow && firstColumn == lastColumn
            ? absoluteA1(row: firstRow, column: firstColumn)
            : absoluteRange(firstRow: firstRow, firstColumn: firstColumn, lastRow: lastRow, lastColumn: lastColumn)
        return "=" + qualified(sheet: sheet, reference)
    }
}

/// A validated chart data range such as `='Biểu đồ'!$B$2:$B$11`.
///
/// libxlsxwriter splits chart ranges at the first "!" and strips one pair of quotes to find the sheet
/// whose cells it caches; an empty sheet name makes it index before its buffer, so every range is
/// parsed strictly here: a quoted (or plain ASCII-word) sheet name, "!", then an A1 cell or range.
struct ChartRangeFormula: Equatable {
    /// The NFC formula with exactly one leading "=".
    let formula: String
    /// The sheet name with quotes removed and doubled apostrophes undone.
    let sheet: String

    /// The longest formula (without "=") that libxlsxwriter's `LXW_MAX_FORMULA_RANGE_LENGTH` buffer holds.
    private static let maxLibraryBytes = 154

    /// Parses `raw`, throwing `invalidChartRange` unless it is a sheet-qualified reference inside the grid.
    init(_ raw: String) throws(XLSXError) {
        let normalized = raw.nfc
        let body = normalized.hasPrefix("=") ? String(normalized.dropFirst()) : normalized
        let characters = Array(body)
        guard body.utf8.count <= Self.maxLibraryBytes, !body.utf8.contains(0),
            let (sheet, referenceStart) = Self.sheetName(in: characters),
            Self.isReference(characters[referenceStart...])
        else { throw .invalidChartRange(formula: raw) }
        self.formula = "=" + body
        self.sheet = sheet
    }

    /// The sheet name and the index just after its "!", or nil if the sheet part is malformed.
    private static func sheetName(in characters: [Character]) -> (String, Int)? {
        var index = 0
        var name = ""
        if characters.first == "'" {
            index = 1
            while true {
                guard index < characters.count else { return nil }
                if characters[index] == "'" {
                    if index + 1 < characters.count, characters[index + 1] == "'" {
                        name.append("'")
                        index += 2
                        continue
                    }
                    index += 1
                    break
                }
                name.append(characters[index])
                index += 1
            }
        } else {
            while index < characters.count, characters[index] != "!" {
                let character = characters[index]
                guard character.isLetter || character.isNumber || character == "_" || character == "." else {
                    return nil
                }
                name.append(character)
                index += 1
            }
            // Excel requires quotes around names that start with a digit.
            if name.first?.isNumber == true { return nil }
        }
        guard !name.isEmpty, index < characters.count, characters[index] == "!" else { return nil }
        return (name, index + 1)
    }

    /// Whether `characters` is an A1 cell ("$B$2") or range ("$B$2:$B$11") inside Excel's grid.
    private static func isReference(_ characters: ArraySlice<Character>) -> Bool {
        let parts = characters.split(separator: ":", omittingEmptySubsequences: false)
        guard (1...2).contains(parts.count) else { return false }
        return parts.allSatisfy { isCell(Array($0)) }
    }

    /// Whether `characters` is one A1 cell with optional "$" markers, e.g. "$XFD$1048576".
    private static func isCell(_ characters: [Character]) -> Bool {
        var index = 0
        if index < characters.count, characters[index] == "$" { index += 1 }
        var column = 0
        var letterCount = 0
        while index < characters.count, let ascii = characters[index].asciiValue,
            (65...90).contains(ascii) || (97...122).contains(ascii)
        {
            column = column * 26 + Int(ascii & 0xDF) - 64
            letterCount += 1
            index += 1
        }
        guard (1...3).contains(letterCount), column <= ExcelLimits.columnCount else { return false }
        if index < characters.count, characters[index] == "$" { index += 1 }
        let digits = characters[index...]
        guard (1...7).contains(digits.count), digits.allSatisfy({ $0.isASCII && $0.isNumber }),
            let row = Int(String(digits)), (1...ExcelLimits.rowCount).contains(row)
        else { return false }
        return true
    }
}
