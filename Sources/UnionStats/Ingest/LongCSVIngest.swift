import Foundation

/// Reads one long-format CSV report (`unit,period,indicator,value[,note]`, any column order).
struct LongCSVIngest {
    let history: UnitHistory
    let settings: Settings
    let catalogue: Catalogue
    /// Codes of units.csv left out of the tree, for clearer findings.
    let leftOut: Set<String>

    /// Reads `url` into `store`, appending findings; returns the number of records read.
    func ingest(url: URL, file: String, into store: inout ObservationStore, findings: FindingEmitter) -> Int {
        let reader: CSVReader
        do {
            reader = try CSVReader(contentsOf: url)
        } catch {
            findings.emit(.fileUnopenable(reason: error.reason), at: SourceLocation(file: file))
            return 0
        }
        if let problem = reader.fileProblem {
            findings.emit(problem.message, at: SourceLocation(file: file))
            return 0
        }
        let fileIndex = store.addSource(file)
        var recorder = ObservationRecorder(history: history, settings: settings, catalogue: catalogue, leftOut: leftOut, findings: findings)
        var positions: [ReportColumn: Int]?
        var headerWidth = 0
        var records = 0
        var hasDataRows = false
        while let row = reader.next() {
            switch row {
            case .problem(let line, let message):
                hasDataRows = hasDataRows || positions != nil
                findings.emit(.csvRecord(message), at: SourceLocation(file: file, position: .line(line)))
            case .record(let line, let fields):
                guard let columns = positions else {
                    positions = header(fields, file: file, line: line, findings: findings)
                    if positions == nil { return 0 }
                    headerWidth = fields.count
                    continue
                }
                records += 1
                hasDataRows = hasDataRows || !fields.allSatisfy { $0.quickCleaned.isEmpty }
                read(fields, line: line, columns: columns, width: headerWidth, file: (file, fileIndex), recorder: &recorder, store: &store, findings: findings)
            }
        }
        if positions == nil {
            findings.emit(.csvNoHeader, at: SourceLocation(file: file))
        } else if !hasDataRows {
            findings.emit(.csvNoRows, at: SourceLocation(file: file))
        }
        return records
    }

    /// The position of each column in the header row, or nil (with a finding) when the file cannot
    /// be read: a required column missing, or a column named twice (`value,value`, `value,số lượng`).
    /// Columns the tool does not know are one warning naming them all.
    private func header(_ fields: [String], file: String, line: Int, findings: FindingEmitter) -> [ReportColumn: Int]? {
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
        return positions
    }

    private func read(
        _ fields: [String], line: Int, columns: [ReportColumn: Int], width: Int, file: (path: String, index: UInt32), recorder: inout ObservationRecorder,
        store: inout ObservationStore, findings: FindingEmitter
    ) {
        guard let unitAt = columns[.unit], let periodAt = columns[.period], let indicatorAt = columns[.indicator],
              let valueAt = columns[.value] else { return }
        if fields.allSatisfy({ $0.quickCleaned.isEmpty }) { return }  // a row of delimiters only, as spreadsheets export
        // A refused row still says which period it was about, so that its finding counts for that period.
        func refusedRowPeriod() -> Period? {
            guard periodAt < fields.count else { return nil }
            let period = Period(fields[periodAt].quickCleaned)
            if let period { store.notePeriod(period, in: file.index) }
            return period
        }
        let needed = max(unitAt, periodAt, indicatorAt, valueAt) + 1
        guard fields.count >= needed else {
            findings.emit(.reportTooFewFields(count: fields.count, needed: needed), at: SourceLocation(file: file.path, position: .line(line)),
                          period: refusedRowPeriod())
            return
        }
        if fields.count > width {
            findings.emit(.reportTooManyFields(count: fields.count, header: width), at: SourceLocation(file: file.path, position: .line(line)),
                          period: refusedRowPeriod())
            return
        }
        if let noteAt = columns[.note], noteAt == valueAt + 1, fields.count > noteAt,
           Self.isDigits(fields[valueAt]), Self.isDigits(fields[noteAt]) {
            findings.emit(.numberSplitIntoNote(value: fields[valueAt].quickCleaned, note: fields[noteAt].quickCleaned),
                          at: SourceLocation(file: file.path, position: .line(line)), period: refusedRowPeriod())
            return
        }
        recorder.record(
            unit: fields[unitAt].quickCleaned, period: fields[periodAt].quickCleaned,
            indicator: fields[indicatorAt].quickCleaned, value: .text(fields[valueAt]),
            at: ObservationStore.SourceRef(file: file.index, line: UInt32(clamping: line)), store: &store, findings: findings)
    }
}

extension LongCSVIngest {
    /// Whether a field is nothing but ASCII digits (after trimming).
    static func isDigits(_ field: String) -> Bool {
        let text = field.quickCleaned
        return !text.isEmpty && text.utf8.allSatisfy { (0x30...0x39).contains($0) }
    }
}
