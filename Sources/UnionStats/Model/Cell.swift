/// The dense index of one unit × indicator cell in the per-period tables (`ObservationStore.Table`,
/// `PeriodValues`, own figures): row `unit`, column `indicator`, stored row by row.
///
/// Every table of a run has the same shape, so one `CellGrid` turns a (unit, indicator) pair into an
/// index for all of them; nothing else writes the arithmetic.
public struct CellGrid: Hashable, Sendable {
    /// The number of units (rows).
    public let unitCount: Int
    /// The number of indicators (columns).
    public let indicatorCount: Int

    /// A grid of `unitCount` rows and `indicatorCount` columns.
    public init(unitCount: Int, indicatorCount: Int) {
        self.unitCount = unitCount
        self.indicatorCount = indicatorCount
    }

    /// How many cells a table of this grid holds.
    public var cellCount: Int { unitCount * indicatorCount }

    /// The index of a unit's indicator.
    @inline(__always)
    public func cell(unit: Int, indicator: Int) -> Int { unit * indicatorCount + indicator }
}
