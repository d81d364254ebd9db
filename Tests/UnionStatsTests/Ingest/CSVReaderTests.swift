import Foundation
import TestSupport
import Testing

@testable import UnionStats

/// Chunk sizes that make quotes, CRLF and multi-byte characters straddle chunk boundaries, plus the default.
private let chunkSizes = [1, 2, 3, 7, CSVReader.defaultChunkSize]

/// Header and records padded past the first 4 KB, so a later NUL is a record problem, not a UTF-16 sign.
private let paddingRows = (0..<300).map { _ in "xxxxxxxxxxx,yyy\n" }.joined()
private let paddedExpectations = (0..<300).map { ExpectedCSVRow.record($0 + 2, ["xxxxxxxxxxx", "yyy"]) }

/// Blank lines that carry what follows past the first 64 KB, where invalid UTF-8 is a record problem
/// rather than a file in another encoding.
private let pastSniffedBlock = [UInt8](repeating: UInt8(ascii: "\n"), count: CSVDialect.sniffByteCount)
private let sniffedLines = CSVDialect.sniffByteCount

private let readerCases: [CSVReaderCase] = [
    CSVReaderCase("comma detected", "a,b,c\n1,2,3\n", [.record(1, ["a", "b", "c"]), .record(2, ["1", "2", "3"])]),
    CSVReaderCase(
        "semicolon detected", "Mã;Tên;Số\nA;Hà Nội, cũ;3\n",
        [.record(1, ["Mã", "Tên", "Số"]), .record(2, ["A", "Hà Nội, cũ", "3"])], delimiter: .semicolon),
    CSVReaderCase("tab detected", "a\tb\n1\t2\n", [.record(1, ["a", "b"]), .record(2, ["1", "2"])], delimiter: .tab),
    CSVReaderCase(
        "delimiters inside quotes are not counted", "\"a,b,c\";d\n1;2\n",
        [.record(1, ["a,b,c", "d"]), .record(2, ["1", "2"])], delimiter: .semicolon),
    CSVReaderCase("single column defaults to comma", "tên\nx\n", [.record(1, ["tên"]), .record(2, ["x"])]),
    CSVReaderCase(
        "UTF-8 BOM stripped", bytes: [0xEF, 0xBB, 0xBF] + Array("mã,b\n1,2".utf8),
        [.record(1, ["mã", "b"]), .record(2, ["1", "2"])]),
    CSVReaderCase(
        "CRLF", "a,b\r\n1,2\r\n3,4", [.record(1, ["a", "b"]), .record(2, ["1", "2"]), .record(3, ["3", "4"])]),
    CSVReaderCase(
        "LF", "a,b\n1,2\n3,4\n", [.record(1, ["a", "b"]), .record(2, ["1", "2"]), .record(3, ["3", "4"])]),
    CSVReaderCase("lone CR", "a,b\r1,2\r", [.record(1, ["a", "b"]), .record(2, ["1", "2"])]),
    CSVReaderCase(
        "quoted field with delimiter", "a,b\n\"x,y\",z\n", [.record(1, ["a", "b"]), .record(2, ["x,y", "z"])]),
    CSVReaderCase(
        "embedded LF keeps later line numbers", "a,b\n\"line1\nline2\",z\nnext,row\n",
        [.record(1, ["a", "b"]), .record(2, ["line1\nline2", "z"]), .record(4, ["next", "row"])]),
    CSVReaderCase(
        "embedded CRLF kept verbatim", "a\r\n\"p\r\nq\r\n\"\r\nr\r\n",
        [.record(1, ["a"]), .record(2, ["p\r\nq\r\n"]), .record(5, ["r"])]),
    CSVReaderCase(
        "escaped quotes", "a,b\n\"say \"\"hi\"\"\",x\n\"\"\"\",\"\"\n",
        [.record(1, ["a", "b"]), .record(2, ["say \"hi\"", "x"]), .record(3, ["\"", ""])]),
    CSVReaderCase(
        "quote inside unquoted field is literal", "a,b\n5\"3,x\"y\"\n",
        [.record(1, ["a", "b"]), .record(2, ["5\"3", "x\"y\""])]),
    CSVReaderCase(
        "text after closing quote kept", "a,b\n\"ab\"cd,e\n", [.record(1, ["a", "b"]), .record(2, ["abcd", "e"])]),
    CSVReaderCase("fields kept untrimmed", "a,b\n x , y \n", [.record(1, ["a", "b"]), .record(2, [" x ", " y "])]),
    CSVReaderCase(
        "trailing delimiter and delimiter-only line", "a,b\n1,2,\n,,\n",
        [.record(1, ["a", "b"]), .record(2, ["1", "2", ""]), .record(3, ["", "", ""])]),
    CSVReaderCase(
        "unterminated quote at EOF", "a,b\n1,2\n\"open,3\n4,5\n",
        [.record(1, ["a", "b"]), .record(2, ["1", "2"]), .problem(3, containing: "dòng 3 không được đóng")]),
    CSVReaderCase(
        "unterminated quote in a later field", "a,b\nx,\"open\n\n",
        [.record(1, ["a", "b"]), .problem(2, containing: "ngoặc kép")]),
    CSVReaderCase(
        "invalid UTF-8 past the first 64 KB affects one row",
        bytes: Array("a,b\n".utf8) + pastSniffedBlock + Array("1,".utf8) + [0xFF, 0xFE] + Array("\n3,4\n".utf8),
        [
            .record(1, ["a", "b"]), .problem(sniffedLines + 2, containing: "không phải UTF-8"),
            .record(sniffedLines + 3, ["3", "4"]),
        ]),
    CSVReaderCase(
        "truncated multi-byte character past the first 64 KB",
        bytes: Array("a\n".utf8) + pastSniffedBlock + Array("\"x".utf8) + [0xC3] + Array("\",y\nđ\n".utf8),
        [
            .record(1, ["a"]), .problem(sniffedLines + 2, containing: "không phải UTF-8"),
            .record(sniffedLines + 3, ["đ"]),
        ]),
    CSVReaderCase(
        "blank lines skipped", "a,b\n\n   \n\t\n1,2\n\r\n \r\n",
        [.record(1, ["a", "b"]), .record(5, ["1", "2"])]),
    CSVReaderCase("blank lines before header", "\n\n;a;b\n", [.record(3, ["", "a", "b"])], delimiter: .semicolon),
    CSVReaderCase(
        "tab-only line skipped for tab files", "a\tb\n\t\t\n1\t2\n",
        [.record(1, ["a", "b"]), .record(3, ["1", "2"])],
        delimiter: .tab),
    CSVReaderCase(
        "too many fields", "a,b,c\n1,2,3,4\n5,6,7\n",
        [.record(1, ["a", "b", "c"]), .problem(2, containing: "hơn 3 cột"), .record(3, ["5", "6", "7"])],
        limits: CSVLimits(maxFields: 3)),
    CSVReaderCase(
        "record too long, quoted across lines", "a\n\"0123456789\n0123456789\"\nok\n",
        [.record(1, ["a"]), .problem(2, containing: "giới hạn 16 byte"), .record(4, ["ok"])],
        limits: CSVLimits(maxRecordBytes: 16)),
    CSVReaderCase(
        "record too long, unquoted", "a\n0123456789,0123456789\nok\n",
        [.record(1, ["a"]), .problem(2, containing: "giới hạn 16 byte"), .record(3, ["ok"])],
        limits: CSVLimits(maxRecordBytes: 16)),
    CSVReaderCase(
        "record exactly at the limit", "a\n0123456,89\n",
        [.record(1, ["a"]), .record(2, ["0123456", "89"])], limits: CSVLimits(maxRecordBytes: 10)),
    CSVReaderCase(
        "NUL in a record after 4 KB", "a,b\n" + paddingRows + "1,\u{0}\n3,4\n",
        [.record(1, ["a", "b"])] + paddedExpectations
            + [.problem(302, containing: "NUL"), .record(303, ["3", "4"])]),
    CSVReaderCase("empty file", "", []),
    CSVReaderCase("BOM only", bytes: [0xEF, 0xBB, 0xBF], []),
    CSVReaderCase("header only without line end", "mã,tên", [.record(1, ["mã", "tên"])]),
    CSVReaderCase("header only with line end", "mã,tên\r\n", [.record(1, ["mã", "tên"])]),
    CSVReaderCase(
        "Vietnamese text kept", "Tên\nCông đoàn cơ sở Trường THPT Lê Quý Đôn\n",
        [.record(1, ["Tên"]), .record(2, ["Công đoàn cơ sở Trường THPT Lê Quý Đôn"])]),
]

