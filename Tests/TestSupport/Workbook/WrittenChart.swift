import Foundation

/// A chart part (`xl/charts/chartN.xml`) of a written workbook: its title and series, each with the
/// range formulas (`<c:f>`) Excel reads its categories and values from and the values cached beside them.
public struct WrittenChart {
    /// One series (`<c:ser>`).
    public struct Series {
        /// Its name: the literal of `<c:tx>`, or the formula it refers to.
        public let name: String
        /// The categories' range, e.g. `'Biểu đồ'!$B$5:$B$14`; nil when they are literal.
        public let categories: String?
        /// The values' range, e.g. `'Biểu đồ'!$C$5:$C$14`; nil when they are literal.
        public let values: String?
        /// The categories cached in the part, in point order.
        public let cachedCategories: [String]
        /// The values cached in the part, in point order.
        public let cachedValues: [String]
    }

    /// The part's name in the zip.
    public let part: String
    /// The title's text.
    public let title: String
    /// The series in order.
    public let series: [Series]

    /// Parses the chart part `part` of `archive`.
    public init(part: String, archive: ZipArchive) throws {
        self.part = part
        let root = try XMLTree(parsing: Data(try archive.data(part)))
        title = root.first("title")?.descendants("t").map(\.text).joined() ?? ""
        series = root.descendants("ser").map { element in
            let name = element.child("tx").map { tx in tx.first("f")?.text ?? tx.first("v")?.text ?? "" } ?? ""
            let categories = element.child("cat")
            let values = element.child("val")
            return Series(
                name: name, categories: categories?.first("f")?.text, values: values?.first("f")?.text,
                cachedCategories: Self.points(categories), cachedValues: Self.points(values))
        }
    }

    /// The `<c:pt>` values under `element`, in index order.
    private static func points(_ element: XMLTree?) -> [String] {
        (element?.descendants("pt") ?? [])
            .sorted { Int($0["idx"] ?? "") ?? 0 < Int($1["idx"] ?? "") ?? 0 }
            .map { $0.child("v")?.text ?? "" }
    }
}

/// A rectangular range of a range formula, `'Biểu đồ'!$C$5:$C$14` or `Sheet1!B2`.
public struct CellRange: Equatable, CustomStringConvertible {
    /// The sheet's name, unquoted.
    public let sheet: String
    /// Zero-based first and last rows.
    public let rows: ClosedRange<Int>
    /// Zero-based first and last columns.
    public let columns: ClosedRange<Int>

    /// Reads a range formula; nil when it is not one.
    public init?(_ formula: String) {
        guard let bang = formula.lastIndex(of: "!") else { return nil }
        var sheet = String(formula[..<bang])
        if sheet.hasPrefix("'"), sheet.hasSuffix("'"), sheet.count >= 2 {
            sheet = String(sheet.dropFirst().dropLast()).replacingOccurrences(of: "''", with: "'")
        }
        let corners = formula[formula.index(after: bang)...].replacingOccurrences(of: "$", with: "").split(
            separator: ":"
        ).map(String.init)
        guard (1...2).contains(corners.count), let first = Self.cell(corners[0]),
            let last = Self.cell(corners[corners.count - 1]),
            first.row <= last.row, first.column <= last.column
        else { return nil }
        self.sheet = sheet
        rows = first.row...last.row
        columns = first.column...last.column
    }

    /// The A1 references of its cells, row by row.
    public var references: [String] {
        rows.flatMap { row in columns.map { Self.letters($0) + String(row + 1) } }
    }

    /// `'Biểu đồ'!C5:C14`.
    public var description: String {
        "'\(sheet)'!\(Self.letters(columns.lowerBound))\(rows.lowerBound + 1):\(Self.letters(columns.upperBound))\(rows.upperBound + 1)"
    }

    /// `C14` → (row 13, column 2).
    private static func cell(_ reference: String) -> (row: Int, column: Int)? {
        let letters = reference.prefix { $0.isASCII && $0.isUppercase }
        guard !letters.isEmpty, let row = Int(reference.dropFirst(letters.count)), row >= 1 else { return nil }
        let column = letters.unicodeScalars.reduce(0) { $0 * 26 + Int($1.value) - 64 } - 1
        return (row - 1, column)
    }

    /// Column letters of a zero-based column: 0 → `A`, 26 → `AA`.
    private static func letters(_ column: Int) -> String {
        let letter = String(UnicodeScalar(UInt8(65 + column % 26)))
        return column < 26 ? letter : letters(column / 26 - 1) + letter
    }
}

extension WrittenWorkbook {
    /// The charts drawn on the worksheet `name`, in the order of its drawing (sheet → drawing → charts,
    /// through the parts' relationships).
    public func charts(onSheet name: String) throws -> [WrittenChart] {
        guard let sheetPart = sheetParts[name] else {
            throw Missing(description: "no sheet '\(name)' in \(sheetParts.keys.sorted())")
        }
        let sheetLinks = try relationships(of: sheetPart)
        guard let drawing = sheetLinks.first(where: { $0.type.hasSuffix("/drawing") })?.target else { return [] }
        let drawingLinks = Dictionary(
            try relationships(of: drawing).map { ($0.id, $0.target) }, uniquingKeysWith: { first, _ in first })
        let frames = try XMLTree(parsing: Data(try archive.data(drawing))).descendants("chart")
        return try frames.compactMap { frame in
            guard let id = frame["r:id"], let part = drawingLinks[id] else { return nil }
            return try WrittenChart(part: part, archive: archive)
        }
    }

    /// The relationships of `part` (from `_rels/NAME.rels` beside it), targets resolved to part names.
    private func relationships(of part: String) throws -> [(id: String, type: String, target: String)] {
        let folder = (part as NSString).deletingLastPathComponent
        let rels = folder + "/_rels/" + (part as NSString).lastPathComponent + ".rels"
        guard archive.names.contains(rels) else { return [] }
        return try XMLTree(parsing: Data(try archive.data(rels))).descendants("Relationship").compactMap { link in
            guard let id = link["Id"], let type = link["Type"], let target = link["Target"] else { return nil }
            return (id, type, target.hasPrefix("/") ? String(target.dropFirst()) : Self.resolved(target, in: folder))
        }
    }

    /// `../charts/chart1.xml` from `xl/drawings` → `xl/charts/chart1.xml`.
    private static func resolved(_ target: String, in folder: String) -> String {
        var components = folder.split(separator: "/").map(String.init)
        for component in target.split(separator: "/") {
            switch component {
            case "..": if !components.isEmpty { components.removeLast() }
            case ".": break
            default: components.append(String(component))
            }
        }
        return components.joined(separator: "/")
    }
}
