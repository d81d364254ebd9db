import Foundation

/// Converts zero-based coordinates into Excel's A1 notation for formulas and messages.
///
/// Conversion is purely arithmetic and does not check Excel's grid: validate coordinates first
/// (every `Worksheet` method does). A negative column yields an empty letter part.
public enum CellReference {
    /// The column letters for a zero-based column: 0 → "A", 25 → "Z", 26 → "AA", 16383 → "XFD".
    public static func column(_ column: Int) -> String {
        guard column >= 0 else { return "" }
        var letters: [Character] = []
        var remaining = column + 1
        while remaining > 0 {
            let digit = (remaining - 1) % 26
            letters.append(Character(Unicode.Scalar(UInt8(65 + digit))))
            remaining = (remaining - 1) / 26
        }
        return String(letters.reversed())
    }

    /// The A1 reference of a zero-based cell: (row 13, column 1) → "B14"; absolute → "$B$14".
    public static func a1(row: Int, column: Int, absolute: Bool = false) -> String {
        let marker = absolute ? "$" : ""
        return marker + Self.column(column) + marker + String(row + 1)
    }

    /// The absolute A1 reference of a zero-based cell, e.g. "$D$5".
    public static func absoluteA1(row: Int, column: Int) -> String {
        a1(row: row, column: column, absolute: true)
    }

    /// The A1 range between two zero-based corners, e.g. "D5:D9" (or "$D$5:$D$9" when absolute).
    public static func range(
        firstRow: Int, firstColumn: Int, lastRow: Int, lastColumn: Int, absolute: Bool = false
    ) -> String {
        a1(row: firstRow, column: firstColumn, absolute: absolute) + ":"
            + a1(row: lastRow, column: lastColumn, absolute: absolute)
    }

    /// The absolute A1 range between two zero-based corners, e.g. "$D$5:$D$9".
    public static func absoluteRange(firstRow: Int, firstColumn: Int, lastRow: Int, lastColumn: Int) -> String {
        range(firstRow: firstRow, firstColumn: firstColumn, lastRow: lastRow, lastColumn: lastColumn, absolute: true)
    }

    /// A reference qualified by its sheet for cross-sheet formulas: ("Tổng hợp", "B5") → "'Tổng hợp'!B5".
    ///
    /// The sheet name is NFC-normalised, always quoted, and any apostrophe in it is doubled, as Excel requires.
    public static func qualified(sheet: String, _ reference: String) -> String {
        let escaped = sheet.nfc.replacingOccurrences(of: "'", with: "''")
        return "'" + escaped + "'!" + reference
    }
}
