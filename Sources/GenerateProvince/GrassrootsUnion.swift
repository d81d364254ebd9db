// One grassroots union's figures quarter by quarter, the heart of the model behind
// `GenerateProvince` (the seeded generator is in SplitMix64.swift, the catalogue's reportable
// indicators in CatalogueReader.swift, the unit tree in ProvinceLayout.swift).
// Only + - * / and rounding are used on Doubles (no exp/log/pow), so a seed gives the same
// bytes on every machine.

/// One CĐCS: a persistent profile (sector, size, wage level…) that moves a little every quarter,
/// and the figures it reports for the current quarter.
struct GrassrootsUnion {
    /// Its sector.
    let sector: Sector
    /// Workers (CNVCLĐ) at the end of the current quarter.
    private(set) var workers: Int
    /// Union members at the end of the current quarter (never more than `workers`).
    private(set) var members: Int
    /// The share of women among workers (and members).
    private var femaleShare: Double
    /// The share of workers who are union members.
    private var memberShare: Double
    /// The share of workers with a labour contract (most public staff are civil servants instead).
    private var contractShare: Double
    /// The average monthly wage in đồng, before rounding.
    private var wage: Double
    /// Whether a collective agreement is in force (a stock: the same every quarter).
    private let hasAgreement: Bool
    /// Whether the unit is registered as a cultural workplace (a stock).
    private let isCultural: Bool
    /// The last year the unit held its staff conference (at most one a year).
    private var conferenceYear = 0
    /// The unit's own stream of random numbers, used in a fixed order.
    private var random: SplitMix64
    /// The figures of the current quarter, indexed by `Figure.slot`.
    private(set) var figures: [Int]

    /// A new CĐCS of `sector` drawing its numbers from `random`.
    init(sector: Sector, random: SplitMix64) {
        self.sector = sector
        self.random = random
        figures = Array(repeating: 0, count: Figure.allCases.count)
        let size: Int
        switch sector {
        case .office: size = self.random.int(in: 8...60)
        case .commune: size = self.random.int(in: 12...35)
        case .school: size = self.random.int(in: 15...110)
        case .health: size = self.random.chance(0.7) ? self.random.int(in: 6...25) : self.random.int(in: 60...900)
        case .enterprise:
            // Mostly small firms, a long tail of factories with thousands of workers.
            let tiers: [(share: Double, range: ClosedRange<Int>)] = [
                (0.60, 8...30), (0.25, 30...120), (0.10, 120...400), (0.04, 400...1500), (0.01, 1500...8000),
            ]
            var draw = self.random.fraction()
            var chosen = tiers[0].range
            for tier in tiers {
                chosen = tier.range
                if draw < tier.share { break }
                draw -= tier.share
            }
            let skew = self.random.fraction()
            size = chosen.lowerBound + Int(Double(chosen.upperBound - chosen.lowerBound) * skew * skew)
        }
        workers = size
        switch sector {
        case .office:
            femaleShare = self.random.double(in: 0.35...0.6)
            memberShare = self.random.double(in: 0.92...1.0)
            contractShare = self.random.double(in: 0.05...0.25)
            wage = self.random.double(in: 5_500_000...8_500_000)
        case .commune:
            femaleShare = self.random.double(in: 0.3...0.5)
            memberShare = self.random.double(in: 0.9...1.0)
            contractShare = self.random.double(in: 0.0...0.15)
            wage = self.random.double(in: 4_500_000...6_500_000)
        case .school:
            femaleShare = self.random.double(in: 0.6...0.95)
            memberShare = self.random.double(in: 0.93...1.0)
            contractShare = self.random.double(in: 0.05...0.2)
            wage = self.random.double(in: 6_000_000...9_500_000)
        case .health:
            femaleShare = self.random.double(in: 0.55...0.75)
            memberShare = self.random.double(in: 0.9...1.0)
            contractShare = self.random.double(in: 0.1...0.35)
            wage = self.random.double(in: 6_500_000...12_000_000)
        case .enterprise:
            femaleShare = self.random.double(in: 0.2...0.85)
            memberShare = self.random.double(in: 0.55...0.95)
            contractShare = self.random.double(in: 0.85...1.0)
            wage = self.random.double(in: 5_000_000...14_000_000)
        }
        members = Int((Double(size) * memberShare).rounded())
        hasAgreement = sector == .enterprise ? self.random.chance(0.65) : self.random.chance(0.05)
        isCultural = sector == .enterprise ? self.random.chance(0.35) : self.random.chance(0.8)
    }

