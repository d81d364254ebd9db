import Foundation
import TestSupport
import Testing
import XLSX

/// The hardened reader's refusals (a zip bomb, a DOCTYPE) reach the clerk in Vietnamese and name the right kind of
/// file: "tệp Excel (.xlsx)" for a report, "tệp Word (.docx)" for a narrative; the reader's English stays inside.
@Suite struct ReaderErrorWordsTests {
    /// A one-sheet workbook holding a fill-in form of unit B with one figure, as a zip's entries.
    static func workbookEntries(in folder: TemporaryFolder) throws -> [(name: String, data: Data)] {
        let url = folder.url("nhap.xlsx")
        let workbook = try Workbook(path: url.path)
        let sheet = try workbook.addWorksheet(named: "Báo cáo")
        try sheet.write("Mã đơn vị:", row: 2, column: 0)
        try sheet.write("B", row: 2, column: 1)
        try sheet.write("Kỳ báo cáo:", row: 3, column: 0)
        try sheet.write("2021-H1", row: 3, column: 1)
        for (column, title) in ["Mã chỉ tiêu", "Nội dung", "Đơn vị tính", "Số lượng", "Ghi chú"].enumerated() {
            try sheet.write(title, row: 9, column: column)
        }
        try sheet.write("members_total", row: 10, column: 0)
        try sheet.write(Int64(5), row: 10, column: 3)
        try workbook.close()
        defer { try? FileManager.default.removeItem(at: url) }
        return try ZipArchive(url: url).allEntries()
    }

    /// `entries` with a DOCTYPE declared at the top of `part`.
    static func declaringDoctype(
        _ entries: [(name: String, data: Data)], in part: String
    ) -> [(
        name: String, data: Data
    )] {
        entries.map { entry in
            guard entry.name == part else { return entry }
            let text = String(decoding: entry.data, as: UTF8.self)
            let body = text.hasPrefix("<?xml") ? String(text[text.index(after: text.firstIndex(of: ">")!)...]) : text
            return (entry.name, Data(("<?xml version=\"1.0\"?><!DOCTYPE lol [<!ENTITY a \"a\">]>" + body).utf8))
        }
    }

    /// Writes `entries` as a zip at `url`, then makes its central directory declare 2 GB for the first entry: what
    /// a zip bomb declares (or hides until it inflates).
    static func writeBomb(_ entries: [(name: String, data: Data)], to url: URL) throws {
        try ZipArchive.write(entries, to: url)
        var bytes = [UInt8](try Data(contentsOf: url))
        let header = try #require(
            (0..<(bytes.count - 4)).first { bytes[$0..<($0 + 4)] == [0x50, 0x4B, 0x01, 0x02] })
        bytes.replaceSubrange((header + 24)..<(header + 28), with: [0xFF, 0xFF, 0xFF, 0x7F])
        try Data(bytes).write(to: url)
    }

    static func tiny() throws -> TemporaryFolder {
        let folder = try TemporaryFolder(prefix: "unionstats-reader-words")
        try CommandRunner.copyFixture("tiny", into: folder)
        return folder
    }

    @Test func aReportDeclaringADoctypeIsRefusedInVietnamese() throws {
        let folder = try Self.tiny()
        defer { folder.remove() }
        let entries = Self.declaringDoctype(try Self.workbookEntries(in: folder), in: "xl/worksheets/sheet1.xml")
        try ZipArchive.write(entries, to: folder.url("input/reports/2021/doctype.xlsx"))
        let result = try CommandRunner.run(["validate", "--period", "2021-H1"], in: folder)
        #expect(result.status == 1)
        let line = try #require(
            result.standardOutput.split(separator: "\n").first {
                $0.hasPrefix("reports/2021/doctype.xlsx") && $0.hasSuffix("[E-XLSX-UNREADABLE]")
            })
        #expect(
            line.contains(
                "phần 'xl/worksheets/sheet1.xml' của tệp Excel (.xlsx) có khai báo '<!DOCTYPE'; tệp Excel (.xlsx) thật không bao giờ có khai báo DOCTYPE hay ENTITY"
            ), "\(line)")
        #expect(line.hasSuffix("[E-XLSX-UNREADABLE]"))
        #expect(!line.contains("never") && !line.contains("refused") && !line.contains("docx"), "\(line)")
    }

    @Test func aReportThatIsAZipBombIsRefusedInVietnamese() throws {
        let folder = try Self.tiny()
        defer { folder.remove() }
        try Self.writeBomb(try Self.workbookEntries(in: folder), to: folder.url("input/reports/2021/bom.xlsx"))
        let result = try CommandRunner.run(["validate", "--period", "2021-H1"], in: folder)
        let line = try #require(
            result.standardOutput.split(separator: "\n").first { $0.hasPrefix("reports/2021/bom.xlsx") })
        #expect(line.contains("lỗi: Không đọc được tệp này: giải nén ra, tệp Excel (.xlsx) sẽ lớn "), "\(line)")
        #expect(line.contains("có thể là tệp độc hại (\"zip bomb\""), "\(line)")
        #expect(!line.contains("may be") && !line.contains("limit"), "\(line)")
    }

    /// A minimal Word document: its main part only.
    static let document = Data(
        #"<?xml version="1.0" encoding="UTF-8"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body><w:p><w:r><w:t>Kết nạp 27 đoàn viên.</w:t></w:r></w:p></w:body></w:document>"#
            .utf8)

    @Test(arguments: ["doctype", "bomb"])
    func aNarrativeWordFileIsRefusedInVietnameseAndNamedAsWord(kind: String) throws {
        let folder = try TemporaryFolder(prefix: "unionstats-reader-words")
        defer { folder.remove() }
        try FileManager.default.copyItem(at: CommandRunner.bundledInput, to: folder.url("input"))
        let url = folder.url("bao-cao.docx")
        let entries = [(name: "word/document.xml", data: Self.document)]
        if kind == "doctype" {
            try ZipArchive.write(Self.declaringDoctype(entries, in: "word/document.xml"), to: url)
        } else {
            try Self.writeBomb(entries, to: url)
        }
        let result = try CommandRunner.run(
            ["extract", "bao-cao.docx", "--unit", "CDVC", "--period", "2021-H1"], in: folder)
        #expect(result.status == 2)
        let line = result.standardError.split(separator: "\n").last.map(String.init) ?? ""
        #expect(line.hasPrefix("lỗi: Không đọc được tệp Word '"), "\(result.standardError)")
        #expect(line.contains(kind == "doctype" ? "tệp Word (.docx) thật không bao giờ" : "tệp Word (.docx) sẽ lớn"))
        #expect(!line.contains("xlsx") && !line.contains("Excel"), "\(line)")
        #expect(!line.contains("never") && !line.contains("zip bomb;") && !line.contains("may be"), "\(line)")
    }
}
