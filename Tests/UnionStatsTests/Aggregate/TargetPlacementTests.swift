import Foundation
import Testing

@testable import UnionStats

/// A target whose unit is in units.csv but not in the tree of the report's period (dissolved before
/// it, founded after it) cannot be measured: it is a finding naming the line, never dropped silently.
@Suite struct TargetPlacementTests {
    /// The standard folder with C, a CĐCS dissolved at the end of 2020, given a target for 2021.
    static func folder() throws -> TemporaryInput {
        let input = try TemporaryInput()
        try input.writeConfiguration(
            units: """
                code,name,parent,level,valid_from,valid_to,successor
                F,Liên đoàn Lao động tỉnh,,federation,,,
                U,Liên đoàn Lao động huyện,F,upper,,,
                A,Công đoàn A,U,grassroots,,,
                B,Công đoàn B,U,grassroots,,,
                C,Công đoàn C,U,grassroots,,2020-12-31,

                """)
        try input.write(
            "unit,period,indicator,value\nA,2021-H1,members_new,5\nB,2021-H1,members_new,6\n", to: "reports/a.csv")
        try input.write(
            "unit,period,indicator,target\nU,2021,members_new,20\nC,2021,members_new,10\n", to: "targets.csv")
        return input
    }

    @Test func aTargetOfAUnitOutsideThePeriodsTreeIsAWarningOnItsLine() throws {
        let input = try Self.folder()
        let result = try ValidateJob.run(input: input.folder, period: Period("2021-H1"))
        let onTargets = result.findings.filter { $0.location?.file == "targets.csv" }
        #expect(onTargets.count == 1, "\(onTargets)")
        let finding = try #require(onTargets.first)
        #expect(finding.location == SourceLocation(file: "targets.csv", position: .line(3)))
        #expect(finding.unit == "C")
        #expect(finding.severity == .warning)
        #expect(
            finding.message.contains("C") && finding.message.contains("2021")
                && finding.message.contains("Số đoàn viên kết nạp mới"))
    }

    @Test func theReportCountsItAndMeasuresTheOtherTargets() throws {
        let input = try Self.folder()
        let log = FindingLog()
        let data = try InputLoader.load(folder: input.folder, findings: log.emitter)
        let report = try Pipeline.report(data, period: try #require(Period("2021-H1")), generated: Date(), log: log)
        #expect(report.findings.contains { $0.location == SourceLocation(file: "targets.csv", position: .line(3)) })
        #expect(report.plan.units.map(\.code) == ["U"])
    }
}
