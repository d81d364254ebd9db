import Foundation

/// The one sequence every command runs, each stage a function of the previous stage's data:
///
/// ```
/// input/ ─► load ─► aggregate ─► validate ─► compare ─► render ─► output/
/// ```
///
/// `load` (Ingest) reads files into an `ObservationStore`; `aggregate` (one `Aggregator`, the only
/// implementation of docs/design.md, "Aggregation") gives every unit × indicator value of a period, its year
/// to date and last year; `validate` checks the figures; `compare` sets two periods side by side; the
/// jobs hand the results to `Render/`, which only turns tables into bytes. Every stage emits its
/// findings into the run's `FindingLog`; the pipeline decides, by `FindingScope`, which the run counts.
public enum Pipeline {
    /// Ingest: reads the input folder; reading problems go to `log`; timed as read+parse in `times`.
    /// Without `fingerprints`, report files get no SHA-256 (runs that write no `Nguồn` sheet). Report
    /// files are read on `readers` threads (nil: one per core); the result is the same for any number.
    public static func load(
        _ folder: URL, log: FindingLog, times: StageTimes? = nil, fingerprints: Bool = true, readers: Int? = nil
    ) throws(UnionStatsError) -> InputData {
        try times.measure(.readParse) { () throws(UnionStatsError) in
            try InputLoader.load(
                folder: folder, findings: log.emitter, progress: times?.onFileRead, fingerprints: fingerprints,
                readers: readers)
        }
    }

    /// The latest period that has reports: by end date, the longest of those ending together.
    public static func defaultPeriod(of input: InputData) -> Period? {
        input.store.reportedPeriods.max()
    }

    /// The input standing on the tree of `day`, refused unless that tree has exactly one federation
    /// (a report is signed by one federation; provinces before their merger are reported on a later tree).
    /// With `oneFederation` false (`export`), a tree of several federations is taken as it is, each
    /// federation with its subtree (docs/design.md, "The tree of a day"). The refusal suggests a later
    /// tree only when every one of `periods` (the report's, or a comparison's two) has figures: without
    /// any, no tree would do, and the refusal says so instead.
    public static func standOn(
        _ input: InputData, day: Day, for periods: Period..., log: FindingLog, oneFederation: Bool = true
    ) throws(UnionStatsError) -> InputData {
        let tree = input.history.tree(at: day, findings: log.emitter)
        guard tree.roots.count == 1 || !oneFederation else {
            let reported = input.store.reportedPeriods
            for period in periods where !reported.contains(where: { period.contains($0) }) {
                let findings = RunFindings(log, scope: FindingScope(FindingScope.withSubPeriods(period), input: input))
                throw noFigures(period, findings: findings.shown)
            }
            let period = periods.first.map(\.description) ?? ""
            let suggestion = input.history.firstDayWithOneFederation(after: day)
            throw .treeNotOneFederation(
                day: day, federations: tree.roots.map { tree.units[$0].code }, period: period, suggestion: suggestion)
        }
        return input.on(tree, day: day)
    }

    /// The input standing on the tree of `period`'s own reference date, whatever it holds (validate, templates).
    public static func onOwnTree(_ input: InputData, period: Period, log: FindingLog) -> InputData {
        let day = input.settings.referenceDate(of: period)
        return input.on(input.history.tree(at: day, findings: log.emitter), day: day)
    }

