import Foundation

/// One field-delimiter a CSV file may use.
public enum CSVDelimiter: UInt8, Sendable {
    /// `,` — the RFC 4180 default and what "CSV UTF-8 (Comma delimited)" writes.
    case comma = 0x2C
    /// `;` — what spreadsheets write where the comma is the decimal mark.
    case semicolon = 0x3B
    /// TAB — what "Text (Tab delimited)" exports write.
    case tab = 0x09
}

/// What the reader yields for each record.
public enum CSVRow: Sendable {
    /// A well-formed record: the 1-based line it starts on and its fields, untrimmed.
    case record(line: Int, fields: [String])
    /// A record that could not be read: the 1-based line it starts on and the finding that says what to fix.
    case problem(line: Int, message: FindingMessage)
}

/// Limits that keep hostile files from exhausting memory.
public struct CSVLimits: Sendable {
    /// The most bytes one record may take (quotes and delimiters included, line end excluded).
    public var maxRecordBytes = 1 << 20
    /// The most fields one record may have.
    public var maxFields = 1_000

    /// The limits used when the caller names none: 1 MiB per record, 1 000 fields.
    public static let standard = CSVLimits()

    /// Limits with the given caps.
    public init(maxRecordBytes: Int = 1 << 20, maxFields: Int = 1_000) {
        self.maxRecordBytes = maxRecordBytes
        self.maxFields = maxFields
    }
}

/// Streams the records of a CSV file chunk by chunk, reporting bad records as data instead of throwing.
public final class CSVReader {
    /// Bytes read from disk per chunk when the caller names no chunk size.
    static let defaultChunkSize = 256 * 1024

    /// The field delimiter, detected from the header line (most frequent of `,` `;` TAB outside quotes; comma on a tie
    /// or none).
    public private(set) var delimiter: CSVDelimiter

    /// Why the whole file is unusable (UTF-16, a legacy code page, a renamed workbook); `next()` then returns nil at
    /// once.
    public let fileProblem: CSVFileProblem?

    private let handle: FileHandle
    private let chunkSize: Int
    private var prefetched: [UInt8]
    private var prefetchedOffset: Int
    private var chunk: [UInt8] = []
    private var chunkOffset = 0
    private var reachedEndOfFile = false
    private var finished = false
    private var closed = false
    private var scanner: CSVRecordScanner
    /// The SHA-256 of every byte read from disk so far, when asked for.
    private var digest: SHA256?
    /// Why reading from disk failed, if it did.
    private var readFailure: String?

    /// Opens `url` for streaming; throws `UnionStatsError.unreadable` only if the file cannot be opened or read at all.
    /// With `computesDigest`, the file's SHA-256 is computed from the bytes as they are read (`sha256HexDigest`).
    public convenience init(
        contentsOf url: URL, limits: CSVLimits = .standard, computesDigest: Bool = false
    ) throws(UnionStatsError) {
        try self.init(contentsOf: url, limits: limits, chunkSize: Self.defaultChunkSize, computesDigest: computesDigest)
    }

    /// Opens `url`, reading `chunkSize` bytes at a time (tests use tiny sizes to straddle chunk boundaries).
    init(contentsOf url: URL, limits: CSVLimits, chunkSize: Int, computesDigest: Bool = true) throws(UnionStatsError) {
        let handle: FileHandle
        let prefix: [UInt8]
        do {
            handle = try FileHandle(forReadingFrom: url)
            prefix = try Self.readPrefix(of: handle, byteCount: CSVDialect.sniffByteCount)
        } catch {
            throw .unreadable(file: url.path, reason: WriteProblem.readReason(error))
        }
        let dialect = CSVDialect(sniffing: prefix, isWholeFile: prefix.count < CSVDialect.sniffByteCount)
        self.handle = handle
        self.chunkSize = max(1, chunkSize)
        self.delimiter = dialect.delimiter
        self.fileProblem = dialect.fileProblem
        self.prefetched = prefix
        self.prefetchedOffset = dialect.byteOrderMarkLength
        self.scanner = CSVRecordScanner(delimiter: dialect.delimiter.rawValue, limits: limits)
        self.reachedEndOfFile = prefix.count < CSVDialect.sniffByteCount
        if computesDigest {
            var digest = SHA256()
            prefix.withUnsafeBufferPointer { digest.update($0) }
            self.digest = digest
        }
        if dialect.fileProblem != nil { finish() }
    }

    deinit {
        if !closed { try? handle.close() }
    }

    /// The next record or problem, or nil at the end of the file.
    public func next() -> CSVRow? {
        switch advance() {
        case nil: nil
        case .problem(let line, let message)?: .problem(line: line, message: message)
        case .record(let line)?: .record(line: line, fields: scanner.withFields(\.strings))
        }
    }

