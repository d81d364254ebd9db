import Foundation

// The model behind `GenerateProvince`: a seeded generator, the catalogue's reportable
// indicators, the unit tree and one grassroots union's figures quarter by quarter.
// Only + - * / and rounding are used on Doubles (no exp/log/pow), so a seed gives the same
// bytes on every machine.

/// SplitMix64 (Steele, Lea & Flood 2014): a tiny generator whose output depends on the seed only.
struct SplitMix64 {
    /// The counter the output is mixed from.
    private var state: UInt64

    /// A generator started at `seed`.
    init(seed: UInt64) {
        state = seed
    }

    /// An independent stream for one purpose (a unit, the spread of units): the same
    /// `(seed, stream)` always gives the same numbers, whatever other streams were used before.
    init(seed: UInt64, stream: UInt64) {
        var mixer = SplitMix64(seed: seed ^ (stream &* 0xD1B5_4A32_D192_ED03))
        state = mixer.next()
    }

    /// The next 64 random bits.
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    /// Uniform in `0 ..< 1`, with 53 random bits.
    mutating func fraction() -> Double {
        Double(next() >> 11) * 0x1.0p-53
    }

    /// Uniform over `range` (both ends included).
    mutating func int(in range: ClosedRange<Int>) -> Int {
        let span = UInt64(range.upperBound - range.lowerBound) &+ 1
        return range.lowerBound + Int(next().multipliedFullWidth(by: span).high)
    }

    /// Uniform over `range`.
    mutating func double(in range: ClosedRange<Double>) -> Double {
        range.lowerBound + (range.upperBound - range.lowerBound) * fraction()
    }

    /// True with probability `probability`.
    mutating func chance(_ probability: Double) -> Bool {
        fraction() < probability
    }

    /// One of `items`, or nil when there is none.
    mutating func pick<T>(_ items: [T]) -> T? {
        items.isEmpty ? nil : items[int(in: 0 ... items.count - 1)]
    }

    /// A whole count whose mean is about `mean` (never negative): the mean spread by ±50 %,
    /// then dithered, so a mean of 0.2 gives 1 about one time in five and 0 otherwise.
    mutating func count(mean: Double) -> Int {
        guard mean > 0 else { return 0 }
        return Int((mean * double(in: 0.5 ... 1.5) + fraction()).rounded(.down))
    }
}

/// How an indicator sums, as the catalogue's `kind` column says (ratios are never written).
enum IndicatorKind: String {
    case flow, stock
    case weightedMean = "weighted_mean"
}

/// One reportable (non-ratio) indicator of the catalogue, with what the generator writes for it.
struct ReportableIndicator {
    /// The indicator code, e.g. `members_total`.
    let code: String
    /// Flow, stock or weighted mean.
    let kind: IndicatorKind
    /// Whether it is money (measure `đồng` or a `_vnd` code): written in whole thousands.
    let isMoney: Bool
    /// The figure the model computes for it, or nil for a code the model does not know.
    let figure: Figure?
}

