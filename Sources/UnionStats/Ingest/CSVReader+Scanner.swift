/// The byte-level RFC 4180 state machine that turns chunks of a CSV file into records.
///
/// It keeps its state between chunks, so a quote, a CRLF or a field may straddle a chunk boundary.
struct CSVRecordScanner {
    /// Where the scanner is inside the current field.
    private enum FieldState {
        /// Before the first byte of a field.
        case fieldStart
        /// Inside a field that did not start with a quote (quotes in it are literal).
        case unquoted
        /// Inside a quoted field.
        case quoted
        /// Just after a quote inside a quoted field: an escaped `""` or the closing quote.
        case quoteInQuoted
    }

    /// Why the current record cannot be yielded as a record.
    private enum Defect {
        case invalidUTF8
        case nulByte
        case tooLong
        case tooManyFields

        /// The finding that says so.
        func message(limits: CSVLimits) -> FindingMessage {
            switch self {
            case .invalidUTF8: .csvRecordNotUTF8
            case .nulByte: .csvRecordNul
            case .tooLong: .csvRecordTooLong(limit: limits.maxRecordBytes)
            case .tooManyFields: .csvRecordFieldLimit(limit: limits.maxFields)
            }
        }
    }

    /// How a scanned record ended.
    enum Completion {
        /// A well-formed record, starting on `line`: its fields are readable through `withFields` until the next scan.
        case record(line: Int)
        /// A record that could not be read, starting on `line`, and the finding that says why.
        case problem(line: Int, message: FindingMessage)
    }

    let delimiter: UInt8
    let limits: CSVLimits
    /// The 1-based line of the next byte to scan.
    private(set) var line = 1
    private var recordStartLine = 1
    private var quoteStartLine = 1
    private var state = FieldState.fieldStart
    /// The bytes of the current record's fields, one after the other (quotes and delimiters removed).
    private var recordBytes: [UInt8] = []
    /// Where each finished field of the current record ends in `recordBytes`.
    private var fieldEnds: [Int] = []
    /// The OR of the current field's bytes: at least 0x80 when it must be checked as UTF-8.
    private var fieldHighBits: UInt8 = 0
    private var recordByteCount = 0
    private var recordIsBlank = true
    private var defect: Defect?
    /// True once the record is known to be a problem: its bytes are no longer stored.
    private var discarding = false
    /// True right after a CR, so that a following LF belongs to the same line end.
    private var pendingCarriageReturn = false
    /// True while a completed record's fields are still held for the caller.
    private var holdsCompletedRecord = false

    /// A scanner for records separated by `delimiter`, enforcing `limits`.
    init(delimiter: UInt8, limits: CSVLimits) {
        self.delimiter = delimiter
        self.limits = limits
        recordBytes.reserveCapacity(1024)
        fieldEnds.reserveCapacity(16)
    }

    /// Lends the fields of the record just completed to `body` (valid only inside it).
    ///
    /// Mutating only so that the scanner is used in place rather than copied.
    mutating func withFields<Result>(_ body: (CSVFields) -> Result) -> Result {
        recordBytes.withUnsafeBufferPointer { bytes in
            fieldEnds.withUnsafeBufferPointer { ends in body(CSVFields(bytes: bytes, ends: ends)) }
        }
    }

    /// Scans `bytes` from `start` until a record (or problem) is complete or the bytes run out.
    ///
    /// Returns how the record ended, if it did, and the offset of the first unscanned byte.
    mutating func scan(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int) -> (Completion?, Int) {
        if holdsCompletedRecord { discardRecord() }
        let delimiter = self.delimiter
        let end = bytes.count
        var index = start
        while index < end {
            let byte = bytes[index]
            if pendingCarriageReturn {
                pendingCarriageReturn = false
                if byte == CSVByte.lineFeed {
                    index += 1
                    if state == .quoted { storeByte(byte) }
                    continue
                }
            }
            switch state {
            case .fieldStart where byte == CSVByte.quote:
                state = .quoted
                quoteStartLine = line
                recordIsBlank = false
                account(1)
                index += 1
            case .fieldStart, .unquoted:
                let runStart = index
                var highBits: UInt8 = 0
                while index < end {
                    let current = bytes[index]
                    if current == delimiter || current == CSVByte.lineFeed
                        || current == CSVByte.carriageReturn || current == CSVByte.nul
                    {
                        break
                    }
                    highBits |= current
                    index += 1
                }
                state = .unquoted
                if index > runStart {
                    storeRun(UnsafeBufferPointer(rebasing: bytes[runStart..<index]), highBits: highBits)
                }
                guard index < end else { break }
                let special = bytes[index]
                index += 1
                if special == delimiter {
                    account(1)
                    if special != CSVByte.tab { recordIsBlank = false }
                    finishField()
                    state = .fieldStart
                } else if special == CSVByte.nul {
                    account(1)
                    recordIsBlank = false
                    markDefect(.nulByte)
                } else {
                    line += 1
                    pendingCarriageReturn = special == CSVByte.carriageReturn
                    if let completion = finishRecord() { return (completion, index) }
                }
            case .quoted:
                let runStart = index
                var highBits: UInt8 = 0
                while index < end {
                    let current = bytes[index]
                    if current == CSVByte.quote || current == CSVByte.lineFeed
                        || current == CSVByte.carriageReturn || current == CSVByte.nul
                    {
                        break
                    }
                    highBits |= current
                    index += 1
                }
                if index > runStart {
                    storeRun(UnsafeBufferPointer(rebasing: bytes[runStart..<index]), highBits: highBits)
                    continue
                }
                index += 1
                if byte == CSVByte.quote {
                    account(1)
                    state = .quoteInQuoted
                } else if byte == CSVByte.nul {
                    account(1)
                    markDefect(.nulByte)
                } else {
                    line += 1
                    pendingCarriageReturn = byte == CSVByte.carriageReturn
                    storeByte(byte)
                }
            case .quoteInQuoted:
                if byte == CSVByte.quote {
                    index += 1
                    storeByte(byte)
                    state = .quoted
                } else {
                    state = .unquoted
                }
            }
        }
        return (nil, index)
    }

