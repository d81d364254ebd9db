import Foundation
import Testing

@testable import UnionStats

/// Reading report files on any number of threads gives the store, the findings and the sources of
/// reading them one by one, in the order of the files.
@Suite struct ReportReadersTests {
    /// Twelve reports that contradict one another (so the order of the files decides which value is
    /// first and what the findings say), with a bad value in every third.
    static func writeReports(to input: TemporaryInput) throws {
        for file in 0..<12 {
            var text = "unit,period,indicator,value\n"
            text += "A,2021-Q1,members_new,\(file % 4 + 1)\n"
            text += "B,2021-Q\(file % 2 + 1),members_new,\(file)\n"
            if file % 3 == 0 { text += "A,2021-Q2,members_new,\(file)x\n" }
            try input.write(text, to: "reports/r\(file / 10)\(file % 10).csv")
        }
    }

    /// Reads the input on `readers` threads, with the findings of reading it.
    static func load(_ input: TemporaryInput, readers: Int?) throws -> LoadedInput {
        let log = FindingLog()
        let data = try InputLoader.load(folder: input.folder, findings: log.emitter, readers: readers)
        return LoadedInput(data: data, findings: log.findings)
    }

    @Test("The same store, findings and sources on 1, 3 or 16 threads, on one per core, and on 0 (taken as 1)")
    func sameResultOnAnyNumberOfThreads() throws {
        let input = try TemporaryInput()
        try input.writeConfiguration()
        try Self.writeReports(to: input)
        let one = try Self.load(input, readers: 1)
        #expect(one.findings.contains { $0.code == .notANumber })
        #expect(one.findings.contains { $0.code == .duplicateConflict })
        #expect(one.files.filter { $0.path.hasPrefix("reports/") }.count == 12)
        for readers in [0, 3, 16, nil] {
            let other = try Self.load(input, readers: readers)
            #expect(other.findings == one.findings, "readers: \(readers.map(String.init) ?? "nil")")
            #expect(other.files == one.files, "readers: \(readers.map(String.init) ?? "nil")")
            #expect(other.store.sources == one.store.sources, "readers: \(readers.map(String.init) ?? "nil")")
            #expect(other.store.reportedPeriods == one.store.reportedPeriods)
            let indicator = try #require(one.catalogue.position(of: "members_new"))
            for period in one.store.reportedPeriods {
                for unit in ["A", "B"] {
                    let cell = one.store.cell(unit: try #require(one.history.id(of: unit)), indicator: indicator)
                    #expect(
                        other.store.tables[period]?.value(at: cell) == one.store.tables[period]?.value(at: cell),
                        "\(unit) \(period)")
                }
            }
        }
    }
}