/// Reads the catalogue's reportable indicators in catalogue order.
enum CatalogueReader {
    /// The flow, stock and weighted-mean indicators of `csv`; ratio rows (and rows of an
    /// unknown kind, reported in `skipped`) are left out.
    static func reportable(from csv: String) throws(GeneratorError) -> (indicators: [ReportableIndicator], skipped: [String]) {
        let rows = parseCSV(csv)
        guard let header = rows.first else { throw .catalogue("the catalogue is empty") }
        let names = header.map { $0.trimmingCharacters(in: .whitespaces).lowercased() }
        guard let codeColumn = names.firstIndex(of: "code"), let kindColumn = names.firstIndex(of: "kind") else {
            throw .catalogue("the catalogue has no `code` and `kind` columns")
        }
        let measureColumn = names.firstIndex(of: "measure")
        var indicators: [ReportableIndicator] = []
        var skipped: [String] = []
        var seen: Set<String> = []
        for row in rows.dropFirst() where row.count > max(codeColumn, kindColumn) {
            let code = row[codeColumn].trimmingCharacters(in: .whitespaces)
            let kindText = row[kindColumn].trimmingCharacters(in: .whitespaces)
            guard !code.isEmpty, kindText != "ratio", seen.insert(code).inserted else { continue }
            guard let kind = IndicatorKind(rawValue: kindText) else {
                skipped.append("\(code) (kind '\(kindText)')")
                continue
            }
            let measure = measureColumn.flatMap { $0 < row.count ? row[$0] : nil } ?? ""
            let isMoney = code.hasSuffix("_vnd") || measure.precomposedStringWithCanonicalMapping.lowercased().contains("đồng")
            indicators.append(ReportableIndicator(code: code, kind: kind, isMoney: isMoney, figure: Figure(code: code)))
        }
        guard !indicators.isEmpty else { throw .catalogue("the catalogue has no flow, stock or weighted_mean indicator") }
        return (indicators, skipped)
    }

    /// Splits RFC 4180 CSV (quotes, doubled quotes, CRLF or LF, an optional BOM) into rows of fields.
    static func parseCSV(_ text: String) -> [[String]] {
        var rows: [[String]] = []
        var row: [String] = []
        var field = ""
        var quoted = false
        var afterQuote = false
        var characters = Substring(text)
        if characters.first == "\u{FEFF}" { characters = characters.dropFirst() }
        for character in characters {
            if quoted {
                if character == "\"" { quoted = false; afterQuote = true } else { field.append(character) }
                continue
            }
            switch character {
            case "\"":
                if afterQuote { field.append("\"") }  // a doubled quote inside a quoted field
                quoted = true
                afterQuote = false
            case ",":
                row.append(field); field = ""; afterQuote = false
            case "\n", "\r\n", "\r":
                row.append(field); field = ""; afterQuote = false
                if !(row.count == 1 && row[0].isEmpty) { rows.append(row) }
                row = []
            default:
                field.append(character); afterQuote = false
            }
        }
        if !field.isEmpty || !row.isEmpty {
            row.append(field)
            rows.append(row)
        }
        return rows
    }
}

/// A quarter `YYYY-Qn`, the period of one set of report files.
struct Quarter: Comparable {
    /// The calendar year.
    let year: Int
    /// 1...4.
    let number: Int

    /// Reads `2021-Q2` (case-insensitive).
    init?(_ text: some StringProtocol) {
        let parts = text.trimmingCharacters(in: .whitespaces).uppercased().split(separator: "-")
        guard parts.count == 2, parts[0].count == 4, let year = Int(parts[0]), (1900 ... 2999).contains(year),
              parts[1].count == 2, parts[1].first == "Q", let number = parts[1].last?.wholeNumberValue,
              (1 ... 4).contains(number) else { return nil }
        self.year = year
        self.number = number
    }

    /// The quarter with this year and number.
    init(year: Int, number: Int) {
        self.year = year
        self.number = number
    }

    /// The quarter after this one.
    var next: Quarter {
        number == 4 ? Quarter(year: year + 1, number: 1) : Quarter(year: year, number: number + 1)
    }

    /// `2021-Q2`.
    var label: String { "\(year)-Q\(number)" }

    /// Whether Covid-19 measures were on (2020-Q2 … 2022-Q2), which the Covid indicators follow.
    var covid: Bool {
        (year == 2020 && number >= 2) || year == 2021 || (year == 2022 && number <= 2)
    }

    /// Orders quarters in time.
    static func < (lhs: Quarter, rhs: Quarter) -> Bool {
        (lhs.year, lhs.number) < (rhs.year, rhs.number)
    }
}

/// The kind of organisation a grassroots union sits in; it shapes size, wages and activities.
enum Sector: CaseIterable {
    case office, commune, school, health, enterprise
}

