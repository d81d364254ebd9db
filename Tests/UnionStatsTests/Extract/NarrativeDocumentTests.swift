import Foundation
import Testing

@testable import UnionStats

/// Reading narratives: .txt in UTF-8, .docx through the hardened reader, and refusals.
@Suite struct NarrativeDocumentTests {
    @Test func textIsReadWithoutByteOrderMarkAndWithEitherLineEnd() throws {
        let folder = try TemporaryInput()
        let url = try folder.write(
            Data([0xEF, 0xBB, 0xBF] + Array("Dòng một.\r\nDòng hai.\rDòng ba.".utf8)), to: "bao-cao.txt")
        #expect(try NarrativeDocument.paragraphs(of: url) == ["Dòng một.", "Dòng hai.", "Dòng ba."])
    }

    @Test func decomposedTextIsMadeNFC() throws {
        let folder = try TemporaryInput()
        let url = try folder.write("Tha\u{0300}nh lập 2 CĐCS.", to: "bao-cao.txt")
        #expect(try NarrativeDocument.paragraphs(of: url) == ["Thành lập 2 CĐCS."])
    }

    @Test func refusals() throws {
        let folder = try TemporaryInput()
        let latin1 = try folder.write(Data([0x43, 0xF3, 0x20, 0x32]), to: "latin1.txt")
        #expect(throws: ExtractError.notUTF8(file: latin1.path)) { try NarrativeDocument.paragraphs(of: latin1) }
        let pdf = try folder.write("x", to: "bao-cao.pdf")
        #expect(throws: ExtractError.unsupportedFormat(file: pdf.path)) { try NarrativeDocument.paragraphs(of: pdf) }
        let empty = try folder.write("  \n ", to: "trong.txt")
        #expect(throws: ExtractError.empty(file: empty.path)) { try NarrativeDocument.paragraphs(of: empty) }
        let missing = folder.folder.appendingPathComponent("khong-co.txt")
        #expect(throws: ExtractError.self) { try NarrativeDocument.paragraphs(of: missing) }
    }

    @Test func aDocxThatIsNoZipIsRefusedWithTheReadersReason() throws {
        let folder = try TemporaryInput()
        let fake = try folder.write("Không phải tệp Word", to: "gia.docx")
        do {
            _ = try NarrativeDocument.paragraphs(of: fake)
            Issue.record("a text file named .docx was read")
        } catch {
            guard case .unreadableDOCX(let file, let reason) = error else {
                Issue.record("unexpected \(error)")
                return
            }
            #expect(file == fake.path)
            #expect(reason.hasPrefix("đây không phải tệp Word (.docx) thật"), "\(reason)")
            #expect(error.localizedDescription.contains("lưu lại dạng .docx (hoặc .txt)"))
            #expect(!error.localizedDescription.contains("xlsx"))
        }
    }

    @Test func docxParagraphsSkipDeletedTextAndFieldCodes() throws {
        let paragraphs = try NarrativeDocument.paragraphs(
            of: BundledVocabulary.narratives.appendingPathComponent("seed-002.docx"))
        let text = try NarrativeDocument.paragraphs(
            of: BundledVocabulary.narratives.appendingPathComponent("seed-002.txt"))
        #expect(paragraphs == text)
    }
}
