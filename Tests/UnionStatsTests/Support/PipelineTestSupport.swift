import Foundation

@testable import UnionStats

/// What reading an input folder gave, for tests: the data, and the findings reading emitted.
@dynamicMemberLookup
struct LoadedInput {
    /// The input data.
    let data: InputData
    /// Every finding of reading it, in the order emitted.
    let findings: [Finding]

    /// The input data's properties (`tree`, `store`, `catalogue`…) read straight through.
    subscript<T>(dynamicMember keyPath: KeyPath<InputData, T>) -> T { data[keyPath: keyPath] }
}

extension InputLoader {
    /// Reads a folder, collecting the findings of reading it.
    static func load(folder: URL) throws -> LoadedInput {
        let log = FindingLog()
        let data = try load(folder: folder, findings: log.emitter)
        return LoadedInput(data: data, findings: log.findings)
    }
}

extension Aggregator {
    /// An aggregator of a test's input whose findings the test does not look at.
    convenience init(_ loaded: LoadedInput) {
        self.init(loaded.data, findings: .discarding)
    }
}