    /// Hands every record (its fields as bytes, lent for the call) or problem to `body`, in file
    /// order, until the end of the file or until `body` returns false.
    ///
    /// A line that lies whole in the chunk and holds no quote, CR or NUL (most lines of a report) is
    /// split where it lies, without the state machine; any other line goes through it.
    func forEachRecord(_ body: (CSVEvent) -> Bool) {
        var ends: [Int] = []
        ends.reserveCapacity(16)
        while !finished {
            if chunkOffset < chunk.count, scanner.isAtRecordStart() {
                let limits = scanner.limits
                let delimiter = scanner.delimiter
                let line = scanner.line
                var goOn = true
                let next = chunk.withUnsafeBufferPointer { bytes -> Int? in
                    switch PlainLine.split(bytes, from: chunkOffset, delimiter: delimiter, limits: limits, ends: &ends)
                    {
                    case nil:
                        return nil
                    case .blank(let next):
                        return next
                    case .record(let content, let next):
                        goOn = ends.withUnsafeBufferPointer { ends in
                            body(
                                .record(
                                    line: line,
                                    fields: CSVFields(
                                        bytes: UnsafeBufferPointer(rebasing: bytes[content]), ends: ends, gap: 1)))
                        }
                        return next
                    }
                }
                if let next {
                    chunkOffset = next
                    scanner.skipLine()
                    if !goOn { return }
                    continue
                }
            }
            guard let completion = advance() else { return }
            let goOn =
                switch completion {
                case .problem(let line, let message): body(.problem(line: line, message: message))
                case .record(let line): scanner.withFields { body(.record(line: line, fields: $0)) }
                }
            if !goOn { return }
        }
    }

    /// The SHA-256 of the whole file as 64 lower-case hex digits, reading whatever was not read yet;
    /// nil when the file could not be read to its end, or when the reader was not asked to compute it.
    func sha256HexDigest() -> String? {
        guard digest != nil else {
            finish()
            return nil
        }
        while !reachedEndOfFile, readFailure == nil {
            _ = readFromDisk()
        }
        finish()
        return readFailure == nil ? digest?.hexDigest() : nil
    }

    /// Scans to the end of the next record or problem.
    private func advance() -> CSVRecordScanner.Completion? {
        guard !finished else { return nil }
        while true {
            if chunkOffset >= chunk.count {
                switch refillChunk() {
                case .filled:
                    break
                case .endOfFile:
                    let completion = scanner.finishAtEndOfFile()
                    finish()
                    return completion
                case .failed(let reason):
                    finish()
                    return .problem(line: scanner.line, message: .csvReadFailed(reason: reason))
                }
            }
            let (completion, newOffset) = chunk.withUnsafeBufferPointer { bytes in
                scanner.scan(bytes, from: chunkOffset)
            }
            chunkOffset = newOffset
            if let completion { return completion }
        }
    }

    /// The outcome of trying to load the next chunk.
    private enum RefillOutcome {
        case filled
        case endOfFile
        case failed(String)
    }

    /// Loads the next chunk: first from the bytes sniffed at open, then from disk.
    private func refillChunk() -> RefillOutcome {
        chunkOffset = 0
        if prefetchedOffset < prefetched.count {
            let end = min(prefetched.count, prefetchedOffset + chunkSize)
            chunk = Array(prefetched[prefetchedOffset..<end])
            prefetchedOffset = end
            if prefetchedOffset == prefetched.count {
                prefetched = []
                prefetchedOffset = 0
            }
            return .filled
        }
        guard !reachedEndOfFile else {
            chunk = []
            return .endOfFile
        }
        if readFromDisk() { return .filled }
        if let readFailure { return .failed(readFailure) }
        return .endOfFile
    }

    /// Reads the next chunk from disk into `chunk`, adding it to the digest; false at the end of the file or on
    /// failure.
    private func readFromDisk() -> Bool {
        do {
            guard let data = try handle.read(upToCount: chunkSize), !data.isEmpty else {
                reachedEndOfFile = true
                chunk = []
                return false
            }
            chunk = [UInt8](data)
            if digest != nil { chunk.withUnsafeBufferPointer { digest?.update($0) } }
            return true
        } catch {
            chunk = []
            readFailure = WriteProblem.readReason(error)
            return false
        }
    }

    /// Stops scanning; the file stays open until the digest has read it to its end.
    private func finish() {
        finished = true
        chunk = []
        prefetched = []
        if reachedEndOfFile || readFailure != nil, !closed {
            closed = true
            try? handle.close()
        }
    }

    /// Reads up to `byteCount` bytes from the start of the file (fewer only at end of file).
    private static func readPrefix(of handle: FileHandle, byteCount: Int) throws -> [UInt8] {
        var prefix: [UInt8] = []
        while prefix.count < byteCount {
            guard let data = try handle.read(upToCount: byteCount - prefix.count), !data.isEmpty else { break }
            prefix.append(contentsOf: data)
        }
        return prefix
    }
}

/// What `CSVReader.forEachRecord` hands over for each record.
enum CSVEvent {
    /// A well-formed record: the 1-based line it starts on and its fields, lent for the call.
    case record(line: Int, fields: CSVFields)
    /// A record that could not be read: the 1-based line it starts on and the finding that says what to fix.
    case problem(line: Int, message: FindingMessage)
}
