import Foundation
import TestSupport
import Testing

@testable import UnionStats

/// What a test expects the reader to yield for one record.
enum ExpectedCSVRow: Equatable, Sendable, CustomStringConvertible {
    /// A record starting on `line` with these fields.
    case record(Int, [String])
    /// A problem on `line` whose Vietnamese text contains the given phrase.
    case problem(Int, containing: String)

    var description: String {
        switch self {
        case .record(let line, let fields): "record(\(line), \(fields))"
        case .problem(let line, let phrase): "problem(\(line), …\(phrase)…)"
        }
    }

    /// True when `row` is this expectation.
    func matches(_ row: CSVRow) -> Bool {
        switch (self, row) {
        case (.record(let line, let fields), .record(let actualLine, let actualFields)):
            line == actualLine && fields == actualFields
        case (.problem(let line, let phrase), .problem(let actualLine, let message)):
            line == actualLine && message.text.contains(phrase)
        default:
            false
        }
    }
}

/// One reader fixture: raw bytes and the rows they must give.
struct CSVReaderCase: Sendable, CustomTestStringConvertible {
    let name: String
    let bytes: [UInt8]
    let expected: [ExpectedCSVRow]
    var delimiter: CSVDelimiter = .comma
    var limits: CSVLimits = .standard

    var testDescription: String { name }

    init(
        _ name: String, _ text: String, _ expected: [ExpectedCSVRow], delimiter: CSVDelimiter = .comma,
        limits: CSVLimits = .standard
    ) {
        self.init(name, bytes: Array(text.utf8), expected, delimiter: delimiter, limits: limits)
    }

    init(
        _ name: String, bytes: [UInt8], _ expected: [ExpectedCSVRow], delimiter: CSVDelimiter = .comma,
        limits: CSVLimits = .standard
    ) {
        self.name = name
        self.bytes = bytes
        self.expected = expected
        self.delimiter = delimiter
        self.limits = limits
    }
}

/// Everything a reader produced for one file.
struct CSVReadOutcome {
    var rows: [CSVRow] = []
    var delimiter: CSVDelimiter = .comma
    var fileProblem: CSVFileProblem?
    /// True when `next()` kept returning nil after the end.
    var staysFinished = false
}

/// Writes fixture bytes into a fresh temporary file and reads them back.
enum CSVFixture {
    /// Reads every row of `bytes` with the given chunk size, stopping after `maxRows` to catch hangs.
    static func read(
        _ bytes: [UInt8], chunkSize: Int, limits: CSVLimits = .standard, maxRows: Int = 100_000
    ) throws
        -> CSVReadOutcome
    {
        let folder = try TemporaryFolder(prefix: "csvreader-tests")
        defer { folder.remove() }
        let url = try folder.write(Data(bytes), to: "fixture.csv")
        let reader = try CSVReader(contentsOf: url, limits: limits, chunkSize: chunkSize)
        var outcome = CSVReadOutcome(delimiter: reader.delimiter, fileProblem: reader.fileProblem)
        while let row = reader.next() {
            outcome.rows.append(row)
            if outcome.rows.count > maxRows { break }
        }
        outcome.staysFinished = reader.next() == nil && reader.next() == nil
        return outcome
    }

    /// Reads every row of `bytes` through `forEachRecord` (the lent-bytes path with its whole-line
    /// fast path), as `CSVRow`s, and the reader's digest of the file.
    static func readByRecords(
        _ bytes: [UInt8], chunkSize: Int, limits: CSVLimits = .standard, maxRows: Int = 100_000
    ) throws
        -> (rows: [CSVRow], sha256: String?)
    {
        let folder = try TemporaryFolder(prefix: "csvreader-tests")
        defer { folder.remove() }
        let url = try folder.write(Data(bytes), to: "fixture.csv")
        let reader = try CSVReader(contentsOf: url, limits: limits, chunkSize: chunkSize)
        var rows: [CSVRow] = []
        reader.forEachRecord { event in
            switch event {
            case .record(let line, let fields): rows.append(.record(line: line, fields: fields.strings))
            case .problem(let line, let message): rows.append(.problem(line: line, message: message))
            }
            return rows.count <= maxRows
        }
        return (rows, reader.sha256HexDigest())
    }

    /// Whether two row lists are the same, record for record.
    static func same(_ left: [CSVRow], _ right: [CSVRow]) -> Bool {
        left.count == right.count
            && zip(left, right).allSatisfy { pair in
                switch pair {
                case (.record(let line, let fields), .record(let otherLine, let otherFields)):
                    line == otherLine && fields == otherFields
                case (.problem(let line, let message), .problem(let otherLine, let otherMessage)):
                    line == otherLine && message == otherMessage
                default: false
                }
            }
    }

    /// Compares produced rows with expectations, recording a readable issue per mismatch.
    static func expect(
        _ rows: [CSVRow], _ expected: [ExpectedCSVRow], sourceLocation: Testing.SourceLocation = #_sourceLocation
    ) {
        #expect(rows.count == expected.count, "got \(rows)", sourceLocation: sourceLocation)
        for (row, expectation) in zip(rows, expected) {
            #expect(expectation.matches(row), "expected \(expectation), got \(row)", sourceLocation: sourceLocation)
        }
    }
}
