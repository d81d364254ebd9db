import Foundation
import TestSupport
import Testing
import XLSX

/// `Theo đơn vị` of `report-P.xlsx` read back: rolled-up cells are SUM formulas over exactly the
/// children's rows with the right cached value; a unit's own figure is a plain number.
@Suite struct ByUnitWorkbookTests {
    /// The first unit row (zero-based) and the first indicator column of the sheet.
    static let firstRow = 5, firstIndicatorColumn = 5

    @Test func handComputedCells() throws {
        let run = try ReportRun()
        defer { run.remove() }
        let sheet = try run.workbook.sheet("Theo đơn vị")
        let xml = try run.workbook.sheetXML("Theo đơn vị")
        #expect(
            sheet.strings(row: 4, width: 6) == [
                "Mã đơn vị", "Tên đơn vị", "Cấp", "Mã cấp trên", "Số CĐCS",
                "Tổng số công nhân viên chức lao động (người)",
            ])
        #expect(sheet.texts(inColumn: 0).dropFirst(5) == ["F", "U1", "A", "B", "U2", "C"])
        // F (row 6) = U1 (row 7) + U2 (row 10); U1 = A + B (rows 8–9).
        #expect(xml["F6"]?.formula == "SUM(F7,F10)")
        #expect(sheet.number("F6") == "375")
        #expect(xml["F7"]?.formula == "SUM(F8:F9)")
        #expect(sheet.number("F7") == "165")
        // U2's own half-year report: a plain number, although C (its only CĐCS) has nothing.
        #expect(xml["F10"]?.formula == nil)
        #expect(sheet.number("F10") == "210")
        #expect(sheet.value(row: 10, column: 5) == .empty)
        // A's own figures (derived from its quarters) are plain numbers too.
        #expect(xml["H8"]?.formula == nil)
        #expect(sheet.number("H8") == "12")
        // The ratio and the weighted mean are computed values, not formulas.
        #expect(xml["I6"]?.formula == nil)
        // F's members (A and U2: 2/3 CĐCS) and workers (3/3) cover different CĐCS: no ratio.
        #expect(sheet.number("I6") == nil)
        #expect(sheet.number("I10") == "76.19")  // U2: its own 160 members of 210 workers
        #expect(sheet.number("J6") == "7052380.95")
    }

    @Test func everyCellAgreesWithTheObservationsAndRolledUpCellsSumExactlyTheirChildren() throws {
        let run = try ReportRun()
        defer { run.remove() }
        let sheet = try run.workbook.sheet("Theo đơn vị")
        let xml = try run.workbook.sheetXML("Theo đơn vị")
        let observations = try run.observations().dropFirst()
        var byUnitAndHeading: [String: (value: String, status: String)] = [:]
        for row in observations where row.count == 13 {
            byUnitAndHeading["\(row[1])|\(row[6]) (\(row[7]))"] = (row[8], row[9])
        }
        let units = sheet.rows.filter { $0.index >= Self.firstRow }.map(\.index)
        let code = { (row: Int) in sheet.strings(row: row, width: 1)[0] }
        let parent = { (row: Int) in sheet.strings(row: row, width: 4)[3] }
        let headings = sheet.strings(row: Self.firstRow - 1, width: Self.firstIndicatorColumn + 7).dropFirst(
            Self.firstIndicatorColumn)
        #expect(headings.count == 7)
        var statuses: [String: Int] = [:]
        for row in units {
            let children = units.filter { parent($0) == code(row) }
            for (offset, heading) in headings.enumerated() {
                let column = Self.firstIndicatorColumn + offset
                let reference = CellReference.a1(row: row, column: column)
                let expected = try #require(byUnitAndHeading["\(code(row))|\(heading)"], "\(code(row)) \(heading)")
                statuses[expected.status, default: 0] += 1
                let cached = sheet.number(reference).flatMap { Decimal(string: $0) }
                switch expected.status {
                case "rolled_up":
                    let letter = CellReference.column(column)
                    #expect(xml[reference]?.formula == Self.sum(letter, rows: children.map { $0 + 1 }), "\(reference)")
                    let childrenSum = children.compactMap {
                        sheet.number(row: $0, column: column).flatMap { Decimal(string: $0) }
                    }.reduce(0, +)
                    #expect(cached == childrenSum, "\(reference)")
                    #expect(cached == Decimal(string: expected.value), "\(reference)")
                case "reported", "derived", "computed":
                    #expect(xml[reference]?.formula == nil, "\(reference) should be a plain number")
                    #expect(cached == Decimal(string: expected.value), "\(reference)")
                default:
                    #expect(sheet.value(row: row, column: column) == .empty, "\(reference) should be empty")
                }
            }
        }
        #expect(statuses["rolled_up"] == 10)
        #expect(statuses["reported"] == 3)
    }

    /// `SUM(F8:F9)` or `SUM(F7,F10)`: one-based rows, consecutive ones joined into ranges.
    static func sum(_ letter: String, rows: [Int]) -> String {
        var parts: [String] = []
        var start = 0
        while start < rows.count {
            var end = start
            while end + 1 < rows.count, rows[end + 1] == rows[end] + 1 { end += 1 }
            parts.append(start == end ? "\(letter)\(rows[start])" : "\(letter)\(rows[start]):\(letter)\(rows[end])")
            start = end + 1
        }
        return "SUM(\(parts.joined(separator: ",")))"
    }
}

extension XLSXSheet {
    /// The number's literal text at a zero-based position.
    func number(row: Int, column: Int) -> String? {
        guard case .number(let literal) = value(row: row, column: column) else { return nil }
        return literal
    }
}
