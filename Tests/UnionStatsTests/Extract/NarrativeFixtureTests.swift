import Foundation
import Testing

@testable import UnionStats

/// The narratives written for issue 20 (see Fixtures/narratives/README.md), through `ExtractJob` as
/// `unionstats extract` runs it.
@Suite struct NarrativeFixtureTests {
    static let ninhBinh = BundledVocabulary.input.appendingPathComponent("ninh-binh-2026")

    private func run(_ name: String, unit: String, period: String, input: URL = ninhBinh) throws -> ExtractOutcome {
        try ExtractJob.run(
            file: BundledVocabulary.narratives.appendingPathComponent(name), unit: unit,
            period: try #require(Period(period)), input: input)
    }

    @Test func aYearsReviewGivesItsFiguresAndNamedTargetsOnly() throws {
        let outcome = try run("cdvc-2024-nam.txt", unit: "CDVC", period: "2024", input: BundledVocabulary.input)
        #expect(
            Dictionary(uniqueKeysWithValues: outcome.extraction.figures.map { ($0.indicator, $0.value) }) == [
                "cdcs_new": 4, "members_new": 312, "workplace_dialogues": 16, "hardship_visits": 118,
                "initiatives": 57, "awards": 47,
            ])
        #expect(
            outcome.extraction.targets.map { "\($0.period) \($0.indicator) \($0.value)" } == [
                "2025 cdcs_new 5", "2025 officers_trained 60", "2025 workplace_dialogues 20",
            ])
        #expect(
            outcome.extraction.untaken.flatMap(\.numbers) == [
                UntakenNumber(text: "104%", reason: .percentage), UntakenNumber(text: "40", reason: .change),
                UntakenNumber(text: "350", reason: .unnamedTargetPeriod),
            ])
    }

    @Test func aDissolvedUnitsLastHalfYearGivesEveryFigureAndTargetAndNothingFalse() throws {
        let outcome = try run("nb-cdvc-2025-h1.txt", unit: "NB-CDVC", period: "2025-H1")
        let figures = Dictionary(
            uniqueKeysWithValues: outcome.extraction.figures.map { ($0.indicator, $0.value) })
        #expect(
            figures == [
                "labour_accidents": 0, "cdcs_new": 2, "members_new": 146, "officers_trained": 25,
                "hardship_visits": 62, "initiatives": 41, "awards": 30,
            ])
        #expect(
            Set(outcome.extraction.targets.map { "\($0.period) \($0.indicator) \($0.value)" }) == [
                "2025-H2 cdcs_new 3", "2025-H2 members_new 154", "2025-H2 workplace_dialogues 12",
                "2025 members_new 300", "2025 officers_trained 40", "2026 members_new 320",
            ])
        // No reason is a conflict: the plan for the year and the half-year's achievement do not compete.
        let reasons = outcome.extraction.untaken.flatMap(\.numbers).map(\.reason)
        #expect(reasons == [.noPhrase, .percentage])
        #expect(!outcome.summary.contains("Cảnh báo"))
        #expect(String(decoding: outcome.reportCSV, as: UTF8.self).contains("NB-CDVC,2025-H1,members_new,146,"))
    }

    @Test(arguments: [
        ("2025-H2", "đã kết thúc trước kỳ 2025-H2"),
        ("2025", "chỉ hoạt động một phần kỳ 2025"),
    ])
    func aPeriodOutsideTheUnitsLifeIsAWarningAndStillADraft(period: String, warning: String) throws {
        let outcome = try run("nb-cdvc-2025-h1.txt", unit: "NB-CDVC", period: period)
        #expect(outcome.summary.hasPrefix("Cảnh báo: đơn vị NB-CDVC \(warning) (units.csv: từ trước đến 30/06/2025)"))
        #expect(String(decoding: outcome.reportCSV, as: UTF8.self).contains("NB-CDVC,\(period),"))
    }

    @Test func aCodeNotInUnitsCsvIsRefused() throws {
        #expect(throws: ExtractError.input(.unknownUnit("NB-KHONGCO"))) {
            try run("nb-cdvc-2025-h1.txt", unit: "NB-KHONGCO", period: "2025-H1")
        }
    }

    @Test func aUnitFoundedAfterThePeriodIsAWarning() {
        let life = (first: Day(startOf: Period("2025-H2")!), last: Day?.none)
        #expect(
            ExtractJob.lifeWarning(unit: "NBH-MOI", lifespan: life, period: Period("2025-H1")!)?.hasPrefix(
                "Cảnh báo: đơn vị NBH-MOI chưa thành lập trong kỳ 2025-H1") == true)
        #expect(ExtractJob.lifeWarning(unit: "NBH-MOI", lifespan: life, period: Period("2025-H2")!) == nil)
    }
}

/// Issue 20: a code whose rows of units.csv cannot be used (bad level) is refused with its own reason; a
/// code with a version in the registry is drafted, with the findings of units.csv.
@Suite struct ExtractUnitLookupTests {
    @Test func aCodeWhoseRowsCannotBeUsedIsRefusedAsSuch() throws {
        let input = try TemporaryInput()
        try input.writeConfiguration(
            units: TemporaryInput.units + "C,Công đoàn C,U,khong-ro\nD,Công đoàn D,KHONGCO,grassroots\n")
        try input.write("indicator,pattern\nmembers_new,kết nạp # đoàn viên\n", to: "indicator-phrases.csv")
        let narrative = try input.write("Kết nạp 12 đoàn viên.", to: "so-ket.txt")
        let period = try #require(Period("2025-H1"))
        #expect(throws: ExtractError.unitLeftOut("C")) {
            try ExtractJob.run(file: narrative, unit: "C", period: period, input: input.folder)
        }
        #expect(ExtractError.unitLeftOut("C").errorDescription?.contains("có trong units.csv nhưng") == true)
        let outcome = try ExtractJob.run(file: narrative, unit: "A", period: period, input: input.folder)
        #expect(outcome.extraction.figures.map(\.value) == [12])
        // D's row names an unknown upper unit: it is in the registry, drafted, and the error is shown.
        let orphan = try ExtractJob.run(file: narrative, unit: "D", period: period, input: input.folder)
        #expect(orphan.extraction.figures.map(\.value) == [12])
        #expect(orphan.findings.contains { $0.description.contains("KHONGCO") })
    }
}
