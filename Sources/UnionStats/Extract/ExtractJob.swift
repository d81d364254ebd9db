import Foundation

/// What one `extract` run found, ready to write and print.
public struct ExtractOutcome: Sendable {
    /// The figures, targets and numbers left.
    public let extraction: Extraction
    /// The draft report CSV.
    public let reportCSV: [UInt8]
    /// The draft targets CSV (a header only when there is no target).
    public let targetsCSV: [UInt8]
    /// The readable list for the terminal.
    public let summary: String
    /// Findings about units.csv and indicators.csv (warnings and errors), then those of the phrase table.
    public let findings: [Finding]
}

/// `unionstats extract`: a draft long CSV from a narrative report, each figure with the sentence it came from.
public enum ExtractJob {
    /// Reads `file` as the report of `unit` for `period`, with the catalogue and phrase table of `input`.
    /// `unit` may be any code with a version in units.csv; when the unit did not live through all of
    /// `period` the summary opens with a warning (`lifeWarning`), and the draft is still made.
    public static func run(file: URL, unit: String, period: Period, input: URL) throws(ExtractError) -> ExtractOutcome {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: input.path, isDirectory: &isDirectory), isDirectory.boolValue
        else {
            throw .input(.missingFolder(input.path))
        }
        let log = FindingLog()
        for name in ["units.csv", "indicators.csv"]
        where !FileManager.default.fileExists(atPath: input.appendingPathComponent(name).path) {
            throw .input(.missingFile(input.appendingPathComponent(name).path))
        }
        let units = try Self.input { () throws(UnionStatsError) in
            try UnitTreeLoader.load(
                url: input.appendingPathComponent("units.csv"), file: "units.csv", findings: log.emitter)
        }
        // Any unit that has a version in units.csv, dissolved ones too: their last reports are drafted late.
        guard let id = units.history.id(of: unit) else {
            throw units.leftOut.contains(unit) ? .unitLeftOut(unit) : .input(.unknownUnit(unit))
        }
        let lifeWarning = Self.lifeWarning(unit: unit, lifespan: units.history.lifespan(of: id), period: period)
        let catalogue = try Self.input { () throws(UnionStatsError) in
            try CatalogueLoader.load(
                url: input.appendingPathComponent("indicators.csv"), file: "indicators.csv", findings: log.emitter)
        }
        let table = try PhraseTable.load(folder: input, catalogue: catalogue)
        let blocks = try NarrativeDocument.blocks(of: file)
        let extraction = NarrativeExtractor(catalogue: catalogue, table: table).extract(blocks: blocks, period: period)
        return ExtractOutcome(
            extraction: extraction,
            reportCSV: ExtractDraft.reportCSV(extraction.figures, unit: unit, period: period),
            targetsCSV: ExtractDraft.targetsCSV(extraction.targets, unit: unit),
            summary: (lifeWarning.map { $0 + "\n" } ?? "")
                + ExtractDraft.summary(
                    extraction, catalogue: catalogue, unit: unit, period: period, file: file.relativePath),
            findings: log.findings.filter { $0.severity >= .warning } + table.findings)
    }

    /// The warning for a unit that did not live through all of `period` (dissolved before it ended, or founded
    /// after it began; units.csv `valid_from`/`valid_to`), nil when it did. The draft is still made: a
    /// dissolved unit's last reports are drafted after it ended.
    static func lifeWarning(unit: String, lifespan: (first: Day?, last: Day?), period: Period) -> String? {
        let start = Day(startOf: period)
        let end = Day(endOf: period)
        let life =
            "units.csv: \(lifespan.first.map { "từ \($0)" } ?? "từ trước") \(lifespan.last.map { "đến \($0)" } ?? "đến nay")"
        if let last = lifespan.last, last < start {
            return
                "Cảnh báo: đơn vị \(unit) đã kết thúc trước kỳ \(period) (\(life)); vẫn lập bản nháp, hãy kiểm tra lại mã đơn vị và kỳ báo cáo."
        }
        if let first = lifespan.first, end < first {
            return
                "Cảnh báo: đơn vị \(unit) chưa thành lập trong kỳ \(period) (\(life)); vẫn lập bản nháp, hãy kiểm tra lại mã đơn vị và kỳ báo cáo."
        }
        if let last = lifespan.last, last < end {
            return
                "Cảnh báo: đơn vị \(unit) chỉ hoạt động một phần kỳ \(period) (\(life)); vẫn lập bản nháp, hãy kiểm tra lại mã đơn vị và kỳ báo cáo."
        }
        if let first = lifespan.first, start < first {
            return
                "Cảnh báo: đơn vị \(unit) chỉ hoạt động một phần kỳ \(period) (\(life)); vẫn lập bản nháp, hãy kiểm tra lại mã đơn vị và kỳ báo cáo."
        }
        return nil
    }

    /// Runs a loader, its error as an `ExtractError`.
    private static func input<T>(_ load: () throws(UnionStatsError) -> T) throws(ExtractError) -> T {
        do {
            return try load()
        } catch {
            throw .input(error)
        }
    }

    /// Writes `bytes` to `output` atomically; refuses a file inside the input folder (a draft is checked
    /// by a person before it joins the reports) and the narrative itself.
    public static func write(_ bytes: [UInt8], to output: URL, input: URL, narrative: URL) throws(ExtractError) {
        guard OutputFolder.resolved(output) != OutputFolder.resolved(narrative) else {
            throw .outputIsNarrative(output.path)
        }
        do {
            let folder = try OutputFolder(root: output.deletingLastPathComponent(), input: input)
            try folder.write(bytes, to: output.lastPathComponent)
        } catch {
            throw .input(error)
        }
    }
}
