import Foundation

/// Reads a worksheet part row by row, handing each finished row to a callback as soon as it closes.
///
/// Only `<sheetData>` is read: `<row>` and `<c>` positions (taken from `r`, or one past the previous
/// row or cell when `r` is missing), the cell type `t` and the cached value `<v>` or inline string `<is>`.
/// A formula (`<f>`) is not evaluated: its cached value is what the cell shows, and the cell is marked
/// `isFormula`, so that a formula without a cached value (written by a program that does not calculate)
/// can be told from a blank cell. Rows without cells are skipped.
final class WorksheetHandler: XMLElementHandler {
    /// What the handler needs to know about the sheet it reads.
    struct Context {
        /// Path of the .xlsx, for messages.
        let file: String
        /// The worksheet part, for messages.
        let part: String
        /// The sheet's name, for messages.
        let sheet: String
        /// The workbook's shared strings.
        let sharedStrings: [String]
        /// Most cells accepted.
        let maxCells: Int
    }

    private let context: Context
    private let decoder: CellValueDecoder
    private let deliver: (XLSXRow) throws -> Void
    private var sawRoot = false
    private var insideSheetData = false
    private var insideRow = false
    private var rowIndex = -1
    private var rowIndexIsFixed = false
    private var previousRowIndex = -1
    private var cells: [XLSXCell] = []
    private var cellCount = 0
    private var insideCell = false
    private var column = -1
    private var type = CellValueDecoder.CellType.number
    private var valueText = ""
    private var hasValue = false
    private var hasFormula = false
    private var capturingValue = false
    private var insideInlineString = false
    private var hasInlineString = false
    private var inlineString = RichTextCollector()

    /// Prepares to read one worksheet and pass each row to `deliver`.
    init(context: Context, deliver: @escaping (XLSXRow) throws -> Void) {
        self.context = context
        self.decoder = CellValueDecoder(context: context)
        self.deliver = deliver
    }

    func didStart(element: String, attributes: [String: String]) throws {
        if !sawRoot {
            sawRoot = true
            guard element == "worksheet" else { throw invalid("its root element is <\(element)>, not <worksheet>") }
        }
        switch element {
        case "c" where insideSheetData: try startCell(attributes)
        case "v" where insideCell:
            capturingValue = true
            hasValue = true
            valueText = ""
        case "f" where insideCell:
            hasFormula = true
        case "is" where insideCell:
            insideInlineString = true
            hasInlineString = true
            inlineString.reset()
        case "row" where insideSheetData: try startRow(attributes)
        case "sheetData": insideSheetData = true
        default: if insideInlineString { inlineString.didStart(element) }
        }
    }

    func didEnd(element: String) throws {
        switch element {
        case "v": capturingValue = false
        case "is": insideInlineString = false
        case "c" where insideCell: try finishCell()
        case "row" where insideRow: try finishRow()
        case "sheetData": insideSheetData = false
        default: if insideInlineString { inlineString.didEnd(element) }
        }
    }

    func didFind(text: String) throws {
        if capturingValue {
            valueText += text
        } else if insideInlineString {
            inlineString.didFind(text)
        }
    }

    private func startRow(_ attributes: [String: String]) throws {
        guard !insideRow else { throw invalid("a <row> starts inside row \(rowIndex + 1)") }
        if let number = attributes["r"] {
            guard let parsed = CellReference.parseRowNumber(number.utf8) else {
                throw invalid("row number '\(number)' is not between 1 and \(grouped(ExcelLimits.rowCount))")
            }
            rowIndex = parsed - 1
            rowIndexIsFixed = true
        } else {
            rowIndex = previousRowIndex + 1
            rowIndexIsFixed = false
        }
        guard rowIndex > previousRowIndex, rowIndex < ExcelLimits.rowCount else {
            throw invalid("row \(rowIndex + 1) follows row \(previousRowIndex + 1); rows must be in ascending order")
        }
        insideRow = true
        column = -1
    }

    private func startCell(_ attributes: [String: String]) throws {
        guard insideRow else { throw invalid("a cell <c> lies outside any <row>") }
        let previousColumn = column
        if let reference = attributes["r"] {
            guard let position = CellReference.parse(utf8: reference.utf8) else {
                throw invalid("cell reference '\(reference)' is not an A1 reference inside the grid")
            }
            if position.row != rowIndex {
                // A row without "r" takes its number from its first cell.
                guard !rowIndexIsFixed, cells.isEmpty, position.row > previousRowIndex else {
                    throw invalid("cell \(reference) lies in row \(rowIndex + 1)")
                }
                rowIndex = position.row
            }
            column = position.column
        } else {
            column = previousColumn + 1
        }
        rowIndexIsFixed = true
        guard column > previousColumn, column < ExcelLimits.columnCount else {
            throw invalid(
                "cell \(CellReference.a1(row: rowIndex, column: column)) follows column "
                    + "\(CellReference.column(previousColumn)); cells must be in ascending column order")
        }
        guard let cellType = CellValueDecoder.CellType(attribute: attributes["t"]) else {
            throw invalid(
                "cell \(CellReference.a1(row: rowIndex, column: column)) has the unknown type "
                    + "t=\"\(attributes["t"] ?? "")\"")
        }
        type = cellType
        insideCell = true
        hasValue = false
        hasFormula = false
        hasInlineString = false
        valueText = ""
    }

    private func finishCell() throws {
        insideCell = false
        capturingValue = false
        insideInlineString = false
        cellCount += 1
        guard cellCount <= context.maxCells else {
            throw XLSXReadError.tooManyCells(file: context.file, sheet: context.sheet, limit: context.maxCells)
        }
        let value = try decoder.decode(
            type: type, value: hasValue ? valueText : nil, inlineString: hasInlineString ? inlineString.text : nil,
            row: rowIndex, column: column)
        cells.append(XLSXCell(row: rowIndex, column: column, value: value, isFormula: hasFormula))
    }

    private func finishRow() throws {
        insideRow = false
        previousRowIndex = rowIndex
        guard !cells.isEmpty else { return }
        let row = XLSXRow(index: rowIndex, cells: cells)
        cells = []
        cells.reserveCapacity(row.cells.count)
        try deliver(row)
    }

    private func invalid(_ reason: String) -> XLSXReadError {
        .invalidContent(file: context.file, part: context.part, reason: reason)
    }
}
