import Foundation
import Testing

@testable import UnionStats

/// units.csv: the tree, and every way it can be wrong.
@Suite struct UnitTreeLoaderTests {
    private func load(_ text: String) throws -> (tree: UnitTree, findings: [Finding]) {
        let input = try TemporaryInput()
        let url = try input.write(text, to: "units.csv")
        let log = FindingLog()
        let loaded = try UnitTreeLoader.load(url: url, file: "units.csv", findings: log.emitter)
        return (loaded.tree, log.findings)
    }

    @Test func treeOrderPutsEachUnitBeforeItsSubtreeAndCountsGrassroots() throws {
        let (tree, findings) = try load(
            """
            code,name,parent,level
            A1,CĐCS A1,U1,grassroots
            U1,Upper 1,F,upper
            F,Federation,,federation
            U2,Upper 2,F,upper
            B1,CĐCS B1,U2,grassroots
            A2,CĐCS A2,U1,grassroots
            """)
        #expect(findings.isEmpty)
        #expect(tree.units.map(\.code) == ["F", "U1", "A1", "A2", "U2", "B1"])
        #expect(tree.grassrootsCount == [3, 2, 1, 1, 1, 1])
        #expect(tree.units.map(\.depth) == [0, 1, 2, 2, 1, 2])
        #expect(tree.children[0] == [1, 4])
    }

    @Test(arguments: [
        (
            "code,name,parent,level\nF,Fed,,federation\nU,Up,F,upper\nU,Again,F,upper\n", FindingCode.unitDuplicate, 4,
            ["F", "U"]
        ),
        ("code,name,parent,level\nF,Fed,,federation\nU,Up,X,upper\nA,Leaf,U,grassroots\n", .unitParent, 3, ["F"]),
        ("code,name,parent,level\nF,Fed,,federation\nU,Up,V,upper\nV,Up2,U,upper\n", .unitCycle, 3, ["F"]),
        ("code,name,parent,level\nF,Fed,,federation\nU,Self,U,upper\n", .unitCycle, 3, ["F"]),
        ("code,name,parent,level\nF,Fed,,federation\nU,Up,F,district\n", .unitRow, 3, ["F"]),
        ("code,name,parent,level\nF,Fed,,federation\n../etc,Up,F,upper\n", .unitRow, 3, ["F"]),
        (
            "code,name,parent,level\nF,Fed,,federation\nA,Leaf,F,grassroots\nB,Under a leaf,A,grassroots\n", .unitLevel,
            3, ["F", "A", "B"]
        ),
    ])
    func treeErrorsNameTheRowAndKeepTheRest(text: String, code: FindingCode, line: Int, kept: [String]) throws {
        let (tree, findings) = try load(text)
        let finding = try #require(findings.first { $0.code == code })
        #expect(finding.location == SourceLocation(file: "units.csv", position: .line(line)))
        #expect(finding.severity == .error)
        #expect(tree.units.map(\.code) == kept)
    }

    @Test func aCycleLeavesOutEveryUnitOfItAndItsSubtree() throws {
        let (tree, findings) = try load(
            "code,name,parent,level\nF,Fed,,federation\nU,Up,V,upper\nV,Up2,U,upper\nA,Leaf,U,grassroots\n")
        #expect(tree.units.map(\.code) == ["F"])
        #expect(findings.filter { $0.code == .unitCycle }.compactMap(\.unit).sorted() == ["U", "V"])
        #expect(findings.contains { $0.code == .unitParent && $0.unit == "A" })
    }

    @Test func noFederationStopsTheRun() throws {
        #expect(throws: UnionStatsError.noRoot(file: "units.csv")) {
            _ = try load("code,name,parent,level\nU,Up,V,upper\nV,Up2,U,upper\n")
        }
    }

    @Test func missingColumnsStopTheRun() throws {
        #expect(throws: UnionStatsError.self) { _ = try load("code,name\nF,Fed\n") }
    }

    @Test func aHostileDeepChainDoesNotOverflowTheStack() throws {
        var text = "code,name,parent,level\nF,Fed,,federation\nU0,Up,F,upper\n"
        for level in 1..<20_000 { text += "U\(level),Up,U\(level - 1),upper\n" }
        let (tree, findings) = try load(text)
        #expect(tree.count == 20_001)
        #expect(findings.isEmpty)
    }

    @Test func rootsWithoutTheFederationLevelStopTheRun() throws {
        #expect(throws: UnionStatsError.noRoot(file: "units.csv")) {
            _ = try load("code,name,parent,level\nU1,Upper,,upper\nA,Leaf,U1,grassroots\n")
        }
    }
}