/// One upper unit (LĐLĐ huyện, Công đoàn ngành…): its code, name and the sectors of its CĐCS.
struct UpperUnit {
    /// `U01`.
    let code: String
    /// `Liên đoàn Lao động huyện An Phú`.
    let name: String
    /// The sectors its CĐCS are drawn from (repeats weigh a sector more).
    let sectors: [Sector]
    /// How many CĐCS it has.
    var grassrootsCount: Int
}

/// Names and the shape of the tree: which upper unit is what, and how many CĐCS each has.
enum ProvinceLayout {
    /// Place names for districts, communes, schools and companies (fictional combinations).
    static let places = [
        "An Phú", "Tân Thành", "Hòa Bình", "Phú Mỹ", "Hưng Thịnh", "Minh Khai", "Đông Hưng", "Nam Sơn",
        "Bình An", "Quang Trung", "Hồng Hà", "Việt Thắng", "Trường Sơn", "Sao Mai", "Hoàng Long", "Tiến Đạt",
        "Phúc Lộc", "Kim Sơn", "Thanh Xuân", "Long Biên", "Tân Phong", "Phú Lâm", "Hiệp Hòa", "Đức Thắng",
        "Vĩnh Phúc", "Hải Yến", "Bắc Hà", "Thuận An", "Gia Lộc", "Yên Thế", "Mỹ Lộc", "Cẩm Bình",
        "Lạc Long", "Ngọc Lâm", "Thái Hòa", "Hưng Đạo", "Lê Lợi", "Tân Định", "Phước Long", "Hòa Khánh",
        "Đại Đồng", "Xuân Trường", "Quỳnh Lâm", "Châu Thành", "Bình Minh", "Tân Hiệp", "Phú Hòa", "An Lạc",
    ]
    /// Trades of companies.
    static let trades = [
        "May mặc", "Giày da", "Điện tử", "Cơ khí", "Thực phẩm", "Xây dựng", "Vận tải", "Nhựa",
        "Dệt may", "Gỗ nội thất", "Thương mại", "Dược phẩm", "Bao bì", "Thép", "Logistics", "Cao su",
    ]
    /// The province-level sector unions placed first, each with the sectors of its CĐCS.
    static let sectorUnions: [(name: String, sectors: [Sector])] = [
        ("Công đoàn các Khu công nghiệp tỉnh", [.enterprise]),
        ("Công đoàn Viên chức tỉnh", [.office]),
        ("Công đoàn Giáo dục tỉnh", [.school]),
        ("Công đoàn ngành Y tế", [.health]),
        ("Công đoàn ngành Giao thông vận tải", [.enterprise, .enterprise, .office]),
        ("Công đoàn ngành Xây dựng", [.enterprise, .enterprise, .office]),
        ("Công đoàn ngành Công Thương", [.enterprise, .enterprise, .enterprise, .office]),
        ("Công đoàn ngành Nông nghiệp và Phát triển nông thôn", [.office, .enterprise]),
    ]
    /// A district federation's mix: many companies and schools, offices, communes, clinics.
    static let districtSectors: [Sector] = [
        .enterprise, .enterprise, .enterprise, .enterprise, .enterprise, .enterprise, .enterprise, .enterprise,
        .school, .school, .school, .school, .office, .office, .office, .commune, .commune, .commune, .health,
    ]

