import Foundation
import TestSupport
import Testing
import UnionStats

/// The report does not depend on how many threads read the report files: the readings are merged in
/// the order of the files, whatever order the threads finish them in.
///
/// The messy generated province of `BenchProvinceDigestTests` (many files, every kind of defect) is
/// reported with 1, 2 and 8 reading threads into three folders, with a fixed `now`; every file
/// written must be byte-identical across the three (an xlsx part by part, unzipped, without
/// `docProps/core.xml`, whose creation time is the clock's).
@Suite(.serialized) struct ReadingThreadsTests {
    @Test("The report's files are byte-identical read on 1, 2 or 8 threads")
    func reportIsTheSameOnAnyNumberOfThreads() throws {
        let period = try #require(Period("2021-H1"))
        let folder = try TemporaryFolder(prefix: "unionstats-threads")
        defer { folder.remove() }
        var runs: [(readers: Int, files: [String: [UInt8]], findings: [Finding])] = []
        for readers in [1, 2, 8] {
            let output = folder.url("output-\(readers)")
            let outcome = try ReportJob.run(
                input: BenchProvinceDigestTests.input, output: output, period: period,
                now: BenchProvinceDigestTests.now, readers: readers)
            runs.append((readers, try Self.contents(of: outcome.written), outcome.findings))
        }
        let first = runs[0]
        #expect(first.files.keys.contains { $0.hasSuffix(".xlsx:xl/workbook.xml") }, "\(first.files.keys.sorted())")
        #expect(first.files.keys.contains { $0.hasSuffix(".csv") }, "\(first.files.keys.sorted())")
        #expect(!first.findings.isEmpty)
        for run in runs.dropFirst() {
            #expect(
                run.files.keys.sorted() == first.files.keys.sorted(), "\(run.readers) threads wrote other files than 1")
            for name in first.files.keys.sorted() where run.files[name] != first.files[name] {
                Issue.record("\(name) differs between 1 and \(run.readers) reading threads")
            }
            #expect(run.findings == first.findings, "\(run.readers) threads found otherwise than 1")
        }
    }

    /// The bytes of each file written, by its folder and name (`2021-H1/report-2021-H1.csv`); an xlsx
    /// as its parts (`folder/name:part`) but `docProps/core.xml`.
    static func contents(of written: [URL]) throws -> [String: [UInt8]] {
        var contents: [String: [UInt8]] = [:]
        for url in written {
            let name = url.deletingLastPathComponent().lastPathComponent + "/" + url.lastPathComponent
            if url.pathExtension == "xlsx" {
                let archive = try ZipArchive(url: url)
                for part in archive.names where part != "docProps/core.xml" {
                    contents[name + ":" + part] = try archive.data(part)
                }
            } else {
                contents[name] = Array(try Data(contentsOf: url))
            }
        }
        return contents
    }
}
