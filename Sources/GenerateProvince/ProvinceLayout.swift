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
        for index in 0..<uppers {
            let code = "U" + padded(index + 1, width: width)
            if index < sectorUnions.count && uppers >= 10 {
                units.append(
                    UpperUnit(
                        code: code, name: sectorUnions[index].name, sectors: sectorUnions[index].sectors,
                        grassrootsCount: 0))
                continue
            }
            let place = places[index % places.count] + (index >= places.count ? " \(index / places.count + 1)" : "")
            let kind = index % 7 == 0 ? "thành phố" : index % 11 == 0 ? "thị xã" : "huyện"
            units.append(
                UpperUnit(
                    code: code, name: "Liên đoàn Lao động \(kind) \(place)", sectors: districtSectors,
                    grassrootsCount: 0))
        }
        // Uneven weights 1…6 (a few big districts, the KCN union biggest), then largest remainders.
        var weights = units.map { _ in random.double(in: 1...6) }
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
            let office =
                random.pick([
                    "Cơ quan UBND", "Phòng Tài chính - Kế hoạch", "Phòng Giáo dục và Đào tạo",
                    "Phòng Tài nguyên và Môi trường", "Chi cục Thuế", "Kho bạc Nhà nước", "Bảo hiểm xã hội",
                ]) ?? "Cơ quan UBND"
            return "Công đoàn \(office) \(place)"
        case .commune:
            return "Công đoàn UBND \(random.chance(0.8) ? "xã" : "phường") \(place)"
        case .school:
            let school =
                random.pick(["Trường Mầm non", "Trường Tiểu học", "Trường THCS", "Trường THPT"]) ?? "Trường Tiểu học"
            return "Công đoàn \(school) \(place)"
        case .health:
            let clinic =
                random.pick(["Trạm Y tế xã", "Trung tâm Y tế", "Bệnh viện Đa khoa", "Phòng khám Đa khoa khu vực"])
                ?? "Trạm Y tế xã"
            return "Công đoàn \(clinic) \(place)"
        case .enterprise:
            let form =
                random.pick(["Công ty TNHH", "Công ty Cổ phần", "Công ty TNHH MTV", "Doanh nghiệp tư nhân"])
                ?? "Công ty TNHH"
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
