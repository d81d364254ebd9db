import Foundation
import TestSupport
import Testing

@testable import XLSX

@Suite("Workbook lifecycle")
struct WorkbookTests {
    @Test("A workbook with two sheets is written as a valid zip with both worksheet parts")
    func twoSheets() throws {
        let directory = try TemporaryFolder()
        let path = directory.path("two-sheets.xlsx")
        let workbook = try Workbook(path: path)
        let summary = try workbook.addWorksheet(named: "Tổng hợp")
        let detail = try workbook.addWorksheet(named: "Chi tiết")
        try summary.write("Công đoàn cơ sở", row: 0, column: 0)
        try detail.write(42.5, row: 1, column: 1)
        #expect(workbook.worksheetNames == ["Tổng hợp", "Chi tiết"])
        try workbook.close()

        #expect(workbook.isClosed)
        #expect((directory.fileSize("two-sheets.xlsx") ?? 0) > 1_000)
        let archive = try ZipArchive(url: directory.url.appendingPathComponent("two-sheets.xlsx"))
        #expect(archive.names.contains("xl/worksheets/sheet1.xml"))
        #expect(archive.names.contains("xl/worksheets/sheet2.xml"))
        #expect(archive.names.contains("xl/workbook.xml"))
    }

    @Test("Closing twice throws workbookClosed")
    func closeTwice() throws {
        let directory = try TemporaryFolder()
        let workbook = try Workbook(path: directory.path("twice.xlsx"))
        _ = try workbook.addWorksheet(named: "Sheet1")
        try workbook.close()
        #expect(throws: XLSXError.workbookClosed) { try workbook.close() }
    }

