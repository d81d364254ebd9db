import Foundation
import TextNormalization

/// Collects the text of a string item (`<si>` of the shared-string table, `<is>` of an inline-string cell).
///
/// Plain items hold one `<t>`; rich-text items hold runs `<r><rPr>…</rPr><t>…</t></r>` whose texts are
/// concatenated; phonetic runs `<rPh><t>…</t></rPh>` (furigana) are not part of the value and are skipped.
struct RichTextCollector {
    /// The text collected since the last `reset()`.
    private(set) var text = ""
    private var insideText = false
    private var phoneticDepth = 0

    /// Starts a new item.
    mutating func reset() {
        text = ""
        insideText = false
        phoneticDepth = 0
    }

    /// An element inside the item starts.
    mutating func didStart(_ element: String) {
        switch element {
        case "t": insideText = phoneticDepth == 0
        case "rPh": phoneticDepth += 1
        default: break
        }
    }

    /// An element inside the item ends.
    mutating func didEnd(_ element: String) {
        switch element {
        case "t": insideText = false
        case "rPh": phoneticDepth = max(0, phoneticDepth - 1)
        default: break
        }
    }

    /// Character data inside the item; kept only inside a `<t>` that is not phonetic.
    mutating func didFind(_ piece: String) {
        if insideText { text += piece }
    }
}

/// Reads `xl/sharedStrings.xml` into an array of NFC strings, bounded by the shared-string limit.
final class SharedStringsHandler: XMLElementHandler {
    private(set) var strings: [String] = []
    private let limit: Int
    private let file: String
    private var collector = RichTextCollector()
    private var insideItem = false

    /// Prepares to read at most `limit` strings of `file`.
    init(limit: Int, file: String) {
        self.limit = limit
        self.file = file
    }

    func didStart(element: String, attributes: [String: String]) throws {
        if insideItem {
            collector.didStart(element)
        } else if element == "si" {
            insideItem = true
            collector.reset()
        } else if element == "sst", let declared = attributes["uniqueCount"].flatMap({ Int($0) }), declared > 0 {
            strings.reserveCapacity(min(declared, limit, 65_536))
        }
    }

    func didEnd(element: String) throws {
        guard insideItem else { return }
        guard element == "si" else { return collector.didEnd(element) }
        insideItem = false
        guard strings.count < limit else { throw XLSXReadError.tooManySharedStrings(file: file, limit: limit) }
        strings.append(TextNormalizer.nfc(collector.text))
    }

    func didFind(text: String) throws {
        if insideItem { collector.didFind(text) }
    }
}
