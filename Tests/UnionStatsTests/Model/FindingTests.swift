import Testing
@testable import UnionStats

/// How findings print and sort: `file:line: lỗi: message [CODE]`, by file and position.
@Suite struct FindingTests {
    @Test(arguments: [
        (UnionStats.SourceLocation(file: "reports/a.csv", position: .line(12)), "reports/a.csv:12: lỗi: sai [E-NUMBER]"),
        (UnionStats.SourceLocation(file: "reports/a.xlsx", position: .cell(sheet: "Báo cáo", reference: "D14")), "reports/a.xlsx:Báo cáo!D14: lỗi: sai [E-NUMBER]"),
        (UnionStats.SourceLocation(file: "reports/a.csv"), "reports/a.csv: lỗi: sai [E-NUMBER]"),
    ])
    func printsLikeACompiler(location: UnionStats.SourceLocation, expected: String) {
        #expect(Finding(.notANumber, "sai", at: location).description == expected)
    }

    @Test func withoutALocationOnlyTheSeverityLeads() {
        #expect(Finding(.noReport, "chưa có", unit: "A").description == "cảnh báo: chưa có [W-NO-REPORT]")
    }

    @Test func sortsByFileThenPositionWithRowsNumerically() {
        let places: [UnionStats.SourceLocation] = [
            UnionStats.SourceLocation(file: "b.xlsx", position: .cell(sheet: "S", reference: "B10")),
            UnionStats.SourceLocation(file: "a.csv", position: .line(10)),
            UnionStats.SourceLocation(file: "b.xlsx", position: .cell(sheet: "S", reference: "AA9")),
            UnionStats.SourceLocation(file: "a.csv", position: .line(9)),
            UnionStats.SourceLocation(file: "b.xlsx", position: .cell(sheet: "S", reference: "C9")),
            UnionStats.SourceLocation(file: "a.csv"),
        ]
        let sorted = places.map { Finding(.notANumber, "x", at: $0) }.sorted(by: Finding.byLocation).compactMap(\.location?.description)
        #expect(sorted == ["a.csv", "a.csv:9", "a.csv:10", "b.xlsx:S!C9", "b.xlsx:S!AA9", "b.xlsx:S!B10"])
    }

    @Test func errorsComeBeforeWarningsAtTheSamePlace() {
        let place = UnionStats.SourceLocation(file: "a.csv", position: .line(3))
        let sorted = [Finding(.ratioIgnored, "w", at: place), Finding(.notANumber, "e", at: place)].sorted(by: Finding.byLocation)
        #expect(sorted.map(\.severity) == [.error, .warning])
    }
}
