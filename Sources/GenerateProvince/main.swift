import Foundation

// GenerateProvince: writes a synthetic large province (an input folder for `unionstats`)
// to benchmark the pipeline. Same arguments, same seed → the same bytes.
//
//   GenerateProvince OUTDIR [--grassroots 20000] [--uppers 45]
//                    [--quarters 2020-Q1...2021-Q2] [--seed 42] [--defect-rate 1]
//                    [--catalogue input/indicators.csv] [--force] [--wide-xlsx [--wide-columns 50]]

/// The command line's usage text.
let usage = """
    usage: GenerateProvince OUTDIR [--grassroots N] [--uppers N] [--quarters FROM...TO]
                            [--seed N] [--defect-rate X] [--catalogue PATH] [--force]
                            [--wide-xlsx [--wide-columns N]]

    Writes a synthetic province into OUTDIR: units.csv (federation FED, upper units U01…,
    CĐCS U01-0001…), indicators.csv (a copy of --catalogue), settings.csv, README.md and
    reports/YYYY/Qn/<upper>.csv, one long CSV per upper unit per quarter holding every
    flow, stock and weighted-mean indicator of every CĐCS (ratios are never written).
    The files look like real submissions: a mostly empty `note` column with a few Vietnamese
    notes (some quoted, with commas), some files with a BOM, CRLF, Vietnamese headers or
    figures written `1.234.567`, a few quoted values, codes with spaces around them, and
    about 1 % of rows that raise findings (bad numbers, unknown indicators, duplicates,
    short rows) plus impossible pairs and outliers in a few percent of CĐCS-quarters.

      --grassroots N     number of CĐCS (default 20000)
      --uppers N         number of upper units (default 45)
      --quarters SPEC    FROM...TO (e.g. 2020-Q1...2021-Q2, the default) or Q,Q,…
      --seed N           seed of the generator (default 42); same seed, same files
      --catalogue PATH   the indicator catalogue to copy (default input/indicators.csv)
      --force            write into a non-empty OUTDIR (its reports/ folder is replaced)
      --defect-rate X    scale the defects (default 1; 0 writes clean, valid data only)
      --wide-xlsx        write reports/wide-<last quarter>.xlsx instead of the CSVs: one wide
                         sheet (unit, period, one column per indicator), one row per CĐCS
      --wide-columns N   indicator columns of the wide sheet (default 50); when the catalogue
                         has fewer reportable indicators, extra flows extra_01… are added to
                         the indicators.csv written
    """

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
    warn(
        "GenerateProvince: \(summary.units) units, \(summary.files) files, \(summary.rows) report rows, "
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
