import Foundation

/// Why a run cannot go on: the input lacks something essential, or an output cannot be written.
public enum UnionStatsError: Error, LocalizedError, Equatable {
    /// The input folder does not exist or is not a folder.
    case missingFolder(String)
    /// A required file is missing from the input folder.
    case missingFile(String)
    /// A required file could not be read.
    case unreadable(file: String, reason: String)
    /// A required file's header lacks columns.
    case missingColumns(file: String, columns: [String], expected: [String])
    /// units.csv has no federation (a unit with an empty parent).
    case noRoot(file: String)
    /// The catalogue has no usable indicator.
    case emptyCatalogue(file: String)
    /// No report holds any figure; `findings` says what went wrong with the files that are there.
    case noReports(folder: String, findings: [Finding])
    /// A period given on the command line is not written like 2021-Q2, 2021-H1 or 2021.
    case badPeriod(String)
    /// The output folder would be inside (or be) the input folder.
    case outputInsideInput(output: String, input: String)
    /// A relative output path tried to leave the output folder.
    case outputEscapes(path: String)
    /// The file system refused a write.
    case writeFailed(path: String, reason: String)
    /// The spreadsheet library refused; the message says why.
    case spreadsheet(String)
    /// Two periods of different lengths cannot be compared.
    case periodLengthMismatch(a: String, b: String)
    /// An indicator code given on the command line is not in the catalogue.
    case unknownIndicator(String)
    /// A unit code given on the command line is not in units.csv.
    case unknownUnit(String)

    /// No report holds a figure of the period asked for (nor of its sub-periods).
    case noFigures(period: String, label: String)
    /// A comparison of a period with itself.
    case sameComparedPeriod(String)

    /// What went wrong and what to do.
    public var errorDescription: String? {
        switch self {
        case .missingFolder(let path):
            "Input folder '\(path)' does not exist; pass --input DIR pointing at a folder with units.csv, indicators.csv and reports/."
        case .missingFile(let path):
            "Required file '\(path)' is missing from the input folder."
        case .unreadable(let file, let reason):
            "Cannot read '\(file)': \(reason)"
        case .missingColumns(let file, let columns, let expected):
            "'\(file)' lacks the column(s) \(columns.joined(separator: ", ")); its header must name \(expected.joined(separator: ","))."
        case .noRoot(let file):
            "'\(file)' has no federation: exactly one unit must have an empty parent and level 'federation'."
        case .emptyCatalogue(let file):
            "'\(file)' defines no usable indicator."
        case .noReports(let folder, _):
            "No report under '\(folder)' holds a figure, so there is no period to report on; pass --period P."
        case .badPeriod(let text):
            "Period '\(text)' is not valid: write 2021-Q2 (a quarter), 2021-H1 or 2021-H2 (a half-year) or 2021 (a year)."
        case .outputInsideInput(let output, let input):
            "Output folder '\(output)' is inside the input folder '\(input)'; choose another --output so reports never mix with the input."
        case .outputEscapes(let path):
            "Output path '\(path)' would leave the output folder; only plain names below it are allowed."
        case .writeFailed(let path, let reason):
            "Cannot write '\(path)': \(reason)"
        case .spreadsheet(let message):
            "Cannot write the spreadsheet: \(message)"
        case .periodLengthMismatch(let a, let b):
            "Cannot compare \(a) with \(b): the periods differ in length; compare a quarter with a quarter, a half-year with a half-year, a year with a year."
        case .unknownIndicator(let code):
            "Indicator '\(code)' is not in indicators.csv; pass one of its codes, e.g. members_new."
        case .noFigures(let period, let label):
            "Chưa có báo cáo nào có số liệu kỳ \(period) (\(label)), nên không lập báo cáo trống để ký. Để gửi mẫu cho các đơn vị điền, dùng: unionstats template --period \(period)"
        case .sameComparedPeriod(let period):
            "Không thể so sánh kỳ \(period) với chính nó; chọn --against một kỳ khác cùng độ dài (mặc định: cùng kỳ năm trước)."
        case .unknownUnit(let code):
            "Unit '\(code)' is not in units.csv; pass codes from its first column."
        }
    }
}

extension UnionStatsError {
    /// The cause alone, without the file name, for messages that name the file themselves.
    var reason: String {
        if case .unreadable(_, let reason) = self { return reason }
        return errorDescription ?? "\(self)"
    }
}