    /// Aggregate and validate: everything the report of `period` shows, with the findings in its scope.
    ///
    /// The report stands on the tree of `tree` (default: the period's reference date); last year is
    /// restated on it. With `group`, the report is that emulation group's: its members as the top level
    /// under the group (`GroupProjection`). Throws when no report holds a figure of the period (an empty
    /// report is not something to sign), when that tree does not have exactly one federation (unless
    /// `oneFederation` is false: `export`, whose tables may hold several provinces), or when the group
    /// is unknown or has no member in the tree. `times`, when given, gets the aggregate and validate stages.
    public static func report(
        _ input: InputData, period: Period, tree day: Day? = nil, group code: String? = nil, generated: Date,
        log: FindingLog,
        times: StageTimes? = nil, oneFederation: Bool = true
    ) throws(UnionStatsError) -> Report {
        let group = try code.map { code throws(UnionStatsError) in try emulationGroup(code, in: input) }
        let treeDay = day ?? input.settings.referenceDate(of: period)
        let input = try times.measure(.aggregate) { () throws(UnionStatsError) in
            try standOn(input, day: treeDay, for: period, log: log, oneFederation: oneFederation)
        }
        let aggregated = aggregateForReport(input, period: period, treeDay: treeDay, log: log, times: times)
        let restatements = times.measure(.aggregate) {
            [period, period.sameLastYear].compactMap { $0 }.compactMap {
                TreeRestatement(of: $0, by: aggregated.aggregator, input: input, treeDay: treeDay, log: log)
            }
        }
        let plan = TargetPlan(
            period: period, targets: input.targets, aggregator: aggregated.aggregator,
            nearPercent: input.settings.targetNearPercent)
        var report = Report(
            input: input, period: period, current: aggregated.current, previous: aggregated.previous,
            yearToDate: aggregated.yearToDate, completeness: aggregated.aggregator.completeness(of: aggregated.current),
            findings: [], findingsOfOtherPeriods: 0, generated: generated,
            treeDay: treeDay, restatements: restatements, plan: plan,
            rankings: rankings(input, current: aggregated.current, previous: aggregated.previous, plan: plan),
            lives: aggregated.aggregator.lives(of: period),
            contributions: aggregated.aggregator.contributions(for: TimeSpan(period)), group: nil)
        // A group's line is aggregated like any node: its findings (an overflow) belong to the run's.
        if let group {
            report = try times.measure(.aggregate) { () throws(UnionStatsError) in
                try report.limited(to: group, by: aggregated.aggregator)
            }
        }
        let findings = times.measure(.validate) {
            RunFindings(log, scope: FindingScope(FindingScope.periods(ofReport: period), input: input))
        }
        guard aggregated.current.status.contains(where: { $0 != .missing }) else {
            throw noFigures(period, findings: findings.shown)
        }
        report.findings = findings.shown
        report.findingsOfOtherPeriods = findings.otherPeriods
        return report
    }

    /// The refusal of a period without any figure, with the findings that say why: those about its files (its own
    /// period, its sub-periods, or no period at all), not the `W-NO-REPORT` of every unit, which the refusal says
    /// once, nor those about last year or another period the refused document would have shown.
    static func noFigures(_ period: Period, findings: [Finding]) -> UnionStatsError {
        let why = findings.filter { finding in
            finding.code != .noReport && (finding.period.map { period.contains($0) } ?? true)
        }
        return .noFigures(period: period.description, label: period.label, findings: why)
    }

    /// The emulation group of `code`, or a typed error listing the known codes.
    static func emulationGroup(_ code: String, in input: InputData) throws(UnionStatsError) -> EmulationGroup {
        guard let group = input.groups.group(code: code) else {
            throw .unknownGroup(code, known: input.groups.groups.map(\.code))
        }
        return group
    }

    /// Each group with members in the input's tree, ranked by the input's scoring criteria.
    static func rankings(
        _ input: InputData, current: PeriodValues, previous: PeriodValues?, plan: TargetPlan
    ) -> [GroupRanking] {
        input.groups.groups.compactMap { group in
            let members = input.groups.members(of: group, in: input.tree, history: input.history)
            guard !members.isEmpty else { return nil }
            return GroupRanking(
                group: group, members: members, criteria: input.scoring, tree: input.tree, catalogue: input.catalogue,
                current: current, previous: previous, plan: plan)
        }
    }

    /// Aggregate and validate as a report of `period` would, for its findings only (`validate`), on the period's own
    /// tree.
    public static func validate(
        _ input: InputData, period: Period, log: FindingLog, times: StageTimes? = nil
    ) -> RunFindings {
        let input = times.measure(.aggregate) { onOwnTree(input, period: period, log: log) }
        _ = aggregateForReport(
            input, period: period, treeDay: input.settings.referenceDate(of: period), log: log, times: times)
        return times.measure(.validate) {
            RunFindings(log, scope: FindingScope(FindingScope.periods(ofReport: period), input: input))
        }
    }

