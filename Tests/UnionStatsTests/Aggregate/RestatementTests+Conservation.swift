import Testing

@testable import UnionStats

/// Conservation over random restructurings: restated on the later tree, every flow and stock of the
/// federation is the sum of the own figures of the carried-over CĐCS, each counted once, in the
/// CĐCS its chain of successors leads to; every CĐCS not carried over is listed as such.
@Suite struct RestatementConservationTests {
    /// SplitMix64: a tiny deterministic generator, so every case can be run again from its seed.
    struct SplitMix64: RandomNumberGenerator {
        var state: UInt64

        mutating func next() -> UInt64 {
            state &+= 0x9E37_79B9_7F4A_7C15
            var z = state
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            return z ^ (z >> 31)
        }

        /// A number in 0..<`bound`.
        mutating func below(_ bound: Int) -> Int { Int(next() % UInt64(bound)) }
    }

    /// A random restructuring on 01/07/2025 of a small tree, with the CĐCS's own figures for 2025-H1.
    struct Restructuring {
        var units: [String] = ["F,LĐLĐ tỉnh,,federation,,,"]
        var reports: [String] = []
        /// Per CĐCS of the 2025 tree: the CĐCS of the later tree its figures belong to, nil when not carried over.
        var imageOf: [String: String?] = [:]
        /// Own figures of the 2025 tree's CĐCS for 2025-H1, per indicator.
        var own: [String: [String: Int64]] = ["members_total": [:], "members_new": [:]]
        /// Upper units of the 2025 tree that end without a successor.
        var endedUpperUnits: [String] = []

        init(seed: UInt64) {
            var random = SplitMix64(state: seed)
            let uppers = (1...Int.random(in: 1...3, using: &random)).map { "U\($0)" }
            let staying = uppers.filter { _ in Bool.random(using: &random) }
            for upper in uppers {
                if staying.contains(upper) {
                    units.append("\(upper),Cấp trên \(upper),F,upper,,,")
                } else {
                    let successor = Bool.random(using: &random) ? staying.randomElement(using: &random) ?? "" : ""
                    if successor.isEmpty { endedUpperUnits.append(upper) }
                    units.append("\(upper),Cấp trên \(upper),F,upper,,2025-06-30,\(successor)")
                }
            }
            let newUppers = (0..<Int.random(in: 0...2, using: &random)).map { "V\($0 + 1)" }
            units += newUppers.map { "\($0),Công đoàn xã \($0),F,upper,2025-07-01,," }
            let laterParents = ["F"] + staying + newUppers
            let newCDCS = (0..<Int.random(in: 0...2, using: &random)).map { "N\($0 + 1)" }
            for code in newCDCS {
                units.append(
                    "\(code),CĐCS mới \(code),\(laterParents.randomElement(using: &random) ?? "F"),grassroots,2025-07-01,,"
                )
                // A report of a unit before it existed: a note, never added.
                reports.append("\(code),2025-H1,members_total,\(Int.random(in: 1...9, using: &random))")
            }
            let cdcs = (1...Int.random(in: 1...8, using: &random)).map { "C\($0)" }
            var fates: [String: String?] = [:]
            for (index, code) in cdcs.enumerated() {
                let parent =
                    Int.random(in: 0..<8, using: &random) == 0 ? "F" : uppers.randomElement(using: &random) ?? "F"
                let parentStays = parent == "F" || staying.contains(parent)
                let laterCDCS = Array(cdcs[(index + 1)...]) + newCDCS
                switch Int.random(in: 0..<4, using: &random) {
                case 0 where parentStays:
                    units.append("\(code),CĐCS \(code),\(parent),grassroots,,,")
                    fates[code] = .some(code)
                case 1 where !laterCDCS.isEmpty:
                    let successor = laterCDCS.randomElement(using: &random) ?? code
                    units.append("\(code),CĐCS \(code),\(parent),grassroots,,2025-06-30,\(successor)")
                    fates[code] = .some(successor)
                case 2:
                    units.append("\(code),CĐCS \(code),\(parent),grassroots,,2025-06-30,")
                    fates[code] = .some(nil)
                default:
                    let newParent = laterParents.randomElement(using: &random) ?? "F"
                    units.append("\(code),CĐCS \(code),\(parent),grassroots,,2025-06-30,")
                    units.append("\(code),CĐCS \(code) (mới),\(newParent),grassroots,2025-07-01,,")
                    fates[code] = .some(code)
                }
                if Int.random(in: 0..<5, using: &random) > 0 {
                    let members = Int64.random(in: 0...2_000, using: &random)
                    own["members_total"]?[code] = members
                    reports.append("\(code),2025-H1,members_total,\(members)")
                }
                if Int.random(in: 0..<5, using: &random) > 0 {
                    let (first, second) = (
                        Int64.random(in: 0...50, using: &random), Int64.random(in: 0...50, using: &random)
                    )
                    own["members_new"]?[code] = first + second
                    reports.append("\(code),2025-Q1,members_new,\(first)")
                    reports.append("\(code),2025-Q2,members_new,\(second)")
                }
            }
            // Successors point to later CĐCS only, so following them ends.
            func image(_ code: String) -> String? {
                guard let fate = fates[code] else { return code }
                guard let next = fate else { return nil }
                return next == code ? code : image(next)
            }
            for code in cdcs { imageOf[code] = .some(image(code)) }
        }
    }