    @Test("Every worksheet, workbook and format operation after close throws workbookClosed")
    func useAfterClose() throws {
        let directory = try TemporaryFolder()
        let workbook = try Workbook(path: directory.path("after-close.xlsx"))
        let sheet = try workbook.addWorksheet(named: "Sheet1")
        let bold = try workbook.format(CellStyle().bolded())
        try workbook.close()

        #expect(throws: XLSXError.workbookClosed) { try sheet.write("x", row: 0, column: 0) }
        #expect(throws: XLSXError.workbookClosed) { try sheet.write(1.5, row: 0, column: 0) }
        #expect(throws: XLSXError.workbookClosed) { try sheet.write(Int64(7), row: 0, column: 0) }
        #expect(throws: XLSXError.workbookClosed) { try sheet.writeBlank(row: 0, column: 0, format: bold) }
        #expect(throws: XLSXError.workbookClosed) {
            try sheet.writeFormula("=1+1", cachedNumber: 2, row: 0, column: 0)
        }
        #expect(throws: XLSXError.workbookClosed) {
            try sheet.merge(firstRow: 0, firstColumn: 0, lastRow: 0, lastColumn: 3, text: "x")
        }
        #expect(throws: XLSXError.workbookClosed) { try sheet.setColumns(0, 2, width: 10) }
        #expect(throws: XLSXError.workbookClosed) { try sheet.setPaper(.a4) }
        #expect(throws: XLSXError.workbookClosed) { try sheet.setZoom(90) }
        #expect(throws: XLSXError.workbookClosed) { try sheet.setFooter("&CTrang &P/&N") }
        #expect(throws: XLSXError.workbookClosed) { try workbook.addWorksheet(named: "Sheet2") }
        #expect(throws: XLSXError.workbookClosed) { try workbook.format(CellStyle()) }
        #expect(throws: XLSXError.workbookClosed) { try workbook.setProperties(DocumentProperties(title: "x")) }
    }

    @Test("A workbook released without close() writes nothing")
    func abandonedWorkbookWritesNothing() throws {
        let directory = try TemporaryFolder()
        let path = directory.path("abandoned.xlsx")
        do {
            let workbook = try Workbook(path: path)
            let sheet = try workbook.addWorksheet(named: "Nháp")
            try sheet.write("không lưu", row: 0, column: 0, format: try workbook.format(CellStyle().bolded()))
        }
        #expect(!FileManager.default.fileExists(atPath: path))
    }

    @Test(
        "An unwritable path is reported by close() with the system's reason and libxlsxwriter's message, and closes the workbook"
    )
    func unwritablePath() throws {
        let directory = try TemporaryFolder()
        let path = directory.path("missing-folder/report.xlsx")
        let workbook = try Workbook(path: path)
        _ = try workbook.addWorksheet(named: "Sheet1")
        #expect {
            try workbook.close()
        } throws: { error in
            guard case .fileNotWritten(let written, let errorNumber, let message) = error as? XLSXError else {
                return false
            }
            // The library's own "[ERROR] workbook_close(): …" line is in the error, not on the terminal.
            return written == path && errorNumber == ENOENT && (error as? XLSXError)?.errorNumber == ENOENT
                && message.contains("Error creating output xlsx file") && message.contains("workbook_close()")
                && !message.contains("[ERROR]")
        }
        #expect(workbook.isClosed)
        #expect(throws: XLSXError.workbookClosed) { try workbook.close() }
    }

    @Test("A full disk is reported by close() as ENOSPC")
    func fullDisk() throws {
        // /dev/full takes the file but refuses every byte with "No space left on device".
        try #require(FileManager.default.isWritableFile(atPath: "/dev/full"))
        let workbook = try Workbook(path: "/dev/full")
        let sheet = try workbook.addWorksheet(named: "Sheet1")
        try sheet.write("đầy", row: 0, column: 0)
        #expect {
            try workbook.close()
        } throws: { error in
            (error as? XLSXError)?.errorNumber == ENOSPC
        }
        #expect(XLSXError.libxlsxwriter(context: "x", message: "y").errorNumber == nil)
    }

    @Test("Constant-memory mode with a temporary directory writes rows in order")
    func constantMemory() throws {
        let directory = try TemporaryFolder()
        let options = Workbook.Options(constantMemory: true, temporaryDirectory: directory.url.path)
        let workbook = try Workbook(path: directory.path("streamed.xlsx"), options: options)
        let sheet = try workbook.addWorksheet(named: "Dữ liệu")
        for row in 0..<100 {
            try sheet.write("Dòng \(row + 1)", row: row, column: 0)
            try sheet.write(row, row: row, column: 1)
        }
        try workbook.close()
        #expect((directory.fileSize("streamed.xlsx") ?? 0) > 1_000)
    }

    @Test("Document properties are NFC-normalised and stored in docProps/core.xml")
    func properties() throws {
        let directory = try TemporaryFolder()
        let workbook = try Workbook(path: directory.path("props.xlsx"))
        _ = try workbook.addWorksheet(named: "Sheet1")
        let title = "Báo cáo công đoàn".decomposedStringWithCanonicalMapping
        try workbook.setProperties(
            DocumentProperties(
                title: title, subject: "Thống kê", author: "Ban Tổ chức", company: "LĐLĐ tỉnh",
                keywords: "công đoàn, thống kê", comments: "Số liệu quý I",
                created: Date(timeIntervalSince1970: 1_700_000_000)))
        try workbook.close()

        let core = try ZipArchive(url: directory.url.appendingPathComponent("props.xlsx")).data("docProps/core.xml")
        #expect(
            core.containsSubsequence(
                Array("<dc:title>Báo cáo công đoàn</dc:title>".precomposedStringWithCanonicalMapping.utf8)))
        #expect(core.containsSubsequence(Array("2023-11-14T22:13:20Z".utf8)))
    }
}

extension Array where Element == UInt8 {
    /// Whether `needle` occurs as a contiguous run of bytes.
    func containsSubsequence(_ needle: [UInt8]) -> Bool {
        guard !needle.isEmpty, needle.count <= count else { return needle.isEmpty }
        return (0...(count - needle.count)).contains { start in
            self[start..<(start + needle.count)].elementsEqual(needle)
        }
    }
}
