import Foundation
import Testing

@testable import UnionStats

/// The narratives written for issue 20 (Fixtures/narratives/written-020-*.txt): `extract` takes exactly the figures
/// a careful reader takes (`written-020-*.figures.csv`), end to end through `ExtractJob` on the bundled input.
@Suite struct WrittenNarrativeTests {
    private func expected(_ name: String) throws -> [String: Int64] {
        let url = BundledVocabulary.narratives.appendingPathComponent(name)
        let lines = String(decoding: try Data(contentsOf: url), as: UTF8.self)
            .components(separatedBy: .newlines).filter { !$0.isEmpty }.dropFirst()
        var values: [String: Int64] = [:]
        for line in lines {
            let fields = line.split(separator: ",").map(String.init)
            values[fields[0]] = Int64(fields[1])
        }
        return values
    }

    private func run(_ name: String, period: String) throws -> ExtractOutcome {
        try ExtractJob.run(
            file: BundledVocabulary.narratives.appendingPathComponent(name), unit: "CDVC", period: Period(period)!,
            input: BundledVocabulary.input)
    }

    @Test(arguments: [("written-020-a", "2026-H1"), ("written-020-b", "2025")])
    func takesWhatACarefulReaderTakes(name: String, period: String) throws {
        let outcome = try run(name + ".txt", period: period)
        let found = Dictionary(
            uniqueKeysWithValues: outcome.extraction.figures.map { ($0.indicator, $0.value) })
        #expect(found == (try expected(name + ".figures.csv")))
    }

    @Test func theHalfYearReportListsPricesAndPartsAndPlansItsTargets() throws {
        let outcome = try run("written-020-a.txt", period: "2026-H1")
        let csv = String(decoding: outcome.reportCSV, as: UTF8.self)
        #expect(csv.contains("CDVC,2026-H1,tet_gifts_vnd,47500000,"))
        #expect(csv.contains("CDVC,2026-H1,workers_total,2600,\"[xấp xỉ] "))
        #expect(
            outcome.extraction.targets.map { "\($0.period) \($0.indicator) \($0.value)" }
                == ["2026-H2 cdcs_new 3", "2026-H2 members_new 150"])
        let left = outcome.extraction.untaken.flatMap(\.numbers)
        #expect(left.contains(UntakenNumber(text: "500.000 đồng", reason: .perItem)))
        #expect(left.contains(UntakenNumber(text: "1 triệu đồng", reason: .perItem)))
        #expect(left.contains(UntakenNumber(text: "hai mươi", reason: .otherPeriod("Năm 2025"))))
        #expect(outcome.summary.contains("500.000 đồng: số cho mỗi suất, mỗi người"))
    }

    @Test func theYearReportReadsWordsAndRefusesAPartOfAnEarlierTotal() throws {
        let outcome = try run("written-020-b.txt", period: "2025")
        #expect(
            outcome.extraction.targets.map { "\($0.period) \($0.indicator) \($0.value)" } == ["2026 members_new 200"])
        let left = outcome.extraction.untaken.flatMap(\.numbers)
        #expect(left.filter { $0.reason == .partOfUntakenTotal }.map(\.text) == ["3", "5"])
        #expect(!left.contains { $0.text == "hai" || $0.text == "mười hai" })
    }
}
