/// Where in the input a finding or an observation comes from.
public struct SourceLocation: Hashable, Sendable, Comparable, CustomStringConvertible {
    /// A position inside a file.
    public enum Position: Hashable, Sendable, Comparable {
        /// The whole file.
        case file
        /// A 1-based line of a text file.
        case line(Int)
        /// A cell of a workbook: sheet name and A1 reference.
        case cell(sheet: String, reference: String)

        /// Orders the whole file first, then lines by number, then cells by sheet, row and column (B9 before B10).
        public static func < (lhs: Position, rhs: Position) -> Bool {
            switch (lhs, rhs) {
            case (.file, .file): return false
            case (.file, _): return true
            case (_, .file): return false
            case (.line(let l), .line(let r)): return l < r
            case (.line, .cell): return true
            case (.cell, .line): return false
            case (.cell(let ls, let lr), .cell(let rs, let rr)):
                if ls != rs { return ls.utf8.lexicographicallyPrecedes(rs.utf8) }
                return Self.rowAndColumn(lr) < Self.rowAndColumn(rr)
            }
        }

        /// A cell given by its 1-based row and 0-based column: (14, 1) → `B14`.
        public static func cell(sheet: String, row: Int, column: Int) -> Position {
            .cell(sheet: sheet, reference: columnLetters(column) + String(row))
        }

        /// Column letters of a 0-based column: 0 → `A`, 25 → `Z`, 26 → `AA`.
        static func columnLetters(_ column: Int) -> String {
            let letter = String(UnicodeScalar(UInt8(65 + column % 26)))
            return column < 26 ? letter : columnLetters(column / 26 - 1) + letter
        }

        /// `B14` → (14, 0, "B"): row first, then shorter column names, then letters.
        private static func rowAndColumn(_ reference: String) -> (Int, Int, String) {
            let letters = reference.prefix { $0.isLetter }
            return (Int(reference.dropFirst(letters.count)) ?? 0, letters.count, String(letters))
        }
    }

    /// The file's path relative to the input folder, with `/` separators.
    public var file: String
    /// The position inside the file.
    public var position: Position

    /// Creates a location.
    public init(file: String, position: Position = .file) {
        self.file = file
        self.position = position
    }

    /// `reports/a.csv:12`, `reports/a.xlsx:Sheet1!B14` or just the file.
    public var description: String {
        switch position {
        case .file: file
        case .line(let line): "\(file):\(line)"
        case .cell(let sheet, let reference): "\(file):\(sheet)!\(reference)"
        }
    }

    /// Orders by file, then position.
    public static func < (lhs: SourceLocation, rhs: SourceLocation) -> Bool {
        if lhs.file != rhs.file { return lhs.file.utf8.lexicographicallyPrecedes(rhs.file.utf8) }
        return lhs.position < rhs.position
    }
}

/// A problem (or remark) about the input: data that flows beside the figures, never thrown.
public struct Finding: Hashable, Sendable, CustomStringConvertible {
    /// How serious a finding is.
    public enum Severity: Int, Comparable, Sendable, CaseIterable {
        case note, warning, error

        /// The machine word of `validate --format csv`: `note`, `warning`, `error`.
        public var word: String {
            switch self {
            case .note: "note"
            case .warning: "warning"
            case .error: "error"
            }
        }

        /// The word printed on the terminal, `file:line: lỗi: …`: `lỗi`, `cảnh báo`, `ghi chú`.
        public var terminalWord: String { vietnamese.lowercased() }

        /// The Vietnamese word shown in the workbook.
        public var vietnamese: String {
            switch self {
            case .note: "Ghi chú"
            case .warning: "Cảnh báo"
            case .error: "Lỗi"
            }
        }

        /// Orders note < warning < error.
        public static func < (lhs: Severity, rhs: Severity) -> Bool { lhs.rawValue < rhs.rawValue }
    }

    /// How serious it is.
    public var severity: Severity
    /// The stable code, e.g. `E-NUMBER`; see `FindingCode`.
    public var code: FindingCode
    /// Where in the input it was found, when it concerns one place.
    public var location: SourceLocation?
    /// The unit code concerned, if any.
    public var unit: String?
    /// The indicator code concerned, if any.
    public var indicator: String?
    /// The period concerned, if any.
    public var period: Period?
    /// What is wrong and what to do about it.
    public var message: String

    /// Creates a finding; the severity defaults to the code's.
    public init(
        _ code: FindingCode, _ message: String, at location: SourceLocation? = nil,
        unit: String? = nil, indicator: String? = nil, period: Period? = nil, severity: Severity? = nil
    ) {
        self.code = code
        self.severity = severity ?? code.severity
        self.message = message
        self.location = location
        self.unit = unit
        self.indicator = indicator
        self.period = period
    }

    /// Creates a finding from a named message; the code follows from the message, the severity defaults to the code's.
    public init(
        _ message: FindingMessage, at location: SourceLocation? = nil,
        unit: String? = nil, indicator: String? = nil, period: Period? = nil, severity: Severity? = nil
    ) {
        self.init(
            message.code, message.text, at: location, unit: unit, indicator: indicator, period: period,
            severity: severity)
    }

    /// `file:line: lỗi: message [E-CODE]`, the form compilers and editors use, in Vietnamese.
    public var description: String {
        let place = location.map { "\($0): " } ?? ""
        return "\(place)\(severity.terminalWord): \(message) [\(code.rawValue)]"
    }

    /// Orders findings by location (those without one last), then severity (errors first), then code.
    public static func byLocation(_ lhs: Finding, _ rhs: Finding) -> Bool {
        switch (lhs.location, rhs.location) {
        case (let l?, let r?) where l != r: return l < r
        case (nil, _?): return false
        case (_?, nil): return true
        default: break
        }
        if lhs.severity != rhs.severity { return lhs.severity > rhs.severity }
        if lhs.code != rhs.code { return lhs.code.rawValue < rhs.code.rawValue }
        if lhs.unit != rhs.unit { return (lhs.unit ?? "") < (rhs.unit ?? "") }
        return (lhs.indicator ?? "") < (rhs.indicator ?? "")
    }
}

extension Array where Element == Finding {
    /// How many findings have the given severity.
    public func count(of severity: Finding.Severity) -> Int { count { $0.severity == severity } }
}
