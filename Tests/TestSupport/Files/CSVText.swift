/// A strict RFC 4180 reader for checking the tool's CSV output independently of its own reader.
public enum CSVText {
    /// Why text is not RFC 4180.
    public struct Malformed: Error, CustomStringConvertible {
        public let description: String
    }

    /// Splits `text` into records of fields: `,` separates, `"` quotes, `""` is a quote inside quotes,
    /// and a record ends at `\n` or `\r\n` outside quotes. A quote inside an unquoted field, text after a
    /// closing quote, or an unclosed quote is an error. A final line end does not start an empty record.
    public static func records(_ text: String) throws -> [[String]] {
        var records: [[String]] = []
        var record: [String] = []
        var field = ""
        var quoted = false
        var inQuotes = false
        var afterQuote = false
        var characters = Array(text.unicodeScalars)[...]
        func endField() {
            record.append(field)
            field = ""
            quoted = false
            afterQuote = false
        }
        while let scalar = characters.popFirst() {
            if inQuotes {
                if scalar == "\"" {
                    if characters.first == "\"" {
                        characters.removeFirst()
                        field.unicodeScalars.append("\"")
                    } else {
                        inQuotes = false
                        afterQuote = true
                    }
                } else {
                    field.unicodeScalars.append(scalar)
                }
                continue
            }
            switch scalar {
            case ",": endField()
            case "\n", "\r":
                if scalar == "\r" {
                    guard characters.first == "\n" else {
                        throw Malformed(description: "a lone CR after \(records.count) records")
                    }
                    characters.removeFirst()
                }
                endField()
                records.append(record)
                record = []
            case "\"":
                guard field.isEmpty, !quoted else {
                    throw Malformed(description: "a quote inside an unquoted field: \(field)")
                }
                quoted = true
                inQuotes = true
            default:
                guard !afterQuote else { throw Malformed(description: "text after a closing quote: \(field)") }
                field.unicodeScalars.append(scalar)
            }
        }
        guard !inQuotes else { throw Malformed(description: "an unclosed quote") }
        if !field.isEmpty || quoted || !record.isEmpty {
            endField()
            records.append(record)
        }
        return records
    }
}
