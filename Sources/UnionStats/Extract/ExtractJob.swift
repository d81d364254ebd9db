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
    public static func run(file: URL, unit: String, period: Period, input: URL) throws(ExtractError) -> ExtractOutcome {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: input.path, isDirectory: &isDirectory), isDirectory.boolValue
        else {
            throw .input(.missingFolder(input.path))
        }
        let log = FindingLog()
        let catalogue: Catalogue
        do throws(UnionStatsError) {
            for name in ["units.csv", "indicators.csv"]
            where !FileManager.default.fileExists(atPath: input.appendingPathComponent(name).path) {
                throw .missingFile(input.appendingPathComponent(name).path)
            }
            let units = try UnitTreeLoader.load(
                url: input.appendingPathComponent("units.csv"), file: "units.csv", findings: log.emitter)
            guard units.tree.index(of: unit) != nil else { throw .unknownUnit(unit) }
            catalogue = try CatalogueLoader.load(
                url: input.appendingPathComponent("indicators.csv"), file: "indicators.csv", findings: log.emitter)
        } catch {
            throw .input(error)
        }
        let table = try PhraseTable.load(folder: input, catalogue: catalogue)
        let blocks = try NarrativeDocument.blocks(of: file)
        let extraction = NarrativeExtractor(catalogue: catalogue, table: table).extract(blocks: blocks, period: period)
        return ExtractOutcome(
            extraction: extraction,
            reportCSV: ExtractDraft.reportCSV(extraction.figures, unit: unit, period: period),
            targetsCSV: ExtractDraft.targetsCSV(extraction.targets, unit: unit),
            summary: ExtractDraft.summary(
                extraction, catalogue: catalogue, unit: unit, period: period, file: file.relativePath),
            findings: log.findings.filter { $0.severity >= .warning } + table.findings)
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
