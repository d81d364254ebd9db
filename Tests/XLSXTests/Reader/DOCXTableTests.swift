import Foundation
import TestSupport
import Testing

@testable import XLSX

@Suite("Reading the tables of a Word document")
struct DOCXTableTests {
    typealias Cell = WordDocument.Cell

    /// Writes `document` and reads its blocks.
    private func blocks(_ document: WordDocument, limits: XLSXReadLimits = .standard) throws -> [DOCXBlock] {
        let folder = try TemporaryFolder()
        let url = folder.url("bao-cao.docx")
        try document.write(to: url)
        return try DOCXDocument.blocks(of: url, limits: limits)
    }

    /// Writes a document of `body` XML and returns the refusal of reading its blocks.
    private func refusal(_ body: String, limits: XLSXReadLimits = .standard) throws -> XLSXReadError? {
        let folder = try TemporaryFolder()
        let url = folder.url("bao-cao.docx")
        var document = WordDocument()
        document.paragraph("Mở đầu.")
        try WordDocument.write(
            documentXML: document.documentXML.replacingOccurrences(of: "<w:sectPr/>", with: body + "<w:sectPr/>"),
            to: url)
        do {
            _ = try DOCXDocument.blocks(of: url, limits: limits)
            return nil
        } catch {
            return error
        }
    }

    @Test("Paragraphs and tables come in document order; a table is rows of cells with their merges")
    func rowsAndCells() throws {
        var document = WordDocument()
        document.paragraph("Kết quả 6 tháng đầu năm:")
        document.table([
            [Cell("Chỉ tiêu", merge: .restart), Cell("Năm 2021", span: 2)],
            [.continued, "Thực hiện", "Kế hoạch\n(năm)"],
            ["Số đoàn viên kết nạp mới", "215", "200"],
        ])
        document.paragraph("Hết.")
        let read = try blocks(document)
        #expect(
            read == [
                .paragraph("Kết quả 6 tháng đầu năm:"),
                .table(
                    DOCXTable(rows: [
                        [DOCXCell(text: "Chỉ tiêu"), DOCXCell(text: "Năm 2021", span: 2)],
                        [
                            DOCXCell(text: "", continuesAbove: true), DOCXCell(text: "Thực hiện"),
                            DOCXCell(text: "Kế hoạch (năm)"),
                        ],
                        [DOCXCell(text: "Số đoàn viên kết nạp mới"), DOCXCell(text: "215"), DOCXCell(text: "200")],
                    ])),
                .paragraph("Hết."),
            ])
        let folder = try TemporaryFolder()
        let url = folder.url("bao-cao.docx")
        try document.write(to: url)
        #expect(try DOCXDocument.paragraphs(of: url).count == 11, "paragraphs(of:) still gives every paragraph")
    }

    @Test("A table nested in a cell is text of that cell")
    func nestedTable() throws {
        let inner = WordDocument.tableXML([["a", "1"], ["b", "2"]])
        let xml =
            "<w:tbl><w:tr><w:tc><w:p><w:r><w:t>Ngoài</w:t></w:r></w:p></w:tc><w:tc>\(inner)<w:p/></w:tc></w:tr></w:tbl>"
        let folder = try TemporaryFolder()
        let url = folder.url("bao-cao.docx")
        try WordDocument.write(
            documentXML: WordDocument().documentXML.replacingOccurrences(of: "<w:sectPr/>", with: xml + "<w:sectPr/>"),
            to: url)
        #expect(
            try DOCXDocument.blocks(of: url) == [
                .table(DOCXTable(rows: [[DOCXCell(text: "Ngoài"), DOCXCell(text: "a 1 b 2")]]))
            ])
    }

    @Test("Too many rows in one table is refused")
    func tooManyRows() throws {
        let rows = String(repeating: "<w:tr><w:tc><w:p/></w:tc></w:tr>", count: DOCXDocument.maxTableRows + 1)
        let error = try refusal("<w:tbl>\(rows)</w:tbl>")
        guard case .invalidContent(_, let part, let reason)? = error else {
            Issue.record("not refused: \(String(describing: error))")
            return
        }
        #expect(part == "word/document.xml")
        #expect(reason.contains("rows"))
    }

    @Test("A row wider than the grid allows, by cells or by a huge gridSpan, is refused")
    func tooManyColumns() throws {
        let cells = String(repeating: "<w:tc><w:p/></w:tc>", count: DOCXDocument.maxTableColumns + 1)
        for body in [
            "<w:tbl><w:tr>\(cells)</w:tr></w:tbl>",
            "<w:tbl><w:tr><w:tc><w:tcPr><w:gridSpan w:val=\"2147483647\"/></w:tcPr><w:p/></w:tc></w:tr></w:tbl>",
            "<w:tbl><w:tr><w:tc><w:tcPr><w:gridSpan w:val=\"40\"/></w:tcPr></w:tc>"
                + "<w:tc><w:tcPr><w:gridSpan w:val=\"40\"/></w:tcPr></w:tc></w:tr></w:tbl>",
        ] {
            let error = try refusal(body)
            guard case .invalidContent(_, _, let reason)? = error else {
                Issue.record("not refused: \(String(describing: error))")
                continue
            }
            #expect(reason.contains("columns"))
        }
    }

    @Test("More cells in all than the limits allow is refused")
    func tooManyCells() throws {
        let row = "<w:tr>" + String(repeating: "<w:tc><w:p/></w:tc>", count: 5) + "</w:tr>"
        let body = "<w:tbl>\(row)\(row)</w:tbl><w:tbl>\(row)</w:tbl>"
        let error = try refusal(body, limits: XLSXReadLimits(maxCells: 12))
        guard case .invalidContent(_, _, let reason)? = error else {
            Issue.record("not refused: \(String(describing: error))")
            return
        }
        #expect(reason.contains("12 cells"))
        #expect(try refusal(body, limits: XLSXReadLimits(maxCells: 15)) == nil)
    }
}
