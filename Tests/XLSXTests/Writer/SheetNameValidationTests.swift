import Foundation
import TestSupport
import Testing

@testable import XLSX

@Suite("Worksheet name validation")
struct SheetNameValidationTests {
    /// Vietnamese text as decomposed (NFD) input, the form macOS file names and some PDFs produce.
    static func nfd(_ text: String) -> String { text.decomposedStringWithCanonicalMapping }

    /// 31 characters after NFC but 40 Unicode scalars in NFD.
    static let thirtyOneCharacterVietnamese = "Tổng hợp đoàn viên công đoàn xã"
    /// 32 characters after NFC.
    static let thirtyTwoCharacterVietnamese = "Báo cáo tổng hợp số liệu quý một"

    @Test(
        "Valid names are accepted and stored NFC",
        arguments: [
            nfd("Tổng hợp"),
            nfd(thirtyOneCharacterVietnamese),
            String(repeating: "x", count: 31),
            "Sheet 1",
            "Báo cáo (2024)",
            nfd("Đoàn viên - Nữ"),
            "Tổng'hợp",
        ])
    func acceptsValidName(_ name: String) throws {
        let directory = try TemporaryFolder()
        let workbook = try Workbook(path: directory.path("names.xlsx"))
        let sheet = try workbook.addWorksheet(named: name)
        let expected = name.precomposedStringWithCanonicalMapping
        #expect(Array(sheet.name.unicodeScalars) == Array(expected.unicodeScalars))
        #expect(sheet.name.unicodeScalars.count <= 31)
    }

    @Test("Decomposed input ends up precomposed in xl/workbook.xml")
    func nameStoredAsNFCInFile() throws {
        let directory = try TemporaryFolder()
        let workbook = try Workbook(path: directory.path("nfc.xlsx"))
        _ = try workbook.addWorksheet(named: Self.nfd("Tổng hợp"))
        try workbook.close()
        let xml = try ZipArchive(url: directory.url.appendingPathComponent("nfc.xlsx")).data("xl/workbook.xml")
        let precomposed = Array("name=\"Tổng hợp\"".precomposedStringWithCanonicalMapping.utf8)
        let decomposed = Array(Self.nfd("Tổng hợp").utf8)
        #expect(xml.containsSubsequence(precomposed))
        #expect(!xml.containsSubsequence(decomposed))
    }

    struct RejectedName: Sendable, CustomTestStringConvertible {
        let name: String
        let error: XLSXError
        var testDescription: String { "'\(name)'" }
    }

    @Test(
        "Invalid names are refused with a specific error",
        arguments: [
            RejectedName(name: "", error: .emptySheetName),
            RejectedName(
                name: nfd(thirtyTwoCharacterVietnamese),
                error: .sheetNameTooLong(name: thirtyTwoCharacterVietnamese, length: 32)),
            RejectedName(
                name: String(repeating: "a", count: 40),
                error: .sheetNameTooLong(
                    name: String(repeating: "a", count: 40), length: 40)),
            RejectedName(name: "Quý[1]", error: .sheetNameHasForbiddenCharacter(name: "Quý[1]", character: "[")),
            RejectedName(name: "Quý]1", error: .sheetNameHasForbiddenCharacter(name: "Quý]1", character: "]")),
            RejectedName(name: "Quý: 1", error: .sheetNameHasForbiddenCharacter(name: "Quý: 1", character: ":")),
            RejectedName(name: "Quý*", error: .sheetNameHasForbiddenCharacter(name: "Quý*", character: "*")),
            RejectedName(name: "Quý?", error: .sheetNameHasForbiddenCharacter(name: "Quý?", character: "?")),
            RejectedName(name: "01/2024", error: .sheetNameHasForbiddenCharacter(name: "01/2024", character: "/")),
            RejectedName(name: "01\\2024", error: .sheetNameHasForbiddenCharacter(name: "01\\2024", character: "\\")),
            RejectedName(name: "'Tổng hợp", error: .sheetNameStartsOrEndsWithApostrophe(name: "'Tổng hợp")),
            RejectedName(name: "Tổng hợp'", error: .sheetNameStartsOrEndsWithApostrophe(name: "Tổng hợp'")),
        ])
    func refusesInvalidName(_ rejected: RejectedName) throws {
        let directory = try TemporaryFolder()
        let workbook = try Workbook(path: directory.path("names.xlsx"))
        #expect(throws: rejected.error) { try workbook.addWorksheet(named: rejected.name) }
        #expect(workbook.worksheetNames.isEmpty)
    }

    @Test(
        "Duplicates are detected case-insensitively and across normalisation forms",
        arguments: [
            "Tổng hợp",
            "TỔNG HỢP",
            nfd("tổng hợp"),
            nfd("TỔNG hợp"),
        ])
    func refusesDuplicate(_ name: String) throws {
        let directory = try TemporaryFolder()
        let workbook = try Workbook(path: directory.path("dupes.xlsx"))
        _ = try workbook.addWorksheet(named: "Tổng hợp")
        #expect(
            throws: XLSXError.duplicateSheetName(
                name: name.precomposedStringWithCanonicalMapping, existingName: "Tổng hợp")
        ) {
            try workbook.addWorksheet(named: name)
        }
        #expect(workbook.worksheetNames.count == 1)
    }

    @Test("Đ and đ are the same letter for duplicate detection")
    func vietnameseDWithStroke() throws {
        let directory = try TemporaryFolder()
        let workbook = try Workbook(path: directory.path("d.xlsx"))
        _ = try workbook.addWorksheet(named: "Đoàn viên")
        #expect(throws: XLSXError.duplicateSheetName(name: "đoàn viên", existingName: "Đoàn viên")) {
            try workbook.addWorksheet(named: "đoàn viên")
        }
    }

    @Test("Error messages name the value and the limit")
    func messages() {
        #expect(
            XLSXError.sheetNameTooLong(name: "X", length: 40).errorDescription
                == "Worksheet name 'X' exceeds Excel's limit of 31 characters (it has 40)")
        #expect(
            XLSXError.sheetNameHasForbiddenCharacter(name: "a/b", character: "/").errorDescription?
                .contains("'/'") == true)
    }
}
