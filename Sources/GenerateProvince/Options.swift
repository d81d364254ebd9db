import Foundation

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
    /// How many of the usual defects to put in (1 = the usual few percent, 0 = clean data).
    var defectRate = 1.0
    /// Write one wide xlsx report (one row per CĐCS for the last quarter) instead of long CSVs.
    var wideXLSX = false
    /// How many indicator columns the wide sheet has (the catalogue is extended when it has fewer).
    var wideColumns = 50

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
            if name == "--help" {
                options.help = true
                continue
            }
            if name == "--force" {
                options.force = true
                continue
            }
            if name == "--wide-xlsx" {
                options.wideXLSX = true
                continue
            }
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
            case "--grassroots": options.grassroots = try count(value, of: name, in: 1...9_999_999)
            case "--uppers": options.uppers = try count(value, of: name, in: 1...999)
            case "--seed":
                guard let seed = UInt64(value) else { throw .usage("--seed needs a whole number ≥ 0, not '\(value)'") }
                options.seed = seed
            case "--quarters": options.quarters = try quarters(value)
            case "--catalogue": options.catalogue = value
            case "--wide-columns": options.wideColumns = try count(value, of: name, in: 1...16_000)
            case "--defect-rate":
                guard let rate = Double(value), rate >= 0, rate <= 20 else {
                    throw .usage("--defect-rate needs a number in 0...20, not '\(value)'")
                }
                options.defectRate = rate
            default: throw .usage("unknown option \(name)")
            }
        }
        if options.help { return options }
        guard positional.count == 1, let output = positional.first, !output.isEmpty else {
            throw .usage(
                positional.isEmpty ? "OUTDIR is missing" : "only one OUTDIR, got: \(positional.joined(separator: " "))")
        }
        options.output = output
        return options
    }

    /// A whole number in `range`; `20.000` and `20_000` are read as 20000.
    private static func count(_ text: String, of name: String, in range: ClosedRange<Int>) throws(GeneratorError) -> Int
    {
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
            guard let quarter = Quarter(item) else {
                throw .usage("--quarters: '\(item)' is not a quarter like 2021-Q2")
            }
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