    /// Forgets a record already handed over and says whether the next byte starts a new record
    /// with nothing pending (so that a whole line may be read without the state machine).
    mutating func isAtRecordStart() -> Bool {
        if holdsCompletedRecord { discardRecord() }
        return state == .fieldStart && recordByteCount == 0 && fieldEnds.isEmpty && !pendingCarriageReturn
            && !discarding
    }

    /// Moves past a line read whole, outside the state machine.
    mutating func skipLine() {
        line += 1
        recordStartLine = line
    }

    /// The last record when the file ends without a line end, a problem for an unclosed quote, or nil.
    mutating func finishAtEndOfFile() -> Completion? {
        if holdsCompletedRecord { discardRecord() }
        pendingCarriageReturn = false
        if state == .quoted {
            let openedAt = quoteStartLine
            discardRecord()
            return .problem(line: openedAt, message: .csvQuoteNotClosed(line: openedAt))
        }
        guard recordByteCount > 0 else { return nil }
        return finishRecord()
    }

    /// Counts `count` more bytes in the record and stops storing once the record is too long.
    private mutating func account(_ count: Int) {
        recordByteCount += count
        if recordByteCount > limits.maxRecordBytes { markDefect(.tooLong) }
    }

    /// Adds a run of ordinary bytes (whose OR is `highBits`) to the current field and notes whether the record is still
    /// blank.
    private mutating func storeRun(_ run: UnsafeBufferPointer<UInt8>, highBits: UInt8) {
        account(run.count)
        if recordIsBlank, run.contains(where: { $0 != CSVByte.space && $0 != CSVByte.tab }) { recordIsBlank = false }
        guard !discarding else { return }
        fieldHighBits |= highBits
        recordBytes.append(contentsOf: run)
    }

    /// Adds one byte (an escaped quote or a line end inside quotes) to the current field.
    private mutating func storeByte(_ byte: UInt8) {
        account(1)
        if !discarding { recordBytes.append(byte) }
    }

    /// Records the first defect of the record and stops storing its bytes.
    private mutating func markDefect(_ found: Defect) {
        if defect == nil { defect = found }
        guard !discarding else { return }
        discarding = true
        recordBytes.removeAll(keepingCapacity: true)
        fieldEnds.removeAll(keepingCapacity: true)
    }

    /// Ends the current field: checks its UTF-8 when it has non-ASCII bytes, then marks where it ends.
    private mutating func finishField() {
        let highBits = fieldHighBits
        fieldHighBits = 0
        guard !discarding else { return }
        guard fieldEnds.count < limits.maxFields else {
            markDefect(.tooManyFields)
            return
        }
        if highBits >= 0x80 {
            let start = fieldEnds.last ?? 0
            let valid = recordBytes.withUnsafeBufferPointer {
                UTF8Field.isWellFormed(UnsafeBufferPointer(rebasing: $0[start...]))
            }
            guard valid else {
                markDefect(.invalidUTF8)
                return
            }
        }
        fieldEnds.append(recordBytes.count)
    }

    /// Ends the current record: a record (its fields held until the next scan), a problem, or nil
    /// for a blank line (which is skipped).
    private mutating func finishRecord() -> Completion? {
        finishField()
        if let defect {
            let completion = Completion.problem(line: recordStartLine, message: defect.message(limits: limits))
            discardRecord()
            return completion
        }
        guard !recordIsBlank else {
            discardRecord()
            return nil
        }
        holdsCompletedRecord = true
        return .record(line: recordStartLine)
    }

