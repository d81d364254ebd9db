import Testing

@testable import XLSX

@Suite("Parsing A1 cell references")
struct CellReferenceParsingTests {
    @Test(
        "Valid references give zero-based positions",
        arguments: [
            ("A1", 0, 0), ("B14", 13, 1), ("Z9", 8, 25), ("AA10", 9, 26), ("XFD1048576", 1_048_575, 16_383),
            ("$B$14", 13, 1), ("b14", 13, 1), ("$C5", 4, 2),
        ])
    func valid(_ reference: String, _ row: Int, _ column: Int) {
        let parsed = CellReference.parse(reference)
        #expect(parsed?.row == row)
        #expect(parsed?.column == column)
    }

    @Test(
        "Invalid or out-of-grid references give nil",
        arguments: [
            "", "A", "14", "A0", "XFE1", "A1048577", "AAAA1", "A-1", "A 1", "1A", "A1B", "A12345678", "$$A1", "Ă1",
        ])
    func invalid(_ reference: String) {
        #expect(CellReference.parse(reference) == nil)
    }

    @Test("Parsing inverts CellReference.a1 everywhere on the grid's edges")
    func roundTrip() {
        for row in [0, 1, 9, 99, 1_048_575] {
            for column in [0, 25, 26, 701, 702, 16_383] {
                let parsed = CellReference.parse(CellReference.a1(row: row, column: column))
                #expect(parsed?.row == row && parsed?.column == column)
            }
        }
    }
}
