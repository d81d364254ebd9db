import Foundation

// GenerateProvince: writes a synthetic large province (an input folder for `unionstats`)
// to benchmark the pipeline. Same arguments, same seed → the same bytes.
//
//   GenerateProvince OUTDIR [--grassroots 20000] [--uppers 45]
//                    [--quarters 2020-Q1...2021-Q2] [--seed 42]
//                    [--catalogue input/indicators.csv] [--force]

/// The command line's usage text.
let usage = """
    usage: GenerateProvince OUTDIR [--grassroots N] [--uppers N] [--quarters FROM...TO]
                            [--seed N] [--catalogue PATH] [--force]

    Writes a synthetic province into OUTDIR: units.csv (federation FED, upper units U01…,
    CĐCS U01-0001…), indicators.csv (a copy of --catalogue), settings.csv, README.md and
    reports/YYYY/Qn/<upper>.csv, one long CSV per upper unit per quarter holding every
    flow, stock and weighted-mean indicator of every CĐCS (ratios are never written).

      --grassroots N     number of CĐCS (default 20000)
      --uppers N         number of upper units (default 45)
      --quarters SPEC    FROM...TO (e.g. 2020-Q1...2021-Q2, the default) or Q,Q,…
      --seed N           seed of the generator (default 42); same seed, same files
      --catalogue PATH   the indicator catalogue to copy (default input/indicators.csv)
      --force            write into a non-empty OUTDIR (its reports/ folder is replaced)
    """

/// What the command line asked for.
struct Options {
    /// The folder to write.
    var output = ""
    /// How many CĐCS.
    var grassroots = 20_000
    /// How many upper units.
    var uppers = 45
    /// The quarters to write reports for, in order.
    var quarters: [Quarter] = Options.quarterRange(Quarter(year: 2020, number: 1), Quarter(year: 2021, number: 2))
    /// The generator's seed.
    var seed: UInt64 = 42
    /// The catalogue to copy and read.
    var catalogue = "input/indicators.csv"
    /// Whether a non-empty output folder may be written into.
    var force = false
    /// Whether only the usage was asked for.
    var help = false

    /// Reads the arguments (without the program name); `--name value` or `--name=value`.
    static func parse(_ arguments: [String]) throws(GeneratorError) -> Options {
        var options = Options()
        var positional: [String] = []
        var index = 0
        while index < arguments.count {
            let argument = arguments[index]
            index += 1
            guard argument.hasPrefix("--") else {
                positional.append(argument)
                continue
            }
            var name = argument
            var inline: String?
            if let equals = argument.firstIndex(of: "=") {
                name = String(argument[..<equals])
                inline = String(argument[argument.index(after: equals)...])
            }
            if name == "--help" { options.help = true; continue }
            if name == "--force" { options.force = true; continue }
            let value: String
            if let inline {
                value = inline
            } else if index < arguments.count {
                value = arguments[index]
                index += 1
            } else {
                throw .usage("\(name) needs a value")
            }
            switch name {
            case "--grassroots": options.grassroots = try count(value, of: name, in: 1 ... 9_999_999)
            case "--uppers": options.uppers = try count(value, of: name, in: 1 ... 999)
            case "--seed":
                guard let seed = UInt64(value) else { throw .usage("--seed needs a whole number ≥ 0, not '\(value)'") }
                options.seed = seed
            case "--quarters": options.quarters = try quarters(value)
            case "--catalogue": options.catalogue = value
            default: throw .usage("unknown option \(name)")
            }
        }
        if options.help { return options }
        guard positional.count == 1, let output = positional.first, !output.isEmpty else {
            throw .usage(positional.isEmpty ? "OUTDIR is missing" : "only one OUTDIR, got: \(positional.joined(separator: " "))")
        }
        options.output = output
        return options
    }

    /// A whole number in `range`; `20.000` and `20_000` are read as 20000.
    private static func count(_ text: String, of name: String, in range: ClosedRange<Int>) throws(GeneratorError) -> Int {
        let digits = text.filter { $0 != "." && $0 != "_" }
        guard let number = Int(digits), range.contains(number) else {
            throw .usage("\(name) needs a whole number in \(range.lowerBound)...\(range.upperBound), not '\(text)'")
        }
        return number
    }

