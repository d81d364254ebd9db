import Foundation

extension CellReference {
    /// The zero-based position of an A1 reference: "B14" → (row 13, column 1); "$B$14" is accepted too.
    ///
    /// Returns nil unless the reference is column letters (any case) followed by a row number,
    /// and the cell lies inside Excel's grid (A1…XFD1048576).
    public static func parse(_ reference: String) -> (row: Int, column: Int)? {
        parse(utf8: reference.utf8)
    }

    /// `parse(_:)` on UTF-8 bytes, so the worksheet reader can avoid building strings.
    static func parse<Bytes: Collection<UInt8>>(utf8 bytes: Bytes) -> (row: Int, column: Int)? {
        var index = bytes.startIndex
        if index < bytes.endIndex, bytes[index] == UInt8(ascii: "$") { index = bytes.index(after: index) }
        var column = 0
        var letterCount = 0
        while index < bytes.endIndex, let value = letterValue(bytes[index]) {
            letterCount += 1
            guard letterCount <= 3 else { return nil }
            column = column * 26 + value
            index = bytes.index(after: index)
        }
        guard letterCount > 0, column <= ExcelLimits.columnCount else { return nil }
        if index < bytes.endIndex, bytes[index] == UInt8(ascii: "$") { index = bytes.index(after: index) }
        guard let row = parseRowNumber(bytes[index...]) else { return nil }
        return (row: row - 1, column: column - 1)
    }

    /// A one-based row number ("14" → 14) inside Excel's grid: one to seven ASCII digits, nothing else.
    static func parseRowNumber<Bytes: Collection<UInt8>>(_ bytes: Bytes) -> Int? {
        guard !bytes.isEmpty, bytes.count <= 7 else { return nil }
        var number = 0
        for byte in bytes {
            guard byte >= UInt8(ascii: "0"), byte <= UInt8(ascii: "9") else { return nil }
            number = number * 10 + Int(byte - UInt8(ascii: "0"))
        }
        guard number >= 1, number <= ExcelLimits.rowCount else { return nil }
        return number
    }

    /// 1 for "A"/"a" … 26 for "Z"/"z"; nil for anything else.
    private static func letterValue(_ byte: UInt8) -> Int? {
        switch byte {
        case UInt8(ascii: "A")...UInt8(ascii: "Z"): return Int(byte - UInt8(ascii: "A")) + 1
        case UInt8(ascii: "a")...UInt8(ascii: "z"): return Int(byte - UInt8(ascii: "a")) + 1
        default: return nil
        }
    }
}
