import Foundation
import Testing

@testable import UnionStats

/// The five seed reports (copied into Fixtures/narratives): seed 002 gives exactly the sample's fifteen figures.
@Suite struct SeedNarrativeTests {
    private func paragraphs(_ name: String) throws -> [String] {
        try NarrativeDocument.paragraphs(of: BundledVocabulary.narratives.appendingPathComponent(name))
    }

    /// indicator → value of the sample's CĐVC 2021-H1 report, read from input/.
    private func sampleReport() throws -> [String: Int64] {
        let url = BundledVocabulary.input.appendingPathComponent("reports/2021/H1/CDVC-bao-cao-6-thang.csv")
        let text = String(decoding: try Data(contentsOf: url), as: UTF8.self)
        let lines = text.components(separatedBy: .newlines).filter { !$0.isEmpty }.dropFirst()
        var values: [String: Int64] = [:]
        for line in lines {
            let fields = line.split(separator: ";", maxSplits: 4).map(String.init)
            values[fields[2]] = ProseNumber.parse(fields[3])?.wholeValue
        }
        return values
    }

    @Test func seed002GivesTheFifteenFiguresOfTheSampleAndNothingElse() throws {
        let extraction = BundledVocabulary.extractor.extract(
            paragraphs: try paragraphs("seed-002.txt"), period: Period("2021-H1")!)
        let found = Dictionary(uniqueKeysWithValues: extraction.figures.map { ($0.indicator, $0.value) })
        let expected = try sampleReport()
        #expect(expected.count == 15)
        #expect(found == expected)
        // The inspection plan's "9 CĐCS" is a target for the second half, never a figure.
        #expect(extraction.targets.map { "\($0.indicator) \($0.period) \($0.value)" } == ["inspections 2021-H2 9"])
        #expect(extraction.untaken.isEmpty)
        let fund = try #require(extraction.figures.first { $0.indicator == "social_fund_vnd" })
        #expect(fund.note.hasPrefix("[xấp xỉ] Vận động cán bộ"))
    }

    @Test(arguments: [
        ("seed-000.txt", "2021-Q1"), ("seed-001.txt", "2021"), ("seed-003.txt", "2021"), ("seed-004.txt", "2020-H1"),
        ("seed-004.txt", "2020"),
    ])
    func plansAndNewsGiveNoFigure(file: String, period: String) throws {
        let extraction = BundledVocabulary.extractor.extract(paragraphs: try paragraphs(file), period: Period(period)!)
        #expect(extraction.figures.isEmpty, "\(extraction.figures.map { "\($0.indicator)=\($0.value)" })")
    }

    @Test func theBundledSampleNarrativeIsSeed002WithItsSource() throws {
        let sample = try NarrativeDocument.paragraphs(
            of: BundledVocabulary.input.appendingPathComponent("narratives/CDVC-2021-H1-so-ket-6-thang.txt"))
        #expect(sample.first?.hasPrefix("Nguồn: Báo Hà Nam điện tử") == true)
        let extraction = BundledVocabulary.extractor.extract(paragraphs: sample, period: Period("2021-H1")!)
        #expect(
            Dictionary(uniqueKeysWithValues: extraction.figures.map { ($0.indicator, $0.value) })
                == (try sampleReport()))
    }

    @Test func theDocxGivesWhatTheTextGives() throws {
        let period = Period("2021-H1")!
        let fromText = BundledVocabulary.extractor.extract(paragraphs: try paragraphs("seed-002.txt"), period: period)
        let fromWord = BundledVocabulary.extractor.extract(paragraphs: try paragraphs("seed-002.docx"), period: period)
        #expect(fromWord == fromText)
    }

    @Test func extractionIsDeterministic() throws {
        let text = try paragraphs("seed-002.txt")
        let period = Period("2021-H1")!
        let first = ExtractDraft.reportCSV(
            BundledVocabulary.extractor.extract(paragraphs: text, period: period).figures, unit: "CDVC", period: period)
        for _ in 0..<5 {
            let again = ExtractDraft.reportCSV(
                BundledVocabulary.extractor.extract(paragraphs: text, period: period).figures, unit: "CDVC",
                period: period)
            #expect(again == first)
        }
    }
}
