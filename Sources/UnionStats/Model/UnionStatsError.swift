import Foundation

/// Why a run cannot go on: the input lacks something essential, or an output cannot be written.
public enum UnionStatsError: Error, LocalizedError, Equatable {
    /// The input folder does not exist or is not a folder.
    case missingFolder(String)
    /// A required file is missing from the input folder (its path).
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

    /// No report holds a figure of the period asked for (nor of its sub-periods); `findings` are
    /// those about the period's files (why their figures could not be used).
    case noFigures(period: String, label: String, findings: [Finding])
    /// A comparison of a period with itself.
    case sameComparedPeriod(String)
    /// An emulation group given on the command line (`--group`) that groups.csv and units.csv do not name.
    case unknownGroup(String, known: [String])
    /// An emulation group without any member in the tree the report stands on.
    case emptyGroup(String, day: Day)
    /// The tree a report stands on does not have exactly one federation (provinces before their merger, or none).
    case treeNotOneFederation(day: Day, federations: [String], period: String, suggestion: Day?)
    /// Another run holds the output folder's lock (its process id and command, when its lock file says)
    /// and did not let it go within `waited` seconds.
    case outputBusy(folder: String, pid: Int32?, command: String?, waited: Int)
    /// A file could not be written, for the reason `problem` says (a full disk, no permission…): made by
    /// `UnionStatsError.writing(_:failedWith:)` from the system's error.
    /// `note` says what became of the files already there (the previous run's set kept).
    case cannotWrite(path: String, problem: WriteProblem, note: String? = nil)

    /// What went wrong and what to do.
    public var errorDescription: String? {
        switch self {
        case .missingFolder(let path):
            "Không có thư mục đầu vào '\(path)'; dùng --input THƯ_MỤC chỉ tới thư mục có units.csv, indicators.csv và reports/."
        case .missingFile(let path):
            "Thiếu tệp bắt buộc '\(path)'; thư mục đầu vào phải có units.csv và indicators.csv."
        case .unreadable(let file, let reason):
            "Không đọc được '\(file)': \(reason)"
        case .missingColumns(let file, let columns, let expected):
            "'\(file)' thiếu cột \(columns.joined(separator: ", ")); dòng tiêu đề phải có \(expected.joined(separator: ","))."
        case .noRoot(let file):
            "'\(file)' không có LĐLĐ tỉnh: phải có đúng một đơn vị để trống cột parent và có level 'federation'."
        case .emptyCatalogue(let file):
            "'\(file)' không có chỉ tiêu nào dùng được."
        case .noReports(let folder, _):
            "Không có báo cáo nào trong '\(folder)' có số liệu, nên không có kỳ nào để lập báo cáo; ghi rõ --period KỲ."
        case .badPeriod(let text):
            "Kỳ '\(text)' không hợp lệ: viết 2021-Q2 (quý), 2021-H1 hoặc 2021-H2 (6 tháng) hoặc 2021 (năm)."
        case .outputInsideInput(let output, let input):
            "Thư mục kết quả '\(output)' nằm trong thư mục đầu vào '\(input)'; chọn --output khác để kết quả không lẫn với số liệu đầu vào."
        case .outputEscapes(let path):
            "Đường dẫn kết quả '\(path)' ra ngoài thư mục kết quả; chỉ được dùng tên tệp bên trong thư mục đó."
        case .writeFailed(let path, let reason):
            "Không ghi được '\(path)': \(reason)"
        case .spreadsheet(let message):
            "Không ghi được bảng tính: \(message)"
        case .periodLengthMismatch(let a, let b):
            "Không thể so sánh \(a) với \(b): hai kỳ dài khác nhau; so quý với quý, 6 tháng với 6 tháng, năm với năm."
        case .unknownIndicator(let code):
            "Chỉ tiêu '\(code)' không có trong indicators.csv; dùng một mã chỉ tiêu của danh mục, ví dụ members_new."
        case .noFigures(let period, let label, _):
            "Chưa có báo cáo nào có số liệu kỳ \(period) (\(label)), nên không lập báo cáo trống để ký. Để gửi mẫu cho các đơn vị điền, dùng: unionstats template --period \(period)"
        case .sameComparedPeriod(let period):
            "Không thể so sánh kỳ \(period) với chính nó; chọn --against một kỳ khác cùng độ dài (mặc định: cùng kỳ năm trước)."
        case .treeNotOneFederation(let day, let federations, let period, let suggestion):
            (federations.isEmpty
                ? "Cây tổ chức ngày \(day) không có LĐLĐ tỉnh nào; không lập được số liệu kỳ \(period) trên cây này."
                : "Cây tổ chức ngày \(day) có \(federations.count) LĐLĐ tỉnh (\(federations.joined(separator: ", "))), trước khi hợp nhất; số liệu kỳ \(period) chỉ lập được trên cây có một LĐLĐ tỉnh.")
                + (suggestion.map {
                    " Hãy lập trên cây sau khi hợp nhất: thêm --tree \($0.iso) (hoặc một ngày muộn hơn)."
                } ?? " Hãy kiểm tra units.csv (lệnh: unionstats tree --date \(day.iso)).")
        case .unknownGroup(let code, let known):
            "Cụm/khối thi đua '\(code)' không có trong groups.csv hay cột groups của units.csv; "
                + (known.isEmpty
                    ? "đầu vào chưa có cụm, khối thi đua nào (hãy lập groups.csv và cột groups của units.csv, xem docs/input.md)."
                    : "các mã có: \(known.joined(separator: ", ")).")
        case .emptyGroup(let code, let day):
            "Cụm/khối thi đua '\(code)' không có đơn vị nào trên cây tổ chức ngày \(day); không lập được báo cáo của cụm."
        case .unknownUnit(let code):
            "Đơn vị '\(code)' không có trong units.csv; dùng mã đơn vị ở cột đầu của tệp đó."
        case .outputBusy(let folder, let pid, let command, let waited):
            "Thư mục kết quả '\(folder)' đang được một lần chạy khác ghi ("
                + (pid.map { "tiến trình \($0)" + (command.map { ": \($0)" } ?? "") } ?? "không rõ tiến trình nào")
                + "); đã chờ \(waited) giây mà lần chạy đó chưa xong. Lần chạy này không ghi gì, để các tệp trong thư mục"
                + " không bị lẫn giữa hai lần chạy; hãy đợi lần chạy kia xong rồi chạy lại."
        case .cannotWrite(let path, let problem, let note):
            problem.message(path: path) + (note.map { " \($0)" } ?? "")
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
