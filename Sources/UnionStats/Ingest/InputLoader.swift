import Foundation

/// Ingest: reads an input folder (`units.csv`, `indicators.csv`, `settings.csv`, `reports/**`).
public enum InputLoader {
    /// Reads everything, emitting a finding for each problem; throws only when the run cannot go on
    /// (no folder, no units, no catalogue).
    ///
    /// Report files are read in parallel, on `readers` threads (nil: one per core), and taken into
    /// the store in the order `ReportFinder` lists them, so the result does not depend on the number
    /// of threads; `progress` hears of each file read. Without `fingerprints`, the report files'
    /// SHA-256 are not computed (left empty): for runs that write no `Nguồn` sheet.
    public static func load(
        folder: URL, findings: FindingEmitter, progress: ReadProgress? = nil, fingerprints: Bool = true,
        readers: Int? = nil
    ) throws(UnionStatsError) -> InputData {
        try requireFolder(folder)
        var files: [InputFile] = []
        let unitsURL = folder.appendingPathComponent("units.csv")
        let catalogueURL = folder.appendingPathComponent("indicators.csv")
        for url in [unitsURL, catalogueURL]
        where !FileManager.default.fileExists(atPath: url.path) {
            throw .missingFile(url.path)
        }
        let units = try UnitTreeLoader.load(url: unitsURL, file: "units.csv", findings: findings)
        let tree = units.tree
        files.append(describe(unitsURL, path: "units.csv", records: tree.count))
        let catalogue = try CatalogueLoader.load(url: catalogueURL, file: "indicators.csv", findings: findings)
        files.append(describe(catalogueURL, path: "indicators.csv", records: catalogue.count))
        let settingsURL = folder.appendingPathComponent("settings.csv")
        var settings = try SettingsLoader.load(url: settingsURL, file: "settings.csv", findings: findings)
        if settings.federationName == Settings().federationName, tree.count > 0 {
            // Without a name of its own, the issuing union is the root of units.csv, in capitals as documents write it.
            settings.federationName = tree.units[tree.root].name.uppercased()
        }
        if FileManager.default.fileExists(atPath: settingsURL.path) {
            files.append(describe(settingsURL, path: "settings.csv", records: 0))
        } else {
            findings.emit(
                .settingsMissing(federationName: settings.federationName), at: SourceLocation(file: "settings.csv"))
        }
        var store = ObservationStore(unitCount: units.history.count, indicatorCount: catalogue.count)
        let readers = ReportReaders(
            csv: LongCSVIngest(
                history: units.history, settings: settings, catalogue: catalogue, leftOut: units.leftOut,
                fingerprints: fingerprints),
            xlsx: XLSXReportIngest(
                history: units.history, settings: settings, catalogue: catalogue, leftOut: units.leftOut,
                fingerprints: fingerprints),
            threads: readers)
        let reports = ReportFinder.reports(in: folder, findings: findings)
        readers.readAll(reports, progress: progress) { reading in
            store.absorb(reading, catalogue: catalogue, history: units.history, findings: findings)
            files.append(
                InputFile(
                    path: reading.path, sha256: reading.sha256 ?? "", bytes: reading.bytes, records: reading.records))
        }
        var data = InputData(
            folder: folder, settings: settings, history: units.history, tree: tree, catalogue: catalogue, store: store,
            files: files)
        loadPlan(into: &data, leftOut: units.leftOut, findings: findings)
        return data
    }

    /// Reads the optional planning files (targets, groups, scoring) and lists those present among the sources.
    private static func loadPlan(into data: inout InputData, leftOut: Set<String>, findings: FindingEmitter) {
        let folder = data.folder
        let targetsURL = folder.appendingPathComponent(TargetLoader.fileName)
        data.targets = TargetLoader.load(
            url: targetsURL, history: data.history, leftOut: leftOut, catalogue: data.catalogue, findings: findings)
        let groupsURL = folder.appendingPathComponent(GroupLoader.fileName)
        data.groups = GroupLoader.load(url: groupsURL, history: data.history, findings: findings)
        let scoringURL = folder.appendingPathComponent(ScoringLoader.fileName)
        data.scoring = ScoringLoader.load(url: scoringURL, catalogue: data.catalogue, findings: findings)
        let planFiles = [
            (targetsURL, TargetLoader.fileName, data.targets.targets.count),
            (groupsURL, GroupLoader.fileName, data.groups.groups.count),
            (scoringURL, ScoringLoader.fileName, data.scoring.count),
        ]
        // Configuration first: the planning files go after settings.csv, before the reports.
        let configurationCount = data.files.prefix { !$0.path.hasPrefix("reports/") }.count
        let present = planFiles.filter { FileManager.default.fileExists(atPath: $0.0.path) }.map {
            describe($0.0, path: $0.1, records: $0.2)
        }
        data.files.insert(contentsOf: present, at: configurationCount)
    }

    /// Reads `units.csv` of an input folder (`unionstats tree` needs nothing else); throws when the
    /// folder or the file is missing, or the file cannot be used at all.
    static func loadUnits(folder: URL, findings: FindingEmitter) throws(UnionStatsError) -> UnitTreeLoader.Loaded {
        try requireFolder(folder)
        let url = folder.appendingPathComponent("units.csv")
        guard FileManager.default.fileExists(atPath: url.path) else { throw .missingFile(url.path) }
        return try UnitTreeLoader.load(url: url, file: "units.csv", findings: findings)
    }

    private static func requireFolder(_ folder: URL) throws(UnionStatsError) {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: folder.path, isDirectory: &isDirectory), isDirectory.boolValue
        else {
            throw .missingFolder(folder.path)
        }
    }

    private static func describe(_ url: URL, path: String, records: Int) -> InputFile {
        InputFile(path: path, sha256: SHA256.hexDigest(ofFileAt: url) ?? "", bytes: fileSize(url), records: records)
    }

    /// The size of a file in bytes, 0 when it cannot be read.
    static func fileSize(_ url: URL) -> Int {
        (try? FileManager.default.attributesOfItem(atPath: url.path)[.size] as? Int) ?? 0
    }
}