    /// Forgets the current record and gets ready for the next one on the current line.
    private mutating func discardRecord() {
        holdsCompletedRecord = false
        recordBytes.removeAll(keepingCapacity: true)
        fieldEnds.removeAll(keepingCapacity: true)
        fieldHighBits = 0
        recordByteCount = 0
        recordIsBlank = true
        defect = nil
        discarding = false
        state = .fieldStart
        recordStartLine = line
    }
}

/// The fields of one CSV record as bytes, lent by the reader: valid only inside the closure that receives them.
///
/// Internal, and not `Sendable`, so that it cannot leave the module or the thread; it stays `Escapable`
/// because a non-escapable type of one's own needs the experimental `Lifetimes` feature on this toolchain.
struct CSVFields {
    /// Every field's bytes, one after the other.
    let bytes: UnsafeBufferPointer<UInt8>
    /// Where each field ends in `bytes`.
    let ends: UnsafeBufferPointer<Int>
    /// The bytes between one field's end and the next one's start: 0 when fields were stored one
    /// after the other, 1 when they lie in the line with their delimiters.
    var gap = 0

    /// The number of fields.
    var count: Int { ends.count }

    /// The bytes of field `index` (well-formed UTF-8, untrimmed).
    subscript(index: Int) -> UnsafeBufferPointer<UInt8> {
        let start = index == 0 ? 0 : ends[index - 1] + gap
        return UnsafeBufferPointer(rebasing: bytes[start..<ends[index]])
    }

    /// Field `index` as a string.
    func string(_ index: Int) -> String { String(decoding: self[index], as: UTF8.self) }

    /// Every field as a string.
    var strings: [String] { (0..<count).map(string) }
}

@available(*, unavailable, message: "the bytes are lent for one call on one thread")
extension CSVFields: Sendable {}

/// Strict UTF-8 decoding of field bytes: invalid bytes are reported, never silently replaced.
enum UTF8Field {
    /// The string spelled by `bytes`, or nil when they are not well-formed UTF-8.
    static func string(from bytes: UnsafeBufferPointer<UInt8>) -> String? {
        isWellFormed(bytes) ? String(decoding: bytes, as: UTF8.self) : nil
    }

    /// True when `bytes` is well-formed UTF-8, or, when `mayBeCut`, well-formed up to a last
    /// multi-byte character cut short by the end of the buffer (the rest of it lies further on).
    static func isWellFormedPrefix(_ bytes: UnsafeBufferPointer<UInt8>, mayBeCut: Bool) -> Bool {
        if isWellFormed(bytes) { return true }
        guard mayBeCut else { return false }
        // The cut character starts at the last lead byte among the final three bytes.
        let tailStart = max(0, bytes.count - 3)
        guard let lead = (tailStart..<bytes.count).last(where: { bytes[$0] >= 0xC0 }) else { return false }
        let (needed, second): (Int, ClosedRange<UInt8>) =
            switch bytes[lead] {
            case 0xC2...0xDF: (2, 0x80...0xBF)
            case 0xE0: (3, 0xA0...0xBF)
            case 0xED: (3, 0x80...0x9F)
            case 0xE1...0xEF: (3, 0x80...0xBF)
            case 0xF0: (4, 0x90...0xBF)
            case 0xF4: (4, 0x80...0x8F)
            case 0xF1...0xF3: (4, 0x80...0xBF)
            default: (0, 0x80...0xBF)
            }
        guard lead + needed > bytes.count else { return false }
        for index in lead + 1..<bytes.count where !(index == lead + 1 ? second : 0x80...0xBF).contains(bytes[index]) {
            return false
        }
        return isWellFormed(UnsafeBufferPointer(rebasing: bytes[..<lead]))
    }

    /// True when `bytes` is well-formed UTF-8 (Unicode Table 3-7: no overlongs, surrogates or values past U+10FFFF).
    static func isWellFormed(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        if bytes.reduce(0, |) < 0x80 { return true }
        var index = 0
        while index < bytes.count {
            let lead = bytes[index]
            if lead < 0x80 {
                index += 1
                continue
            }
            let length: Int
            var secondRange: ClosedRange<UInt8> = 0x80...0xBF
            switch lead {
            case 0xC2...0xDF: length = 2
            case 0xE0:
                length = 3
                secondRange = 0xA0...0xBF
            case 0xE1...0xEC, 0xEE...0xEF: length = 3
            case 0xED:
                length = 3
                secondRange = 0x80...0x9F
            case 0xF0:
                length = 4
                secondRange = 0x90...0xBF
            case 0xF1...0xF3: length = 4
            case 0xF4:
                length = 4
                secondRange = 0x80...0x8F
            default: return false
            }
            guard index + length <= bytes.count, secondRange.contains(bytes[index + 1]) else { return false }
            for offset in 2..<length where !(0x80...0xBF).contains(bytes[index + offset]) { return false }
            index += length
        }
        return true
    }
}
