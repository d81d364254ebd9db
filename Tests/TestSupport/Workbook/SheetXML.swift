import Foundation

/// A worksheet part (`xl/worksheets/sheetN.xml`) parsed for what the project's reader does not
/// give: each cell's formula and type, conditional formats, data validations, protection, print setup.
public struct SheetXML {
    /// One `<c>` element as written.
    public struct Cell: Sendable, Equatable {
        /// "B14".
        public let reference: String
        /// The `t` attribute: "s" (shared string), "str" (a formula's text), "inlineStr", "b", "e", or nil (number).
        public let type: String?
        /// The style index `s`.
        public let style: Int?
        /// The formula without its leading "=", nil for a plain value.
        public let formula: String?
        /// The `<v>` text (the cached result for a formula), nil when there is none.
        public let value: String?
    }

    /// One rule of a `<conditionalFormatting>`.
    public struct ConditionalRule: Sendable, Equatable {
        /// The cells it applies to, e.g. "F9:G9".
        public let range: String
        /// "expression", "cellIs", ...
        public let type: String
        /// The differential format applied (index into styles.xml's `<dxfs>`).
        public let formatIndex: Int?
        /// The rule's formulas, without a leading "=".
        public let formulas: [String]
    }

    /// The whole part.
    public let root: XMLTree
    /// Cells by reference.
    public let cells: [String: Cell]

    /// Parses a worksheet part.
    public init(parsing text: String) throws {
        root = try XMLTree(parsing: text)
        var cells: [String: Cell] = [:]
        for element in root.descendants("c") {
            guard let reference = element["r"] else { continue }
            cells[reference] = Cell(
                reference: reference, type: element["t"], style: element["s"].flatMap { Int($0) },
                formula: element.child("f")?.text, value: element.child("v")?.text)
        }
        self.cells = cells
    }

    /// The cell at `reference`, nil when the part stores none.
    public subscript(reference: String) -> Cell? { cells[reference] }

    /// Every conditional-format rule, in file order.
    public var conditionalRules: [ConditionalRule] {
        root.descendants("conditionalFormatting").flatMap { block in
            block.descendants("cfRule").map { rule in
                ConditionalRule(
                    range: block["sqref"] ?? "", type: rule["type"] ?? "",
                    formatIndex: rule["dxfId"].flatMap { Int($0) },
                    formulas: rule.descendants("formula").map(\.text))
            }
        }
    }

    /// The `<dataValidation>` elements.
    public var dataValidations: [XMLTree] { root.descendants("dataValidation") }

    /// The `<sheetProtection>` element, nil when the sheet is not protected.
    public var protection: XMLTree? { root.first("sheetProtection") }

    /// The `<pageSetup>` element.
    public var pageSetup: XMLTree? { root.first("pageSetup") }

    /// The merged ranges, e.g. ["A1:C1", "D1:H1"].
    public var mergedRanges: [String] { root.descendants("mergeCell").compactMap { $0["ref"] } }
}
