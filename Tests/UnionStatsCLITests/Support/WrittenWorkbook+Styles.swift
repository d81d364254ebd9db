import Foundation
import TestSupport

/// What a cell's style index stands for in `xl/styles.xml`, for the checks the project's reader cannot make.
struct CellStyleFacts: Equatable {
    /// The number format's id (3 is Excel's built-in `#,##0`, 4 `#,##0.00`, 10 `0.00%`) and its code when custom.
    let numberFormatID: Int
    let numberFormatCode: String?
    /// The number format's code, built-in ones spelled out ("#,##0", "#,##0.00", "0.00%").
    var numberFormat: String? {
        numberFormatCode ?? [0: "General", 3: "#,##0", 4: "#,##0.00", 10: "0.00%"][numberFormatID]
    }
    /// Whether the font is italic.
    let italic: Bool
    /// The fill's foreground colour ("FFFCE4D6"), nil without a fill.
    let fill: String?
    /// Whether the text wraps.
    let wraps: Bool
}

extension WrittenWorkbook {
    /// The facts of the cell style index `style` (nil or out of range: the default style 0).
    func styleFacts(_ style: Int?) throws -> CellStyleFacts {
        let styles = try XMLTree(parsing: Data(try archive.data("xl/styles.xml")))
        let formats = styles.first("cellXfs")?.children.filter { $0.name == "xf" } ?? []
        let xf = formats.indices.contains(style ?? 0) ? formats[style ?? 0] : formats[0]
        let fonts = styles.first("fonts")?.children.filter { $0.name == "font" } ?? []
        let fills = styles.first("fills")?.children.filter { $0.name == "fill" } ?? []
        let numberFormatID = Int(xf["numFmtId"] ?? "0") ?? 0
        let code = styles.first("numFmts")?.children.first { $0["numFmtId"] == String(numberFormatID) }?["formatCode"]
        let font = Int(xf["fontId"] ?? "0").flatMap { fonts.indices.contains($0) ? fonts[$0] : nil }
        let fill = Int(xf["fillId"] ?? "0").flatMap { fills.indices.contains($0) ? fills[$0] : nil }
        return CellStyleFacts(
            numberFormatID: numberFormatID, numberFormatCode: code, italic: font?.child("i") != nil,
            fill: fill?.first("fgColor")?["rgb"], wraps: xf.child("alignment")?["wrapText"] == "1")
    }
}

extension SheetXML {
    /// The `<row>` element of the one-based row `number`, nil when the part stores none.
    func row(_ number: Int) -> XMLTree? {
        root.descendants("row").first { $0["r"] == String(number) }
    }

    /// The printed page footer.
    var footer: String? { root.first("oddFooter")?.text }
}
