/// The own figures of every unit for one span: flow and stock values from the unit's own reports only.
public struct OwnFigures: Sendable {
    /// The values, by `CellGrid` index (meaningless where the status is `missing`).
    public internal(set) var values: [Int64]
    /// `.missing`, `.reported` or `.derived`.
    public internal(set) var status: [ValueStatus]

    init(cells: Int) {
        values = Array(repeating: 0, count: cells)
        status = Array(repeating: .missing, count: cells)
    }

    /// The own figure at a cell, nil when the unit has none.
    public func value(at cell: Int) -> Int64? { status[cell] == .missing ? nil : values[cell] }
}
