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

        /// What the federation staff should do about it, in Vietnamese.
        func message(limits: CSVLimits) -> String {
            switch self {
            case .invalidUTF8:
                "Dòng có ký tự không phải UTF-8. Hãy lưu lại tệp bằng 'CSV UTF-8 (Comma delimited)' rồi gửi lại."
            case .nulByte:
                "Dòng có ký tự NUL (mã 0), tệp có thể bị hỏng. Hãy xuất lại tệp CSV từ bảng tính."
            case .tooLong:
                "Dòng dài quá giới hạn \(limits.maxRecordBytes) byte; dòng bị bỏ qua. Hãy kiểm tra tệp có bị hỏng hay thiếu dấu xuống dòng."
            case .tooManyFields:
                "Dòng có hơn \(limits.maxFields) cột; dòng bị bỏ qua. Hãy kiểm tra dấu phân cách cột trong tệp."
            }
        }
    }

    let delimiter: UInt8
    let limits: CSVLimits
    /// The 1-based line of the next byte to scan.
    private(set) var line = 1
    private var recordStartLine = 1
    private var quoteStartLine = 1
    private var state = FieldState.fieldStart
    private var fields: [String] = []
    private var fieldBytes: [UInt8] = []
    private var recordByteCount = 0
    private var recordIsBlank = true
    private var defect: Defect?
    /// True once the record is known to be a problem: its bytes are no longer stored.
    private var discarding = false
    /// True right after a CR, so that a following LF belongs to the same line end.
    private var pendingCarriageReturn = false

    /// A scanner for records separated by `delimiter`, enforcing `limits`.
    init(delimiter: UInt8, limits: CSVLimits) {
        self.delimiter = delimiter
        self.limits = limits
        fieldBytes.reserveCapacity(256)
    }

    /// Scans `bytes` from `start` until a record (or problem) is complete or the bytes run out.
    ///
    /// Returns the finished row, if any, and the offset of the first unscanned byte.
    mutating func scan(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int) -> (CSVRow?, Int) {
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
                while index < end {
                    let current = bytes[index]
                    if current == delimiter || current == CSVByte.lineFeed
                        || current == CSVByte.carriageReturn || current == CSVByte.nul { break }
                    index += 1
                }
                let run = UnsafeBufferPointer(rebasing: bytes[runStart..<index])
                // A field whose bytes all lie in this chunk becomes a string straight from the chunk, uncopied.
                let wholeField: UnsafeBufferPointer<UInt8>? = state == .fieldStart && index < end ? run : nil
                state = .unquoted
                if wholeField != nil {
                    account(run)
                } else if !run.isEmpty {
                    storeRun(run)
                }
                guard index < end else { break }
                let special = bytes[index]
                index += 1
                if special == delimiter {
                    account(1)
                    if special != CSVByte.tab { recordIsBlank = false }
                    finishField(wholeField)
                    state = .fieldStart
                } else if special == CSVByte.nul {
                    account(1)
                    recordIsBlank = false
                    markDefect(.nulByte)
                } else {
                    line += 1
                    pendingCarriageReturn = special == CSVByte.carriageReturn
                    if let row = finishRecord(wholeField) { return (row, index) }
                }
            case .quoted:
                let runStart = index
                while index < end {
                    let current = bytes[index]
                    if current == CSVByte.quote || current == CSVByte.lineFeed
                        || current == CSVByte.carriageReturn || current == CSVByte.nul { break }
                    index += 1
                }
                if index > runStart {
                    storeRun(UnsafeBufferPointer(rebasing: bytes[runStart..<index]))
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

    /// The last record when the file ends without a line end, a problem for an unclosed quote, or nil.
    mutating func finishAtEndOfFile() -> CSVRow? {
        pendingCarriageReturn = false
        if state == .quoted {
            let openedAt = quoteStartLine
            discardRecord()
            return .problem(
                line: openedAt,
                message: "Dấu ngoặc kép (\") mở ở dòng \(openedAt) không được đóng đến hết tệp. Hãy thêm dấu \" còn thiếu.")
        }
        guard recordByteCount > 0 else { return nil }
        return finishRecord()
    }

    /// Counts `count` more bytes in the record and stops storing once the record is too long.
    private mutating func account(_ count: Int) {
        recordByteCount += count
        if recordByteCount > limits.maxRecordBytes { markDefect(.tooLong) }
    }

    /// Counts a run of ordinary bytes in the record and notes whether the record is still blank.
    private mutating func account(_ run: UnsafeBufferPointer<UInt8>) {
        account(run.count)
        if recordIsBlank, run.contains(where: { $0 != CSVByte.space && $0 != CSVByte.tab }) { recordIsBlank = false }
    }

    /// Adds a run of ordinary bytes to the current field.
    private mutating func storeRun(_ run: UnsafeBufferPointer<UInt8>) {
        account(run)
        if !discarding { fieldBytes.append(contentsOf: run) }
    }

    /// Adds one byte (an escaped quote or a line end inside quotes) to the current field.
    private mutating func storeByte(_ byte: UInt8) {
        account(1)
        if !discarding { fieldBytes.append(byte) }
    }

    /// Records the first defect of the record and stops storing its bytes.
    private mutating func markDefect(_ found: Defect) {
        if defect == nil { defect = found }
        guard !discarding else { return }
        discarding = true
        fields = []
        fieldBytes = []
    }

    /// Turns the current field into a validated string: `wholeField` when it lay in one chunk, else the stored bytes.
    private mutating func finishField(_ wholeField: UnsafeBufferPointer<UInt8>? = nil) {
        defer { if !fieldBytes.isEmpty { fieldBytes.removeAll(keepingCapacity: true) } }
        guard !discarding else { return }
        guard fields.count < limits.maxFields else {
            markDefect(.tooManyFields)
            return
        }
        let text = if let wholeField {
            UTF8Field.string(from: wholeField)
        } else {
            fieldBytes.withUnsafeBufferPointer(UTF8Field.string(from:))
        }
        guard let text else {
            markDefect(.invalidUTF8)
            return
        }
        fields.append(text)
    }

    /// Ends the current record: a record, a problem, or nil for a blank line (which is skipped).
    private mutating func finishRecord(_ lastField: UnsafeBufferPointer<UInt8>? = nil) -> CSVRow? {
        finishField(lastField)
        let row: CSVRow?
        if let defect {
            row = .problem(line: recordStartLine, message: defect.message(limits: limits))
        } else if recordIsBlank {
            row = nil
        } else {
            row = .record(line: recordStartLine, fields: fields)
        }
        let fieldCount = fields.count
        discardRecord()
        fields.reserveCapacity(fieldCount)
        return row
    }

    /// Forgets the current record and gets ready for the next one on the current line.
    private mutating func discardRecord() {
        fields = []
        if discarding {
            fieldBytes = []
            fieldBytes.reserveCapacity(256)
        } else if !fieldBytes.isEmpty {
            fieldBytes.removeAll(keepingCapacity: true)
        }
        recordByteCount = 0
        recordIsBlank = true
        defect = nil
        discarding = false
        state = .fieldStart
        recordStartLine = line
    }
}

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
        let (needed, second): (Int, ClosedRange<UInt8>) = switch bytes[lead] {
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
            case 0xE0: length = 3; secondRange = 0xA0...0xBF
            case 0xE1...0xEC, 0xEE...0xEF: length = 3
            case 0xED: length = 3; secondRange = 0x80...0x9F
            case 0xF0: length = 4; secondRange = 0x90...0xBF
            case 0xF1...0xF3: length = 4
            case 0xF4: length = 4; secondRange = 0x80...0x8F
            default: return false
            }
            guard index + length <= bytes.count, secondRange.contains(bytes[index + 1]) else { return false }
            for offset in 2..<length where !(0x80...0xBF).contains(bytes[index + offset]) { return false }
            index += length
        }
        return true
    }
}
