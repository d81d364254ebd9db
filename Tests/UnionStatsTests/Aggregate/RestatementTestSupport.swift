import Foundation
import Testing

@testable import UnionStats

// What the restatement tests share: a dated input folder read through `InputLoader`, and one
// period aggregated on the tree of one day, checked cell by cell with `Expect` rows.

/// The header of a units.csv with versions.
let datedUnitsHeader = "code,name,parent,level,valid_from,valid_to,successor\n"

/// A dated input folder (the test catalogue, `units` rows under `datedUnitsHeader`, one long-CSV report), as read.
struct DatedInput {
    /// What reading the folder gave.
    let loaded: LoadedInput

    /// The input data.
    var data: InputData { loaded.data }

    /// `units`: the rows of units.csv after the dated header; `reports`: `unit,period,indicator,value` rows.
    init(units: String, reports: String, catalogue: String = TemporaryInput.catalogue) throws {
        try self.init(unitsFile: datedUnitsHeader + units, reports: reports, catalogue: catalogue)
    }

    /// `unitsFile`: the whole units.csv, header included.
    init(unitsFile: String, reports: String, catalogue: String = TemporaryInput.catalogue) throws {
        let input = try TemporaryInput()
        try input.writeConfiguration(units: unitsFile, catalogue: catalogue)
        try input.write("unit,period,indicator,value\n" + reports, to: "reports/r.csv")
        loaded = try InputLoader.load(folder: input.folder)
    }

    /// The tree of `day` (`2025-06-30`).
    func tree(on day: String) throws -> UnitTree {
        data.history.tree(at: try #require(Day(day)), findings: .discarding)
    }

    /// `period` aggregated on the tree of `day`; the aggregation's findings go to `log`.
    func aggregate(_ period: String, onTreeOf day: String, log: FindingLog = FindingLog()) throws -> Restated {
        let tree = try tree(on: day)
        let period = try #require(Period(period))
        let aggregator = Aggregator(data.on(tree, day: try #require(Day(day))), findings: log.emitter)
        return Restated(
            tree: tree, catalogue: data.catalogue, values: aggregator.values(for: period),
            restatement: aggregator.restatement(for: TimeSpan(period)))
    }

    /// The code of every finding of reading with `code`, and its period.
    func findings(_ code: FindingCode) -> [String] {
        loaded.findings.filter { $0.code == code }.map { "\($0.unit ?? "-") \($0.period?.description ?? "-")" }
    }
}

/// One period's values on one tree, with the restatement that carried them there.
struct Restated {
    /// The tree aggregated on (T_D).
    let tree: UnitTree
    /// The catalogue.
    let catalogue: Catalogue
    /// Every unit × indicator value.
    let values: PeriodValues
    /// How the period's own tree carried over to `tree`.
    let restatement: Restatement

    /// The value of a unit of `tree`; the test fails when the unit or indicator is unknown.
    func value(_ unit: String, _ indicator: String) throws -> Int64? {
        try values.value(
            unit: #require(tree.index(of: unit), "\(unit) in the tree"),
            indicator: #require(catalogue.position(of: indicator)))
    }

    /// Checks every expected cell: value, status and, when given, grassroots_reporting.
    func check(_ expected: [Expect], sourceLocation: Testing.SourceLocation = #_sourceLocation) throws {
        for cell in expected {
            let unit = try #require(
                tree.index(of: cell.unit), "\(cell.unit) in the tree", sourceLocation: sourceLocation)
            let indicator = try #require(catalogue.position(of: cell.indicator), sourceLocation: sourceLocation)
            let place = "\(cell.unit) \(cell.indicator) \(values.period)"
            #expect(
                values.value(unit: unit, indicator: indicator) == cell.value, "value of \(place)",
                sourceLocation: sourceLocation)
            #expect(
                values.status(unit: unit, indicator: indicator) == cell.status, "status of \(place)",
                sourceLocation: sourceLocation)
            if let reporting = cell.reporting {
                #expect(
                    values.reporting(unit: unit, indicator: indicator) == reporting, "grassroots_reporting of \(place)",
                    sourceLocation: sourceLocation)
            }
        }
    }

    /// The codes of the units of the period's own tree that are not carried over, in its tree order.
    var notCarriedOver: [String] { restatement.notCarriedOver.map { restatement.periodTree.units[$0].code } }

    /// The code of the image in `tree` of a unit of the period's own tree, nil when it has none.
    func image(of code: String) throws -> String? {
        let unit = try #require(restatement.periodTree.index(of: code), "\(code) in the period's tree")
        return restatement.image[unit].map { tree.units[$0].code }
    }

    /// The number of CĐCS at or below a unit of `tree`.
    func grassroots(_ code: String) throws -> Int { tree.grassrootsCount[try #require(tree.index(of: code))] }
}
