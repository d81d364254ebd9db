import Foundation
import TestSupport

@testable import UnionStats

/// The bundled catalogue and phrase table (input/ of the package), read once for the extract tests.
enum BundledVocabulary {
    /// The package's `input/` folder.
    static let input = CommandRunner.bundledInput

    /// The narrative fixtures folder.
    static let narratives = CommandRunner.packageRoot.appendingPathComponent(
        "Tests/UnionStatsTests/Fixtures/narratives")

    /// input/indicators.csv.
    static let catalogue: Catalogue = {
        do {
            return try CatalogueLoader.load(
                url: input.appendingPathComponent("indicators.csv"), file: "indicators.csv", findings: .discarding)
        } catch {
            fatalError("the bundled catalogue cannot be read: \(error)")
        }
    }()

    /// input/indicator-phrases.csv.
    static let table: PhraseTable = {
        do {
            return try PhraseTable.load(folder: input, catalogue: catalogue)
        } catch {
            fatalError("the bundled phrase table cannot be read: \(error)")
        }
    }()

    /// The extractor with the bundled vocabulary.
    static let extractor = NarrativeExtractor(catalogue: catalogue, table: table)

    /// Extracts from one text (each line a paragraph) for a report of `period`.
    static func extract(_ text: String, period: String = "2021-H1") -> Extraction {
        extractor.extract(
            paragraphs: text.components(separatedBy: "\n"),
            period: Period(period) ?? Period(year: 2021, length: .year, index: 1)!)
    }

    /// indicator → value of the figures of `text`.
    static func figures(_ text: String, period: String = "2021-H1") -> [String: Int64] {
        Dictionary(uniqueKeysWithValues: extract(text, period: period).figures.map { ($0.indicator, $0.value) })
    }
}
