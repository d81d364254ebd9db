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
        /// The cell held a different value (or was already in conflict); neither is used now.
        case conflict(first: SourceRef, firstValue: Int64)
    }

    /// A compact pointer to where a value came from: a file's index in `files` and a line (or cell).
    public struct SourceRef: Hashable, Sendable {
        /// Index into `ObservationStore.files`.
        public let file: UInt32
        /// The 1-based line of a CSV file (other formats encode their position here).
        public let line: UInt32

        /// Creates a reference.
        public init(file: UInt32, line: UInt32) {
            self.file = file
            self.line = line
        }
    }

    /// The reported cells of one period.
    public struct Table: Sendable {
        fileprivate(set) var values: [Int64]
        fileprivate(set) var state: [UInt8]
        fileprivate(set) var sources: [SourceRef]

        fileprivate init(cells: Int) {
            values = Array(repeating: 0, count: cells)
            state = Array(repeating: CellState.empty, count: cells)
            sources = Array(repeating: SourceRef(file: 0, line: 0), count: cells)
        }

        /// The usable value at a cell index, nil when none or in conflict.
        public func value(at cell: Int) -> Int64? { state[cell] == CellState.value ? values[cell] : nil }

        /// Where the cell's value came from, when it holds one.
        public func source(at cell: Int) -> SourceRef? { state[cell] == CellState.empty ? nil : sources[cell] }
    }

    private enum CellState {
        static let empty: UInt8 = 0
        static let value: UInt8 = 1
        static let conflict: UInt8 = 2
    }

    /// The number of units (rows of each table).
    public let unitCount: Int
    /// The number of indicators (columns of each table).
    public let indicatorCount: Int
    /// The input files values came from, relative to the input folder.
    public private(set) var files: [String] = []
    /// The reported cells per period.
    public private(set) var tables: [Period: Table] = [:]

    /// Creates an empty store for a tree and catalogue of the given sizes.
    public init(unitCount: Int, indicatorCount: Int) {
        self.unitCount = unitCount
        self.indicatorCount = indicatorCount
    }

    /// Registers an input file and returns its index for `SourceRef`.
    public mutating func addFile(_ path: String) -> UInt32 {
        files.append(path)
        return UInt32(files.count - 1)
    }

    /// The cell index of a unit and indicator in every table.
    @inline(__always)
    public func cell(unit: Int, indicator: Int) -> Int { unit * indicatorCount + indicator }

    /// Records a value, resolving a second report of the same cell as DESIGN.md says.
    public mutating func record(_ value: Int64, unit: Int, indicator: Int, period: Period, source: SourceRef) -> Outcome {
        let cell = cell(unit: unit, indicator: indicator)
        if tables[period] == nil { tables[period] = Table(cells: unitCount * indicatorCount) }
        return Self.modify(&tables[period, default: Table(cells: 0)], cell: cell, value: value, source: source)
    }

    private static func modify(_ table: inout Table, cell: Int, value: Int64, source: SourceRef) -> Outcome {
        switch table.state[cell] {
        case CellState.empty:
            table.values[cell] = value
            table.state[cell] = CellState.value
            table.sources[cell] = source
            return .recorded
        case CellState.value where table.values[cell] == value:
            return .sameAsBefore(first: table.sources[cell])
        default:
            table.state[cell] = CellState.conflict
            return .conflict(first: table.sources[cell], firstValue: table.values[cell])
        }
    }

    /// The periods that hold at least one usable value, earliest first.
    public var reportedPeriods: [Period] {
        tables.filter { $0.value.state.contains(CellState.value) }.keys.sorted()
    }

    /// A location for findings from a source reference.
    public func location(of source: SourceRef) -> SourceLocation {
        SourceLocation(file: files[Int(source.file)], position: .line(Int(source.line)))
    }
}
