import Foundation
import Testing

@testable import UnionStats

/// Every finding code, each from its own small input folder through the whole check
/// (`ValidateJob.run`: ingest, aggregation, validation; `ExtractJob.run` for the phrase table of
/// `extract`): the code, its severity, where it points, and that the good figures beside the bad
/// ones still count.
///
/// The fixtures are in `FindingCodeFixtures.swift`; a new `FindingCode` without a fixture fails
/// `everyCodeHasAFixture`.
@Suite struct FindingCodeTests {
    @Test func everyCodeHasAFixture() {
        let covered = Set(FindingCodeFixture.all.map(\.code))
        for code in FindingCode.allCases {
            #expect(covered.contains(code), "no fixture in FindingCodeFixture.all triggers \(code.rawValue)")
        }
    }

    @Test func fixtureNamesAreUnique() {
        let names = FindingCodeFixture.all.map(\.testDescription)
        #expect(Set(names).count == names.count)
    }

    @Test(arguments: FindingCodeFixture.all)
    func eachCodeIsFoundWhereItBelongsAndGoodDataStillCounts(fixture: FindingCodeFixture) throws {
        let folders = try FixtureFolders()
        try fixture.build(folders)
        let period = try #require(Period(fixture.period))

        let findings: [Finding]
        switch fixture.command {
        case .validate:
            let result = try ValidateJob.run(input: folders.input.folder, period: period)
            #expect(result.period == period)
            findings = result.findings
        case .extract(let figures):
            let outcome = try ExtractJob.run(
                file: folders.input.folder.appendingPathComponent(FindingCodeFixture.narrative), unit: "A",
                period: period, input: folders.input.folder)
            findings = outcome.findings
            // The rows left out take nothing with them: the good row still finds its figure.
            #expect(
                Dictionary(uniqueKeysWithValues: outcome.extraction.figures.map { ($0.indicator, $0.value) }) == figures
            )
        }
        let withCode = findings.filter { $0.code == fixture.code }
        let finding = try #require(
            withCode.first { $0.location == fixture.location && (fixture.unit == nil || $0.unit == fixture.unit) },
            "expected \(fixture.code.rawValue) at \(fixture.location?.description ?? "no location")\(fixture.unit.map { " for unit \($0)" } ?? ""); got \(findings.map(\.description))"
        )
        #expect(finding.severity == fixture.severity, "\(finding)")
        #expect(!finding.message.isEmpty)
        #expect(finding.description.hasSuffix("[\(fixture.code.rawValue)]"))

        // The good figures beside the bad ones still count (or, for what the finding refuses, do not).
        let data = try InputLoader.load(folder: folders.input.folder)
        let values = Aggregator(data).values(for: period)
        for kept in fixture.kept {
            let unit = try #require(data.tree.index(of: kept.unit), "unit \(kept.unit) should still be in the tree")
            let indicator = try #require(
                data.catalogue.position(of: kept.indicator),
                "indicator \(kept.indicator) should still be in the catalogue")
            #expect(values.value(unit: unit, indicator: indicator) == kept.value, "\(kept.unit) \(kept.indicator)")
            #expect(values.status(unit: unit, indicator: indicator) == kept.status, "\(kept.unit) \(kept.indicator)")
        }
    }

    /// Root reads any file whatever its mode, so this only runs for an ordinary user; as root the
    /// unreadable cases in the table use a dangling link and a link to a folder instead.
    @Test(.enabled(if: geteuid() != 0, "root may read a file without read permission"))
    func aReportWithoutReadPermissionIsUnreadable() throws {
        let folders = try FixtureFolders()
        try FindingCodeFixture.standard()(folders)
        let locked = try folders.input.write(
            "unit,period,indicator,value\nA,2021-H1,members_new,5\n", to: "reports/locked.csv")
        try FileManager.default.setAttributes([.posixPermissions: 0o000], ofItemAtPath: locked.path)
        defer { try? FileManager.default.setAttributes([.posixPermissions: 0o644], ofItemAtPath: locked.path) }
        let result = try ValidateJob.run(input: folders.input.folder, period: Period("2021-H1"))
        #expect(
            result.findings.contains {
                $0.code == .fileUnreadable && $0.location == UnionStats.SourceLocation(file: "reports/locked.csv")
            })
    }

    /// A weighted mean worked out over time (H1 from Q1 and Q2) whose Σ(mean·weight) overflows
    /// 128 bits: the value is left empty, so the period's findings must say why.
    @Test
    func aWeightedMeanOverflowingOverTimeIsAFinding() throws {
        let folders = try FixtureFolders()
        try FindingCodeFixture.standard([
            "reports/a.csv": """
            unit,period,indicator,value
            A,2021-Q1,avg_wage_vnd,999.999.999.999.999
            A,2021-Q1,wage_counted,999.999.999.999.999
            A,2021-Q2,avg_wage_vnd,999.999.999.999.999
            A,2021-Q2,wage_counted,999.999.999.999.999

            """
        ])(folders)
        let result = try ValidateJob.run(input: folders.input.folder, period: Period("2021-H1"))
        let data = try InputLoader.load(folder: folders.input.folder)
        let values = Aggregator(data).values(for: try #require(Period("2021-H1")))
        let a = try #require(data.tree.index(of: "A"))
        let mean = try #require(data.catalogue.position(of: "avg_wage_vnd"))
        // A's H1 mean is gone (its wage_counted is not: a stock takes Q2) ...
        #expect(values.value(unit: a, indicator: mean) == nil)
        // ... and nothing in the H1 findings says so.
        #expect(
            result.findings.contains { $0.code == .overflow && $0.unit == "A" && $0.indicator == "avg_wage_vnd" },
            "\(result.findings)")
    }

    /// docs/findings.md says its table lists every code, with the code's severity.
    @Test
    func findingsPageListsEveryCode() throws {
        let page = URL(fileURLWithPath: #filePath)
            .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent()
            .appendingPathComponent("docs").appendingPathComponent("findings.md")
        let text = try String(contentsOf: page, encoding: .utf8)
        for code in FindingCode.allCases {
            #expect(
                text.contains("| `\(code.rawValue)` | \(code.severity.word) |"),
                "docs/findings.md lacks a row for \(code.rawValue)")
        }
    }
}

/// The input folder a fixture builds, and a folder beside it (outside the input) for links to point at.
final class FixtureFolders {
    let input: TemporaryInput
    let outside: TemporaryInput

    init() throws {
        input = try TemporaryInput()
        outside = try TemporaryInput()
    }
}
