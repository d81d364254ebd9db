import Foundation
import Testing

/// `Model/` imports nothing of the project but itself: no reader, no writer, no xlsx. The one module
/// of the project it may use is the leaf `TextNormalization` (NFC text, which it shares with the readers).
@Suite("Model imports")
struct ModelImportsTests {
    /// The project's module that `Model/` may import.
    static let allowed: Set<String> = ["TextNormalization"]

    /// The repository's root, three folders above this file's (`Tests/UnionStatsTests/Model/`).
    static let root = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    @Test("No file of Model/ imports a module of the project other than TextNormalization")
    func importsNoProjectModule() throws {
        let sources = Self.root.appendingPathComponent("Sources")
        let projectModules = Set(try FileManager.default.contentsOfDirectory(atPath: sources.path))
        #expect(
            projectModules.isSuperset(of: ["UnionStats", "XLSX", "TextNormalization"]), "\(projectModules.sorted())")
        let model = sources.appendingPathComponent("UnionStats/Model")
        let files = try FileManager.default.contentsOfDirectory(atPath: model.path).filter { $0.hasSuffix(".swift") }
            .sorted()
        #expect(files.count > 10, "Model/ should hold the model's files; found \(files)")
        for file in files {
            let text = try String(contentsOf: model.appendingPathComponent(file), encoding: .utf8)
            for (number, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
                guard let module = Self.importedModule(line) else { continue }
                #expect(
                    !projectModules.contains(module) || Self.allowed.contains(module),
                    "Model/\(file):\(number + 1) imports \(module), a module of the project")
            }
        }
    }

    @Test("Import lines are recognised with attributes, access levels and kinds")
    func recognisesImports() {
        #expect(Self.importedModule("import XLSX") == "XLSX")
        #expect(Self.importedModule("@testable import UnionStats") == "UnionStats")
        #expect(Self.importedModule("internal import CXlsxWriter") == "CXlsxWriter")
        #expect(Self.importedModule("@_exported public import XLSX") == "XLSX")
        #expect(Self.importedModule("import struct XLSX.Workbook") == "XLSX")
        #expect(Self.importedModule("  import Foundation // text") == "Foundation")
        #expect(Self.importedModule("/// import XLSX") == nil)
        #expect(Self.importedModule("let important = 1") == nil)
    }

    /// The module an `import` line names (`import struct XLSX.Workbook` names XLSX), nil for any other line.
    static func importedModule(_ line: Substring) -> String? {
        var words = line.split(whereSeparator: \.isWhitespace).prefix { !$0.hasPrefix("//") }[...]
        while let first = words.first,
            first.hasPrefix("@") || ["public", "package", "internal", "fileprivate", "private"].contains(first)
        {
            words = words.dropFirst()
        }
        guard words.first == "import", words.count >= 2 else { return nil }
        words = words.dropFirst()
        if ["struct", "class", "enum", "protocol", "typealias", "func", "var", "let"].contains(words.first ?? ""),
            words.count >= 2
        {
            words = words.dropFirst()
        }
        return words.first.map { String($0.split(separator: ".")[0]) }
    }

    /// `importedModule` of a string.
    static func importedModule(_ line: String) -> String? { importedModule(line[...]) }
}
