/// Every unit's progress against its targets at the end of one report period: the rows of the
/// `Kế hoạch` sheet and of `targets-P.csv`.
public struct TargetPlan: Sendable {
    /// One unit's targets measured.
    public struct UnitPlan: Sendable {
        /// The unit's code.
        public let code: String
        /// Its name.
        public let name: String
        /// Its progress, indicator by indicator in catalogue order, a year's target before a half-year's.
        public let progress: [TargetProgress]

        /// How many of its targets have `status`.
        public func count(_ status: TargetProgress.Status) -> Int { progress.count { $0.status == status } }

        /// How many have no progress (no value, a zero target).
        public var unassessed: Int { progress.count { $0.status == nil } }

        /// "đạt 15/20 chỉ tiêu, vượt 5; gần đạt 2; chưa đạt 3": met or exceeded out of all, then the rest.
        public var summary: String {
            let exceeded = count(.exceeded)
            let met = count(.met)
            var parts = ["đạt \(exceeded + met)/\(progress.count) chỉ tiêu, vượt \(exceeded)"]
            if count(.near) > 0 { parts.append("gần đạt \(count(.near))") }
            if count(.notMet) > 0 { parts.append("chưa đạt \(count(.notMet))") }
            if unassessed > 0 { parts.append("chưa đánh giá \(unassessed)") }
            return parts.joined(separator: "; ")
        }
    }

    /// The report period.
    public let period: Period
    /// The units with targets that apply to the period, in tree order.
    public let units: [UnitPlan]

    /// Measures every target of `targets` that applies to `period` for the units of the aggregator's tree.
    public init(period: Period, targets: TargetBook, aggregator: Aggregator, nearPercent: ExactDecimal) {
        self.period = period
        var units: [UnitPlan] = []
        guard !targets.isEmpty else {
            self.units = []
            return
        }
        for (index, unit) in aggregator.tree.units.enumerated() {
            let applying = targets.targets(of: unit.code, applyingTo: period)
            guard !applying.isEmpty else { continue }
            let progress = applying.map {
                TargetProgress(
                    target: $0, unit: index, period: period, aggregator: aggregator, nearPercent: nearPercent)
            }
            units.append(UnitPlan(code: unit.code, name: unit.name, progress: progress))
        }
        self.units = units
    }

    /// A warning for every target applying to `period` whose unit is not in `input`'s tree (the tree of
    /// `day`): such a target is not measured, and the run says so at its line of targets.csv.
    static func reportUnplaced(
        _ targets: TargetBook, period: Period, input: InputData, day: Day, findings: FindingEmitter
    ) {
        for target in targets.targets
        where target.period.containsEnd(of: period) && input.tree.index(of: target.unit) == nil {
            let indicator = input.catalogue[target.indicator]
            findings.emit(
                .plan(
                    .targetUnitNotInTree(
                        unit: target.unit, indicator: indicator.label, targetPeriod: target.period, period: period,
                        day: day)),
                at: target.location, unit: target.unit, indicator: indicator.code, period: period)
        }
    }

    private init(period: Period, units: [UnitPlan]) {
        self.period = period
        self.units = units
    }

    /// Whether no unit has a target for the period.
    public var isEmpty: Bool { units.isEmpty }

    /// Whether a target measured is a ceiling (an indicator whose direction is `down`), so that the rule
    /// printed above the targets says how ceilings are judged.
    public var hasCeilings: Bool { units.contains { $0.progress.contains(where: \.isCeiling) } }

    /// The plan of the unit with this code, nil when it has no target for the period.
    public func unit(_ code: String) -> UnitPlan? { units.first { $0.code == code } }

    /// The same plan limited to the units of `tree` (an emulation group's report), in its tree order.
    func limited(to tree: UnitTree) -> TargetPlan {
        let byCode = Dictionary(units.map { ($0.code, $0) }, uniquingKeysWith: { first, _ in first })
        return TargetPlan(period: period, units: tree.units.compactMap { byCode[$0.code] })
    }

    /// The progress of a unit's year target of an indicator (else its half-year target), nil when none.
    public func progress(of code: String, indicator: Int) -> TargetProgress? {
        let matching = unit(code)?.progress.filter { $0.target.indicator == indicator } ?? []
        return matching.first { $0.target.period.length == .year } ?? matching.first
    }
}
