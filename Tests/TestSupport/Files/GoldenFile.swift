import Foundation

/// Golden-file comparison in the manner of rust_xlsxwriter's integration tests: a committed file holds
/// the expected bytes of a part, after masking what legitimately varies from run to run.
///
/// To regenerate every golden file after an intended change, run the tests with
/// `UNIONSTATS_REGENERATE_GOLDEN=1 swift test --filter Golden`, review `git diff`, and commit.
/// A normal run only compares, and reports the first difference.
public enum GoldenFile {
    /// The environment variable that makes `check` rewrite the golden files instead of comparing.
    public static let regenerateVariable = "UNIONSTATS_REGENERATE_GOLDEN"

    /// Whether this run rewrites golden files.
    public static var isRegenerating: Bool {
        ProcessInfo.processInfo.environment[regenerateVariable] == "1"
    }

    /// The place-and-date line's date, "ngày 30 tháng 11 năm 2026", replaced by "ngày … tháng … năm …".
    public static func maskingDateLine(_ text: String) -> String {
        text.replacing(#/ngày \d{1,2} tháng \d{1,2} năm \d{4}/#, with: "ngày … tháng … năm …")
    }

    /// Compares `actual` (already masked) with the golden file at `url`.
    ///
    /// Returns nil when they are equal, else a description of the first difference with some context.
    /// When regenerating, writes `actual` to `url` and returns nil.
    public static func check(_ actual: String, against url: URL) throws -> String? {
        if isRegenerating {
            try FileManager.default.createDirectory(
                at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data(actual.utf8).write(to: url)
            return nil
        }
        guard let expected = try? String(contentsOf: url, encoding: .utf8) else {
            return "no golden file at \(url.path); run with \(regenerateVariable)=1 to create it"
        }
        return difference(expected: expected, actual: actual).map {
            "\(url.lastPathComponent) differs (rerun with \(regenerateVariable)=1 to accept the new output):\n\($0)"
        }
    }

    /// The first difference between two XML texts, compared element by element, or nil when equal.
    public static func difference(expected: String, actual: String) -> String? {
        guard expected != actual else { return nil }
        let expectedLines = elementLines(expected)
        let actualLines = elementLines(actual)
        let index =
            zip(expectedLines, actualLines).enumerated().first { $0.element.0 != $0.element.1 }?.offset
            ?? min(expectedLines.count, actualLines.count)
        let context = max(0, index - 3)
        func excerpt(_ lines: [String]) -> String {
            lines[min(context, lines.count)..<min(index + 4, lines.count)].enumerated()
                .map { "\($0.offset + context == index ? ">" : " ") \($0.element)" }.joined(separator: "\n")
        }
        return "first difference at element \(index) of \(expectedLines.count) expected / \(actualLines.count) actual\n"
            + "expected:\n\(excerpt(expectedLines))\nactual:\n\(excerpt(actualLines))"
    }

    /// XML split before each tag, so a difference shows as a short line.
    private static func elementLines(_ xml: String) -> [String] {
        xml.replacingOccurrences(of: "><", with: ">\n<").split(separator: "\n", omittingEmptySubsequences: false).map(
            String.init)
    }
}
