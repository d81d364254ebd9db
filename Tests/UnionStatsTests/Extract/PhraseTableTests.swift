import Foundation
import Testing
@testable import UnionStats

/// The phrase table: how patterns are written and which rows are left out.
@Suite struct PhraseTableTests {
    @Test(arguments: [
        ("nâng lương … cho # người", true), ("# sáng kiến đạt giải", true), ("quỹ xã hội ... #", true),
        ("# # người", false), ("… # người", false), ("#", false), ("không để xảy ra tai nạn", false),
    ])
    func patterns(text: String, usable: Bool) {
        #expect((PhrasePattern(indicator: "x", pattern: text) != nil) == usable)
    }

    @Test func aStatementNeedsAValue() throws {
        let pattern = try #require(PhrasePattern(indicator: "labour_accidents", pattern: "không để xảy ra tai nạn lao động", value: 0))
        #expect(!pattern.hasSlot)
        #expect(pattern.wordCount == 8)
    }

    @Test func badRowsAreLeftOutWithAWarning() throws {
        let folder = try TemporaryInput()
        try folder.write("""
            indicator,pattern,requires,unless,value
            members_new,kết nạp # đoàn viên,,đảng,
            no_such_code,# người,,,
            membership_rate,# đoàn viên,,,
            members_new,kết nạp,,,
            labour_accidents,không xảy ra tai nạn lao động,,,không

            """, to: PhraseTable.fileName)
        let table = try PhraseTable.load(folder: folder.folder, catalogue: BundledVocabulary.catalogue)
        #expect(table.patterns.count == 1)
        #expect(table.problems.map(\.line) == [3, 4, 5, 6])
        #expect(table.problems[0].description.hasPrefix("indicator-phrases.csv:3: cảnh báo: chỉ tiêu 'no_such_code'"))
    }

    @Test func aMissingTableIsAnError() throws {
        let folder = try TemporaryInput()
        #expect(throws: ExtractError.missingPhraseTable(folder.folder.appendingPathComponent(PhraseTable.fileName).path)) {
            try PhraseTable.load(folder: folder.folder, catalogue: BundledVocabulary.catalogue)
        }
    }

    @Test func theBundledTableIsClean() {
        #expect(BundledVocabulary.table.problems.isEmpty)
        let covered = Set(BundledVocabulary.table.patterns.map(\.indicator))
        let reportable = BundledVocabulary.catalogue.indicators.filter(\.isReportable).map(\.code)
        #expect(reportable.filter { !covered.contains($0) } == ["wage_counted"])
    }
}