    /// `uppers` upper units with their names and sectors, and `grassroots` CĐCS spread unevenly
    /// over them (every upper unit gets one when there are enough).
    static func uppers(count uppers: Int, grassroots: Int, seed: UInt64) -> [UpperUnit] {
        var random = SplitMix64(seed: seed, stream: 0xA11C)
        let width = max(2, String(uppers).count)
        var units: [UpperUnit] = []
        for index in 0 ..< uppers {
            let code = "U" + padded(index + 1, width: width)
            if index < sectorUnions.count && uppers >= 10 {
                units.append(UpperUnit(code: code, name: sectorUnions[index].name, sectors: sectorUnions[index].sectors, grassrootsCount: 0))
                continue
            }
            let place = places[index % places.count] + (index >= places.count ? " \(index / places.count + 1)" : "")
            let kind = index % 7 == 0 ? "thành phố" : index % 11 == 0 ? "thị xã" : "huyện"
            units.append(UpperUnit(code: code, name: "Liên đoàn Lao động \(kind) \(place)", sectors: districtSectors, grassrootsCount: 0))
        }
        // Uneven weights 1…6 (a few big districts, the KCN union biggest), then largest remainders.
        var weights = units.map { _ in random.double(in: 1 ... 6) }
        if uppers >= 10 { weights[0] *= 3 }
        let floor = grassroots >= uppers ? 1 : 0
        let spare = grassroots - floor * uppers
        let total = weights.reduce(0, +)
        var remainders: [(index: Int, remainder: Double)] = []
        var given = 0
        for index in units.indices {
            let share = Double(spare) * weights[index] / total
            let whole = Int(share.rounded(.down))
            units[index].grassrootsCount = floor + whole
            given += floor + whole
            remainders.append((index, share - Double(whole)))
        }
        remainders.sort { $0.remainder != $1.remainder ? $0.remainder > $1.remainder : $0.index < $1.index }
        for item in remainders.prefix(grassroots - given) { units[item.index].grassrootsCount += 1 }
        return units
    }

    /// A plausible name for a CĐCS of `sector`.
    static func grassrootsName(_ sector: Sector, random: inout SplitMix64) -> String {
        let place = random.pick(places) ?? "An Phú"
        switch sector {
        case .office:
            let office = random.pick(["Cơ quan UBND", "Phòng Tài chính - Kế hoạch", "Phòng Giáo dục và Đào tạo", "Phòng Tài nguyên và Môi trường", "Chi cục Thuế", "Kho bạc Nhà nước", "Bảo hiểm xã hội"]) ?? "Cơ quan UBND"
            return "Công đoàn \(office) \(place)"
        case .commune:
            return "Công đoàn UBND \(random.chance(0.8) ? "xã" : "phường") \(place)"
        case .school:
            let school = random.pick(["Trường Mầm non", "Trường Tiểu học", "Trường THCS", "Trường THPT"]) ?? "Trường Tiểu học"
            return "Công đoàn \(school) \(place)"
        case .health:
            let clinic = random.pick(["Trạm Y tế xã", "Trung tâm Y tế", "Bệnh viện Đa khoa", "Phòng khám Đa khoa khu vực"]) ?? "Trạm Y tế xã"
            return "Công đoàn \(clinic) \(place)"
        case .enterprise:
            let form = random.pick(["Công ty TNHH", "Công ty Cổ phần", "Công ty TNHH MTV", "Doanh nghiệp tư nhân"]) ?? "Công ty TNHH"
            let trade = random.pick(trades) ?? "May mặc"
            return "Công đoàn \(form) \(trade) \(place)"
        }
    }

    /// `number` with leading zeros to `width` digits.
    static func padded(_ number: Int, width: Int) -> String {
        let digits = String(number)
        return String(repeating: "0", count: max(0, width - digits.count)) + digits
    }
}

/// The figures the model knows, one per indicator of the bundled catalogue that is reported
/// (flow, stock, weighted mean). A catalogue code not listed here gets a generic figure.
enum Figure: Int, CaseIterable {
    case workersTotal, workersFemale, underemployed, avgWage, wageCounted, wageArrears
    case labourContracts, insuredWorkers, strikes, labourAccidents, cdcsTotal, cdcsNew
    case cdcsDissolved, membersTotal, membersFemale, membersNew, officersTrained, staffConferences
    case workplaceDialogues, collectiveAgreements, legalCases, salaryRaises, promotions, staffTrained
    case welfareSpending, hardshipVisits, hardshipSupport, tetGifts, tetGiftsValue, sheltersNew
    case sheltersRepaired, sheltersMoney, socialFund, covidReviewed, covidSupported, initiatives
    case initiativePrizes, culturalUnits, goodWorkers, awards, partyCandidates, partyAdmissions
    case inspections, unionFee, unionLevy, spendingTotal

