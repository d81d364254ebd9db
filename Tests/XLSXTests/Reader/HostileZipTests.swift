import Foundation
import TestSupport
import Testing
import ZIPFoundation

@testable import XLSX

@Suite("Refusing broken and hostile zip archives")
struct HostileZipTests {
    private let sheetPart = "xl/worksheets/sheet1.xml"

    @Test("A file that is not a zip: CSV text, an empty file, an old .xls (OLE2), a missing file, a folder")
    func notAZip() throws {
        let directory = try TemporaryFolder()
        let csv = directory.url.appendingPathComponent("report.xlsx")
        try Data("unit,period,indicator,value\nCD01,2021-H1,members,2686\n".utf8).write(to: csv)
        let empty = directory.url.appendingPathComponent("empty.xlsx")
        try Data().write(to: empty)
        let ole = directory.url.appendingPathComponent("old.xlsx")
        try Data([0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1] + [UInt8](repeating: 0, count: 600)).write(to: ole)

        let csvError = expectRefusal { _ = try XLSXDocument(url: csv) }
        #expect(
            csvError
                == .notAnXLSX(
                    file: csv.path, reason: "it is not a zip archive (an .xlsx file is a zip of XML parts)"))
        #expect(
            expectRefusal { _ = try XLSXDocument(url: empty) }
                == .notAnXLSX(file: empty.path, reason: "the file is empty"))
        #expect(expectRefusal { _ = try XLSXDocument(url: ole) }?.errorDescription?.contains("OLE2") == true)
        let missing = directory.url.appendingPathComponent("missing.xlsx")
        #expect(
            expectRefusal { _ = try XLSXDocument(url: missing) }
                == .unreadableFile(file: missing.path, reason: "no such file"))
        #expect(
            expectRefusal { _ = try XLSXDocument(url: directory.url) }
                == .unreadableFile(file: directory.url.path, reason: "it is a folder"))
    }

    @Test("Truncated copies of a valid workbook are refused, whatever the cut")
    func truncated() throws {
        let directory = try TemporaryFolder()
        let original = try ZipBytes(url: readerFixture("xlsxwriter.xlsx"))
        let url = directory.url.appendingPathComponent("cut.xlsx")
        for length in [4, 30, 100, original.bytes.count / 2, original.bytes.count - 23, original.bytes.count - 1] {
            try ZipBytes(Array(original.bytes.prefix(length))).write(to: url)
            let error = expectRefusal { _ = try XLSXDocument(url: url) }
            #expect(
                error?.errorDescription?.contains("truncated") == true,
                "cut at \(length): \(String(describing: error))")
        }
    }

    @Test("A deflate stream that runs past its entry (ZIPFoundation's extract loops forever on it) is refused")
    func deflateStreamRunningPastItsEntry() throws {
        let directory = try TemporaryFolder()
        let url = directory.url.appendingPathComponent("endless.xlsx")
        // A non-final stored block announcing 65,535 bytes, then the end of the entry.
        let payload: [UInt8] = [0x00, 0xFF, 0xFF, 0x00, 0x00]
        try ZipBytes.singleEntry(name: "[Content_Types].xml", payload: payload, declaredSize: 1_000_000).write(to: url)
        let error = expectRefusal { _ = try XLSXDocument(url: url) }
        #expect(
            error
                == .corruptPart(
                    file: url.path, part: "[Content_Types].xml",
                    reason: "its deflate stream ends early (the file is truncated or damaged)"))
    }

    @Test("The hand-made DEFLATE stream of zeros used for the zip bomb is valid")
    func deflateZerosIsValid() throws {
        for count in [1, 258, 259, 10_000] {
            let expanded = try Inflate.decompress(DeflateZeros.stream(expandingTo: count))
            #expect(expanded == [UInt8](repeating: 0, count: count))
        }
    }

    @Test("Zip bomb: a 300 MB part of zeros (under 2 MB compressed) is refused before it is expanded")
    func zipBomb() throws {
        let directory = try TemporaryFolder()
        let bombSize = 300 * 1_048_576
        let payload = Data(DeflateZeros.stream(expandingTo: bombSize))
        #expect(payload.count < 2_000_000)
        // ZIPFoundation writes the package, the bomb's bytes stored as they are; the central record is then
        // patched to say "deflated, 300 MB" (the checksum is never reached: reading stops long before).
        let url = try TestPackage.write("bomb.xlsx", in: directory, replacing: [sheetPart: nil])
        let archive = try Archive(url: url, accessMode: .update)
        try archive.addEntry(with: sheetPart, type: .file, uncompressedSize: Int64(payload.count)) { position, size in
            payload.subdata(in: Int(position)..<(Int(position) + size))
        }
        var bomb = try ZipBytes(url: url)
        let record = try #require(bomb.centralRecord(of: sheetPart))
        bomb.setUInt16(8, at: record + 10)
        bomb.setUInt32(UInt32(bombSize), at: record + 24)
        try bomb.write(to: url)

        let document = try XLSXDocument(url: url)
        let error = expectRefusal(within: 1) { _ = try document.sheet(named: "Sheet1") }
        #expect(error == .partTooLarge(file: url.path, part: sheetPart, limit: 200 * 1_048_576))
        #expect(
            error?.errorDescription == "'\(url.path)': part '\(sheetPart)' would expand to more than 200 MB "
                + "(limit); the file may be a zip bomb")

        // The same bomb declaring only 1,000 bytes is stopped as soon as it produces more.
        bomb.setUInt32(1_000, at: record + 24)
        let lyingURL = directory.url.appendingPathComponent("lying-bomb.xlsx")
        try bomb.write(to: lyingURL)
        let lyingDocument = try XLSXDocument(url: lyingURL)
        let lyingError = expectRefusal(within: 1) { _ = try lyingDocument.sheet(named: "Sheet1") }
        #expect(lyingError == .partLargerThanDeclared(file: lyingURL.path, part: sheetPart, declaredBytes: 1_000))
    }

    @Test("Limits on entries, total size, cells and shared strings are enforced")
    func limits() throws {
        let url = readerFixture("xlsxwriter.xlsx")
        #expect(
            expectRefusal { _ = try XLSXDocument(url: url, limits: .init(maxEntries: 5)) }
                == .tooManyEntries(file: url.path, count: 16, limit: 5))
        let total = expectRefusal { _ = try XLSXDocument(url: url, limits: .init(maxTotalBytes: 10_000)) }
        guard case .packageTooLarge(_, let declared, 10_000)? = total else {
            Issue.record("expected packageTooLarge, got \(String(describing: total))")
            return
        }
        #expect(declared > 10_000)
        #expect(
            expectRefusal { _ = try XLSXDocument(url: url, limits: .init(maxPartBytes: 1_000)) }
                == .partTooLarge(file: url.path, part: "[Content_Types].xml", limit: 1_000))
        #expect(
            expectRefusal { _ = try XLSXDocument(url: url, limits: .init(maxSharedStrings: 3)) }
                == .tooManySharedStrings(file: url.path, limit: 3))
        let document = try XLSXDocument(url: url, limits: .init(maxCells: 10))
        #expect(
            expectRefusal { _ = try document.sheet(named: "Tổng hợp") }
                == .tooManyCells(file: url.path, sheet: "Tổng hợp", limit: 10))
    }

    @Test("Unsafe, duplicate and overlapping entries are refused")
    func entryNames() throws {
        let directory = try TemporaryFolder()
        for name in ["../evil.xml", "/etc/evil.xml", "xl/../../evil.xml", "C:/evil.xml"] {
            let url = try TestPackage.write("unsafe.xlsx", in: directory, replacing: [name: "<a/>"])
            #expect(expectRefusal { _ = try XLSXDocument(url: url) } == .unsafeEntryName(file: url.path, entry: name))
            try FileManager.default.removeItem(at: url)
        }
        let duplicate = try TestPackage.write("duplicate.xlsx", in: directory, replacing: ["XL/Workbook.xml": "<a/>"])
        let duplicateError = expectRefusal { _ = try XLSXDocument(url: duplicate) }
        #expect(
            duplicateError == .duplicateEntry(file: duplicate.path, entry: "xl/workbook.xml")
                || duplicateError == .duplicateEntry(file: duplicate.path, entry: "XL/Workbook.xml"))

        // Point the sheet's central record at the workbook's local header: two entries share bytes.
        let valid = try TestPackage.write("valid.xlsx", in: directory)
        var overlapping = try ZipBytes(url: valid)
        let workbookHeader = try #require(overlapping.localHeader(of: "xl/workbook.xml"))
        overlapping.setUInt32(UInt32(workbookHeader), at: try #require(overlapping.centralRecord(of: sheetPart)) + 42)
        let url = directory.url.appendingPathComponent("overlap.xlsx")
        try overlapping.write(to: url)
        guard case .overlappingEntries? = expectRefusal({ _ = try XLSXDocument(url: url) }) else {
            Issue.record("expected overlappingEntries")
            return
        }
    }

    @Test("Encrypted entries, unknown compression methods and bad checksums are refused")
    func damagedEntries() throws {
        let directory = try TemporaryFolder()
        let valid = try TestPackage.write("valid.xlsx", in: directory)
        let record = try #require(try ZipBytes(url: valid).centralRecord(of: sheetPart))
        let cases: [(String, (inout ZipBytes) -> Void, String)] = [
            ("encrypted", { $0.setUInt16(1, at: record + 8) }, "it is encrypted"),
            ("method", { $0.setUInt16(12, at: record + 10) }, "compression method 12"),
            ("checksum", { $0.setUInt32(0xDEAD_BEEF, at: record + 16) }, "CRC-32"),
        ]
        for (name, damage, expected) in cases {
            var bytes = try ZipBytes(url: valid)
            damage(&bytes)
            let url = directory.url.appendingPathComponent("\(name).xlsx")
            try bytes.write(to: url)
            let document = try XLSXDocument(url: url)
            let error = expectRefusal { _ = try document.sheet(named: "Sheet1") }
            #expect(error?.errorDescription?.contains(expected) == true, "\(name): \(String(describing: error))")
        }
    }

    @Test("Hundreds of randomly damaged copies of a real workbook never crash or hang the reader")
    func fuzzedCopies() throws {
        let directory = try TemporaryFolder()
        let original = try ZipBytes(url: readerFixture("xlsxwriter-constant-memory.xlsx"))
        let url = directory.url.appendingPathComponent("fuzzed.xlsx")
        var generator = SeededGenerator(seed: 2021)
        let clock = ContinuousClock()
        let started = clock.now
        for _ in 0..<300 {
            var mutant = original
            for _ in 0..<Int.random(in: 1...8, using: &generator) {
                let offset = Int.random(in: 0..<mutant.bytes.count, using: &generator)
                mutant.bytes[offset] = UInt8.random(in: 0...255, using: &generator)
            }
            try mutant.write(to: url)
            // Every outcome is fine (typed throws guarantee the error type) as long as it comes back.
            if let document = try? XLSXDocument(url: url) {
                for name in document.sheetNames { _ = try? document.sheet(named: name) }
            }
        }
        #expect(clock.now - started < .seconds(10))
    }
}