    @Test(arguments: 0..<200)
    func restatedFlowsAndStocksAreTheCarriedOverCDCSOwnFiguresEachCountedOnce(seed: Int) throws {
        let restructuring = Restructuring(seed: UInt64(seed) &* 0x2545_F491_4F6C_DD1D)
        let input = try DatedInput(
            units: restructuring.units.joined(separator: "\n") + "\n",
            reports: restructuring.reports.joined(separator: "\n") + "\n")
        let context = "seed \(seed)\n\(restructuring.units.joined(separator: "\n"))"
        // New CĐCS report 2025-H1 although they were founded later: warned about (never added), nothing else.
        #expect(
            input.loaded.findings.filter { $0.severity != .note && $0.code != .reportOutsideLife }.isEmpty,
            "\(input.loaded.findings)\n\(context)")

        let restated = try input.aggregate("2025-H1", onTreeOf: "2026-06-30")
        let notCarried = restructuring.imageOf.filter { $0.value == nil }.map(\.key)
        #expect(Set(restated.notCarriedOver) == Set(notCarried + restructuring.endedUpperUnits), "\(context)")
        for (code, image) in restructuring.imageOf {
            #expect(try restated.image(of: code) == image, "image of \(code): \(context)")
        }
        let own = try input.aggregate("2025-H1", onTreeOf: "2025-06-30")
        for indicator in ["members_total", "members_new"] {
            let figures = restructuring.own[indicator] ?? [:]
            let carried = figures.filter { restructuring.imageOf[$0.key] != .some(nil) }
            // The federation: the carried-over figures, nothing twice, nothing else.
            let federation = try restated.value("F", indicator)
            #expect(federation == (carried.isEmpty ? nil : carried.values.reduce(0, +)), "\(indicator): \(context)")
            // Each CĐCS of the later tree: exactly the figures whose image it is.
            var leavesWithValue = 0
            for leaf in restated.tree.units.indices where restated.tree.units[leaf].level == .grassroots {
                let code = restated.tree.units[leaf].code
                let landing = carried.filter { restructuring.imageOf[$0.key] == .some(code) }.map(\.value)
                #expect(
                    try restated.value(code, indicator) == (landing.isEmpty ? nil : landing.reduce(0, +)),
                    "\(code) \(indicator): \(context)")
                leavesWithValue += landing.isEmpty ? 0 : 1
            }
            let position = try #require(input.data.catalogue.position(of: indicator))
            #expect(
                restated.values.reporting(unit: 0, indicator: position) == leavesWithValue,
                "coverage of \(indicator): \(context)")
            // On its own tree the half year holds every CĐCS's figure.
            #expect(
                try own.value("F", indicator) == (figures.isEmpty ? nil : figures.values.reduce(0, +)),
                "\(indicator) on its own tree: \(context)")
        }
    }
}
