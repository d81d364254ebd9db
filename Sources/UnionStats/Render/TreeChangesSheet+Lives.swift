import XLSX

/// The part of `Thay đổi tổ chức` about the report's own period: the units that ended during it (their
/// flows counted with their successor, or with the upper unit they stood under) and the reports of units
/// for periods they did not exist in (never added).
extension TreeChangesSheet {
    func writeLives(_ lives: PeriodLives, row: inout Int, sheet: Worksheet) throws(XLSXError) {
        row += 1
        try sheet.write(
            "Đơn vị kết thúc hoạt động trong kỳ \(lives.period) (số liệu các chỉ tiêu phát sinh được cộng vào đơn vị kế thừa, hoặc vào đơn vị cấp trên nếu giải thể; số liệu thời điểm không cộng)",
            row: row, column: 0, format: styles.bold)
        row += 1
        if lives.ended.isEmpty {
            try sheet.write(
                "Không có đơn vị nào kết thúc hoạt động trong kỳ.", row: row, column: 0, format: styles.italic)
            row += 1
        } else {
            try headerRow(
                ["TT", "Mã đơn vị", "Tên đơn vị", "Cấp", "Chi tiết", "Ngày kết thúc"], row: &row, sheet: sheet)
            for (number, unit) in lives.ended.enumerated() {
                let fate = unit.successor.map { "Sáp nhập vào \($0)" } ?? "Giải thể"
                let detail = fate + (unit.hasFigures ? "" : "; chưa có số liệu của kỳ này")
                try sheet.write(Int64(number + 1), row: row, column: 0, format: styles.lineNumber)
                try sheet.write(unit.code, row: row, column: 1, format: styles.codeText)
                try sheet.write(unit.name, row: row, column: 2, format: styles.wrapText)
                try sheet.write(unit.level.vietnamese, row: row, column: 3, format: styles.lineText)
                try sheet.write(detail, row: row, column: 4, format: styles.wrapText)
                try sheet.write(unit.day.description, row: row, column: 5, format: styles.lineCentered)
                try sheet.setRow(
                    row, height: RowHeight.points(for: [(unit.name, Self.widths[2], 12), (detail, Self.widths[4], 12)]))
                row += 1
            }
        }
        guard !lives.outside.isEmpty else { return }
        row += 1
        try sheet.write(
            "Báo cáo của đơn vị cho kỳ đơn vị không hoạt động (số liệu không được cộng)", row: row, column: 0,
            format: styles.bold)
        row += 1
        try headerRow(
            ["TT", "Mã đơn vị", "Tên đơn vị", "Kỳ báo cáo", "Thời gian hoạt động", "Số ô số liệu"], row: &row,
            sheet: sheet)
        for (number, report) in lives.outside.enumerated() {
            let lived =
                "từ \(report.lived.first?.description ?? "trước") đến \(report.lived.last?.description ?? "nay")"
            try sheet.write(Int64(number + 1), row: row, column: 0, format: styles.lineNumber)
            try sheet.write(report.code, row: row, column: 1, format: styles.codeText)
            try sheet.write(report.name, row: row, column: 2, format: styles.wrapText)
            try sheet.write(report.period.description, row: row, column: 3, format: styles.lineCentered)
            try sheet.write(lived, row: row, column: 4, format: styles.wrapText)
            try sheet.write(Int64(report.figures), row: row, column: 5, format: styles.whole)
            try sheet.setRow(row, height: RowHeight.points(for: [(report.name, Self.widths[2], 12)]))
            row += 1
        }
    }
}
