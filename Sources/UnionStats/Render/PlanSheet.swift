import XLSX

/// `Kế hoạch`: every unit with targets for the period, first one line per unit (how many targets it
/// exceeded, met, nearly met, did not meet), then each unit's targets: target, achieved, % of target,
/// expected %, and the status word against the expected share (docs/design.md, "Progress, expected share and status").
struct PlanSheet {
    let report: Report
    let styles: ReportStyles
    let plan: PlanStyles

    /// TT, indicator, measure, target period, target, achieved, % of target, expected %, status, note.
    static let widths: [Double] = [5, 44, 9, 13, 15, 15, 11, 11, 11, 30]
    private static let lastColumn = widths.count - 1

    /// How the sheet's figures are worked out, in the words of docs/design.md, "Progress, expected share and status";
    /// with `ceilings` (a target of a `down` indicator is measured), also how a ceiling is judged.
    static func rule(nearPercent: ExactDecimal, ceilings: Bool = false) -> String {
        "Thực hiện: chỉ tiêu cộng dồn (phát sinh trong kỳ) tính lũy kế từ đầu kỳ kế hoạch đến hết kỳ báo cáo; chỉ tiêu thời điểm, tỷ lệ và bình quân lấy số cuối kỳ báo cáo. "
            + "% kế hoạch = thực hiện ÷ kế hoạch × 100 (tỷ lệ: so sánh theo điểm phần trăm). Tiến độ dự kiến: phần kỳ kế hoạch đã qua, tính theo quý (kế hoạch năm: 25% sau quý I, 50% sau 6 tháng, 75% sau 9 tháng, 100% cả năm); chỉ tiêu thời điểm và tỷ lệ: 100%. "
            + "Đánh giá: Vượt khi % kế hoạch cao hơn tiến độ dự kiến, Đạt khi bằng, Gần đạt khi từ \(VietnameseFormat.decimal(nearPercent))% tiến độ dự kiến, còn lại Chưa đạt."
            + (ceilings
                ? " Riêng chỉ tiêu giảm là mức trần (tai nạn lao động, đình công, lao động thiếu việc làm…: càng ít càng tốt): Đạt khi thực hiện không quá kế hoạch × tiến độ dự kiến, Gần đạt khi cao hơn mức đó nhưng không quá kế hoạch, Chưa đạt khi vượt kế hoạch; % kế hoạch là phần mức trần đã dùng (mức trần bằng 0: Đạt khi thực hiện bằng 0, Chưa đạt khi lớn hơn 0)."
                : "")
    }

    func write(into sheet: Worksheet) throws(XLSXError) {
        let settings = report.input.settings
        let width = Self.widths.reduce(0, +)
        try sheet.merge(
            firstRow: 0, firstColumn: 0, lastRow: 0, lastColumn: 3, text: settings.federationName,
            format: styles.centeredBold)
        var title = "TÌNH HÌNH THỰC HIỆN KẾ HOẠCH (CHỈ TIÊU) \(report.period.titleLabel)"
        if let group = report.group { title += "\n\(group.name.uppercased())" }
        try sheet.merge(
            firstRow: 1, firstColumn: 0, lastRow: 1, lastColumn: Self.lastColumn, text: title, format: styles.title)
        try sheet.setRow(1, height: report.group == nil ? 24 : 40)
        let cutoff = settings.cutoff(for: report.period)
        try sheet.merge(
            firstRow: 2, firstColumn: 0, lastRow: 2, lastColumn: Self.lastColumn,
            text:
                "(Số liệu tính đến ngày \(VietnameseFormat.day(cutoff.day))/\(VietnameseFormat.month(cutoff.month))/\(cutoff.year))",
            format: styles.subtitle)
        let rule = Self.rule(nearPercent: settings.targetNearPercent, ceilings: report.plan.hasCeilings)
        try sheet.merge(
            firstRow: 3, firstColumn: 0, lastRow: 3, lastColumn: Self.lastColumn, text: rule, format: styles.note)
        try sheet.setRow(3, height: RowHeight.points(for: [(rule, width, 10)]))
        var row = 5
        try writeOverview(sheet, row: &row)
        row += 1
        try sheet.merge(
            firstRow: row, firstColumn: 0, lastRow: row, lastColumn: Self.lastColumn, text: "II. CHI TIẾT TỪNG ĐƠN VỊ",
            format: styles.bold)
        row += 1
        let headerRow = row
        let headings = [
            "TT", "Chỉ tiêu", "Đơn vị tính", "Kỳ kế hoạch", "Kế hoạch", "Thực hiện", "% kế hoạch", "Tiến độ dự kiến",
            "Đánh giá", "Ghi chú",
        ]
        for (column, text) in headings.enumerated() {
            try sheet.write(text, row: row, column: column, format: styles.header)
        }
        try sheet.setRow(row, height: 36)
        try sheet.repeatRows(first: headerRow, last: headerRow)
        row += 1
        for (number, unit) in report.plan.units.enumerated() {
            try writeUnit(unit, number: number + 1, sheet: sheet, row: &row)
        }
        for (column, width) in Self.widths.enumerated() { try sheet.setColumns(column, column, width: width) }
        try sheet.setPaper(.a4)
        try sheet.setOrientation(.landscape)
        try sheet.setMargins(left: 15, right: 10, top: 15, bottom: 15)
        try sheet.fitToPages(width: 1, height: 0)
        try sheet.setFooter("&CKế hoạch - trang &P")
        try sheet.setFirstPageNumber(1)
    }

