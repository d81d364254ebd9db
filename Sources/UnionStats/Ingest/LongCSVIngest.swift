import Foundation

/// Reads one long-format CSV report (`unit,period,indicator,value[,note]`, any column order).
struct LongCSVIngest {
    let history: UnitHistory
    let settings: Settings
    let catalogue: Catalogue
    /// Codes of units.csv left out of the tree, for clearer findings.
    let leftOut: Set<String>
    /// Whether each file's SHA-256 is computed (for the `Nguồn` sheet; checks alone need none).
    var fingerprints = true

    /// Where the columns of a report are, from its header row.
    struct Columns {
        let unit: Int, period: Int, indicator: Int, value: Int
        let note: Int?
        /// How many fields the header has.
        let width: Int

        /// The number of fields a row needs to hold unit, period, indicator and value.
        var needed: Int { max(unit, period, indicator, value) + 1 }
    }

    /// Reads the file at `url` (its path in the input folder is `file`) into a reading of its own:
    /// its values, findings, record count and SHA-256 (computed from the same bytes as they are read).
    func read(url: URL, file: String) -> FileReading {
        let reading = FileReading(path: file)
        let findings = reading.emitter
        let reader: CSVReader
        do {
            reader = try CSVReader(contentsOf: url, computesDigest: fingerprints)
        } catch {
            findings.emit(.fileUnopenable(reason: error.reason), at: SourceLocation(file: file))
            return reading
        }
        defer { reading.sha256 = reader.sha256HexDigest() }
        if let problem = reader.fileProblem {
            findings.emit(problem.message, at: SourceLocation(file: file))
            return reading
        }
        let source = reading.addSource(sheet: nil)
        var recorder = ObservationRecorder(
            history: history, settings: settings, catalogue: catalogue, leftOut: leftOut, findings: findings)
        var columns: Columns?
        var headerRefused = false
        var hasDataRows = false
        reader.forEachRecord { event in
            switch event {
            case .problem(let line, let message):
                hasDataRows = hasDataRows || columns != nil
                findings.emit(message, at: SourceLocation(file: file, position: .line(line)))
            case .record(let line, let fields):
                guard let known = columns else {
                    columns = header(fields.strings, file: file, line: line, findings: findings)
                    headerRefused = columns == nil
                    return !headerRefused
                }
                reading.records += 1
                let isBlank = Self.isBlank(fields)
                hasDataRows = hasDataRows || !isBlank
                if !isBlank {
                    read(
                        fields, line: line, columns: known, source: source, recorder: &recorder, reading: reading,
                        findings: findings)
                }
            }
            return true
        }
        if headerRefused { return reading }
        if columns == nil {
            findings.emit(.csvNoHeader, at: SourceLocation(file: file))
        } else if !hasDataRows {
            findings.emit(.csvNoRows, at: SourceLocation(file: file))
        }
        return reading
    }

    /// The position of each column in the header row, or nil (with a finding) when the file cannot
    /// be read: a required column missing, or a column named twice (`value,value`, `value,số lượng`).
    /// Columns the tool does not know are one warning naming them all.
    private func header(_ fields: [String], file: String, line: Int, findings: FindingEmitter) -> Columns? {
        let location = SourceLocation(file: file, position: .line(line))
        var positions: [ReportColumn: Int] = [:]
        var written: [ReportColumn: [String]] = [:]
        var unknown: [String] = []
        for (position, field) in fields.enumerated() {
            let name = field.headerName
            guard !name.isEmpty else { continue }  // a trailing delimiter, as spreadsheets export
            guard let column = ReportColumn(headerName: name) else {
                unknown.append(field.cleanedField)
                continue
            }
            written[column, default: []].append(field.cleanedField)
            if positions[column] == nil { positions[column] = position }
        }
        let twice = ReportColumn.allCases.filter { (written[$0]?.count ?? 0) > 1 }
        for column in twice {
            findings.emit(.csvDuplicateColumn(column: column.names[0], names: written[column] ?? []), at: location)
        }
        let missing = ReportColumn.required.filter { positions[$0] == nil }
        if !missing.isEmpty {
            let list = missing.compactMap(\.names.first).joined(separator: ", ")
            findings.emit(.csvMissingColumns(list), at: location)
        }
        guard twice.isEmpty, missing.isEmpty else { return nil }
        if !unknown.isEmpty {
            findings.emit(.csvUnknownColumns(unknown), at: location)
        }
        guard let unit = positions[.unit], let period = positions[.period], let indicator = positions[.indicator],
            let value = positions[.value]
        else { return nil }
        return Columns(
            unit: unit, period: period, indicator: indicator, value: value, note: positions[.note], width: fields.count)
    }

    /// Checks one non-blank row's shape, then hands its fields to the recorder.
    private func read(
        _ fields: CSVFields, line: Int, columns: Columns, source: UInt32, recorder: inout ObservationRecorder,
        reading: FileReading,
        findings: FindingEmitter
    ) {
        // A refused row still says which period it was about, so that its finding counts for that period.
        func refusedRowPeriod() -> Period? {
            guard columns.period < fields.count else { return nil }
            let period = Period(ObservationRecorder.cleaned(fields[columns.period]))
            if let period { reading.notePeriod(period, in: source) }
            return period
        }
        let here = SourceLocation(file: reading.path, position: .line(line))
        guard fields.count >= columns.needed else {
            findings.emit(
                .reportTooFewFields(count: fields.count, needed: columns.needed), at: here, period: refusedRowPeriod())
            return
        }
        if fields.count > columns.width {
            findings.emit(
                .reportTooManyFields(count: fields.count, header: columns.width), at: here, period: refusedRowPeriod())
            return
        }
        if let noteAt = columns.note, noteAt == columns.value + 1, fields.count > noteAt,
            Self.isDigits(fields[noteAt]), Self.isDigits(fields[columns.value])
        {
            findings.emit(
                .numberSplitIntoNote(
                    value: ObservationRecorder.cleaned(fields[columns.value]),
                    note: ObservationRecorder.cleaned(fields[noteAt])),
                at: here, period: refusedRowPeriod())
            return
        }
        recorder.record(
            unit: fields[columns.unit], period: fields[columns.period], indicator: fields[columns.indicator],
            value: fields[columns.value],
            at: ObservationStore.SourceRef(file: source, line: UInt32(clamping: line)), into: reading,
            findings: findings)
    }
}

extension LongCSVIngest {
    /// Whether a field is nothing but ASCII digits (after trimming).
    static func isDigits(_ field: UnsafeBufferPointer<UInt8>) -> Bool {
        guard !field.isEmpty else { return false }
        if ObservationRecorder.isPlain(field) { return field.allSatisfy { (0x30...0x39).contains($0) } }
        let text = ObservationRecorder.cleaned(field)
        return !text.isEmpty && text.utf8.allSatisfy { (0x30...0x39).contains($0) }
    }

    /// Whether every field of a row is empty once trimmed: a row of delimiters only, as spreadsheets export.
    static func isBlank(_ fields: CSVFields) -> Bool {
        (0..<fields.count).allSatisfy { isBlank(fields[$0]) }
    }

    /// Whether a field is empty once trimmed; plain ASCII is decided from its bytes.
    static func isBlank(_ field: UnsafeBufferPointer<UInt8>) -> Bool {
        var onlyASCIISpace = true
        for byte in field {
            if byte > 0x20, byte < 0x7F { return false }
            if !(byte == 0x20 || (0x09...0x0D).contains(byte)) { onlyASCIISpace = false }
        }
        return onlyASCIISpace || String(decoding: field, as: UTF8.self).cleanedField.isEmpty
    }
}
