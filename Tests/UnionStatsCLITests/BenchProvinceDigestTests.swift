import Foundation
import TestSupport
import Testing
import UnionStats

/// The outputs of `report`, `export` and `validate --format csv` on a messy generated province stay
/// byte-identical (issue 11: "every output byte-identical to before").
///
/// The fixture `Fixtures/bench-province` was made by `GenerateProvince` (150 CĐCS under 12 upper
/// units, 2020-Q1…2021-Q2, seed 7, defect rate 1; see its README.md): notes, quoted fields, dot
/// thousands, BOMs, CRLF, Vietnamese headers, spaced codes, bad numbers, unknown indicators,
/// duplicates, short and long rows, impossible pairs and outliers. The jobs run in process with a
/// fixed `now`; each output file is digested with SHA-256, an xlsx part by part (unzipped) without
/// `docProps/core.xml`, whose creation time is the clock's.
///
/// The digests in `Fixtures/golden/bench-province-2021-H1.sha256` were produced by the code at
/// commit a13da4f (before the ingest rewrite); those of the CSV files were regenerated when issue 19
/// gave every CSV its last column `tree_date`, and nothing else of them changed. After an intended
/// change of the output (never to make a speed change pass), regenerate them with
///
///     UNIONSTATS_REGENERATE_GOLDEN=1 swift test --disable-xctest --filter BenchProvinceDigestTests
///
/// and say in the commit why the bytes changed.
@Suite(.serialized) struct BenchProvinceDigestTests {
    static let input = CommandRunner.fixtures.appendingPathComponent("bench-province")
    static let golden = CommandRunner.fixtures.appendingPathComponent("golden/bench-province-2021-H1.sha256")
    static let period = Period("2021-H1")
    /// 30/11/2026 09:00 UTC: the report's date line and generation time.
    static let now = Date(timeIntervalSince1970: 1_796_029_200)

    @Test func reportFilesAreByteIdentical() throws {
        let folder = try TemporaryFolder(prefix: "unionstats-digest")
        defer { folder.remove() }
        let outcome = try ReportJob.run(
            input: Self.input, output: folder.url("output"), period: Self.period, now: Self.now)
        var digests: [String: String] = [:]
        for url in outcome.written {
            let name = "report/" + url.lastPathComponent
            if url.pathExtension == "xlsx" {
                let archive = try ZipArchive(url: url)
                for part in archive.names where part != "docProps/core.xml" {
                    digests[name + ":" + part] = try Self.digest(archive.data(part))
                }
            } else {
                digests[name] = try Self.digest(Array(Data(contentsOf: url)))
            }
        }
        try Self.check(digests, prefix: "report/")
    }

    @Test func exportIsByteIdentical() throws {
        let period = try #require(Self.period)
        let long = try ExportJob.run(input: Self.input, period: period, wide: false, byteOrderMark: false)
        try Self.check(["export/long.csv": Self.digest(long.bytes)], prefix: "export/")
    }

    @Test func validateCSVIsByteIdentical() throws {
        let result = try ValidateJob.run(input: Self.input, target: .period(Self.period))
        try Self.check(
            ["validate/2021-H1.csv": Self.digest(FindingsTable.csv(result.findings.shown))], prefix: "validate/")
    }

    /// The SHA-256 of `bytes`, in hex.
    static func digest(_ bytes: [UInt8]) throws -> String {
        try #require(SHA256Digest.hex(of: bytes), "sha256sum could not run")
    }

    /// Compares `digests` with the golden lines whose name starts with `prefix` (or, when
    /// regenerating, replaces those lines and keeps the others).
    static func check(_ digests: [String: String], prefix: String) throws {
        let lines = (try? String(contentsOf: golden, encoding: .utf8))?.split(separator: "\n").map(String.init) ?? []
        var expected: [String: String] = [:]
        var others: [String] = []
        for line in lines where !line.hasPrefix("#") && !line.isEmpty {
            let parts = line.split(separator: " ", maxSplits: 1).map { $0.trimmingCharacters(in: .whitespaces) }
            guard parts.count == 2 else { continue }
            if parts[1].hasPrefix(prefix) { expected[parts[1]] = parts[0] } else { others.append(line) }
        }
        if GoldenFile.isRegenerating {
            try regenerate(keeping: others, adding: digests)
            return
        }
        #expect(!expected.isEmpty, "no golden digests for \(prefix) in \(golden.path)")
        for name in Set(expected.keys).union(digests.keys).sorted() {
            #expect(
                digests[name] == expected[name],
                "\(name): digest \(digests[name] ?? "missing") ≠ golden \(expected[name] ?? "missing")")
        }
    }

    /// Writes the golden file: its comment header, the other commands' lines and `digests`, sorted by name.
    private static func regenerate(keeping others: [String], adding digests: [String: String]) throws {
        let header = """
            # SHA-256 of every output of report / export / validate --format csv --period 2021-H1 on
            # Fixtures/bench-province (xlsx: each unzipped part but docProps/core.xml), made by the code at
            # commit a13da4f (the CSV files' since issue 19 added their last column, tree_date).
            # Checked by BenchProvinceDigestTests; regenerate only after an intended output change:
            # UNIONSTATS_REGENERATE_GOLDEN=1 swift test --disable-xctest --filter BenchProvinceDigestTests

            """
        let lines = (others + digests.map { "\($0.value)  \($0.key)" }).sorted { $0.dropFirst(66) < $1.dropFirst(66) }
        try FileManager.default.createDirectory(
            at: golden.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data((header + lines.joined(separator: "\n") + "\n").utf8).write(to: golden)
    }
}