    /// The catalogue code of every figure, in case order (`workers_total` for `.workersTotal`).
    static let codes: [String] = [
        "workers_total", "workers_female", "underemployed", "avg_wage_vnd", "wage_counted",
        "wage_arrears_vnd", "labour_contracts", "insured_workers", "strikes", "labour_accidents",
        "cdcs_total", "cdcs_new", "cdcs_dissolved", "members_total", "members_female",
        "members_new", "officers_trained", "staff_conferences", "workplace_dialogues", "collective_agreements",
        "legal_cases", "salary_raises", "promotions", "staff_trained", "welfare_spending_vnd",
        "hardship_visits", "hardship_support_vnd", "tet_gifts", "tet_gifts_vnd", "shelters_new",
        "shelters_repaired", "shelters_vnd", "social_fund_vnd", "covid_reviewed", "covid_supported",
        "initiatives", "initiative_prizes", "cultural_units", "good_workers", "awards",
        "party_candidates", "party_admissions", "inspections", "union_fee_vnd", "union_levy_vnd",
        "spending_total_vnd",
    ]

    /// The figure reported under catalogue `code`, if the model knows it.
    init?(code: String) {
        guard Figure.codes.count == Figure.allCases.count, let index = Figure.codes.firstIndex(of: code) else { return nil }
        self.init(rawValue: index)
    }

    /// Its catalogue code.
    var code: String { Figure.codes[rawValue] }

