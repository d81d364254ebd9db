import Foundation
import Testing

@testable import UnionStats

@Suite("UnitHistory")
struct UnitHistoryTests {
    /// A version valid always.
    static func version(_ code: String, parent: String, level: UnitTree.Level, line: Int) -> UnitHistory.Version {
        UnitHistory.Version(
            code: code, name: code, parent: parent, level: level, validFrom: nil, validTo: nil, successor: nil,
            line: line)
    }

    /// A federation, an upper unit under it and a second root (one placement finding).
    static func history() -> UnitHistory {
        UnitHistory(
            file: "units.csv",
            versions: [
                version("LDLD", parent: "", level: .federation, line: 2),
                version("A", parent: "", level: .upper, line: 3),
                version("B", parent: "LDLD", level: .upper, line: 4),
            ], successors: [:])
    }

    @Test("A tree's findings are emitted after its lock is released: the emitter may ask for a tree on another thread")
    func emitsOutsideTheLock() {
        let history = Self.history()
        var emitted: [Finding] = []
        var answered: [DispatchTimeoutResult] = []
        let tree = history.tree(
            at: nil,
            findings: FindingEmitter { finding in
                emitted.append(finding)
                let done = DispatchSemaphore(value: 0)
                let other = Thread {
                    _ = history.tree(at: nil, findings: .discarding)
                    done.signal()
                }
                other.start()
                answered.append(done.wait(timeout: .now() + 10))
            })
        #expect(tree.units.map(\.code) == ["LDLD", "B"])
        #expect(emitted.map(\.message) == [FindingMessage.unitSecondRoot(code: "A").text])
        #expect(answered == [.success], "another thread could not get a tree while the findings were emitted")
    }

    @Test("Each call emits the tree's findings, each once, whether the tree was built or kept")
    func emitsEachFindingOncePerCall() {
        let history = Self.history()
        for _ in 0..<3 {
            var emitted: [Finding] = []
            _ = history.tree(at: nil, findings: FindingEmitter { emitted.append($0) })
            #expect(emitted.map(\.message) == [FindingMessage.unitSecondRoot(code: "A").text])
        }
    }
}
