import Testing

@testable import UnionStats

/// On random restructurings of a year (moves, mergers and chains of them, dissolutions with and without a
/// report for the last quarter, foundings): on every tree, a half-year's and the year's flow equal the
/// sum of their quarters, and on a period's own tree the federation's flow is every report of the period.
@Suite struct ChangingTreePropertyTests {
    /// The conservation tests' deterministic generator, so a failing seed can be run again.
    typealias Generator = RestatementConservationTests.SplitMix64

    /// One CĐCS of a scenario: where it stands, when it was founded and how it ended.
    struct Grassroots {
        let code: String
        var parent: String
        var founded: Day?
        var moved: (day: Day, to: String)?
        var ended: Day?
        var successor: String?
    }

    static let uppers = ["U1", "U2", "U3"]
    static let quarters = (1...4).compactMap { Period(year: 2025, length: .quarter, index: $0) }

    /// A random day of 2025 after 01/01.
    static func day(_ generator: inout Generator) -> Day {
        var day = Day(year: 2025, month: 1, day: 2)!
        for _ in 0..<generator.below(360) { day = day.next }
        return day
    }

    /// A random restructuring of `count` CĐCS.
    static func scenario(seed: UInt64, count: Int) -> (units: String, reports: String, byQuarter: [Int64]) {
        var generator = Generator(state: seed)
        var units = (0..<count).map { index in
            Grassroots(
                code: "C\(index)", parent: uppers[generator.below(uppers.count)], founded: nil, moved: nil, ended: nil,
                successor: nil)
        }
        for index in units.indices {
            switch generator.below(6) {
            case 0:
                let day = day(&generator)
                let others = uppers.filter { $0 != units[index].parent }
                units[index].moved = (day, others[generator.below(others.count)])
            case 1:
                units[index].founded = day(&generator)
            case 2:
                units[index].ended = day(&generator)
            case 3:
                // A merger into a CĐCS alive on that day and after it (which may merge on later: a chain).
                let day = day(&generator)
                let candidates = units.indices.filter { other in
                    other != index && units[other].founded.map { $0 <= day } ?? true
                        && units[other].ended.map { $0 > day } ?? true && units[other].successor == nil
                        && !(units[other].ended != nil)
                }
                guard let target = candidates.isEmpty ? nil : candidates[generator.below(candidates.count)] else {
                    break
                }
                units[index].ended = day
                units[index].successor = units[target].code
            default:
                break
            }
        }
        var rows = ["F,LĐLĐ tỉnh,,federation,,,"] + uppers.map { "\($0),Công đoàn \($0),F,upper,,," }
        for unit in units {
            let from = unit.founded?.iso ?? ""
            let to = unit.ended?.iso ?? ""
            if let moved = unit.moved {
                rows.append("\(unit.code),\(unit.code),\(unit.parent),grassroots,\(from),\(moved.day.previous.iso),")
                rows.append(
                    "\(unit.code),\(unit.code),\(moved.to),grassroots,\(moved.day.iso),\(to),\(unit.successor ?? "")")
            } else {
                rows.append("\(unit.code),\(unit.code),\(unit.parent),grassroots,\(from),\(to),\(unit.successor ?? "")")
            }
        }
        var reports: [String] = []
        var byQuarter: [Int64] = Array(repeating: 0, count: 4)
        for unit in units {
            for (index, quarter) in quarters.enumerated() {
                let first = Day(startOf: quarter)
                let last = Day(endOf: quarter)
                guard unit.founded.map({ $0 <= last }) ?? true, unit.ended.map({ $0 >= first }) ?? true else {
                    continue
                }
                // A unit that ended inside the quarter reports it only sometimes.
                if let ended = unit.ended, ended < last, generator.below(3) == 0 { continue }
                let value = Int64(generator.below(1_000))
                reports.append("\(unit.code),\(quarter),members_new,\(value)")
                byQuarter[index] += value
            }
        }
        return (rows.joined(separator: "\n") + "\n", reports.joined(separator: "\n") + "\n", byQuarter)
    }

    @Test(arguments: 1...60)
    func periodsAreTheSumOfTheirQuartersOnEveryTree(seed: Int) throws {
        let (units, reports, byQuarter) = Self.scenario(seed: UInt64(seed), count: 4 + seed % 7)
        let input = try DatedInput(units: units, reports: reports)
        let federation = { (restated: Restated) throws -> Int64 in try restated.value("F", "members_new") ?? 0 }
        let halves = [("2025-H1", ["2025-Q1", "2025-Q2"]), ("2025-H2", ["2025-Q3", "2025-Q4"])]
        // On its own tree, each period's federation total is every report of the period.
        for (index, quarter) in Self.quarters.enumerated() {
            let own = try input.aggregate(quarter.description, onTreeOf: Day(endOf: quarter).iso)
            #expect(try federation(own) == byQuarter[index], "seed \(seed), \(quarter) on its own tree")
        }
        for (index, (half, _)) in halves.enumerated() {
            let own = try input.aggregate(half, onTreeOf: index == 0 ? "2025-06-30" : "2025-12-31")
            #expect(try federation(own) == byQuarter[2 * index] + byQuarter[2 * index + 1], "seed \(seed), \(half)")
        }
        #expect(
            try federation(input.aggregate("2025", onTreeOf: "2025-12-31")) == byQuarter.reduce(0, +), "seed \(seed)")
        // On any tree, of 2025 or a later one, a half-year and the year are the sums of their quarters.
        for day in ["2025-03-31", "2025-06-30", "2025-09-30", "2025-12-31", "2026-06-30"] {
            var quarters: [String: Int64] = [:]
            for quarter in Self.quarters {
                quarters[quarter.description] = try federation(input.aggregate(quarter.description, onTreeOf: day))
            }
            for (half, parts) in halves where Day(day)! >= Day(startOf: Period(half)!) || day == "2026-06-30" {
                let sum = parts.reduce(Int64(0)) { $0 + (quarters[$1] ?? 0) }
                #expect(try federation(input.aggregate(half, onTreeOf: day)) == sum, "seed \(seed), \(half) on \(day)")
            }
            if day >= "2025-12-31" {
                let sum = quarters.values.reduce(0, +)
                #expect(try federation(input.aggregate("2025", onTreeOf: day)) == sum, "seed \(seed), 2025 on \(day)")
            }
        }
    }
}
