import Foundation
import TestSupport
import Testing

/// Golden-file test of `Tổng hợp` for the `tiny` fixture, in the manner of rust_xlsxwriter's integration
/// tests: the sheet's XML part byte for byte, and the shared strings it refers to.
///
/// Regenerate after an intended change with
/// `UNIONSTATS_REGENERATE_GOLDEN=1 swift test --filter SummaryGoldenTests`, then review `git diff` of
/// Tests/UnionStatsCLITests/Fixtures/golden/ and commit. A normal run compares and fails on any difference.
@Suite struct SummaryGoldenTests {
    /// Tests/UnionStatsCLITests/Fixtures/golden/tiny-2021-H1.
    static let golden = CommandRunner.fixtures.appendingPathComponent("golden/tiny-2021-H1")

    @Test func tinySummarySheetMatchesTheGoldenFiles() throws {
        let folder = try TemporaryFolder(prefix: "unionstats-golden")
        defer { folder.remove() }
        try CommandRunner.copyFixture("tiny", into: folder)
        let result = try CommandRunner.run(["report", "--period", "2021-H1"], in: folder)
        #expect(result.status == 1)  // bad.csv's unknown unit
        let workbook = try WrittenWorkbook(url: folder.url("output/2021-H1/report-2021-H1.xlsx"))
        #expect(workbook.sheetParts["Tổng hợp"] == "xl/worksheets/sheet1.xml")
        let xml = try workbook.sheetXMLText("Tổng hợp")

        // Shared strings are referenced by index: list the ones the sheet uses, resolved to their text.
        // The sheet is written first, so its strings hold the first indices whatever the other sheets hold.
        let strings = try workbook.sharedStrings()
        let used = Set(
            try SheetXML(parsing: xml).cells.values.filter { $0.type == "s" }.compactMap {
                $0.value.flatMap { Int($0) }
            })
        #expect(used.allSatisfy { $0 < strings.count })
        let listing =
            used.sorted().map { index in
                "\(index)\t"
                    + strings[index].replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(
                        of: "\n", with: "\\n")
            }.joined(separator: "\n") + "\n"
        // The place-and-date line carries today's date: the one thing that legitimately varies.
        let masked = GoldenFile.maskingDateLine(listing)
        #expect(masked != listing, "the place-and-date line should be there to mask")
        #expect(masked.contains("\tThử Nghiệm, ngày … tháng … năm …\n"))

        if let difference = try GoldenFile.check(xml, against: Self.golden.appendingPathComponent("sheet1.xml")) {
            Issue.record(Comment(rawValue: difference))
        }
        if let difference = try GoldenFile.check(
            masked, against: Self.golden.appendingPathComponent("sheet1-strings.txt"))
        {
            Issue.record(Comment(rawValue: difference))
        }
    }

    @Test func aDifferenceIsReportedWithItsContext() {
        let expected = #"<row r="9"><c r="D9" s="12"><v>375</v></c></row>"#
        let difference = GoldenFile.difference(
            expected: expected, actual: expected.replacingOccurrences(of: "375", with: "376"))
        #expect(difference?.contains("\n  <c r=\"D9\" s=\"12\">\n> <v>375</v>\n") == true)  // expected, with context
        #expect(difference?.contains("\n> <v>376</v>\n") == true)  // actual
        #expect(GoldenFile.difference(expected: expected, actual: expected) == nil)
        #expect(GoldenFile.maskingDateLine("Hà Nam, ngày 5 tháng 12 năm 2026") == "Hà Nam, ngày … tháng … năm …")
    }
}