    /// `2020-Q1...2021-Q2` (or `..`) as every quarter from one to the other; else a list `2020-Q1,2020-Q3`.
    private static func quarters(_ text: String) throws(GeneratorError) -> [Quarter] {
        let bounds = text.replacingOccurrences(of: "...", with: "..").components(separatedBy: "..")
        if bounds.count == 2 {
            guard let from = Quarter(bounds[0]), let to = Quarter(bounds[1]), from <= to else {
                throw .usage("--quarters: '\(text)' is not a range like 2020-Q1...2021-Q2")
            }
            return quarterRange(from, to)
        }
        var list: [Quarter] = []
        for item in text.split(separator: ",") {
            guard let quarter = Quarter(item) else { throw .usage("--quarters: '\(item)' is not a quarter like 2021-Q2") }
            if !list.contains(quarter) { list.append(quarter) }
        }
        guard !list.isEmpty else { throw .usage("--quarters is empty") }
        return list.sorted()
    }

    /// Every quarter from `from` to `to`, both included.
    static func quarterRange(_ from: Quarter, _ to: Quarter) -> [Quarter] {
        var list: [Quarter] = []
        var quarter = from
        while quarter <= to {
            list.append(quarter)
            quarter = quarter.next
        }
        return list
    }
}

/// What was written, for the closing line on stderr.
struct Summary {
    /// Units in units.csv.
    var units = 0
    /// Files written.
    var files = 0
    /// Report rows written.
    var rows = 0
    /// Bytes written.
    var bytes = 0
}

/// Writes the whole province folder.
struct ProvinceWriter {
    /// The command line.
    let options: Options

    /// The output folder as a URL.
    private var root: URL { URL(fileURLWithPath: options.output, isDirectory: true) }

