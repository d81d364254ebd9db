import Foundation

/// What reading one report file produced, kept apart from the store until it joins it in file order.
///
/// Files are read in parallel, each into its own `FileReading` by one thread, which then hands it
/// on as a `FinishedReading` (a value, so it may cross threads); `ObservationStore.absorb` takes them
/// one after the other in the order of the files, so the store, the findings and their order are
/// those of reading the files one by one.
final class FileReading {
    /// One value read, waiting to be recorded: the second report of a cell is only known when merged.
    struct Pending {
        /// The unit's registry id.
        let unit: Int32
        /// The indicator's catalogue position.
        let indicator: Int32
        /// The period, an index into `periods`.
        let period: Int32
        /// Where the value came from; its `file` is an index into `sheets`.
        let source: ObservationStore.SourceRef
        /// The value.
        let value: Int64
    }

    /// The file's path relative to the input folder.
    let path: String
    /// The file's sources: one nil for a CSV file, the name of each worksheet read for xlsx.
    private(set) var sheets: [String?] = []
    /// The periods the rows of each source name, by source index.
    private(set) var notedPeriods: [Set<Period>] = []
    /// The periods of `pending`, each once.
    private(set) var periods: [Period] = []
    private var periodIndex: [Period: Int32] = [:]
    /// The period of the last value added and its index (values of one period come together).
    private var lastPeriod: (period: Period, slot: Int32)?
    /// The values read, in file order.
    private(set) var pending: [Pending] = []
    /// The findings made while reading, each with the number of values pending when it was made.
    private(set) var findings: [(before: Int, finding: Finding)] = []
    /// Records (CSV) or data rows (xlsx) read.
    var records = 0
    /// The SHA-256 of the file's bytes, when it could be read to the end.
    var sha256: String?
    /// The file's size in bytes (0 when it cannot be read).
    var bytes = 0

    /// An empty reading of the file at `path`.
    init(path: String) {
        self.path = path
    }

    /// An emitter whose findings stay with this reading, in order among its values.
    var emitter: FindingEmitter {
        FindingEmitter { [self] finding in findings.append((pending.count, finding)) }
    }

    /// Registers a CSV file (`sheet` nil) or one worksheet, returning its index for `SourceRef.file`.
    func addSource(sheet: String?) -> UInt32 {
        sheets.append(sheet)
        notedPeriods.append([])
        return UInt32(sheets.count - 1)
    }

    /// Remembers that a row of a source names `period`, used or not.
    func notePeriod(_ period: Period, in source: UInt32) {
        notedPeriods[Int(source)].insert(period)
    }

    /// Keeps a value for the store.
    func add(_ value: Int64, unit: Int, indicator: Int, period: Period, source: ObservationStore.SourceRef) {
        let slot: Int32
        if let last = lastPeriod, last.period == period {
            slot = last.slot
        } else if let known = periodIndex[period] {
            slot = known
            lastPeriod = (period, slot)
        } else {
            slot = Int32(periods.count)
            periods.append(period)
            periodIndex[period] = slot
            lastPeriod = (period, slot)
        }
        pending.append(
            Pending(unit: Int32(unit), indicator: Int32(indicator), period: slot, source: source, value: value))
    }

    /// What was read, for the thread that merges it (the arrays are shared, not copied).
    func finished() -> FinishedReading {
        FinishedReading(
            path: path, sheets: sheets, notedPeriods: notedPeriods, periods: periods, pending: pending,
            findings: findings,
            records: records, sha256: sha256, bytes: bytes)
    }

    /// The location of a source reference of this file: `file:line` or `file:Sheet!B14`.
    func location(of source: ObservationStore.SourceRef) -> SourceLocation {
        guard let sheet = sheets[Int(source.file)] else {
            return SourceLocation(file: path, position: .line(Int(source.line)))
        }
        return SourceLocation(
            file: path, position: .cell(sheet: sheet, row: Int(source.line), column: Int(source.column)))
    }
}

/// What reading one file produced, as a value handed from the reading thread to the merging one.
struct FinishedReading: Sendable {
    /// The file's path relative to the input folder.
    let path: String
    /// The file's sources: one nil for a CSV file, the name of each worksheet read for xlsx.
    let sheets: [String?]
    /// The periods the rows of each source name, by source index.
    let notedPeriods: [Set<Period>]
    /// The periods of `pending`, each once.
    let periods: [Period]
    /// The values read, in file order.
    let pending: [FileReading.Pending]
    /// The findings made while reading, each with the number of values pending when it was made.
    let findings: [(before: Int, finding: Finding)]
    /// Records (CSV) or data rows (xlsx) read.
    let records: Int
    /// The SHA-256 of the file's bytes, when it could be read to the end.
    let sha256: String?
    /// The file's size in bytes (0 when it cannot be read).
    let bytes: Int
}
