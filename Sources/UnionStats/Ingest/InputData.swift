import Foundation

/// One input file as the `Nguồn` sheet lists it.
public struct InputFile: Sendable, Equatable {
    /// The path relative to the input folder.
    public let path: String
    /// The SHA-256 of its bytes, lower-case hex.
    public let sha256: String
    /// Its size in bytes.
    public let bytes: Int
    /// The data records read from it (report rows; units; indicators).
    public let records: Int
}

/// Everything read from an input folder: configuration and reported values (the findings of reading went to the
/// emitter).
public struct InputData: Sendable {
    /// The input folder.
    public let folder: URL
    /// The federation's settings.
    public let settings: Settings
    /// Every version of every unit of units.csv: the trees of all days.
    public let history: UnitHistory
    /// The tree this run stands on: after loading, the tree of the units that never end; a job sets
    /// the tree of its period or of `--tree` (`on(_:)`).
    public private(set) var tree: UnitTree
    /// The day of `tree`, nil for the tree of the units that never end.
    public private(set) var treeDay: Day?
    /// The indicator catalogue.
    public let catalogue: Catalogue
    /// Every reported value.
    public private(set) var store: ObservationStore
    /// The files read, configuration first, then reports in path order.
    public internal(set) var files: [InputFile]
    /// The targets of `targets.csv` (empty without it).
    public var targets = TargetBook()
    /// The emulation groups of `groups.csv` and units.csv's `groups` column (empty without either).
    public var groups = GroupBook()
    /// The criteria of `scoring.csv` emulation groups are ranked by (empty without it).
    public var scoring: [ScoringCriterion] = []
}

extension InputData {
    /// The same input standing on another tree of its history: the tree of `day` (nil: of the units
    /// that never end, or a tree of no day, an emulation group's).
    public func on(_ tree: UnitTree, day: Day? = nil) -> InputData {
        var copy = self
        copy.tree = tree
        copy.treeDay = day
        return copy
    }

    /// The same input without its reported values (an empty store of the same shape): what
    /// rendering needs, once everything has been aggregated, so the values' memory can be freed.
    public func withoutObservations() -> InputData {
        var copy = self
        copy.store = ObservationStore(unitCount: store.grid.unitCount, indicatorCount: store.grid.indicatorCount)
        return copy
    }
}
