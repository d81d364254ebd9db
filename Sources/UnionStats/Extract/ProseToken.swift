import Foundation

/// One piece of a sentence: a word, a numeral (digits with their separators) or a punctuation mark.
public struct ProseToken: Sendable, Equatable {
    /// What the token is.
    public enum Kind: Sendable, Equatable {
        /// A run of letters; `normalized` is its comparable form (see `ProseToken.normalize`).
        case word
        /// Digits, possibly with `.`, `,`, `/` or `:` between digits: `2.686`, `51,5`, `17/6`, `20:08`.
        case numeral
        /// One punctuation mark; `…` also stands for `...`.
        case punctuation
    }

    /// What the token is.
    public let kind: Kind
    /// The text as written.
    public let text: String
    /// The comparable form of a word (lower case, one spelling of each tone placement); the text otherwise.
    public let normalized: String
    /// Whether blank space separates it from the token before.
    public let spaceBefore: Bool

    /// Creates a token; a word's comparable form is computed here.
    public init(kind: Kind, text: String, spaceBefore: Bool) {
        self.kind = kind
        self.text = text
        self.normalized = kind == .word ? Self.normalize(text) : text
        self.spaceBefore = spaceBefore
    }

    /// Whether this is the word `word` (already normalised).
    func isWord(_ word: String) -> Bool { kind == .word && normalized == word }

    /// Whether this is the punctuation mark `mark`.
    func isMark(_ mark: String) -> Bool { kind == .punctuation && text == mark }

    /// A word's comparable form: NFC, lower case, with the old tone placement of `oa`, `oe`, `uy`
    /// (`hoá`, `khoá`, `thuỷ`) turned into the new one (`hóa`, `khóa`, `thủy`), so either spelling matches.
    public static func normalize(_ word: String) -> String {
        var text = word.precomposedStringWithCanonicalMapping.lowercased()
        guard text.unicodeScalars.contains(where: { !$0.isASCII }) else { return text }
        // Only at the end of the syllable ("khoảng" keeps its spelling); in "quý", "quỹ" the u belongs to qu.
        for (old, new) in toneMoves where text.hasSuffix(old) && !(old.hasPrefix("u") && text.hasSuffix("q" + old)) {
            text = String(text.dropLast(old.count)) + new
            break
        }
        return text
    }

    /// Old-style tone placements and their modern spelling (only at the end of a syllable, where they differ).
    private static let toneMoves: [(String, String)] = {
        let pairs: [(String, String)] = [
            ("oá", "óa"), ("oà", "òa"), ("oả", "ỏa"), ("oã", "õa"), ("oạ", "ọa"),
            ("oé", "óe"), ("oè", "òe"), ("oẻ", "ỏe"), ("oẽ", "õe"), ("oẹ", "ọe"),
            ("uý", "úy"), ("uỳ", "ùy"), ("uỷ", "ủy"), ("uỹ", "ũy"), ("uỵ", "ụy"),
        ]
        return pairs
    }()
}

/// Cuts a sentence into `ProseToken`s.
public enum ProseTokenizer {
    /// The tokens of `text`, in order.
    public static func tokens(_ text: String) -> [ProseToken] {
        let characters = Array(text.precomposedStringWithCanonicalMapping)
        var tokens: [ProseToken] = []
        var index = 0
        var spaceBefore = false
        while index < characters.count {
            let character = characters[index]
            if character.isWhitespace {
                spaceBefore = true
                index += 1
                continue
            }
            var end = index + 1
            let kind: ProseToken.Kind
            if character.isLetter {
                while end < characters.count, characters[end].isLetter || characters[end].isMark { end += 1 }
                kind = .word
            } else if character.isASCIIDigit {
                while end < characters.count {
                    if characters[end].isASCIIDigit {
                        end += 1
                    } else if ".,/:".contains(characters[end]), end + 1 < characters.count,
                        characters[end + 1].isASCIIDigit
                    {
                        end += 2
                    } else {
                        break
                    }
                }
                kind = .numeral
            } else if character == ".", index + 2 < characters.count, characters[index + 1] == ".",
                characters[index + 2] == "."
            {
                while end < characters.count, characters[end] == "." { end += 1 }
                tokens.append(ProseToken(kind: .punctuation, text: "…", spaceBefore: spaceBefore))
                spaceBefore = false
                index = end
                continue
            } else {
                kind = .punctuation
            }
            tokens.append(ProseToken(kind: kind, text: String(characters[index..<end]), spaceBefore: spaceBefore))
            spaceBefore = false
            index = end
        }
        return tokens
    }
}

extension Character {
    /// Whether the character is a combining mark (a tone written apart from its letter).
    var isMark: Bool { unicodeScalars.allSatisfy { $0.properties.generalCategory == .nonspacingMark } }
}
