import Testing

@testable import XLSX

@Suite("A1 cell references")
struct CellReferenceTests {
    @Test(
        "Column letters",
        arguments: [
            (0, "A"), (1, "B"), (25, "Z"), (26, "AA"), (27, "AB"), (51, "AZ"), (52, "BA"),
            (701, "ZZ"), (702, "AAA"), (16_383, "XFD"),
        ])
    func columnLetters(_ column: Int, _ letters: String) {
        #expect(CellReference.column(column) == letters)
    }

    @Test("Cells, ranges and absolute forms")
    func references() {
        #expect(CellReference.a1(row: 13, column: 1) == "B14")
        #expect(CellReference.a1(row: 0, column: 0) == "A1")
        #expect(CellReference.a1(row: 1_048_575, column: 16_383) == "XFD1048576")
        #expect(CellReference.absoluteA1(row: 4, column: 3) == "$D$5")
        #expect(CellReference.a1(row: 4, column: 3, absolute: true) == "$D$5")
        #expect(CellReference.range(firstRow: 4, firstColumn: 3, lastRow: 8, lastColumn: 3) == "D5:D9")
        #expect(CellReference.absoluteRange(firstRow: 4, firstColumn: 3, lastRow: 8, lastColumn: 3) == "$D$5:$D$9")
    }

    @Test("Sheet-qualified references quote the name and double apostrophes")
    func qualified() {
        #expect(CellReference.qualified(sheet: "Tổng hợp", "B5") == "'Tổng hợp'!B5")
        #expect(CellReference.qualified(sheet: "Q1'24", "A1:B2") == "'Q1''24'!A1:B2")
    }
}
