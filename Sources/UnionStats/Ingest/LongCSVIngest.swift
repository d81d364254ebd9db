import Foundation

/// Reads one long-format CSV report (`unit,period,indicator,value[,note]`, any column order).
struct LongCSVIngest {
    /// The columns of a long report.
    typealias Column = ReportColumn

    let tree: UnitTree
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
            findings.emit(.fileEncoding(problem: problem), at: SourceLocation(file: file))
            return 0
        }
        let fileIndex = store.addSource(file)
        var recorder = ObservationRecorder(tree: tree, catalogue: catalogue, leftOut: leftOut)
        var positions: [Column: Int]?
        var headerWidth = 0
        var records = 0
        while let row = reader.next() {
            switch row {
            case .problem(let line, let message):
                findings.emit(.csvRecord(message), at: SourceLocation(file: file, position: .line(line)))
            case .record(let line, let fields):
                guard let columns = positions else {
                    positions = header(fields, file: file, line: line, findings: findings)
                    if positions == nil { return 0 }
                    headerWidth = fields.count
                    continue
                }
                records += 1
                read(fields, line: line, columns: columns, width: headerWidth, file: (file, fileIndex), recorder: &recorder, store: &store, findings: findings)
            }
        }
        if positions == nil {
            findings.emit(.csvNoHeader, at: SourceLocation(file: file))
        }
        return records
    }

    private func header(_ fields: [String], file: String, line: Int, findings: FindingEmitter) -> [Column: Int]? {
        let names = fields.map(\.headerName)
        var positions: [Column: Int] = [:]
        for column in Column.allCases {
            if let position = names.firstIndex(where: column.names.contains) { positions[column] = position }
        }
        let missing = ReportColumn.required.filter { positions[$0] == nil }
        guard missing.isEmpty else {
            let list = missing.compactMap(\.names.first).joined(separator: ", ")
            findings.emit(.csvMissingColumns(list), at: SourceLocation(file: file, position: .line(line)))
            return nil
        }
        return positions
    }

    private func read(
        _ fields: [String], line: Int, columns: [Column: Int], width: Int, file: (path: String, index: UInt32), recorder: inout ObservationRecorder,
        store: inout ObservationStore, findings: FindingEmitter
    ) {
        guard let unitAt = columns[.unit], let periodAt = columns[.period], let indicatorAt = columns[.indicator],
              let valueAt = columns[.value] else { return }
        if fields.allSatisfy({ $0.quickCleaned.isEmpty }) { return }  // a row of delimiters only, as spreadsheets export
        let needed = max(unitAt, periodAt, indicatorAt, valueAt) + 1
        guard fields.count >= needed else {
            findings.emit(.reportTooFewFields(count: fields.count, needed: needed), at: SourceLocation(file: file.path, position: .line(line)))
            return
        }
        // A refused row still says which period it was about, so that its finding counts for that period.
        func refusedRowPeriod() -> Period? {
            let period = Period(fields[periodAt].quickCleaned)
            if let period { store.notePeriod(period, in: file.index) }
            return period
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
