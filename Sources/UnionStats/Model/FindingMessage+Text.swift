extension FindingMessage {
    /// The stable code of the finding.
    public var code: FindingCode {
        switch self {
        case .fileUnopenable, .notARegularFile: .fileUnreadable
        case .fileUnicodeEncoding, .fileLegacyEncoding: .fileEncoding
        case .unreadableFormat: .fileFormat
        case .formulaWithoutValue: .xlsxFormula
        case .csvUnknownColumns: .csvColumns
        case .csvNoRows: .csvEmpty
        case .reportsFolderOutside, .linkOutside, .notAReport: .fileIgnored
        case .fileTooLarge: .fileTooLarge
        case .xlsxUnopenable, .sheetUnreadable: .xlsxUnreadable
        case .xlsxNoTable, .formLabelMissing: .xlsxLayout
        case .csvRecordNotUTF8, .csvRecordNul, .csvRecordTooLong, .csvRecordFieldLimit, .csvTooManyFields,
            .reportTooManyFields,
            .reportTooFewFields:
            .csvRow
        case .csvQuoteNotClosed: .csvQuote
        case .csvReadFailed: .fileUnreadable
        case .numberSplitIntoNote: .ambiguousNumber
        case .csvNoHeader, .csvMissingColumns, .csvDuplicateColumn: .csvHeader
        case .unknownUnit, .unitLeftOut: .unknownUnit
        case .badPeriod: .badPeriod
        case .unknownIndicator, .unknownIndicatorColumn, .figureWithoutCode: .unknownIndicator
        case .ratioIgnored, .ratioColumnIgnored: .ratioIgnored
        case .badNumber(_, let reason):
            switch reason {
            case .empty: .emptyValue
            case .ambiguous: .ambiguousNumber
            case .negative: .negative
            case .tooLarge: .tooLarge
            case .notANumber, .percentage: .notANumber
            }
        case .notWhole: .notWhole
        case .duplicateSame: .duplicateSame
        case .duplicateConflict, .duplicateAgain: .duplicateConflict
        case .rollupMismatch: .rollupMismatch
        case .overflow: .overflow
        case .impossible: .impossible
        case .periodSum: .periodSum
        case .outlier: .outlier
        case .noReport: .noReport
        case .unitCodeInvalid, .unitLevelUnknown: .unitRow
        case .unitDuplicate: .unitDuplicate
        case .unitSecondRoot, .unitLevelMisplaced: .unitLevel
        case .unitParentUnknown, .unitParentUnplaced: .unitParent
        case .unitCycle: .unitCycle
        case .unitDate, .unitDatesReversed, .unitVersionsOverlap: .unitVersion
        case .unitSuccessorUnknown, .unitSuccessorCycle, .unitSuccessorMisplaced: .unitSuccessor
        case .unitParentNotValid: .unitParent
        case .reportOutsideLife: .reportOutsideLife
        case .indicatorDuplicate, .indicatorCodeInvalid, .indicatorKindUnknown, .indicatorReferenceInvalid: .catalogue
        case .settingsDay, .settingsKeyUnknown, .settingsMissing: .settings
        case .plan(let problem): problem.code
        case .phraseIndicatorUnknown, .phraseIndicatorRatio, .phraseValue, .phrasePattern: .phraseRow
        }
    }

    /// What is wrong and what to do, in Vietnamese.
    public var text: String {
        switch self {
        case .fileUnopenable(let reason):
            "Không mở được tệp: \(reason)"
        case .csvRecordNotUTF8:
            "Dòng có ký tự không phải UTF-8. Hãy lưu lại tệp bằng 'CSV UTF-8 (Comma delimited)' rồi gửi lại."
        case .csvRecordNul:
            "Dòng có ký tự NUL (mã 0), tệp có thể bị hỏng. Hãy xuất lại tệp CSV từ bảng tính."
        case .csvRecordTooLong(let limit):
            "Dòng dài quá giới hạn \(limit) byte; dòng bị bỏ qua. Hãy kiểm tra tệp có bị hỏng hay thiếu dấu xuống dòng."
        case .csvRecordFieldLimit(let limit):
            "Dòng có hơn \(limit) cột; dòng bị bỏ qua. Hãy kiểm tra dấu phân cách cột trong tệp."
        case .csvQuoteNotClosed(let line):
            "Dấu ngoặc kép (\") mở ở dòng \(line) không được đóng đến hết tệp. Hãy thêm dấu \" còn thiếu."
        case .csvReadFailed(let reason):
            "Không đọc tiếp được tệp từ dòng này: \(reason)"
        case .reportsFolderOutside:
            "Thư mục reports là liên kết trỏ ra ngoài thư mục đầu vào; không đọc báo cáo nào trong đó."
        case .linkOutside:
            "Liên kết trỏ ra ngoài thư mục đầu vào (hoặc vào chính thư mục đó); không đọc."
        case .notAReport:
            "Không phải tệp báo cáo (.csv hoặc .xlsx); bỏ qua."
        case .unreadableFormat(let format):
            format.text
        case .fileUnicodeEncoding(let encoding):
            "Tệp không phải UTF-8 (có vẻ là \(encoding)). Hãy lưu lại bằng 'CSV UTF-8 (Comma delimited)'."
        case .fileLegacyEncoding:
            "Tệp có vẻ được lưu bằng bảng mã Windows-1258 (hoặc một bảng mã cũ như TCVN3, VNI), không phải UTF-8; không dùng dòng nào của tệp. Hãy mở bằng Excel và lưu lại dạng CSV UTF-8 (Comma delimited) rồi gửi lại."
        case .formulaWithoutValue(let cell):
            "Ô \(cell) có công thức nhưng chưa có giá trị đã tính; mở tệp bằng Excel, lưu lại rồi gửi lại."
        case .csvDuplicateColumn(let column, let names):
            "Dòng tiêu đề có \(names.count) cột cùng là cột \(column): \(names.map { "'\($0)'" }.joined(separator: ", ")); không biết dùng cột nào nên tệp bị bỏ qua. Hãy xóa hoặc đổi tên cột thừa rồi gửi lại."
        case .csvUnknownColumns(let names):
            "Cột \(names.map { "'\($0)'" }.joined(separator: ", ")) không được dùng; chỉ đọc các cột unit, period, indicator, value, note (hoặc Mã đơn vị, Kỳ, Mã chỉ tiêu, Số lượng, Ghi chú). Nếu đó là số liệu, hãy kiểm tra lại tên cột."
        case .csvNoRows:
            "Tệp chỉ có dòng tiêu đề, không có dòng số liệu nào."
        case .notARegularFile:
            "Không phải tệp thông thường (đường ống, thiết bị hoặc liên kết hỏng); không đọc."
        case .fileTooLarge(let megabytes, let limit):
            "Tệp \(megabytes) MB, vượt giới hạn \(limit) MB; không đọc. Hãy tách thành nhiều tệp nhỏ hơn."
        case .xlsxUnopenable(let reason):
            "Không đọc được tệp này: \(reason)."
        case .sheetUnreadable(let sheet, let reason):
            "Không đọc hết được trang tính '\(sheet)'; không dùng số liệu nào của trang này: \(reason)."
        case .xlsxNoTable:
            "Không tìm thấy bảng số liệu: cần mẫu báo cáo có dòng tiêu đề 'Mã chỉ tiêu … Số lượng' (lấy bằng unionstats template), hoặc bảng có cột 'Mã đơn vị', 'Kỳ' và các cột mã chỉ tiêu."
        case .formLabelMissing(let label):
            "Mẫu báo cáo thiếu ô '\(label)' (và giá trị ở ô bên phải) phía trên bảng; không dùng số liệu của trang này."
        case .csvTooManyFields(let count, let header):
            "Dòng có \(count) cột, nhiều hơn \(header) cột của dòng tiêu đề; dòng bị bỏ qua."
        case .reportTooManyFields(let count, let header):
            "Dòng có \(count) cột, nhiều hơn \(header) cột của dòng tiêu đề (có thể do dấu phẩy trong số, như 1,234); dòng bị bỏ qua."
        case .reportTooFewFields(let count, let needed):
            "Dòng chỉ có \(count) cột, cần ít nhất \(needed); dòng bị bỏ qua."
        case .numberSplitIntoNote(let value, let note):
            "Số '\(value),\(note)' có vẻ bị dấu phẩy tách sang cột ghi chú; không dùng. Hãy đặt số trong dấu ngoặc kép hoặc viết 1.234 (dấu chấm hàng nghìn), 51,5 trong ngoặc kép."
        case .csvNoHeader:
            "Tệp không có dòng tiêu đề unit,period,indicator,value đọc được."
        case .csvMissingColumns(let list):
            "Dòng tiêu đề thiếu cột \(list); cần có unit,period,indicator,value (ghi chú: note). Tệp bị bỏ qua."
        case .unknownUnit(let code, let suggestion):
            "Mã đơn vị '\(code)' không có trong units.csv.\(Self.hint(suggestion))"
        case .unitLeftOut(let code):
            "Đơn vị \(code) có trong units.csv nhưng bị bỏ ra khỏi cây đơn vị (xem lỗi của units.csv); số liệu này chưa được tính."
        case .badPeriod(let text):
            "Kỳ báo cáo '\(text)' không hợp lệ: viết 2021-Q2 (quý), 2021-H1 (6 tháng) hoặc 2021 (năm)."
        case .unknownIndicator(let code, let suggestion):
            "Mã chỉ tiêu '\(code)' không có trong danh mục indicators.csv.\(Self.hint(suggestion))"
        case .unknownIndicatorColumn(let code, let suggestion):
            "Cột '\(code)' không phải mã chỉ tiêu trong indicators.csv; cột bị bỏ qua.\(Self.hint(suggestion))"
        case .figureWithoutCode:
            "Dòng có số liệu nhưng không có mã chỉ tiêu; số liệu bị bỏ qua."
        case .ratioIgnored(let code, let value):
            "Chỉ tiêu \(code) là tỷ lệ, được tính từ các chỉ tiêu thành phần; giá trị '\(value)' được bỏ qua."
        case .ratioColumnIgnored(let code):
            "Cột \(code) là tỷ lệ, được tính từ các chỉ tiêu thành phần; cột bị bỏ qua."
        case .badNumber(let indicator, let reason):
            "\(indicator): \(reason.message)"
        case .notWhole(let indicator, let measure, let value):
            "\(indicator) (\(measure)) phải là số nguyên, nhưng giá trị là '\(value)'."
        case .duplicateSame(let unit, let indicator, let period, let first):
            "\(unit) đã báo cáo \(indicator) kỳ \(period) với cùng giá trị tại \(first); chỉ tính một lần."
        case .duplicateAgain(let unit, let indicator, let period, let first, let value):
            "\(unit) đã báo cáo \(indicator) kỳ \(period) nhiều lần với các giá trị khác nhau (lần đầu tại \(first)); giá trị \(VietnameseFormat.grouped(value)) ở đây cũng không được dùng."
        case .duplicateConflict(let unit, let indicator, let period, let first, let firstValue, let value):
            "\(unit) báo cáo \(indicator) kỳ \(period) hai lần với giá trị khác nhau (\(VietnameseFormat.grouped(firstValue)) tại \(first) và \(VietnameseFormat.grouped(value)) ở đây); không dùng giá trị nào. Hãy hỏi lại đơn vị và xóa dòng sai."
        case .rollupMismatch(
            let unit, let indicator, let period, let ownIsReported, let own, let childSum, let childReporting,
            let expected):
            "\(unit) \(ownIsReported ? "báo cáo" : "tổng hợp từ các kỳ") \(indicator) kỳ \(period) là \(VietnameseFormat.grouped(own)), khác tổng của các đơn vị trực thuộc \(VietnameseFormat.grouped(childSum))\(childReporting >= expected ? "" : " (các đơn vị trực thuộc mới có số liệu của \(childReporting)/\(expected) CĐCS)"); dùng số của \(unit)."
        case .overflow(let unit, let indicator, let span, let ownFigureUsed):
            "Tổng của \(indicator) \(span) tại \(unit) vượt quá giới hạn tính toán; \(ownFigureUsed ? "dùng số của chính đơn vị" : "giá trị bị bỏ trống"). Hãy kiểm tra các số liệu quá lớn."
        case .impossible(let unit, let period, let smaller, let smallValue, let larger, let largeValue):
            "\(unit) kỳ \(period): \(smaller) = \(VietnameseFormat.grouped(smallValue)) lớn hơn \(larger) = \(VietnameseFormat.grouped(largeValue)), điều không thể xảy ra; hãy hỏi lại đơn vị."
        case .periodSum(let unit, let indicator, let period, let reported, let rule, let expected):
            "\(unit) báo cáo \(indicator) kỳ \(period) là \(VietnameseFormat.grouped(reported)), khác \(rule) là \(VietnameseFormat.grouped(expected)); dùng số báo cáo kỳ \(period)."
        case .outlier(let unit, let indicator, let period, let current, let previous):
            "\(unit): \(indicator) kỳ \(period) là \(VietnameseFormat.grouped(current)), so với \(VietnameseFormat.grouped(previous)) cùng kỳ năm trước; hãy kiểm tra lại."
        case .noReport(let unit, let name, let isGrassroots, let period):
            "\(isGrassroots ? "CĐCS" : "Đơn vị (và mọi CĐCS trực thuộc)") \(unit) (\(name)) chưa có số liệu kỳ \(period) (\(period.label))."
        case .unitCodeInvalid(let code):
            "Mã đơn vị '\(code)' không hợp lệ: chỉ dùng chữ cái không dấu, chữ số, '-', '_' hoặc '.', tối đa 64 ký tự."
        case .unitLevelUnknown(let code, let level):
            "Cấp '\(level)' của đơn vị \(code) không hợp lệ: phải là federation, upper hoặc grassroots."
        case .unitDuplicate(let code, let firstLine):
            "Mã đơn vị \(code) đã có ở dòng \(firstLine); dòng này bị bỏ qua."
        case .unitSecondRoot(let code):
            "Đơn vị \(code) không có đơn vị cấp trên nhưng không phải LĐLĐ tỉnh; đơn vị bị bỏ qua. Hãy điền cột parent."
        case .unitParentUnknown(let code, let parent, let file):
            "Đơn vị cấp trên '\(parent)' của \(code) không có trong \(file); đơn vị và các đơn vị trực thuộc bị bỏ qua."
        case .unitCycle(let code, let parent):
            "Đơn vị \(code) nằm trong một vòng lặp cấp trên (… → \(code) → \(parent) → …); đơn vị bị bỏ qua. Hãy sửa cột parent."
        case .unitParentUnplaced(let code, let parent):
            "Đơn vị \(code) bị bỏ qua vì đơn vị cấp trên \(parent) không đặt được vào cây đơn vị."
        case .unitDate(let code, let column, let text):
            "Ngày '\(text)' ở cột \(column) của đơn vị \(code) không hợp lệ: viết dạng 2025-07-01 hoặc 01/07/2025; dòng bị bỏ qua."
        case .unitDatesReversed(let code, let from, let to):
            "Đơn vị \(code): valid_to \(to) trước valid_from \(from); dòng bị bỏ qua. Hãy sửa lại ngày."
        case .unitVersionsOverlap(let code, let firstLine):
            "Đơn vị \(code) có hai dòng cùng hiệu lực trong một khoảng thời gian (dòng \(firstLine) và dòng này); dòng này bị bỏ qua. Mỗi lần đổi cấp trên hoặc đổi tên, dòng cũ phải kết thúc (valid_to) trước ngày dòng mới bắt đầu (valid_from)."
        case .unitSuccessorUnknown(let code, let successor):
            "Đơn vị kế thừa '\(successor)' của \(code) không có trong units.csv (hoặc là chính nó); coi như \(code) giải thể, số liệu không được chuyển sang đơn vị nào."
        case .unitSuccessorCycle(let code, let chain):
            "Đơn vị kế thừa của \(code) tạo thành vòng lặp (\(chain.joined(separator: " → "))); không dùng cột successor của các đơn vị này. Hãy sửa cột successor."
        case .unitSuccessorMisplaced(let code, let successor):
            "Đơn vị kế thừa '\(successor)' của \(code) chỉ được ghi ở dòng cuối cùng của đơn vị, dòng có valid_to; không dùng."
        case .unitParentNotValid(let code, let parent, let from, let to):
            "Đơn vị cấp trên \(parent) của \(code) không có hiệu lực suốt thời gian của dòng này (\(from.map { "từ \($0)" } ?? "từ trước") \(to.map { "đến \($0)" } ?? "đến nay")); những ngày thiếu cấp trên, \(code) và các đơn vị trực thuộc bị bỏ qua. Hãy sửa parent hoặc ngày."
        case .reportOutsideLife(let code, let period, let day, let validFrom, let validTo):
            "Đơn vị \(code) có báo cáo kỳ \(period) nhưng không hoạt động trong kỳ này (units.csv: \(validFrom.map { "từ \($0)" } ?? "từ trước") \(validTo.map { "đến \($0)" } ?? "đến nay"); cây tổ chức ngày \(day)); số liệu không được cộng, xem sheet Thay đổi tổ chức."
        case .unitLevelMisplaced(let code, let level, let hasParent):
            switch (level, hasParent) {
            case (.federation, _): "Đơn vị \(code) có cấp federation nhưng lại có đơn vị cấp trên."
            case (.grassroots, true): "CĐCS \(code) lại có đơn vị trực thuộc; CĐCS phải là cấp thấp nhất."
            default: "Đơn vị gốc \(code) phải có cấp federation."
            }
        case .indicatorDuplicate(let code, let firstLine):
            "Mã chỉ tiêu \(code) đã có ở dòng \(firstLine); dòng này bị bỏ qua."
        case .indicatorCodeInvalid(let code):
            "Mã chỉ tiêu '\(code)' không hợp lệ; dòng bị bỏ qua."
        case .indicatorKindUnknown(let code, let kind):
            "Loại '\(kind)' của chỉ tiêu \(code) không hợp lệ: phải là flow, stock, ratio hoặc weighted_mean."
        case .indicatorReferenceInvalid(let code, let reference):
            "Chỉ tiêu \(code) tham chiếu '\(reference)', không phải một chỉ tiêu flow/stock trong danh mục; chỉ tiêu bị bỏ qua."
        case .settingsDay(let key, let value):
            "Ngày '\(value)' của \(key) phải viết dạng ngày/tháng, ví dụ 31/05."
        case .settingsKeyUnknown(let key):
            "Khóa '\(key)' không được dùng; các khóa hợp lệ: federation_name, superior_name, place, preparer_title, preparer_name, signer_on_behalf, signer_title, signer_name, cutoff_H1, cutoff_Y, target_near_pct (xem docs/input.md)."
        case .plan(let problem):
            problem.text
        case .phraseIndicatorUnknown(let code):
            "chỉ tiêu '\(code)' không có trong indicators.csv; dòng này bị bỏ qua. Sửa mã chỉ tiêu cho đúng danh mục."
        case .phraseIndicatorRatio(let code):
            "'\(code)' là tỷ lệ, được tính từ tử số và mẫu số, không đọc từ văn bản; dòng này bị bỏ qua. Ghi cụm từ cho chỉ tiêu tử số."
        case .phraseValue(let text):
            "giá trị '\(text)' không phải số nguyên không âm; dòng này bị bỏ qua. Để trống cột value, hoặc ghi một số như 0."
        case .phrasePattern(let text):
            "mẫu '\(text)' không dùng được: cần ít nhất một từ và đúng một dấu # ở chỗ con số (hoặc không có # nhưng có cột value), không bắt đầu hay kết thúc bằng …; dòng này bị bỏ qua."
        case .settingsMissing(let federationName):
            "Không có settings.csv: tên đơn vị ban hành lấy từ units.csv ('\(federationName)'); địa danh, người lập biểu, người ký và ngày chốt số liệu để trống hoặc mặc định. Hãy tạo settings.csv (cột key,value; các khóa xem docs/input.md) trước khi in báo cáo để ký."
        }
    }

    /// " Có phải là 'x'?" after a message, when a close code exists.
    private static func hint(_ suggestion: String?) -> String {
        suggestion.map { " Có phải là '\($0)'?" } ?? ""
    }
}
