import Foundation

/// A worksheet read completely into memory: its rows in ascending order, each with its cells.
///
/// Use `XLSXDocument.forEachRow(inSheet:_:)` instead when the sheet may be large and each row
/// can be handled on its own.
public struct XLSXSheet: Sendable, Equatable {
    /// The sheet's name, NFC-normalised.
    public let name: String
    /// The rows that hold at least one cell in the file, sorted by index (rows left out, or stored without
    /// cells, are not listed).
    public let rows: [XLSXRow]

    /// Creates a sheet; `rows` must be sorted by index.
    public init(name: String, rows: [XLSXRow]) {
        self.name = name
        self.rows = rows
    }

    /// How many cells the sheet stores, empty ones included.
    public var cellCount: Int { rows.reduce(0) { $0 + $1.cells.count } }

    /// The row with a zero-based index, or nil when the file stores none.
    public func row(_ index: Int) -> XLSXRow? {
        var low = 0
        var high = rows.count
        while low < high {
            let middle = (low + high) / 2
            if rows[middle].index < index { low = middle + 1 } else { high = middle }
        }
        return low < rows.count && rows[low].index == index ? rows[low] : nil
    }

    /// The cell at a zero-based position, or nil when the file stores none there.
    public func cell(row: Int, column: Int) -> XLSXCell? {
        self.row(row)?.cell(column: column)
    }

    /// The cell at an A1 reference such as "B14", or nil when the reference is invalid or the cell absent.
    public func cell(_ reference: String) -> XLSXCell? {
        guard let position = CellReference.parse(reference) else { return nil }
        return cell(row: position.row, column: position.column)
    }

    /// The value at a zero-based position, `.empty` when the file stores no cell there.
    public func value(row: Int, column: Int) -> XLSXValue {
        cell(row: row, column: column)?.value ?? .empty
    }
}
