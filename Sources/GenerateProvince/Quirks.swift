/// What makes the generated reports look like real submissions rather than a clean export:
/// per-file habits (`FileStyle`), per-row quirks (`RowQuirk`, valid or raising a finding) and
/// per-CĐCS-quarter mistakes (`UnitMistake`). Every choice is drawn from a seeded stream, so the
/// same arguments still give the same bytes.

/// How one upper unit exported one quarter's file.
struct FileStyle {
    /// Starts with a UTF-8 byte order mark (Excel's "CSV UTF-8").
    let byteOrderMark: Bool
    /// Lines end with CR LF.
    let crlf: Bool
    /// The header uses the form's Vietnamese column names.
    let vietnameseHeader: Bool
    /// Figures of 1.000 and more are written the Vietnamese way, `1.234.567`.
    let dottedThousands: Bool

    /// Draws a file's habits.
    init(random: inout SplitMix64) {
        byteOrderMark = random.chance(0.2)
        crlf = random.chance(0.3)
        vietnameseHeader = random.chance(0.15)
        dottedThousands = random.chance(0.25)
    }

    /// The end of a line.
    var lineEnd: [UInt8] { crlf ? [0x0D, 0x0A] : [0x0A] }

    /// The first bytes of the file: the optional BOM and the header line.
    var header: [UInt8] {
        let names = vietnameseHeader ? "Mã đơn vị,Kỳ,Mã chỉ tiêu,Số lượng,Ghi chú" : "unit,period,indicator,value,note"
        return (byteOrderMark ? [0xEF, 0xBB, 0xBF] : []) + Array(names.utf8) + lineEnd
    }
}

/// How one row departs from the clean form `unit,period,indicator,value,note`.
enum RowQuirk: CaseIterable {
    // Valid: read as if clean.
    /// A free-text Vietnamese note (quoted when it holds a comma).
    case note
    /// The value in quotes, sometimes with dot thousands: `"1.234.567"`.
    case quotedValue
    /// Spaces around the unit code: ` U01-0001 ` (trimmed on reading).
    case spacedUnit
    /// A space after the indicator code: `members_total ` (trimmed on reading).
    case spacedIndicator
    // Each raises a finding.
    /// A mistyped indicator code (`members_tota`, `members-total`): E-INDICATOR-UNKNOWN.
    case unknownIndicator
    /// A count with a decimal comma, `"12,5"`: E-NOT-WHOLE.
    case notWhole
    /// Words instead of a figure (`khoảng 30`, `N/A`): E-NUMBER.
    case notANumber
    /// `-12`: E-NEGATIVE.
    case negative
    /// `"1,234"`: E-NUMBER-AMBIGUOUS.
    case ambiguous
    /// No value: E-VALUE-EMPTY.
    case emptyValue
    /// `12,5` without quotes: one field too many, E-CSV-ROW.
    case unquotedComma
    /// The row stops after the indicator: E-CSV-ROW.
    case tooFewFields
    /// The row again with another value: E-DUPLICATE-CONFLICT.
    case duplicateConflict
    /// The row again, the same: N-DUPLICATE-SAME.
    case duplicateSame

    /// How many rows in a million have this quirk at defect rate 1 (the valid quirks do not scale).
    var perMillion: Double {
        switch self {
        case .note: 4_000
        case .quotedValue: 3_000
        case .spacedUnit, .spacedIndicator: 1_500
        case .unknownIndicator, .duplicateConflict: 1_500
        case .notWhole, .notANumber: 1_200
        case .emptyValue, .duplicateSame: 1_000
        case .unquotedComma, .tooFewFields: 800
        case .negative, .ambiguous: 500
        }
    }

    /// Whether the quirk raises a finding (and so scales with `--defect-rate`).
    var isDefect: Bool {
        switch self {
        case .note, .quotedValue, .spacedUnit, .spacedIndicator: false
        default: true
        }
    }

    /// Free-text notes as clerks write them.
    static let notes: [String] = [
        "Số liệu ước tính",
        "\"Đã gồm lao động thời vụ, hợp đồng dưới 3 tháng\"",
        "Báo cáo bổ sung",
        "\"Số liệu tính đến 31/5, chưa đối chiếu\"",
        "Theo sổ sách kế toán",
        "\"Giảm do doanh nghiệp cắt giảm lao động, tạm dừng sản xuất\"",
        "Chưa có số liệu chính thức",
        "\"Có 2 đoàn viên chuyển đến, 1 chuyển đi\"",
    ]

    /// What clerks type when they have no figure.
    static let nonNumbers: [String] = ["khoảng 30", "N/A", "30 người", "x", "chưa có"]
}

/// Draws a row's quirk from 20 random bits: most rows have none.
struct QuirkTable {
    /// Rolls below `limits[i]` (and above the previous limit) get `quirks[i]`.
    private let limits: [UInt64]
    private let quirks: [RowQuirk]
    /// Rolls at or above this have no quirk: the fast path.
    let cleanFrom: UInt64

    /// The table for `defectRate` (1: the usual rates; 0: valid quirks only).
    init(defectRate: Double) {
        var limits: [UInt64] = []
        var quirks: [RowQuirk] = []
        var total = 0.0
        for quirk in RowQuirk.allCases {
            total += quirk.perMillion * (quirk.isDefect ? defectRate : 1) * 1.048_576
            limits.append(UInt64(total.rounded()))
            quirks.append(quirk)
        }
        self.limits = limits
        self.quirks = quirks
        cleanFrom = min(limits.last ?? 0, 1 << 20)
    }

    /// The quirk of a roll in `0 ..< cleanFrom`.
    func quirk(for roll: UInt64) -> RowQuirk? {
        for (index, limit) in limits.enumerated() where roll < limit { return quirks[index] }
        return nil
    }
}

/// A mistake in a CĐCS's figures of one quarter, caught by `Validate/Validator`.
enum UnitMistake {
    /// Women members above all members, or members above workers: E-IMPOSSIBLE.
    case impossiblePair
    /// A figure typed with an extra zero: W-OUTLIER against last year (and a mismatch above).
    case extraZero

    /// The mistake of one CĐCS-quarter, if any: 3 % impossible pairs, 2 % extra zeros at rate 1.
    static func draw(_ random: inout SplitMix64, defectRate: Double) -> UnitMistake? {
        let roll = random.fraction()
        if roll < 0.03 * defectRate { return .impossiblePair }
        if roll < 0.05 * defectRate { return .extraZero }
        return nil
    }
}