    /// The values a report of `period` shows, its checks emitted to `log` (with the targets the tree of `treeDay`
    /// leaves unmeasured).
    private static func aggregateForReport(
        _ input: InputData, period: Period, treeDay: Day, log: FindingLog, times: StageTimes?
    ) -> (aggregator: Aggregator, current: PeriodValues, previous: PeriodValues?, yearToDate: PeriodValues?) {
        TargetPlan.reportUnplaced(input.targets, period: period, input: input, day: treeDay, findings: log.emitter)
        let (aggregator, current, previous, yearToDate) = times.measure(.aggregate) {
            let aggregator = Aggregator(input, findings: log.emitter)
            let current = aggregator.values(for: period)
            let previous = period.sameLastYear.map { aggregator.values(for: $0) }
            let yearToDate =
                period.length == .quarter && period.index > 1 ? aggregator.yearToDate(through: period) : nil
            return (aggregator, current, previous, yearToDate)
        }
        times.measure(.validate) { Validator(aggregator).check(period, findings: log.emitter) }
        return (aggregator, current, previous, yearToDate)
    }

    /// Aggregate and compare: period B against period A (same length), ranking upper units by `rankBy`,
    /// both on the tree of `tree` (default: B's reference date).
    ///
    /// Throws when the periods differ in length, are the same, either has no figures, or the tree does
    /// not have exactly one federation.
    public static func comparison(
        _ input: InputData, periodA: Period, periodB: Period, tree day: Day? = nil, group code: String? = nil,
        rankBy: Int, generated: Date,
        log: FindingLog
    ) throws(UnionStatsError) -> CompareDocument {
        guard periodA != periodB else { throw .sameComparedPeriod(periodA.description) }
        let group = try code.map { code throws(UnionStatsError) in try emulationGroup(code, in: input) }
        let treeDay = day ?? input.settings.referenceDate(of: periodB)
        let input = try standOn(input, day: treeDay, for: periodB, periodA, log: log)
        let aggregator = Aggregator(input, findings: log.emitter)
        let comparison = try PeriodComparison(periodA, periodB, using: aggregator)
        let restatements = [periodB, periodA].compactMap {
            TreeRestatement(of: $0, by: aggregator, input: input, treeDay: treeDay, log: log)
        }
        var document = CompareDocument(
            input: input, comparison: comparison, rankBy: rankBy, findings: [], findingsOfOtherPeriods: 0,
            generated: generated,
            treeDay: treeDay, restatements: restatements)
        // A group's line is aggregated like any node: its findings (an overflow) belong to the run's.
        if let group { document = try document.limited(to: group, by: aggregator) }
        let scope = FindingScope(
            FindingScope.withSubPeriods(periodA).union(FindingScope.withSubPeriods(periodB)), input: input)
        let findings = RunFindings(log, scope: scope)
        for (period, values) in [(periodA, comparison.valuesA), (periodB, comparison.valuesB)]
        where !values.status.contains(where: { $0 != .missing }) {
            throw noFigures(period, findings: findings.shown)
        }
        document.findings = findings.shown
        document.findingsOfOtherPeriods = findings.otherPeriods
        return document
    }

    /// Validate every period that has reports, each on its own tree: all findings of the input (`validate --period
    /// all`).
    public static func validateAll(_ input: InputData, log: FindingLog, times: StageTimes? = nil) -> RunFindings {
        var aggregators: [[Int]: (Aggregator, Validator)] = [:]
        for period in input.store.reportedPeriods {
            let onTree = times.measure(.aggregate) { onOwnTree(input, period: period, log: log) }
            let validator = times.measure(.aggregate) {
                let key = onTree.tree.versions
                let (aggregator, validator) =
                    aggregators[key]
                    ?? {
                        let aggregator = Aggregator(onTree, findings: log.emitter)
                        return (aggregator, Validator(aggregator))
                    }()
                aggregators[key] = (aggregator, validator)
                _ = aggregator.values(for: period)
                return validator
            }
            times.measure(.validate) { validator.check(period, findings: log.emitter) }
            TargetPlan.reportUnplaced(
                input.targets, period: period, input: onTree, day: input.settings.referenceDate(of: period),
                findings: log.emitter)
        }
        return times.measure(.validate) { RunFindings(log, scope: .everything) }
    }
}

/// The findings a run counts (sorted by location) and how many it leaves to other periods.
public struct RunFindings: Sendable {
    /// The findings in scope, each once, by location.
    public let shown: [Finding]
    /// How many findings (each once) concern only other periods.
    public let otherPeriods: Int

    /// Splits a run's findings (each once, as its log keeps them) by `scope`.
    init(_ log: FindingLog, scope: FindingScope) {
        let shown = log.findings.filter(scope.shows)
        self.shown = shown.sorted(by: Finding.byLocation)
        otherPeriods = log.findings.count - shown.count
    }
}
