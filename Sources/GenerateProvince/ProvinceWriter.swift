import Foundation

/// Writes the whole province folder.
struct ProvinceWriter {
    /// The command line.
    let options: Options

    /// The output folder as a URL.
    var root: URL { URL(fileURLWithPath: options.output, isDirectory: true) }

    /// Writes every file; returns what it wrote.
    func write() throws(GeneratorError) -> Summary {
        let catalogueData: Data
        do {
            catalogueData = try Data(contentsOf: URL(fileURLWithPath: options.catalogue))
        } catch {
            throw .file("cannot read the catalogue \(options.catalogue): \(error.localizedDescription)")
        }
        var catalogueText = String(decoding: catalogueData, as: UTF8.self)
        var (indicators, skipped) = try CatalogueReader.reportable(from: catalogueText)
        for item in skipped {
            warn("catalogue: skipped \(item): not flow, stock, weighted_mean or ratio")
        }
        if options.wideXLSX {
            (catalogueText, indicators) = WideSheet.extend(catalogueText, indicators, to: options.wideColumns)
        }
        try prepareFolders()
        var summary = Summary()
        try save(Array(catalogueText.utf8), to: "indicators.csv", summary: &summary)
        try save(Array(settingsCSV.utf8), to: "settings.csv", summary: &summary)
        try save(Array(readme(indicatorCount: indicators.count).utf8), to: "README.md", summary: &summary)

        let uppers = ProvinceLayout.uppers(count: options.uppers, grassroots: options.grassroots, seed: options.seed)
        var units = ByteBuffer(capacity: 128 * (options.grassroots + options.uppers + 2))
        units.append("code,name,parent,level\nFED,Liên đoàn Lao động tỉnh Giả Lập,,federation\n")
        for upper in uppers {
            units.append("\(upper.code),\(upper.name),FED,upper\n")
        }
        if options.wideXLSX {
            var sheet = try WideSheet(
                path: root.appendingPathComponent(wideReportPath).path, indicators: indicators,
                quarter: options.quarters[options.quarters.count - 1])
            try eachGrassroots(uppers, indicators: indicators, units: &units) {
                (_, code, position, values: inout [Int], random: inout SplitMix64) throws(GeneratorError) in
                guard position == options.quarters.count - 1 else { return }
                if let mistake = UnitMistake.draw(&random, defectRate: options.defectRate) {
                    apply(mistake, to: &values, indicators: indicators, random: &random)
                }
                try sheet.writeRow(unit: code, values: values)
                summary.rows += 1
            }
            try sheet.close()
            summary.files += 1
            summary.bytes +=
                (try? FileManager.default.attributesOfItem(atPath: root.appendingPathComponent(wideReportPath).path)[
                    .size] as? Int) ?? 0
        } else {
            try writeLongReports(uppers, indicators: indicators, units: &units, summary: &summary)
        }
        try save(units.bytes, to: "units.csv", summary: &summary)
        summary.units = 1 + options.uppers + options.grassroots
        return summary
    }

    /// The wide report's path under the output folder.
    private var wideReportPath: String { "reports/wide-\(options.quarters[options.quarters.count - 1].label).xlsx" }

    /// One long CSV per upper unit per quarter, each with its own habits and quirks.
    private func writeLongReports(
        _ uppers: [UpperUnit], indicators: [ReportableIndicator], units: inout ByteBuffer, summary: inout Summary
    ) throws(GeneratorError) {
        let pieces = RowPieces(quarters: options.quarters, codes: indicators.map(\.code))
        let table = QuirkTable(defectRate: options.defectRate)
        let strikeNote = Array("\"Ngừng việc tập thể, đã đối thoại và giải quyết xong\"".utf8)
        let accidentNote = Array("Tai nạn lao động nhẹ".utf8)
        for (upperIndex, upper) in uppers.enumerated() where upper.grassrootsCount > 0 {
            let rowBytes = upper.code.utf8.count + 45
            var files = options.quarters.indices.map { position in
                QuarterFile(
                    position: position, seed: options.seed,
                    stream: 0x2_0000_0000 + UInt64(upperIndex) << 8 + UInt64(position),
                    capacity: 64 + upper.grassrootsCount * indicators.count * rowBytes)
            }
            try eachGrassroots([upper], indicators: indicators, units: &units) {
                (_, code, position, values: inout [Int], random: inout SplitMix64) throws(GeneratorError) in
                if let mistake = UnitMistake.draw(&random, defectRate: options.defectRate) {
                    apply(mistake, to: &values, indicators: indicators, random: &random)
                }
                let codeBytes = Array(code.utf8)
                for (column, indicator) in indicators.enumerated() {
                    let value = values[column]
                    let note =
                        value > 0 && indicator.figure == .strikes
                        ? strikeNote
                        : value > 0 && indicator.figure == .labourAccidents ? accidentNote : nil
                    summary.rows += files[position].writeRow(
                        unit: codeBytes, column: column, value: value, note: note, pieces: pieces, table: table)
                }
            }
            for (position, quarter) in options.quarters.enumerated() {
                try save(
                    files[position].buffer.bytes, to: "reports/\(quarter.year)/Q\(quarter.number)/\(upper.code).csv",
                    summary: &summary)
            }
        }
    }

