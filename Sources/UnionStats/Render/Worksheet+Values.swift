import XLSX

/// Writing the domain's exact values (whole numbers, hundredths, percents) into cells.
extension Worksheet {
    /// Writes a value as `writeValue` does, or a formatted blank cell when there is none.
    func writeValue(_ value: Int64?, hundredths: Bool, row: Int, column: Int, format: CellFormat) throws(XLSXError) {
        if let value {
            try writeValue(value, hundredths: hundredths, row: row, column: column, format: format)
        } else {
            try writeBlank(row: row, column: column, format: format)
        }
    }

    /// Writes points in hundredths (a ranking's, `Int128`), or a blank.
    func writeHundredths(_ value: Int128?, row: Int, column: Int, format: CellFormat) throws(XLSXError) {
        if let value {
            try write(Double(value) / 100, row: row, column: column, format: format)
        } else {
            try writeBlank(row: row, column: column, format: format)
        }
    }

    /// Writes a change in hundredths of a percent as a fraction for a `0.00%` format, or a blank.
    func writePercent(_ hundredths: Int64?, row: Int, column: Int, format: CellFormat) throws(XLSXError) {
        if let hundredths {
            try write(Double(hundredths) / 10_000, row: row, column: column, format: format)
        } else {
            try writeBlank(row: row, column: column, format: format)
        }
    }

    /// Writes a whole or two-decimal value as a number cell; a value beyond Excel's exact range as text.
    func writeValue(_ value: Int64, hundredths: Bool, row: Int, column: Int, format: CellFormat) throws(XLSXError) {
        if hundredths {
            try write(PlainNumber.cellValue(value, hundredths: true), row: row, column: column, format: format)
        } else if value.magnitude <= UInt64(ExcelLimits.maxExactInteger) {
            try write(value, row: row, column: column, format: format)
        } else {
            try write(VietnameseFormat.grouped(value), row: row, column: column, format: format)
        }
    }
}
