/// Every reported value, kept per period in compact unit × indicator arrays.
///
/// A cell is empty, holds one value (with the file and line it came from), or is in conflict:
/// reported twice with different values, so neither is used.
public struct ObservationStore: Sendable {
    /// What happened when a value was recorded.
    public enum Outcome: Equatable, Sendable {
        /// The first report of this cell.
        case recorded
        /// The cell already held the same value, reported at `first`.
        case sameAsBefore(first: SourceRef)
        /// The cell held a different value; neither is used now.
        case conflict(first: SourceRef, firstValue: Int64)
        /// The cell was already in conflict; this value is not used either.
        case alreadyInConflict(first: SourceRef)
    }

    /// A compact pointer to where a value came from: a source's index in `sources`, a line or row, a column.
    public struct SourceRef: Hashable, Sendable {
        /// Index into `ObservationStore.sources`.
        public let file: UInt32
        /// The 1-based line of a CSV file, or the 1-based row of a worksheet.
        public let line: UInt32
        /// The 0-based column of a worksheet cell (0 for CSV).
        public let column: UInt16

        /// Creates a reference.
        public init(file: UInt32, line: UInt32, column: UInt16 = 0) {
            self.file = file
            self.line = line
            self.column = column
        }
    }

    /// Where values come from: a CSV file, or one worksheet of an xlsx file.
    public struct Source: Hashable, Sendable {
        /// The file's path relative to the input folder.
        public let path: String
        /// The worksheet's name, nil for CSV.
        public let sheet: String?
    }

    /// The reported cells of one period.
    public struct Table: Sendable {
        private(set) var values: [Int64]
        private(set) var state: [UInt8]
        private(set) var sources: [SourceRef]

        fileprivate init(cells: Int) {
            values = Array(repeating: 0, count: cells)
            state = Array(repeating: CellState.empty, count: cells)
            sources = Array(repeating: SourceRef(file: 0, line: 0), count: cells)
        }

        /// The usable value at a cell index, nil when none or in conflict.
        public func value(at cell: Int) -> Int64? { state[cell] == CellState.value ? values[cell] : nil }

        /// Where the cell's value came from, when it holds one.
        public func source(at cell: Int) -> SourceRef? { state[cell] == CellState.empty ? nil : sources[cell] }

        /// Records a value in a cell, resolving a second report of the same cell as docs/design.md, "Reported values"
        /// says.
        mutating func record(_ value: Int64, cell: Int, source: SourceRef) -> Outcome {
            switch state[cell] {
            case CellState.empty:
                values[cell] = value
                state[cell] = CellState.value
                sources[cell] = source
                return .recorded
            case CellState.value where values[cell] == value:
                return .sameAsBefore(first: sources[cell])
            case CellState.conflict:
                return .alreadyInConflict(first: sources[cell])
            default:
                state[cell] = CellState.conflict
                return .conflict(first: sources[cell], firstValue: values[cell])
            }
        }
    }

    private enum CellState {
        static let empty: UInt8 = 0
        static let value: UInt8 = 1
        static let conflict: UInt8 = 2
    }

    /// The shape of every table: units × indicators.
    public let grid: CellGrid
    /// The files (and worksheets) values came from.
    public private(set) var sources: [Source] = []
    /// The reported cells per period.
    public private(set) var tables: [Period: Table] = [:]
    /// The periods named by the rows of each source (used or not), by source index.
    private var sourcePeriods: [Set<Period>] = []

    /// Creates an empty store for a tree and catalogue of the given sizes.
    public init(unitCount: Int, indicatorCount: Int) {
        grid = CellGrid(unitCount: unitCount, indicatorCount: indicatorCount)
    }

    /// Registers a CSV file, or one worksheet of an xlsx file, and returns its index for `SourceRef`.
    public mutating func addSource(_ path: String, sheet: String? = nil) -> UInt32 {
        sources.append(Source(path: path, sheet: sheet))
        sourcePeriods.append([])
        return UInt32(sources.count - 1)
    }

    /// Remembers that a row of a source names `period` (whether or not its value could be used).
    public mutating func notePeriod(_ period: Period, in source: UInt32) {
        sourcePeriods[Int(source)].insert(period)
    }

    /// The periods the rows of each file name, by the file's path; a file whose rows name none is absent.
    public var periodsByFile: [String: Set<Period>] {
        var result: [String: Set<Period>] = [:]
        for (source, periods) in zip(sources, sourcePeriods) where !periods.isEmpty {
            result[source.path, default: []].formUnion(periods)
        }
        return result
    }

    /// The cell index of a unit and indicator in every table.
    public func cell(unit: Int, indicator: Int) -> Int { grid.cell(unit: unit, indicator: indicator) }

    /// Records a value, resolving a second report of the same cell as docs/design.md, "Reported values" says.
    public mutating func record(_ value: Int64, unit: Int, indicator: Int, period: Period, source: SourceRef) -> Outcome
    {
        let cell = grid.cell(unit: unit, indicator: indicator)
        if tables[period] == nil { tables[period] = Table(cells: grid.cellCount) }
        return tables[period, default: Table(cells: 0)].record(value, cell: cell, source: source)
    }

    /// Takes the table of `period` out of the store (a new one if none) for a run of `Table.record`
    /// calls without a lookup each; `putBack` returns it.
    mutating func takeTable(of period: Period) -> Table {
        tables.removeValue(forKey: period) ?? Table(cells: grid.cellCount)
    }

    /// Returns a table taken with `takeTable(of:)`.
    mutating func putBack(_ table: Table, of period: Period) {
        tables[period] = table
    }

    /// Remembers that the rows of a source name `periods`.
    mutating func notePeriods(_ periods: Set<Period>, in source: UInt32) {
        sourcePeriods[Int(source)].formUnion(periods)
    }

    /// The periods that hold at least one usable value, earliest first.
    public var reportedPeriods: [Period] {
        tables.filter { $0.value.state.contains(CellState.value) }.keys.sorted()
    }

    /// A location for findings from a source reference: `file:line` or `file:Sheet!B14`.
    public func location(of source: SourceRef) -> SourceLocation {
        let origin = sources[Int(source.file)]
        guard let sheet = origin.sheet else {
            return SourceLocation(file: origin.path, position: .line(Int(source.line)))
        }
        return SourceLocation(
            file: origin.path, position: .cell(sheet: sheet, row: Int(source.line), column: Int(source.column)))
    }
}