@Suite("CSVReader")
struct CSVReaderTests {
    @Test("fixture", arguments: readerCases, chunkSizes)
    func readsFixture(_ fixture: CSVReaderCase, chunkSize: Int) throws {
        let outcome = try CSVFixture.read(fixture.bytes, chunkSize: chunkSize, limits: fixture.limits)
        #expect(outcome.delimiter == fixture.delimiter)
        #expect(outcome.fileProblem == nil)
        #expect(outcome.staysFinished)
        CSVFixture.expect(outcome.rows, fixture.expected)
        let lent = try CSVFixture.readByRecords(fixture.bytes, chunkSize: chunkSize, limits: fixture.limits)
        CSVFixture.expect(lent.rows, fixture.expected)
        #expect(
            lent.sha256
                == fixture.bytes.withUnsafeBufferPointer { bytes in
                    var digest = SHA256()
                    digest.update(bytes)
                    return digest.hexDigest()
                })
    }

    @Test(
        "a 2 MB line over the limit is a problem; the next record is still read",
        arguments: [7, 4096, CSVReader.defaultChunkSize])
    func skipsOverlongLine(chunkSize: Int) throws {
        let long = [UInt8](repeating: UInt8(ascii: "x"), count: 2 << 20)
        let bytes = Array("a,b\n".utf8) + long + Array(",\"q\"\r\n1,2\n".utf8)
        let outcome = try CSVFixture.read(bytes, chunkSize: chunkSize, limits: CSVLimits(maxRecordBytes: 1_000))
        CSVFixture.expect(
            outcome.rows,
            [
                .record(1, ["a", "b"]), .problem(2, containing: "Dòng dài quá giới hạn 1000 byte"),
                .record(3, ["1", "2"]),
            ])
    }

    @Test(
        "each problem is a named finding with its code, on both reading paths",
        arguments: [
            (
                Array("a,b\n1,2\n\"open,3\n4,5\n".utf8), CSVLimits.standard, 3,
                FindingMessage.csvQuoteNotClosed(line: 3), FindingCode.csvQuote
            ),
            (Array("a,b,c\n1,2,3,4\n".utf8), CSVLimits(maxFields: 3), 2, .csvRecordFieldLimit(limit: 3), .csvRow),
            (
                Array("a\n0123456789,0123456789\n".utf8), CSVLimits(maxRecordBytes: 16), 2,
                .csvRecordTooLong(limit: 16), .csvRow
            ),
            (Array(("a,b\n" + paddingRows + "1,\u{0}\n").utf8), .standard, 302, .csvRecordNul, .csvRow),
            (
                Array("a,b\n".utf8) + pastSniffedBlock + Array("1,".utf8) + [0xFF, 0xFE] + Array("\n".utf8), .standard,
                sniffedLines + 2,
                .csvRecordNotUTF8, .csvRow
            ),
        ])
    func problemsAreNamedFindings(
        bytes: [UInt8], limits: CSVLimits, line: Int, message: FindingMessage, code: FindingCode
    ) throws {
        let streamed = try CSVFixture.read(bytes, chunkSize: CSVReader.defaultChunkSize, limits: limits)
        let lent = try CSVFixture.readByRecords(bytes, chunkSize: CSVReader.defaultChunkSize, limits: limits)
        for rows in [streamed.rows, lent.rows] {
            let problems = rows.compactMap { row -> (Int, FindingMessage)? in
                if case .problem(let line, let message) = row { return (line, message) }
                return nil
            }
            #expect(problems.count == 1)
            #expect(problems.first?.0 == line)
            #expect(problems.first?.1 == message)
        }
        #expect(message.code == code)
    }

    @Test(
        "a file that is not UTF-8 is refused as a whole",
        arguments: [
            ([0xFF, 0xFE] + Array("a,b\n".utf16).flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] }, "UTF-16"),
            ([0xFE, 0xFF] + Array("a,b\n".utf16).flatMap { [UInt8($0 >> 8), UInt8($0 & 0xFF)] }, "UTF-16"),
            ([0xFF, 0xFE, 0x00, 0x00, 0x61, 0x00, 0x00, 0x00], "UTF-32"),
            (Array("a,b\n".utf16).flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] }, "UTF-16"),
        ] as [([UInt8], String)])
    func refusesForeignEncoding(bytes: [UInt8], encoding: String) throws {
        let outcome = try CSVFixture.read(bytes, chunkSize: 3)
        #expect(outcome.fileProblem == .unicode(encoding))
        #expect(
            FindingMessage.fileUnicodeEncoding(encoding: encoding).text
                == "Tệp không phải UTF-8 (có vẻ là \(encoding)). Hãy lưu lại bằng 'CSV UTF-8 (Comma delimited)'.")
        #expect(outcome.rows.isEmpty)
        #expect(outcome.staysFinished)
    }

    /// "Công đoàn" in Windows-1258, as Excel's plain "CSV (Comma delimited)" writes it on a Vietnamese Windows.
    static let congDoanCP1258: [UInt8] = [0x43, 0xF4, 0x6E, 0x67, 0x20, 0xF0, 0x6F, 0xE0, 0x6E]

    @Test(
        "bytes that are not UTF-8 in the first 64 KB refuse the whole file; no row is read",
        arguments: [
            Array("unit,name\nA,".utf8) + congDoanCP1258 + Array("\nB,plain\n".utf8),  // Windows-1258
            // "Công đoàn" in TCVN3
            Array("unit,name\nA,".utf8) + [0x43, 0xAB, 0x6E, 0x67, 0x20, 0xAE, 0x6F, 0xB5, 0x6E, 0x0A],
            // late, but inside 64 KB
            Array("a,b\n".utf8) + [UInt8](repeating: UInt8(ascii: "x"), count: 60_000) + [0xE0, 0x6E, 0x0A],
            Array("a,b\nx,".utf8) + [0xC3],  // a short file cut inside a character
        ])
    func refusesLegacyEncoding(bytes: [UInt8]) throws {
        for chunkSize in [1, 7, CSVReader.defaultChunkSize] {
            let outcome = try CSVFixture.read(bytes, chunkSize: chunkSize)
            #expect(outcome.fileProblem == .legacyEncoding)
            #expect(outcome.rows.isEmpty)
            #expect(outcome.staysFinished)
        }
    }

    @Test("a character cut by the end of the sniffed 64 KB is not an encoding problem")
    func characterAcrossTheSniffedBlock() throws {
        // "đ" (C4 91) straddles byte 65 536: its first byte is the last one sniffed.
        let head = Array("a\n".utf8) + [UInt8](repeating: UInt8(ascii: "x"), count: CSVDialect.sniffByteCount - 3)
        let bytes = head + Array("đ\n".utf8)
        #expect(bytes[CSVDialect.sniffByteCount - 1] == 0xC4)
        let outcome = try CSVFixture.read(bytes, chunkSize: 4096)
        #expect(outcome.fileProblem == nil)
        #expect(outcome.rows.count == 2)
    }

    @Test(
        "a workbook saved under a .csv name is refused as a whole",
        arguments: [
            ([0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1, 0x00, 0x00], CSVFileProblem.compoundFile),
            (Array("PK\u{3}\u{4}xl/workbook.xml".utf8), CSVFileProblem.zip),
        ] as [([UInt8], CSVFileProblem)])
    func refusesWorkbooks(bytes: [UInt8], problem: CSVFileProblem) throws {
        let outcome = try CSVFixture.read(bytes, chunkSize: 7)
        #expect(outcome.fileProblem == problem)
        #expect(outcome.rows.isEmpty)
    }

    @Test("a missing file throws an error naming it")
    func missingFileThrows() {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("không-có-\(UUID().uuidString).csv")
        #expect(throws: UnionStatsError.self) { try CSVReader(contentsOf: url) }
        do {
            _ = try CSVReader(contentsOf: url)
        } catch {
            #expect(error.localizedDescription.hasPrefix("Không đọc được '\(url.path)'"))
        }
    }

    @Test("a folder cannot be read as a file")
    func folderThrows() throws {
        let folder = try TemporaryFolder(prefix: "csvreader-tests")
        defer { folder.remove() }
        #expect(throws: UnionStatsError.self) { try CSVReader(contentsOf: folder.url) }
    }

    @Test("every message is NFC Vietnamese")
    func messagesAreNFC() throws {
        let bytes = Array("a,b,c\n1,2,3,4\n\u{0}\n".utf8) + [0xFF] + Array("\n\"x".utf8)
        let outcome = try CSVFixture.read(
            Array(repeating: UInt8(ascii: "\n"), count: 70_000) + bytes, chunkSize: 64,
            limits: CSVLimits(maxRecordBytes: 6, maxFields: 3))
        let messages = outcome.rows.compactMap { row -> String? in
            if case .problem(_, let message) = row { return message.text }
            return nil
        }
        #expect(messages.count == 4)
        for message in messages {
            #expect(Array(message.utf8) == Array(message.precomposedStringWithCanonicalMapping.utf8))
        }
    }

    @Test(
        "delimiter detection picks the most frequent candidate outside quotes",
        arguments: [
            ("a;b;c,d\n", CSVDelimiter.semicolon), ("a,b;c\n", .comma), ("a\tb\tc;d\n", .tab),
            ("\"x;y;z\",a,b\n", .comma),
            ("a;b", .semicolon), ("\n \n\ta;b\n", .semicolon), ("abc\n", .comma), ("", .comma),
        ])
    func detectsDelimiter(header: String, delimiter: CSVDelimiter) {
        #expect(CSVDialect.detectDelimiter(in: Array(header.utf8)[...]) == delimiter)
    }

    @Test(
        "UTF-8 validation follows Unicode Table 3-7",
        arguments: [
            ([], true), (Array("Công đoàn 😀".utf8), true), ([0x7F], true), ([0xEF, 0xBF, 0xBD], true),
            ([0xF4, 0x8F, 0xBF, 0xBF], true), ([0xC0, 0x80], false), ([0xC1, 0xBF], false),
            ([0xE0, 0x80, 0x80], false),
            ([0xED, 0xA0, 0x80], false), ([0xF0, 0x80, 0x80, 0x80], false), ([0xF4, 0x90, 0x80, 0x80], false),
            ([0xF5, 0x80, 0x80, 0x80], false), ([0xFF], false), ([0x80], false), ([0x61, 0xC3], false),
            ([0xE1, 0x80], false), ([0xE1, 0x80, 0x41], false),
        ] as [([UInt8], Bool)])
    func validatesUTF8(bytes: [UInt8], isValid: Bool) {
        #expect(bytes.withUnsafeBufferPointer(UTF8Field.isWellFormed) == isValid)
    }

    @Test(
        "a sniffed block may end inside a character only when the file goes on",
        arguments: [
            (Array("đ".utf8).dropLast(), true, true), (Array("aà".utf8).dropLast(), true, true),
            (Array("a😀".utf8).dropLast(2), true, true),
            (Array("a😀".utf8).dropLast(), false, false), ([0x61, 0xC3], false, false),
            ([0x61, 0xC3, 0x41], true, false),
            ([0xF0, 0x6F, 0xE0], true, false), ([0xE0, 0x80], true, false), ([0xFF], true, false),
        ] as [(ArraySlice<UInt8>, Bool, Bool)])
    func validatesCutPrefix(bytes: ArraySlice<UInt8>, mayBeCut: Bool, isValid: Bool) {
        #expect(
            Array(bytes).withUnsafeBufferPointer { UTF8Field.isWellFormedPrefix($0, mayBeCut: mayBeCut) } == isValid)
    }

    @Test("UTF-8 validation agrees with the standard library on random bytes")
    func validationMatchesStandardLibrary() {
        var generator = SplitMix64(seed: 42)
        let alphabet: [UInt8] = [
            0x41, 0x80, 0x8F, 0x90, 0x9F, 0xA0, 0xBF, 0xC2, 0xC3, 0xDF, 0xE0, 0xE1, 0xED, 0xEF,
            0xF0, 0xF3, 0xF4, 0xF5, 0xFF,
        ]
        for _ in 0..<20_000 {
            let bytes = (0..<Int.random(in: 1...6, using: &generator)).map { _ in
                alphabet.randomElement(using: &generator) ?? 0
            }
            let expected = String(validating: bytes, as: UTF8.self) != nil
            #expect(bytes.withUnsafeBufferPointer(UTF8Field.isWellFormed) == expected, "\(bytes)")
        }
    }

    @Test("random records survive any chunk size", arguments: [1, 2, 3, 5, 7, 64])
    func randomRoundTrip(chunkSize: Int) throws {
        var generator = SplitMix64(seed: UInt64(chunkSize))
        let pieces = ["a", "Đ", "ờ", "😀", ",", "\"", "\r\n", "\n", "\r", " ", "x\"y", "12"]
        var writer = CSVWriter()
        var expected: [ExpectedCSVRow] = []
        var line = 1
        for _ in 0..<300 {
            let fields = (0..<Int.random(in: 1...5, using: &generator)).map { _ in
                (0..<Int.random(in: 1...4, using: &generator)).map { _ in pieces.randomElement(using: &generator) ?? ""
                }.joined()
            }
            writer.append(row: fields.map { CSVField.number($0) })
            expected.append(.record(line, fields))
            line += 1 + fields.map(Self.lineBreakCount).reduce(0, +)
        }
        let outcome = try CSVFixture.read(writer.bytes, chunkSize: chunkSize)
        CSVFixture.expect(outcome.rows, expected)
    }

    @Test(
        "reading lent bytes (with whole lines read where they lie) gives what next() gives, on hostile bytes",
        arguments: [1, 3, 7, 64, 4096])
    func lentBytesAgreeWithStrings(chunkSize: Int) throws {
        var generator = SplitMix64(seed: 7 &+ UInt64(chunkSize))
        let pieces: [[UInt8]] = [
            Array("ab".utf8), Array("Đ".utf8), Array("12".utf8), [0x2C], [0x2C], [0x22], [0x0D, 0x0A], [0x0A], [0x0A],
            [0x0D], [0x20], [0x09],
            [0x00], [0xFF], [0xC3], Array("\"q,\"".utf8), [0xEF, 0xBB, 0xBF],
        ]
        for _ in 0..<60 {
            let bytes = (0..<Int.random(in: 0...80, using: &generator)).flatMap { _ in
                pieces.randomElement(using: &generator) ?? []
            }
            let limits = CSVLimits(maxRecordBytes: 12, maxFields: 4)
            let strings = try CSVFixture.read(bytes, chunkSize: chunkSize, limits: limits)
            let lent = try CSVFixture.readByRecords(bytes, chunkSize: chunkSize, limits: limits)
            #expect(CSVFixture.same(strings.rows, lent.rows), "\(bytes): \(strings.rows) vs \(lent.rows)")
        }
    }

    @Test("the digest covers the whole file even when reading stops at the first record")
    func digestOfAFileReadInPart() throws {
        let bytes = Array("unit,value\n".utf8) + Array(repeating: Array("A,1\n".utf8), count: 100_000).flatMap { $0 }
        let folder = try TemporaryFolder(prefix: "csvreader-tests")
        defer { folder.remove() }
        let url = try folder.write(Data(bytes), to: "fixture.csv")
        let reader = try CSVReader(contentsOf: url, limits: .standard, chunkSize: 4096)
        reader.forEachRecord { _ in false }
        #expect(reader.sha256HexDigest() == SHA256.hexDigest(ofFileAt: url))
    }

    /// How many line ends `text` holds, CRLF counting once.
    private static func lineBreakCount(_ text: String) -> Int {
        text.reduce(0) { count, character in
            character == "\r\n" || character == "\n" || character == "\r" ? count + 1 : count
        }
    }
}

/// A small seedable random number generator, so random tests are repeatable.
struct SplitMix64: RandomNumberGenerator {
    private var state: UInt64

    init(seed: UInt64) { state = seed }

    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var mixed = state
        mixed = (mixed ^ (mixed >> 30)) &* 0xBF58_476D_1CE4_E5B9
        mixed = (mixed ^ (mixed >> 27)) &* 0x94D0_49BB_1331_11EB
        return mixed ^ (mixed >> 31)
    }
}