    /// Writes every file; returns what it wrote.
    func write() throws(GeneratorError) -> Summary {
        let catalogueData: Data
        do {
            catalogueData = try Data(contentsOf: URL(fileURLWithPath: options.catalogue))
        } catch {
            throw .file("cannot read the catalogue \(options.catalogue): \(error.localizedDescription)")
        }
        let (indicators, skipped) = try CatalogueReader.reportable(from: String(decoding: catalogueData, as: UTF8.self))
        for item in skipped {
            warn("catalogue: skipped \(item): not flow, stock, weighted_mean or ratio")
        }
        try prepareFolders()
        var summary = Summary()
        try save(Array(catalogueData), to: "indicators.csv", summary: &summary)
        try save(Array(settingsCSV.utf8), to: "settings.csv", summary: &summary)
        try save(Array(readme(indicatorCount: indicators.count).utf8), to: "README.md", summary: &summary)

        let uppers = ProvinceLayout.uppers(count: options.uppers, grassroots: options.grassroots, seed: options.seed)
        let codeWidth = max(4, String(uppers.map(\.grassrootsCount).max() ?? 0).count)
        var units = ByteBuffer(capacity: 128 * (options.grassroots + options.uppers + 2))
        units.append("code,name,parent,level\nFED,Liên đoàn Lao động tỉnh Giả Lập,,federation\n")
        for upper in uppers {
            units.append("\(upper.code),\(upper.name),FED,upper\n")
        }
        // Per quarter and indicator, the bytes between a unit code and its value: `,2021-Q2,members_total,`.
        let middles = options.quarters.map { quarter in
            indicators.map { Array(",\(quarter.label),\($0.code),".utf8) }
        }
        let header = Array("unit,period,indicator,value,note\n".utf8)
        let strikeNote = Array("\"Ngừng việc tập thể, đã đối thoại và giải quyết xong\"".utf8)
        let accidentNote = Array("Tai nạn lao động nhẹ".utf8)
        var serial: UInt64 = 0
        for upper in uppers {
            let rowBytes = upper.code.utf8.count + 1 + codeWidth + 40
            var files = options.quarters.map { _ in ByteBuffer(capacity: 64 + upper.grassrootsCount * indicators.count * rowBytes) }
            for file in files.indices { files[file].append(header) }
            for number in 1 ..< upper.grassrootsCount + 1 {
                serial += 1
                var random = SplitMix64(seed: options.seed, stream: 0x1_0000_0000 + serial)
                let sector = random.pick(upper.sectors) ?? .enterprise
                let code = "\(upper.code)-\(ProvinceLayout.padded(number, width: codeWidth))"
                let name = ProvinceLayout.grassrootsName(sector, random: &random)
                units.append("\(code),\(name),\(upper.code),grassroots\n")
                let codeBytes = Array(code.utf8)
                var union = GrassrootsUnion(sector: sector, random: random)
                for (position, quarter) in options.quarters.enumerated() {
                    union.advance(to: quarter, first: position == 0)
                    for (column, indicator) in indicators.enumerated() {
                        let value = indicator.figure.map { union.value($0) } ?? union.generic(indicator)
                        files[position].append(codeBytes)
                        files[position].append(middles[position][column])
                        files[position].append(number: value)
                        files[position].append(byte: 0x2C)
                        if value > 0, indicator.figure == .strikes { files[position].append(strikeNote) }
                        if value > 0, indicator.figure == .labourAccidents { files[position].append(accidentNote) }
                        files[position].append(byte: 0x0A)
                    }
                    summary.rows += indicators.count
                }
            }
            // An upper unit without CĐCS (more upper units than CĐCS) sends no report.
            for (position, quarter) in options.quarters.enumerated() where upper.grassrootsCount > 0 {
                try save(files[position].bytes, to: "reports/\(quarter.year)/Q\(quarter.number)/\(upper.code).csv", summary: &summary)
            }
        }
        try save(units.bytes, to: "units.csv", summary: &summary)
        summary.units = 1 + options.uppers + options.grassroots
        return summary
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
        for quarter in options.quarters {
            let folder = root.appendingPathComponent("reports/\(quarter.year)/Q\(quarter.number)", isDirectory: true)
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

    /// The settings of the synthetic federation.
    private var settingsCSV: String {
        """
        key,value
        federation_name,LIÊN ĐOÀN LAO ĐỘNG TỈNH GIẢ LẬP
        superior_name,TỔNG LIÊN ĐOÀN LAO ĐỘNG VIỆT NAM
        place,Giả Lập
        preparer_title,NGƯỜI LẬP BIỂU
        preparer_name,Nguyễn Văn Mẫu
        signer_on_behalf,TM. BAN THƯỜNG VỤ
        signer_title,CHỦ TỊCH
        signer_name,Trần Thị Thử
        cutoff_H1,31/05
        cutoff_Y,30/11

        """
    }

    /// A README saying the data are invented and how they were made.
    private func readme(indicatorCount: Int) -> String {
        let quarters = options.quarters.map(\.label)
        return """
            # Tỉnh giả lập / Synthetic province (benchmark data)

            EVERY FIGURE AND NAME HERE IS INVENTED by `GenerateProvince` to measure `unionstats` on a
            province of realistic size. Do not quote anything in this folder as a fact.

            - \(options.uppers) upper units (U01…), \(options.grassroots) CĐCS, federation FED.
            - \(indicatorCount) reportable indicators of `\(options.catalogue)` per CĐCS per quarter (ratios are never written).
            - Quarters: \(quarters.first ?? "")…\(quarters.last ?? "") (\(quarters.count)); one long CSV per upper unit per quarter.
            - Seed \(options.seed): the same arguments give the same bytes.

            Made with: `GenerateProvince OUTDIR --grassroots \(options.grassroots) --uppers \(options.uppers) --quarters \(quarters.joined(separator: ",")) --seed \(options.seed) --catalogue \(options.catalogue)`

            """
    }
}

/// Writes one line to stderr.
func warn(_ message: String) {
    FileHandle.standardError.write(Data((message + "\n").utf8))
}

let started = Date()
do {
    let options = try Options.parse(Array(CommandLine.arguments.dropFirst()))
    if options.help {
        print(usage)
        exit(0)
    }
    let summary = try ProvinceWriter(options: options).write()
    let seconds = Date().timeIntervalSince(started)
    let megabytes = Double(summary.bytes) / 1_048_576
    warn("GenerateProvince: \(summary.units) units, \(summary.files) files, \(summary.rows) report rows, "
        + String(format: "%.1f MiB in %.2f s", megabytes, seconds) + " → \(options.output)")
} catch {
    warn("GenerateProvince: \(error)")
    if case .usage = error { warn(usage) }
    exit(error.isUsage ? 2 : 1)
}

extension GeneratorError {
    /// Whether the command line itself was wrong (exit status 2).
    var isUsage: Bool {
        if case .usage = self { true } else { false }
    }
}
