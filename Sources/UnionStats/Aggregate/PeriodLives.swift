/// Who lived and who did not during a report's period (docs/design.md, "Reports outside a unit's life"):
/// the units that ended during it, and the reports of units for periods in which they did not exist,
/// whose figures are never added. Listed in `Thay đổi tổ chức`.
public struct PeriodLives: Sendable {
    /// A unit that ended during the period.
    public struct Ended: Sendable {
        /// Its code, name and level.
        public let code: String, name: String, level: UnitTree.Level
        /// Its last day.
        public let day: Day
        /// The code of the unit that took over its members, nil when it was dissolved.
        public let successor: String?
        /// Whether it has an own figure of any flow for the period (what it brings).
        public let hasFigures: Bool
    }

    /// A unit's reports for a period it did not exist in.
    public struct Outside: Sendable {
        /// Its code and name.
        public let code: String, name: String
        /// The period reported.
        public let period: Period
        /// Its first and last day (nil: unbounded).
        public let lived: (first: Day?, last: Day?)
        /// How many figures it reported for that period.
        public let figures: Int
    }

    /// The report's period.
    public let period: Period
    /// The units of the period's tree that ended during it, in that tree's order.
    public let ended: [Ended]
    /// Reports for the period or its sub-periods by units that did not exist then, by period then code.
    public let outside: [Outside]

    /// Whether there is nothing to list.
    public var isEmpty: Bool { ended.isEmpty && outside.isEmpty }
}

extension Aggregator {
    /// Who lived during `period`; empty without a dated units.csv.
    public func lives(of period: Period) -> PeriodLives {
        guard let history else { return PeriodLives(period: period, ended: [], outside: []) }
        let span = TimeSpan(period)
        let restatement = restatement(for: span)
        let own = ownFigures(for: span)
        let flows = catalogue.indicators.indices.filter { catalogue[$0].kind == .flow }
        let periodTree = restatement.periodTree
        let ended = periodTree.units.indices.compactMap { unit -> PeriodLives.Ended? in
            let id = periodTree.ids[unit]
            guard restatement.endedDuringPeriod.contains(id), let day = history.lifespan(of: id).last else {
                return nil
            }
            let info = periodTree.units[unit]
            return PeriodLives.Ended(
                code: info.code, name: info.name, level: info.level, day: day,
                successor: history.successor(of: id).map { history.codes[$0] },
                hasFigures: flows.contains { own.value(at: store.grid.cell(unit: id, indicator: $0)) != nil })
        }
        var outside: [PeriodLives.Outside] = []
        for part in [period] + Self.periodsWithin(period) {
            guard let table = store.tables[part] else { continue }
            let day = settings.referenceDate(of: part)
            let partTree = history.tree(at: day, withUnitsEndedFrom: Day(startOf: part), findings: .discarding)
            // A unit valid that day but left out of the tree (its parent missing) is an error of its own, not this.
            for id in 0..<store.grid.unitCount where partTree.index(ofID: id) == nil && !history.isValid(id, on: day) {
                let figures = (0..<catalogue.count).count {
                    table.value(at: store.grid.cell(unit: id, indicator: $0)) != nil
                }
                guard figures > 0, let version = history.lastVersion(of: id) else { continue }
                outside.append(
                    PeriodLives.Outside(
                        code: history.codes[id], name: version.name, period: part, lived: history.lifespan(of: id),
                        figures: figures))
            }
        }
        return PeriodLives(period: period, ended: ended, outside: outside)
    }

    /// The periods inside `period`, longest first (a year: its halves, then its quarters).
    static func periodsWithin(_ period: Period) -> [Period] {
        let halves = period.length == .year ? period.subPeriods : []
        return halves + (period.length == .quarter ? [] : period.quarters)
    }
}