    /// Moves the unit to `quarter` (workforce, membership and wages drift) and fills `figures`.
    mutating func advance(to quarter: Quarter, first: Bool) {
        let previousMembers = members
        if !first {
            let drift =
                sector == .enterprise
                ? (quarter.covid && quarter.year == 2021 && quarter.number == 3
                    ? random.double(in: -0.08...0.01) : random.double(in: -0.04...0.045))
                : random.double(in: -0.015...0.02)
            workers = max(3, Int((Double(workers) * (1 + drift)).rounded()))
            memberShare = min(1, memberShare + random.double(in: -0.005...0.01))
            femaleShare = min(0.97, max(0.03, femaleShare + random.double(in: -0.01...0.01)))
            wage *= 1 + random.double(in: -0.005...0.02)
        }
        members = min(workers, max(1, Int((Double(workers) * memberShare).rounded())))
        let business = sector == .enterprise
        let q1 = quarter.number == 1
        let q4 = quarter.number == 4
        let w = Double(workers)
        let m = Double(members)
        let monthlyWage = Double(money(wage, step: 10_000))

        set(.workersTotal, workers)
        let workersFemale = min(workers, Int((w * femaleShare).rounded()))
        set(.workersFemale, workersFemale)
        let slack = business && quarter.covid ? 0.12 : 0.01
        set(.underemployed, random.chance(business ? 0.15 : 0.02) ? min(workers, random.count(mean: w * slack)) : 0)
        set(.avgWage, money(monthlyWage, step: 10_000))
        set(.wageCounted, max(1, workers - random.count(mean: w * 0.02)))
        set(
            .wageArrears,
            business && random.chance(0.01) ? money(w * monthlyWage * random.double(in: 0.1...1), step: 1_000) : 0)
        set(.labourContracts, min(workers, Int((w * contractShare).rounded())))
        set(.insuredWorkers, max(0, workers - random.count(mean: w * (business ? 0.05 : 0.005))))
        set(.strikes, business && workers > 100 && random.chance(0.004) ? 1 : 0)
        set(.labourAccidents, business ? random.count(mean: w * 0.0004) : 0)

        set(.cdcsTotal, 1)
        set(.cdcsNew, 0)
        set(.cdcsDissolved, 0)
        set(.membersTotal, members)
        set(.membersFemale, min(workersFemale, members, Int((m * femaleShare).rounded())))
        set(
            .membersNew,
            min(members, max(0, members - previousMembers) + random.count(mean: m * (business ? 0.03 : 0.005))))
        set(.officersTrained, random.count(mean: q1 || quarter.number == 2 ? 1.5 : 0.4))

        // One conference a year, nearly always in Q1, a few late ones in Q2.
        let conference =
            conferenceYear != quarter.year
            && (q1 ? random.chance(business ? 0.8 : 0.97) : (quarter.number == 2 && random.chance(0.3)))
        if conference { conferenceYear = quarter.year }
        set(.staffConferences, conference ? 1 : 0)
        set(.workplaceDialogues, business ? random.count(mean: 0.6) : 0)
        set(.collectiveAgreements, hasAgreement ? 1 : 0)
        set(.legalCases, random.count(mean: business ? 0.6 : 0.15))
        set(.salaryRaises, random.count(mean: w * (business ? 0.03 : 0.025)))
        set(.promotions, random.count(mean: w * 0.006))
        set(.staffTrained, random.count(mean: w * (business ? 0.01 : 0.03)))

        set(.welfareSpending, money(m * random.double(in: 40_000...160_000) * (q1 ? 2.5 : 1), step: 1_000))
        let visits = random.count(mean: m * 0.03)
        set(.hardshipVisits, visits)
        set(.hardshipSupport, visits * money(random.double(in: 300_000...2_000_000), step: 100_000))
        let gifts = q1 ? min(members, random.count(mean: m * 0.15)) : 0
        set(.tetGifts, gifts)
        set(.tetGiftsValue, gifts * money(random.double(in: 300_000...1_000_000), step: 50_000))
        let built = random.chance(0.002) ? 1 : 0
        let repaired = random.chance(0.004) ? 1 : 0
        set(.sheltersNew, built)
        set(.sheltersRepaired, repaired)
        set(
            .sheltersMoney,
            built * money(random.double(in: 50_000_000...80_000_000), step: 1_000_000)
                + repaired * money(random.double(in: 15_000_000...30_000_000), step: 1_000_000))
        set(.socialFund, money(m * random.double(in: 5_000...30_000), step: 1_000))
        let reviewed = quarter.covid ? min(members, random.count(mean: m * (business ? 0.12 : 0.02))) : 0
        set(.covidReviewed, reviewed)
        set(.covidSupported, reviewed == 0 ? 0 : random.int(in: 0...reviewed))

        let initiatives = sector == .commune ? 0 : random.count(mean: w * (business ? 0.01 : 0.02))
        set(.initiatives, initiatives)
        set(.initiativePrizes, initiatives == 0 ? 0 : random.int(in: 0...initiatives))
        set(.culturalUnits, isCultural ? 1 : 0)
        set(.goodWorkers, q4 ? min(workers, random.count(mean: w * 0.35)) : random.count(mean: w * 0.005))
        set(.awards, random.count(mean: q4 ? w * 0.08 : 0.3))
        let candidates = random.count(mean: m * (business ? 0.002 : 0.008))
        set(.partyCandidates, candidates)
        set(.partyAdmissions, candidates == 0 ? 0 : random.int(in: candidates / 2...candidates))

        set(.inspections, random.chance(0.15) ? 1 : 0)
        // Dues: 1 % of the wage a month, capped at 10 % of the base salary (149.000 đ);
        // levy: 2 % of the payroll; the CĐCS spends about 60-75 % of what it keeps.
        let fee = money(m * min(monthlyWage * 0.01, 149_000) * 3, step: 1_000)
        let levy = money(w * monthlyWage * 0.02 * 3, step: 1_000)
        set(.unionFee, fee)
        set(.unionLevy, levy)
        set(
            .spendingTotal, money((Double(fee) * 0.6 + Double(levy) * 0.69) * random.double(in: 0.6...1.0), step: 1_000)
        )
    }

    /// A figure for an indicator the model does not know, from its kind and measure.
    mutating func generic(_ indicator: ReportableIndicator) -> Int {
        let w = Double(workers)
        switch (indicator.kind, indicator.isMoney) {
        case (.weightedMean, true): return money(wage, step: 10_000)
        case (.weightedMean, false): return random.int(in: 1...100)
        case (.stock, true):
            return random.chance(0.05) ? money(w * random.double(in: 10_000...500_000), step: 1_000) : 0
        case (.stock, false): return random.int(in: 0...max(0, workers / 10))
        case (.flow, true): return money(Double(members) * random.double(in: 0...50_000), step: 1_000)
        case (.flow, false): return random.count(mean: w * 0.02)
        }
    }

    /// The current quarter's value of `figure`.
    func value(_ figure: Figure) -> Int {
        figures[figure.slot]
    }

    /// Stores the current quarter's `value` of `figure`.
    private mutating func set(_ figure: Figure, _ value: Int) {
        figures[figure.slot] = value
    }

    /// `amount` rounded to a whole multiple of `step` đồng (never negative).
    private func money(_ amount: Double, step: Int) -> Int {
        max(0, Int((amount / Double(step)).rounded()) * step)
    }
}
