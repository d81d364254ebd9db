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
        let pattern = try #require(
            PhrasePattern(indicator: "labour_accidents", pattern: "không để xảy ra tai nạn lao động", value: 0))
        #expect(!pattern.hasSlot)
        #expect(pattern.wordCount == 8)
    }

    @Test func badRowsAreLeftOutWithAWarning() throws {
        let folder = try TemporaryInput()
        try folder.write(
            """
            indicator,pattern,requires,unless,value
            members_new,kết nạp # đoàn viên,,đảng,
            no_such_code,# người,,,
            membership_rate,# đoàn viên,,,
            members_new,kết nạp,,,
            labour_accidents,không xảy ra tai nạn lao động,,,không

            """, to: PhraseTable.fileName)
        let table = try PhraseTable.load(folder: folder.folder, catalogue: BundledVocabulary.catalogue)
        #expect(table.patterns.count == 1)
        #expect(table.findings.map(\.location?.description) == (3...6).map { "indicator-phrases.csv:\($0)" })
        #expect(table.findings.allSatisfy { $0.code == .phraseRow && $0.severity == .warning })
        #expect(
            table.findings.map(\.message)
                == [
                    FindingMessage.phraseIndicatorUnknown(code: "no_such_code"),
                    .phraseIndicatorRatio(code: "membership_rate"),
                    .phrasePattern(text: "kết nạp"), .phraseValue(text: "không"),
                ].map(\.text))
        #expect(table.findings[0].description.hasPrefix("indicator-phrases.csv:3: cảnh báo: chỉ tiêu 'no_such_code'"))
        #expect(table.findings[0].description.hasSuffix(" [W-PHRASE-ROW]"))
    }

    /// A malformed record of the table is the CSV reader's finding, with its own code, beside the rows left out.
    @Test func aMalformedRecordKeepsItsCSVCode() throws {
        let folder = try TemporaryInput()
        try folder.write(
            "indicator,pattern\nmembers_new,kết nạp # đoàn viên\nno_such_code,# người\nmembers_new,\"kết nạp # người\n",
            to: PhraseTable.fileName)
        let table = try PhraseTable.load(folder: folder.folder, catalogue: BundledVocabulary.catalogue)
        #expect(table.patterns.count == 1)
        #expect(table.findings.map(\.code) == [.phraseRow, .csvQuote])
        #expect(table.findings.map(\.location?.description) == ["indicator-phrases.csv:3", "indicator-phrases.csv:4"])
    }

    /// A table without a usable row stops `extract`, and the error carries why each row was left out.
    @Test func aTableWithoutUsableRowsSaysWhy() throws {
        let folder = try TemporaryInput()
        try folder.write("indicator,pattern\nno_such_code,# người\n", to: PhraseTable.fileName)
        let path = folder.folder.appendingPathComponent(PhraseTable.fileName).path
        #expect(
            throws: ExtractError.emptyPhraseTable(
                path,
                findings: [
                    Finding(
                        .phraseIndicatorUnknown(code: "no_such_code"),
                        at: UnionStats.SourceLocation(file: PhraseTable.fileName, position: .line(2)))
                ])
        ) {
            try PhraseTable.load(folder: folder.folder, catalogue: BundledVocabulary.catalogue)
        }
    }

    @Test func aMissingTableIsAnError() throws {
        let folder = try TemporaryInput()
        #expect(
            throws: ExtractError.missingPhraseTable(folder.folder.appendingPathComponent(PhraseTable.fileName).path)
        ) {
            try PhraseTable.load(folder: folder.folder, catalogue: BundledVocabulary.catalogue)
        }
    }

    @Test func theBundledTableIsClean() {
        #expect(BundledVocabulary.table.findings.isEmpty)
        let covered = Set(BundledVocabulary.table.patterns.map(\.indicator))
        let reportable = BundledVocabulary.catalogue.indicators.filter(\.isReportable).map(\.code)
        #expect(reportable.filter { !covered.contains($0) } == ["wage_counted"])
    }
}
