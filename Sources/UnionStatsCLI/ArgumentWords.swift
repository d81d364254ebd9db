import ArgumentParser
import Foundation
import UnionStats

/// What ArgumentParser prints, in Vietnamese: its help screens' headings and stock phrases, its parse errors, and
/// the values of periods and days read with a reason when they are wrong. ArgumentParser itself is not changed:
/// options read periods and days through `period`, `day`, … (ArgumentParser adds the thrown error's text to its
/// message), and the entry point passes every help screen and error through `help(_:)` and `error(_:)`.
enum ArgumentWords {
    /// A command-line value that cannot be read; `description` says why, in Vietnamese.
    struct InvalidValue: Error, CustomStringConvertible {
        let description: String
    }

    /// Reads a period (`2021-Q2`, `2021-H1`, `2021`), or says what is wrong with it.
    static func period(_ text: String) throws -> Period {
        if let period = Period(text) { return period }
        throw InvalidValue(description: Period.problem(in: text) ?? Period.writtenForm)
    }

    /// Reads a day (`2026-06-30`, `30/06/2026`), or says what is wrong with it.
    static func day(_ text: String) throws -> Day {
        if let day = Day(text) { return day }
        throw InvalidValue(description: Day.problem(in: text) ?? Day.writtenForm)
    }

    // MARK: Help screens

    /// The help screen's headings and ArgumentParser's own phrases, in Vietnamese (ours already are).
    static func help(_ text: String) -> String {
        var text = text
        for (english, vietnamese) in helpPhrases { text = text.replacingOccurrences(of: english, with: vietnamese) }
        return text
    }

    /// ArgumentParser's words in a help screen and their Vietnamese, in the order they are replaced.
    static let helpPhrases: [(String, String)] = [
        ("OVERVIEW: ", "TỔNG QUAN: "),
        ("USAGE: ", "CÁCH DÙNG: "),
        ("\nARGUMENTS:\n", "\nTHAM SỐ:\n"),
        ("\nOPTIONS:\n", "\nTÙY CHỌN:\n"),
        ("\nSUBCOMMANDS:\n", "\nCÁC LỆNH:\n"),
        ("See 'unionstats help <subcommand>' for detailed help.", "Xem hướng dẫn từng lệnh: unionstats help TÊN_LỆNH"),
        ("unionstats <subcommand>", "unionstats <lệnh>"),
        ("Show the version.", "In phiên bản của chương trình."),
        ("Show help information.", "In hướng dẫn này."),
        ("(default as flag: ", "(mặc định khi chỉ ghi tùy chọn: "),
        ("(default: ", "(mặc định: "),
        ("; default: ", "; mặc định: "),
        ("(values: ", "(các giá trị: "),
    ]

    // MARK: Errors

    /// ArgumentParser's full message of a command-line error (`Error: …`, `Help: …`, `Usage: …`, `See …`) in
    /// Vietnamese: the first line says what is wrong, the others how the command is used.
    static func error(_ text: String) -> String {
        var lines: [String] = []
        for line in text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init) {
            if line.hasPrefix("Error: ") {
                lines.append(
                    "lỗi: tham số dòng lệnh không hợp lệ. " + capitalizedFirst(message(String(line.dropFirst(7)))))
            } else if line.hasPrefix("Help:  ") {
                lines.append("Hướng dẫn: " + line.dropFirst(7))
            } else if line.hasPrefix("Usage: ") {
                lines.append("Cách dùng: " + line.dropFirst(7))
            } else if let match = line.firstMatch(of: /^\s*See '(.+)' for more information\.$/) {
                lines.append("Xem thêm: \(match.1)")
            } else if !line.isEmpty {
                lines.append(line)
            }
        }
        if lines.isEmpty { lines.append("lỗi: tham số dòng lệnh không hợp lệ.") }
        if !lines.contains(where: { $0.hasPrefix("Xem thêm: ") }) {
            lines.append("Xem hướng dẫn: unionstats help, hoặc unionstats help TÊN_LỆNH.")
        }
        return lines.joined(separator: "\n")
    }

    /// A sentence with its first letter in capitals.
    static func capitalizedFirst(_ sentence: String) -> String {
        guard let first = sentence.first else { return sentence }
        return first.uppercased() + sentence.dropFirst()
    }

    /// One of ArgumentParser's error sentences in Vietnamese; a sentence of ours (a `ValidationError`) as it is.
    static func message(_ english: String) -> String {
        if let match = english.firstMatch(of: /^Unknown option '([^']+)'\. Did you mean '([^']+)'\?$/) {
            return "không có tùy chọn '\(match.1)'. Có phải là '\(match.2)'?"
        }
        if let match = english.firstMatch(of: /^Unknown option '([^']+)'$/) {
            return "không có tùy chọn '\(match.1)'."
        }
        if let match = english.firstMatch(of: /^Missing value for '([^' ]+)(?: <[^>]*>)?'$/) {
            return "thiếu giá trị sau '\(match.1)'."
        }
        if let match = english.firstMatch(of: /^Missing expected argument '([^']+)'$/) {
            return match.1.hasPrefix("-")
                ? "thiếu tùy chọn bắt buộc '\(match.1)'." : "thiếu tham số bắt buộc '\(match.1)'."
        }
        if let match = english.firstMatch(of: /^Missing one of: (.+)$/) {
            return "thiếu một trong các tham số \(match.1)."
        }
        if let match = english.firstMatch(of: /^Unexpected argument '(.*)'$/) {
            return "thừa tham số '\(match.1)': lệnh này không nhận nó."
        }
        if let match = english.firstMatch(of: /^(\d+) unexpected arguments: (.+)$/) {
            return "thừa \(match.1) tham số \(match.2): lệnh này không nhận chúng."
        }
        if let match = english.firstMatch(
            of: /^The option '([^']+)' does not take any value, but '(.*)' was specified\.$/)
        {
            return "tùy chọn '\(match.1)' không nhận giá trị, nhưng đã ghi '\(match.2)'."
        }
        if let match = english.firstMatch(of: /^The value '(.*)' is invalid for '([^' ]+)(?: <[^>]*>)?': (.+)$/) {
            return "giá trị '\(match.1)' của \(match.2) không đúng: \(match.3)"
        }
        if let match = english.firstMatch(
            of: /^The value '(.*)' is invalid for '([^' ]+)(?: <[^>]*>)?'\. Please provide one of (.+)\.$/)
        {
            let choices = match.3.replacingOccurrences(of: " and ", with: " hoặc ")
                .replacingOccurrences(of: " or ", with: " hoặc ")
            return "giá trị '\(match.1)' của \(match.2) không đúng: chỉ nhận \(choices)."
        }
        if let match = english.firstMatch(of: /^The value '(.*)' is invalid for '([^' ]+)(?: <[^>]*>)?'$/) {
            return "giá trị '\(match.1)' của \(match.2) không đúng."
        }
        if let match = english.firstMatch(of: /^Value to be set with .*'([^']+)'.* had already been set with .*$/) {
            return "'\(match.1)' được ghi hai lần; chỉ ghi một lần."
        }
        return english
    }
}
