import Foundation
import Testing

@testable import UnionStats

/// Every narrative of the repository against its answer key (Fixtures/narratives/answers.csv: the figures
/// and targets a careful reader takes from it for a period): no false figure or target, and the figures
/// a careful reader would take found at least 90 % of the time. The measured precision and recall are
/// stated in docs/commands.md ("extract").
@Suite struct NarrativeAnswerKeyTests {
    /// One line of the key: a figure or a target (`none`: the narrative gives nothing for the period).
    struct Answer: Hashable {
        let file: String, period: String, kind: String, indicator: String, value: Int64
    }

    /// The key, by file and period.
    static func answers() throws -> [String: [Answer]] {
        let text = try String(
            contentsOf: BundledVocabulary.narratives.appendingPathComponent("answers.csv"), encoding: .utf8)
        var byRun: [String: [Answer]] = [:]
        for line in text.split(separator: "\n").dropFirst() {
            let fields = line.split(separator: ",", omittingEmptySubsequences: false).map(String.init)
            guard fields.count == 5 else { continue }
            let answer = Answer(
                file: fields[0], period: fields[1], kind: fields[2], indicator: fields[3], value: Int64(fields[4]) ?? 0)
            byRun["\(answer.file) \(answer.period)", default: []].append(answer)
        }
        return byRun
    }

    /// What extraction gives for a file and period, as answers.
    static func extracted(file: String, period: String) throws -> Set<Answer> {
        let paragraphs = try NarrativeDocument.paragraphs(of: BundledVocabulary.narratives.appendingPathComponent(file))
        let extraction = BundledVocabulary.extractor.extract(
            paragraphs: paragraphs, period: try #require(Period(period)))
        let figures = extraction.figures.map {
            Answer(file: file, period: period, kind: "figure", indicator: $0.indicator, value: $0.value)
        }
        let targets = extraction.targets.map {
            Answer(file: file, period: period, kind: "target", indicator: $0.indicator, value: $0.value)
        }
        return Set(figures + targets)
    }

    @Test func noFalseFigureOrTargetAndNineInTenFiguresTaken() throws {
        var right = 0
        var wrong: [Answer] = []
        var missed: [Answer] = []
        for (_, key) in try Self.answers().sorted(by: { $0.key < $1.key }) {
            let expected = Set(key.filter { $0.kind != "none" })
            let found = try Self.extracted(file: key[0].file, period: key[0].period)
            right += found.intersection(expected).count
            wrong += found.subtracting(expected).sorted { "\($0)" < "\($1)" }
            missed += expected.subtracting(found).sorted { "\($0)" < "\($1)" }
        }
        #expect(wrong.isEmpty, "false figures or targets: \(wrong)")
        let total = right + missed.count
        #expect(total > 0)
        // At least 90 % of what a careful reader takes.
        #expect(right * 10 >= total * 9, "taken \(right) of \(total); missed: \(missed)")
    }
}