    /// Section I: one line per unit with its counts of each status and its summary.
    private func writeOverview(_ sheet: Worksheet, row: inout Int) throws(XLSXError) {
        try sheet.merge(
            firstRow: row, firstColumn: 0, lastRow: row, lastColumn: Self.lastColumn,
            text: "I. TỔNG HỢP KẾT QUẢ THEO ĐƠN VỊ", format: styles.bold)
        row += 1
        let headings = ["TT", "Đơn vị", "Số chỉ tiêu", "Vượt", "Đạt", "Gần đạt", "Chưa đạt", "Chưa đánh giá"]
        for (column, text) in headings.enumerated() {
            try sheet.write(text, row: row, column: column, format: styles.header)
        }
        try sheet.merge(
            firstRow: row, firstColumn: 8, lastRow: row, lastColumn: Self.lastColumn, text: "Kết quả",
            format: styles.header)
        try sheet.setRow(row, height: 32)
        row += 1
        for (number, unit) in report.plan.units.enumerated() {
            try sheet.write(Int64(number + 1), row: row, column: 0, format: styles.lineNumber)
            try sheet.write("\(unit.name) (\(unit.code))", row: row, column: 1, format: styles.lineText)
            let counts = [
                unit.progress.count, unit.count(.exceeded), unit.count(.met), unit.count(.near), unit.count(.notMet),
                unit.unassessed,
            ]
            for (offset, count) in counts.enumerated() {
                try sheet.write(Int64(count), row: row, column: 2 + offset, format: plan.count)
            }
            try sheet.merge(
                firstRow: row, firstColumn: 8, lastRow: row, lastColumn: Self.lastColumn, text: unit.summary,
                format: styles.lineText)
            try sheet.setRow(
                row,
                height: RowHeight.points(for: [
                    ("\(unit.name) (\(unit.code))", Self.widths[1], 12), (unit.summary, 41, 12),
                ]))
            row += 1
        }
    }

    /// One unit's heading, its summary and one line per target.
    private func writeUnit(_ unit: TargetPlan.UnitPlan, number: Int, sheet: Worksheet, row: inout Int) throws(XLSXError)
    {
        try sheet.merge(
            firstRow: row, firstColumn: 0, lastRow: row, lastColumn: Self.lastColumn,
            text: "\(number). \(unit.name) (\(unit.code)): \(unit.summary)", format: plan.unitHeading)
        try sheet.setRow(row, height: RowHeight.lineHeight + 2)
        row += 1
        let catalogue = report.input.catalogue
        for (line, progress) in unit.progress.enumerated() {
            let indicator = catalogue[progress.target.indicator]
            try sheet.write(Int64(line + 1), row: row, column: 0, format: styles.lineNumber)
            try sheet.write(indicator.nameVi, row: row, column: 1, format: styles.lineText)
            try sheet.write(indicator.measure, row: row, column: 2, format: styles.lineCentered)
            try sheet.write(progress.target.period.label, row: row, column: 3, format: styles.lineCentered)
            try sheet.writeTarget(progress.target.value, row: row, column: 4, format: plan.target(for: indicator))
            try sheet.writeValue(
                progress.value, hundredths: indicator.hasTwoDecimals, row: row, column: 5,
                format: styles.number(for: indicator))
            try sheet.writePercent(progress.progressHundredths, row: row, column: 6, format: plan.percent)
            try sheet.writePercent(progress.expectedHundredths, row: row, column: 7, format: plan.percent)
            try sheet.write(
                progress.status?.rawValue ?? "", row: row, column: 8, format: plan.format(for: progress.status))
            let note = [progress.gap?.vietnamese, progress.target.note.isEmpty ? nil : progress.target.note].compactMap
            { $0 }.joined(separator: "\n")
            try sheet.write(note, row: row, column: 9, format: styles.note)
            try sheet.setRow(
                row,
                height: RowHeight.points(for: [
                    (indicator.nameVi, Self.widths[1], 12), (progress.target.period.label, Self.widths[3], 12),
                    (note, Self.widths[9], 10),
                ]))
            row += 1
        }
    }
}