    /// Runs the model of every CĐCS under `uppers` quarter by quarter, adding its line to `units`
    /// and handing `body` (upper unit, CĐCS code, quarter position, its figures in catalogue order,
    /// a stream for mistakes) each quarter's figures. The CĐCS's serial number (its random stream)
    /// counts across all upper units of the province, whichever are asked for.
    private func eachGrassroots(
        _ uppers: [UpperUnit], indicators: [ReportableIndicator], units: inout ByteBuffer,
        _ body: (UpperUnit, String, Int, inout [Int], inout SplitMix64) throws(GeneratorError) -> Void
    ) throws(GeneratorError) {
        let all = ProvinceLayout.uppers(count: options.uppers, grassroots: options.grassroots, seed: options.seed)
        let codeWidth = max(4, String(all.map(\.grassrootsCount).max() ?? 0).count)
        var values = Array(repeating: 0, count: indicators.count)
        for upper in uppers {
            let before = all.prefix { $0.code != upper.code }.reduce(0) { $0 + $1.grassrootsCount }
            for number in 1..<upper.grassrootsCount + 1 {
                let serial = UInt64(before + number)
                var random = SplitMix64(seed: options.seed, stream: 0x1_0000_0000 + serial)
                var mistakes = SplitMix64(seed: options.seed, stream: 0x3_0000_0000 + serial)
                let sector = random.pick(upper.sectors) ?? .enterprise
                let code = "\(upper.code)-\(ProvinceLayout.padded(number, width: codeWidth))"
                let name = ProvinceLayout.grassrootsName(sector, random: &random)
                units.append("\(code),\(name),\(upper.code),grassroots\n")
                var union = GrassrootsUnion(sector: sector, random: random)
                for (position, quarter) in options.quarters.enumerated() {
                    union.advance(to: quarter, first: position == 0)
                    for (column, indicator) in indicators.enumerated() {
                        values[column] = indicator.figure.map { union.value($0) } ?? union.generic(indicator)
                    }
                    try body(upper, code, position, &values, &mistakes)
                }
            }
        }
    }

    /// Puts `mistake` into one CĐCS-quarter's `values`.
    private func apply(
        _ mistake: UnitMistake, to values: inout [Int], indicators: [ReportableIndicator], random: inout SplitMix64
    ) {
        func column(_ figure: Figure) -> Int? { indicators.firstIndex { $0.figure == figure } }
        switch mistake {
        case .impossiblePair:
            if random.chance(0.7), let female = column(.membersFemale), let total = column(.membersTotal) {
                values[female] = values[total] + random.int(in: 1...20)
            } else if let members = column(.membersTotal), let workers = column(.workersTotal) {
                values[members] = values[workers] + random.int(in: 1...20)
            }
        case .extraZero:
            for _ in 0..<4 {
                let candidate = random.int(in: 0...indicators.count - 1)
                guard indicators[candidate].kind != .weightedMean, values[candidate] >= 20 else { continue }
                values[candidate] *= 10
                return
            }
        }
    }

    /// Creates the folders; refuses a non-empty output folder unless `--force` (then only its
    /// `reports/` is removed, so no stale report survives).
    private func prepareFolders() throws(GeneratorError) {
        let manager = FileManager.default
        let existing = (try? manager.contentsOfDirectory(atPath: root.path)) ?? []
        if !existing.isEmpty {
            guard options.force else {
                throw .file("\(options.output) exists and is not empty; remove it or pass --force")
            }
            let reports = root.appendingPathComponent("reports")
            if manager.fileExists(atPath: reports.path) {
                do { try manager.removeItem(at: reports) } catch {
                    throw .file("cannot remove \(reports.path): \(error.localizedDescription)")
                }
            }
        }
        let folders = options.wideXLSX ? ["reports"] : options.quarters.map { "reports/\($0.year)/Q\($0.number)" }
        for path in folders {
            let folder = root.appendingPathComponent(path, isDirectory: true)
            do { try manager.createDirectory(at: folder, withIntermediateDirectories: true) } catch {
                throw .file("cannot create \(folder.path): \(error.localizedDescription)")
            }
        }
    }

    /// Writes `bytes` to `path` under the output folder in one call.
    private func save(_ bytes: [UInt8], to path: String, summary: inout Summary) throws(GeneratorError) {
        let url = root.appendingPathComponent(path)
        do { try Data(bytes).write(to: url) } catch {
            throw .file("cannot write \(url.path): \(error.localizedDescription)")
        }
        summary.files += 1
        summary.bytes += bytes.count
    }
}