    /// Its position in a `GrassrootsUnion.figures` array.
    var slot: Int { rawValue }
}

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
        case .office: size = self.random.int(in: 8 ... 60)
        case .commune: size = self.random.int(in: 12 ... 35)
        case .school: size = self.random.int(in: 15 ... 110)
        case .health: size = self.random.chance(0.7) ? self.random.int(in: 6 ... 25) : self.random.int(in: 60 ... 900)
        case .enterprise:
            // Mostly small firms, a long tail of factories with thousands of workers.
            let tiers: [(share: Double, range: ClosedRange<Int>)] = [
                (0.60, 8 ... 30), (0.25, 30 ... 120), (0.10, 120 ... 400), (0.04, 400 ... 1500), (0.01, 1500 ... 8000),
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
        case .office: femaleShare = self.random.double(in: 0.35 ... 0.6); memberShare = self.random.double(in: 0.92 ... 1.0)
            contractShare = self.random.double(in: 0.05 ... 0.25); wage = self.random.double(in: 5_500_000 ... 8_500_000)
        case .commune: femaleShare = self.random.double(in: 0.3 ... 0.5); memberShare = self.random.double(in: 0.9 ... 1.0)
            contractShare = self.random.double(in: 0.0 ... 0.15); wage = self.random.double(in: 4_500_000 ... 6_500_000)
        case .school: femaleShare = self.random.double(in: 0.6 ... 0.95); memberShare = self.random.double(in: 0.93 ... 1.0)
            contractShare = self.random.double(in: 0.05 ... 0.2); wage = self.random.double(in: 6_000_000 ... 9_500_000)
        case .health: femaleShare = self.random.double(in: 0.55 ... 0.75); memberShare = self.random.double(in: 0.9 ... 1.0)
            contractShare = self.random.double(in: 0.1 ... 0.35); wage = self.random.double(in: 6_500_000 ... 12_000_000)
        case .enterprise: femaleShare = self.random.double(in: 0.2 ... 0.85); memberShare = self.random.double(in: 0.55 ... 0.95)
            contractShare = self.random.double(in: 0.85 ... 1.0); wage = self.random.double(in: 5_000_000 ... 14_000_000)
        }
        members = Int((Double(size) * memberShare).rounded())
        hasAgreement = sector == .enterprise ? self.random.chance(0.65) : self.random.chance(0.05)
        isCultural = sector == .enterprise ? self.random.chance(0.35) : self.random.chance(0.8)
    }

    /// Moves the unit to `quarter` (workforce, membership and wages drift) and fills `figures`.
    mutating func advance(to quarter: Quarter, first: Bool) {
        let previousMembers = members
        if !first {
            let drift = sector == .enterprise
                ? (quarter.covid && quarter.year == 2021 && quarter.number == 3 ? random.double(in: -0.08 ... 0.01) : random.double(in: -0.04 ... 0.045))
                : random.double(in: -0.015 ... 0.02)
            workers = max(3, Int((Double(workers) * (1 + drift)).rounded()))
            memberShare = min(1, memberShare + random.double(in: -0.005 ... 0.01))
            femaleShare = min(0.97, max(0.03, femaleShare + random.double(in: -0.01 ... 0.01)))
            wage *= 1 + random.double(in: -0.005 ... 0.02)
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
        set(.wageArrears, business && random.chance(0.01) ? money(w * monthlyWage * random.double(in: 0.1 ... 1), step: 1_000) : 0)
        set(.labourContracts, min(workers, Int((w * contractShare).rounded())))
        set(.insuredWorkers, max(0, workers - random.count(mean: w * (business ? 0.05 : 0.005))))
        set(.strikes, business && workers > 100 && random.chance(0.004) ? 1 : 0)
        set(.labourAccidents, business ? random.count(mean: w * 0.0004) : 0)

        set(.cdcsTotal, 1)
        set(.cdcsNew, 0)
        set(.cdcsDissolved, 0)
        set(.membersTotal, members)
        set(.membersFemale, min(workersFemale, members, Int((m * femaleShare).rounded())))
        set(.membersNew, min(members, max(0, members - previousMembers) + random.count(mean: m * (business ? 0.03 : 0.005))))
        set(.officersTrained, random.count(mean: q1 || quarter.number == 2 ? 1.5 : 0.4))

        // One conference a year, nearly always in Q1, a few late ones in Q2.
        let conference = conferenceYear != quarter.year
            && (q1 ? random.chance(business ? 0.8 : 0.97) : (quarter.number == 2 && random.chance(0.3)))
        if conference { conferenceYear = quarter.year }
        set(.staffConferences, conference ? 1 : 0)
        set(.workplaceDialogues, business ? random.count(mean: 0.6) : 0)
        set(.collectiveAgreements, hasAgreement ? 1 : 0)
        set(.legalCases, random.count(mean: business ? 0.6 : 0.15))
        set(.salaryRaises, random.count(mean: w * (business ? 0.03 : 0.025)))
        set(.promotions, random.count(mean: w * 0.006))
        set(.staffTrained, random.count(mean: w * (business ? 0.01 : 0.03)))

        set(.welfareSpending, money(m * random.double(in: 40_000 ... 160_000) * (q1 ? 2.5 : 1), step: 1_000))
        let visits = random.count(mean: m * 0.03)
        set(.hardshipVisits, visits)
        set(.hardshipSupport, visits * money(random.double(in: 300_000 ... 2_000_000), step: 100_000))
        let gifts = q1 ? min(members, random.count(mean: m * 0.15)) : 0
        set(.tetGifts, gifts)
        set(.tetGiftsValue, gifts * money(random.double(in: 300_000 ... 1_000_000), step: 50_000))
        let built = random.chance(0.002) ? 1 : 0
        let repaired = random.chance(0.004) ? 1 : 0
        set(.sheltersNew, built)
        set(.sheltersRepaired, repaired)
        set(.sheltersMoney, built * money(random.double(in: 50_000_000 ... 80_000_000), step: 1_000_000)
            + repaired * money(random.double(in: 15_000_000 ... 30_000_000), step: 1_000_000))
        set(.socialFund, money(m * random.double(in: 5_000 ... 30_000), step: 1_000))
        let reviewed = quarter.covid ? min(members, random.count(mean: m * (business ? 0.12 : 0.02))) : 0
        set(.covidReviewed, reviewed)
        set(.covidSupported, reviewed == 0 ? 0 : random.int(in: 0 ... reviewed))

        let initiatives = sector == .commune ? 0 : random.count(mean: w * (business ? 0.01 : 0.02))
        set(.initiatives, initiatives)
        set(.initiativePrizes, initiatives == 0 ? 0 : random.int(in: 0 ... initiatives))
        set(.culturalUnits, isCultural ? 1 : 0)
        set(.goodWorkers, q4 ? min(workers, random.count(mean: w * 0.35)) : random.count(mean: w * 0.005))
        set(.awards, random.count(mean: q4 ? w * 0.08 : 0.3))
        let candidates = random.count(mean: m * (business ? 0.002 : 0.008))
        set(.partyCandidates, candidates)
        set(.partyAdmissions, candidates == 0 ? 0 : random.int(in: candidates / 2 ... candidates))

        set(.inspections, random.chance(0.15) ? 1 : 0)
        // Dues: 1 % of the wage a month, capped at 10 % of the base salary (149.000 đ);
        // levy: 2 % of the payroll; the CĐCS spends about 60-75 % of what it keeps.
        let fee = money(m * min(monthlyWage * 0.01, 149_000) * 3, step: 1_000)
        let levy = money(w * monthlyWage * 0.02 * 3, step: 1_000)
        set(.unionFee, fee)
        set(.unionLevy, levy)
        set(.spendingTotal, money((Double(fee) * 0.6 + Double(levy) * 0.69) * random.double(in: 0.6 ... 1.0), step: 1_000))
    }

    /// A figure for an indicator the model does not know, from its kind and measure.
    mutating func generic(_ indicator: ReportableIndicator) -> Int {
        let w = Double(workers)
        switch (indicator.kind, indicator.isMoney) {
        case (.weightedMean, true): return money(wage, step: 10_000)
        case (.weightedMean, false): return random.int(in: 1 ... 100)
        case (.stock, true): return random.chance(0.05) ? money(w * random.double(in: 10_000 ... 500_000), step: 1_000) : 0
        case (.stock, false): return random.int(in: 0 ... max(0, workers / 10))
        case (.flow, true): return money(Double(members) * random.double(in: 0 ... 50_000), step: 1_000)
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

/// A growing byte buffer for one output file, written to disk in one go.
struct ByteBuffer {
    /// The bytes so far.
    private(set) var bytes: [UInt8] = []

    /// An empty buffer with room for `capacity` bytes.
    init(capacity: Int) {
        bytes.reserveCapacity(capacity)
    }

    /// Appends raw bytes.
    mutating func append(_ raw: [UInt8]) {
        bytes.append(contentsOf: raw)
    }

    /// Appends one ASCII byte.
    mutating func append(byte: UInt8) {
        bytes.append(byte)
    }

    /// Appends the UTF-8 of `text`.
    mutating func append(_ text: String) {
        bytes.append(contentsOf: text.utf8)
    }

    /// Appends a non-negative integer in plain decimal (`2686`, no separators).
    mutating func append(number: Int) {
        var value = UInt(max(0, number))
        var width = 1
        var probe = value
        while probe >= 10 {
            probe /= 10
            width += 1
        }
        var index = bytes.count + width - 1
        bytes.append(contentsOf: repeatElement(0x30, count: width))
        repeat {
            bytes[index] = 0x30 &+ UInt8(truncatingIfNeeded: value % 10)
            value /= 10
            index -= 1
        } while value > 0
    }
}

/// Why generation stopped.
enum GeneratorError: Error, CustomStringConvertible {
    /// A bad command line.
    case usage(String)
    /// An unusable catalogue.
    case catalogue(String)
    /// A file that could not be read or written.
    case file(String)

    /// The message for stderr.
    var description: String {
        switch self {
        case let .usage(message): message
        case let .catalogue(message): "catalogue: \(message)"
        case let .file(message): message
        }
    }
}
