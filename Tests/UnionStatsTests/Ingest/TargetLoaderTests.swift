import Foundation
import Testing

@testable import UnionStats

/// targets.csv's duplicates: each finding names a line whose value really differs from the line it is on.
@Suite struct TargetLoaderTests {
    static func findings(_ rows: String) throws -> [Finding] {
        let input = try TemporaryInput()
        try input.writeConfiguration()
        try input.write("unit,period,indicator,value\nA,2021-H1,members_new,5\n", to: "reports/a.csv")
        try input.write("unit,period,indicator,target\n" + rows, to: "targets.csv")
        return try InputLoader.load(folder: input.folder).findings.filter { $0.location?.file == "targets.csv" }
    }

    @Test func aThirdLineEqualToTheFirstNamesTheLineItDiffersFrom() throws {
        let findings = try Self.findings("U,2021,members_new,20\nU,2021,members_new,30\nU,2021,members_new,20\n")
        #expect(findings.map(\.code) == [.targetDuplicate, .targetDuplicate])
        let third = try #require(
            findings.first { $0.location == SourceLocation(file: "targets.csv", position: .line(4)) })
        #expect(third.severity == .error)
        #expect(third.message.contains("30 ở dòng 3 và 20 ở đây"), "\(third.message)")
    }

    @Test func aSecondDifferentLineNamesTheFirst() throws {
        let findings = try Self.findings("U,2021,members_new,20\nU,2021,members_new,30\n")
        #expect(findings.count == 1)
        #expect(findings.first?.message.contains("20 ở dòng 2 và 30 ở đây") == true, "\(findings)")
    }

    /// A ratio's target is in percentage points, so "97,5%" is right there; a count's "45%" is not.
    @Test func aPercentSignIsReadForARatioAndRefusedForACount() throws {
        let input = try TemporaryInput()
        try input.writeConfiguration()
        try input.write("unit,period,indicator,value\nA,2021-H1,members_new,5\n", to: "reports/a.csv")
        try input.write(
            "unit,period,indicator,target\nU,2021,membership_rate,\"97,5%\"\nU,2021,members_new,45%\n",
            to: "targets.csv")
        let loaded = try InputLoader.load(folder: input.folder)
        #expect(loaded.targets.targets.map(\.value) == [ExactDecimal(significand: 975, scale: 1)])
        let findings = loaded.findings.filter { $0.location?.file == "targets.csv" }
        #expect(findings.map(\.code) == [.notANumber])
        #expect(findings.first?.message.contains("'45%' có dấu phần trăm (%)") == true, "\(findings)")
    }
}
