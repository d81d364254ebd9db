import Foundation

/// The value of one cell as stored in the file; formula cells hold their cached result.
public enum XLSXValue: Sendable, Equatable, Hashable {
    /// A number, exactly as its literal XML text ("2686", "51.25", "1E-3"), so the caller can parse it exactly.
    case number(String)
    /// Text (shared, inline or a formula's string result), NFC-normalised.
    case text(String)
    /// A boolean.
    case bool(Bool)
    /// An error value such as "#DIV/0!" or "#N/A".
    case error(String)
    /// A cell that is present in the file but holds no value (only a format, or a formula without a
    /// cached result: `XLSXCell.isUncomputedFormula` tells the two apart).
    case empty

    /// Whether the cell holds no value.
    public var isEmpty: Bool { self == .empty }
}

/// One cell: its zero-based position and its value.
public struct XLSXCell: Sendable, Equatable, Hashable {
    /// Zero-based row (row 14 in Excel is 13 here).
    public let row: Int
    /// Zero-based column (column B is 1).
    public let column: Int
    /// The cell's value.
    public let value: XLSXValue
    /// Whether the cell holds a formula (`<f>`); `value` is then its cached result.
    public let isFormula: Bool

    /// Creates a cell at a zero-based position.
    public init(row: Int, column: Int, value: XLSXValue, isFormula: Bool = false) {
        self.row = row
        self.column = column
        self.value = value
        self.isFormula = isFormula
    }

    /// Whether the cell holds a formula whose result was never computed: a program that writes
    /// formulas without calculating them (openpyxl, many exporters) leaves no cached value, and the
    /// cell would show as blank until Excel recalculates it.
    public var isUncomputedFormula: Bool { isFormula && value == .empty }

    /// The cell's A1 reference, e.g. "B14".
    public var reference: String { CellReference.a1(row: row, column: column) }
}

/// One row of a worksheet: the cells the file stores for it, in ascending column order.
///
/// Cells the file leaves out (gaps) are not listed; `value(column:)` reports them as `.empty`.
public struct XLSXRow: Sendable, Equatable, Hashable {
    /// Zero-based row index.
    public let index: Int
    /// The row's cells, sorted by column, each column at most once.
    public let cells: [XLSXCell]

    /// Creates a row; `cells` must be sorted by column.
    public init(index: Int, cells: [XLSXCell]) {
        self.index = index
        self.cells = cells
    }

    /// The cell in a zero-based column, or nil when the file stores none there.
    public func cell(column: Int) -> XLSXCell? {
        var low = 0
        var high = cells.count
        while low < high {
            let middle = (low + high) / 2
            if cells[middle].column < column { low = middle + 1 } else { high = middle }
        }
        return low < cells.count && cells[low].column == column ? cells[low] : nil
    }

    /// The value in a zero-based column, `.empty` when the file stores no cell there.
    public func value(column: Int) -> XLSXValue {
        cell(column: column)?.value ?? .empty
    }
}
