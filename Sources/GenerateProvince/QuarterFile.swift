/// The bytes every row of a province shares, made once: period labels and indicator codes.
struct RowPieces {
    /// `2021-Q2` per quarter position.
    let periods: [[UInt8]]
    /// The indicator codes, in catalogue order.
    let codes: [[UInt8]]
    /// Per quarter and indicator, the bytes between a unit code and its value: `,2021-Q2,members_total,`.
    let middles: [[[UInt8]]]
    /// The free-text notes and non-numbers, as bytes.
    let notes: [[UInt8]], nonNumbers: [[UInt8]]

    /// The pieces of `quarters` × `codes`.
    init(quarters: [Quarter], codes: [String]) {
        periods = quarters.map { Array($0.label.utf8) }
        self.codes = codes.map { Array($0.utf8) }
        middles = quarters.map { quarter in codes.map { Array(",\(quarter.label),\($0),".utf8) } }
        notes = RowQuirk.notes.map { Array($0.utf8) }
        nonNumbers = RowQuirk.nonNumbers.map { Array($0.utf8) }
    }
}

/// One upper unit's long CSV of one quarter, as its clerk would export it.
struct QuarterFile {
    /// The file's habits.
    let style: FileStyle
    /// Which quarter (position in the option's list).
    let position: Int
    /// The bytes so far.
    private(set) var buffer: ByteBuffer
    /// The stream the quirks are drawn from (independent of the figures' streams).
    var random: SplitMix64
    private let lineEnd: [UInt8]

    /// A file with its header written; `capacity` is a guess of its size.
    init(position: Int, seed: UInt64, stream: UInt64, capacity: Int) {
        var random = SplitMix64(seed: seed, stream: stream)
        style = FileStyle(random: &random)
        self.random = random
        self.position = position
        lineEnd = style.lineEnd
        buffer = ByteBuffer(capacity: capacity)
        buffer.append(style.header)
    }

    /// Writes one row: unit `unit`, indicator `column`, `value`, with `note` (already CSV-safe) when
    /// given; most rows take the fast path, a few get a quirk of `table`. Returns the rows written.
    @discardableResult
    mutating func writeRow(
        unit: [UInt8], column: Int, value: Int, note: [UInt8]?, pieces: RowPieces, table: QuirkTable
    ) -> Int {
        let roll = random.next() >> 44
        guard roll < table.cleanFrom, let quirk = table.quirk(for: roll) else {
            buffer.append(unit)
            buffer.append(pieces.middles[position][column])
            appendValue(value)
            buffer.append(byte: 0x2C)
            if let note { buffer.append(note) }
            buffer.append(lineEnd)
            return 1
        }
        return writeQuirky(quirk, unit: unit, column: column, value: value, note: note, pieces: pieces)
    }

    /// A figure as this file writes it: plain, or with dot thousands.
    private mutating func appendValue(_ value: Int) {
        if style.dottedThousands { buffer.append(dottedNumber: value) } else { buffer.append(number: value) }
    }

    /// The slow path: one row with `quirk`.
    private mutating func writeQuirky(
        _ quirk: RowQuirk, unit: [UInt8], column: Int, value: Int, note: [UInt8]?, pieces: RowPieces
    ) -> Int {
        let comma: UInt8 = 0x2C
        let quote: UInt8 = 0x22
        // Unit and period.
        if quirk == .spacedUnit { buffer.append(byte: 0x20) }
        buffer.append(unit)
        if quirk == .spacedUnit { buffer.append(byte: 0x20) }
        buffer.append(byte: comma)
        buffer.append(pieces.periods[position])
        buffer.append(byte: comma)
        // Indicator.
        let code = pieces.codes[column]
        switch quirk {
        case .unknownIndicator:
            if random.chance(0.5), let underscore = code.firstIndex(of: 0x5F) {
                var mangled = code
                mangled[underscore] = 0x2D
                buffer.append(mangled)
            } else {
                buffer.append(Array(code.dropLast()))
            }
        case .spacedIndicator:
            buffer.append(code)
            buffer.append(byte: 0x20)
        default:
            buffer.append(code)
        }
        if quirk == .tooFewFields {
            buffer.append(lineEnd)
            return 1
        }
        buffer.append(byte: comma)
        // Value.
        switch quirk {
        case .quotedValue:
            buffer.append(byte: quote)
            if random.chance(0.6) { buffer.append(dottedNumber: value) } else { buffer.append(number: value) }
            buffer.append(byte: quote)
        case .notWhole, .unquotedComma:
            if quirk == .notWhole { buffer.append(byte: quote) }
            buffer.append(number: value)
            buffer.append("," + String(random.int(in: 1...9)))
            if quirk == .notWhole { buffer.append(byte: quote) }
        case .notANumber:
            buffer.append(pieces.nonNumbers[random.int(in: 0...pieces.nonNumbers.count - 1)])
        case .negative:
            buffer.append(byte: 0x2D)
            buffer.append(number: value)
        case .ambiguous:
            buffer.append(byte: quote)
            buffer.append(number: max(1, value / 1000 % 1000))
            buffer.append(byte: comma)
            buffer.append(number: 100 + value % 900)
            buffer.append(byte: quote)
        case .emptyValue:
            break
        default:
            appendValue(value)
        }
        buffer.append(byte: comma)
        // Note.
        if quirk == .note {
            buffer.append(pieces.notes[random.int(in: 0...pieces.notes.count - 1)])
        } else if let note {
            buffer.append(note)
        }
        buffer.append(lineEnd)
        // A second copy: the same row, or the same cell with another value.
        guard quirk == .duplicateSame || quirk == .duplicateConflict else { return 1 }
        buffer.append(unit)
        buffer.append(pieces.middles[position][column])
        appendValue(quirk == .duplicateSame ? value : value + random.int(in: 1...9))
        buffer.append(byte: comma)
        buffer.append(lineEnd)
        return 2
    }
}
