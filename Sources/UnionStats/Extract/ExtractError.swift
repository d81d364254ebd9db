import Foundation

/// Why `extract` cannot run: the narrative cannot be read, or the input folder lacks what it needs.
public enum ExtractError: Error, LocalizedError, Equatable {
    /// The input folder's units, catalogue or a file of it is unusable.
    case input(UnionStatsError)
    /// The narrative's file name ends in neither `.txt` nor `.docx`.
    case unsupportedFormat(file: String)
    /// The narrative could not be read (missing, a folder, no permission).
    case unreadable(file: String, reason: String)
    /// A `.txt` narrative that is not UTF-8.
    case notUTF8(file: String)
    /// A `.txt` narrative larger than `NarrativeDocument.maxTextBytes`.
    case tooLarge(file: String, limit: Int)
    /// A `.docx` narrative the hardened reader refused; `reason` says why, in Vietnamese, and what to do.
    case unreadableDOCX(file: String, reason: String)
    /// The narrative holds no text.
    case empty(file: String)
    /// The input folder has no phrase table.
    case missingPhraseTable(String)
    /// The phrase table has no usable row; `findings` say why each row was left out.
    case emptyPhraseTable(String, findings: [Finding])
    /// The output file would be the narrative itself.
    case outputIsNarrative(String)
    /// The unit's code is in units.csv, but none of its rows can be used.
    case unitLeftOut(String)

    /// What went wrong and what to do, in Vietnamese.
    public var errorDescription: String? {
        switch self {
        case .input(let error):
            error.errorDescription
        case .unsupportedFormat(let file):
            "'\(file)' không phải báo cáo văn bản đọc được: extract chỉ đọc tệp .txt (UTF-8) và .docx; hãy lưu báo cáo thành một trong hai dạng đó."
        case .unreadable(let file, let reason):
            "Không đọc được '\(file)': \(reason). Kiểm tra đường dẫn tệp báo cáo."
        case .notUTF8(let file):
            "'\(file)' không phải văn bản UTF-8, nên chữ tiếng Việt sẽ sai; mở bằng trình soạn thảo và lưu lại với bảng mã UTF-8 (hoặc lưu thành .docx)."
        case .tooLarge(let file, let limit):
            "'\(file)' lớn hơn \(limit / 1_048_576) MB, quá lớn cho một báo cáo văn bản; hãy kiểm tra đúng tệp chưa."
        case .unreadableDOCX(let file, let reason):
            "Không đọc được tệp Word '\(file)': \(reason)."
        case .empty(let file):
            "'\(file)' không có chữ nào để đọc; kiểm tra đúng tệp báo cáo chưa."
        case .missingPhraseTable(let path):
            "Thiếu bảng cụm từ '\(path)' (cột indicator,pattern): extract cần nó để biết câu nào nói về chỉ tiêu nào; chép tệp indicator-phrases.csv của bộ dữ liệu mẫu vào thư mục đầu vào."
        case .emptyPhraseTable(let path, _):
            "Bảng cụm từ '\(path)' không có dòng nào dùng được; xem các cảnh báo ở trên và sửa các dòng đó."
        case .unitLeftOut(let code):
            "Đơn vị '\(code)' có trong units.csv nhưng không dòng nào của nó dùng được (mã, cấp, ngày hoặc đơn vị cấp trên sai); sửa dòng đó (unionstats validate chỉ rõ lỗi) rồi chạy lại."
        case .outputIsNarrative(let path):
            "Tệp kết quả '\(path)' chính là báo cáo đang đọc; chọn --output tệp khác (ví dụ ban-nhap.csv) hoặc - để in ra màn hình."
        }
    }
}
