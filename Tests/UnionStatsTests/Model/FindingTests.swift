import Testing

@testable import UnionStats

/// How findings print and sort: `file:line: lỗi: message [CODE]`, by file and position.
@Suite struct FindingTests {
    @Test(arguments: [
        (
            UnionStats.SourceLocation(file: "reports/a.csv", position: .line(12)),
            "reports/a.csv:12: lỗi: sai [E-NUMBER]"
        ),
        (
            UnionStats.SourceLocation(file: "reports/a.xlsx", position: .cell(sheet: "Báo cáo", reference: "D14")),
            "reports/a.xlsx:Báo cáo!D14: lỗi: sai [E-NUMBER]"
        ),
        (UnionStats.SourceLocation(file: "reports/a.csv"), "reports/a.csv: lỗi: sai [E-NUMBER]"),
    ])
    func printsLikeACompiler(location: UnionStats.SourceLocation, expected: String) {
        #expect(Finding(.notANumber, "sai", at: location).description == expected)
    }

    @Test func withoutALocationOnlyTheSeverityLeads() {
        #expect(Finding(.noReport, "chưa có", unit: "A").description == "cảnh báo: chưa có [W-NO-REPORT]")
    }

    @Test func sortsByFileThenPositionWithRowsNumerically() {
        let places: [UnionStats.SourceLocation] = [
            UnionStats.SourceLocation(file: "b.xlsx", position: .cell(sheet: "S", reference: "B10")),
            UnionStats.SourceLocation(file: "a.csv", position: .line(10)),
            UnionStats.SourceLocation(file: "b.xlsx", position: .cell(sheet: "S", reference: "AA9")),
            UnionStats.SourceLocation(file: "a.csv", position: .line(9)),
            UnionStats.SourceLocation(file: "b.xlsx", position: .cell(sheet: "S", reference: "C9")),
            UnionStats.SourceLocation(file: "a.csv"),
        ]
        let sorted = places.map { Finding(.notANumber, "x", at: $0) }.sorted(by: Finding.byLocation).compactMap(
            \.location?.description)
        #expect(sorted == ["a.csv", "a.csv:9", "a.csv:10", "b.xlsx:S!C9", "b.xlsx:S!AA9", "b.xlsx:S!B10"])
    }

    /// The CSV reader's and the phrase table's messages, each a named case with its code; the texts are
    /// those the tool printed before they had cases (outputs stay byte for byte the same).
    @Test(arguments: [
        (
            FindingMessage.csvRecordNotUTF8, FindingCode.csvRow,
            "Dòng có ký tự không phải UTF-8. Hãy lưu lại tệp bằng 'CSV UTF-8 (Comma delimited)' rồi gửi lại."
        ),
        (.csvRecordNul, .csvRow, "Dòng có ký tự NUL (mã 0), tệp có thể bị hỏng. Hãy xuất lại tệp CSV từ bảng tính."),
        (
            .csvRecordTooLong(limit: 1_048_576), .csvRow,
            "Dòng dài quá giới hạn 1048576 byte; dòng bị bỏ qua. Hãy kiểm tra tệp có bị hỏng hay thiếu dấu xuống dòng."
        ),
        (
            .csvRecordFieldLimit(limit: 1_000), .csvRow,
            "Dòng có hơn 1000 cột; dòng bị bỏ qua. Hãy kiểm tra dấu phân cách cột trong tệp."
        ),
        (
            .csvQuoteNotClosed(line: 7), .csvQuote,
            "Dấu ngoặc kép (\") mở ở dòng 7 không được đóng đến hết tệp. Hãy thêm dấu \" còn thiếu."
        ),
        (
            .csvReadFailed(reason: "Input/output error"), .fileUnreadable,
            "Không đọc tiếp được tệp từ dòng này: Input/output error"
        ),
        (
            .phraseIndicatorUnknown(code: "x"), .phraseRow,
            "chỉ tiêu 'x' không có trong indicators.csv; dòng này bị bỏ qua. Sửa mã chỉ tiêu cho đúng danh mục."
        ),
        (
            .phraseIndicatorRatio(code: "membership_rate"), .phraseRow,
            "'membership_rate' là tỷ lệ, được tính từ tử số và mẫu số, không đọc từ văn bản; dòng này bị bỏ qua. Ghi cụm từ cho chỉ tiêu tử số."
        ),
        (
            .phraseValue(text: "không"), .phraseRow,
            "giá trị 'không' không phải số nguyên không âm; dòng này bị bỏ qua. Để trống cột value, hoặc ghi một số như 0."
        ),
        (
            .phrasePattern(text: "# #"), .phraseRow,
            "mẫu '# #' không dùng được: cần ít nhất một từ và đúng một dấu # ở chỗ con số (hoặc không có # nhưng có cột value), không bắt đầu hay kết thúc bằng …; dòng này bị bỏ qua."
        ),
    ])
    func readerAndPhraseMessagesHaveCodesAndTheirFormerTexts(message: FindingMessage, code: FindingCode, text: String) {
        #expect(message.code == code)
        #expect(message.text == text)
        let finding = Finding(message, at: UnionStats.SourceLocation(file: "a.csv", position: .line(7)))
        #expect(finding.description == "a.csv:7: \(code.severity.terminalWord): \(text) [\(code.rawValue)]")
    }

    @Test func errorsComeBeforeWarningsAtTheSamePlace() {
        let place = UnionStats.SourceLocation(file: "a.csv", position: .line(3))
        let sorted = [Finding(.ratioIgnored, "w", at: place), Finding(.notANumber, "e", at: place)].sorted(
            by: Finding.byLocation)
        #expect(sorted.map(\.severity) == [.error, .warning])
    }
}
