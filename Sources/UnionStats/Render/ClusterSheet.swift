import XLSX

/// `Cụm thi đua`: for each emulation group, its members side by side on the key indicators (this
/// period's value and the % of target), then, with `scoring.csv`, the criteria and their weights and
/// the members ranked: each criterion's basis value and points, the total and the rank, so that the
/// ranking can be checked by hand.
struct ClusterSheet {
    let report: Report
    let styles: ReportStyles
    let plan: PlanStyles

    /// The narrow first column (TT, rank), the name column; every other column is `numberWidth` wide.
    static let firstWidths: [Double] = [6, 40]
    static let numberWidth = 12.0

    /// Indicators shown when neither targets nor scoring name any.
    static let defaultIndicators = ["members_total", "members_new", "welfare_spending_vnd", "party_admissions"]

    /// The points rule printed above every ranking; with `subtracts` (a criterion of a `down` indicator), also
    /// that its points are subtracted.
    static func rule(subtracts: Bool = false) -> String {
        "Cách tính: điểm mỗi tiêu chí = trọng số × giá trị cơ sở (giá trị cơ sở và điểm làm tròn 2 chữ số thập phân, 5 làm tròn lên); tổng điểm = cộng điểm các tiêu chí như in trong bảng; xếp hạng theo tổng điểm từ cao xuống, bằng điểm thì cùng hạng (1, 1, 3). Tiêu chí không có giá trị cơ sở (chưa giao kế hoạch, chưa có số liệu, cùng kỳ năm trước bằng 0) không được điểm. % kế hoạch: chỉ tiêu cộng dồn tính lũy kế từ đầu năm (xem sheet Kế hoạch); trên 100 đoàn viên: số kỳ này × 100 ÷ số đoàn viên cuối kỳ; tăng, giảm: (kỳ này − cùng kỳ) ÷ cùng kỳ × 100."
            + (subtracts
                ? " Tiêu chí giảm (tai nạn lao động, đình công…: càng ít càng tốt, ghi \"trừ điểm\"): điểm của tiêu chí giảm được trừ khỏi tổng điểm (điểm ghi số âm), nên đơn vị có ít hơn xếp trên."
                : "")
    }

    func write(into sheet: Worksheet) throws(XLSXError) {
        let columns = lastColumn
        try sheet.merge(
            firstRow: 0, firstColumn: 0, lastRow: 0, lastColumn: min(columns, 3),
            text: report.input.settings.federationName, format: styles.centeredBold)
        try sheet.merge(
            firstRow: 1, firstColumn: 0, lastRow: 1, lastColumn: columns,
            text: "KẾT QUẢ THI ĐUA CỦA CÁC CỤM, KHỐI THI ĐUA \(report.period.titleLabel)", format: styles.title)
        try sheet.setRow(1, height: 24)
        var row = 3
        for (number, ranking) in report.rankings.enumerated() {
            try writeGroup(ranking, number: number + 1, sheet: sheet, row: &row)
            row += 1
        }
        try sheet.setColumns(0, 0, width: Self.firstWidths[0])
        try sheet.setColumns(1, 1, width: Self.firstWidths[1])
        if columns >= 2 { try sheet.setColumns(2, columns, width: Self.numberWidth) }
        try sheet.setPaper(.a4)
        try sheet.setOrientation(.landscape)
        try sheet.setMargins(left: 15, right: 10, top: 15, bottom: 15)
        try sheet.fitToPages(width: 1, height: 0)
        try sheet.setFooter("&CCụm thi đua - trang &P")
        try sheet.setFirstPageNumber(1)
    }

    /// The last column any table of the sheet uses.
    private var lastColumn: Int {
        report.rankings.map { max(1 + 2 * $0.members.count, 2 + 2 * $0.criteria.count) }.max() ?? 1
    }

    /// The indicators a group's members are set side by side on: those scored and those targeted, in catalogue order.
    func keyIndicators(_ ranking: GroupRanking) -> [Int] {
        let tree = report.input.tree
        var chosen = Set(ranking.criteria.map(\.indicator))
        for member in ranking.members {
            for progress in report.plan.unit(tree.units[member].code)?.progress ?? [] {
                chosen.insert(progress.target.indicator)
            }
        }
        if chosen.isEmpty {
            chosen = Set(Self.defaultIndicators.compactMap { report.input.catalogue.position(of: $0) })
        }
        return chosen.sorted()
    }

    private func writeGroup(_ ranking: GroupRanking, number: Int, sheet: Worksheet, row: inout Int) throws(XLSXError) {
        let group = ranking.group
        let heading =
            "\(number). \(group.name.uppercased()) (\(group.kind.vietnamese.lowercased()) \(group.code)): \(ranking.members.count) đơn vị"
        try sheet.merge(
            firstRow: row, firstColumn: 0, lastRow: row, lastColumn: lastColumn, text: heading, format: plan.unitHeading
        )
        try sheet.setRow(row, height: RowHeight.lineHeight + 4)
        row += 2
        try writeSideBySide(ranking, sheet: sheet, row: &row)
        guard !ranking.criteria.isEmpty else { return }
        row += 1
        try writeCriteria(ranking, sheet: sheet, row: &row)
        row += 1
        try writeStandings(ranking, sheet: sheet, row: &row)
    }

    /// The members side by side: one line per key indicator, two columns per member (value, % of target).
    private func writeSideBySide(_ ranking: GroupRanking, sheet: Worksheet, row: inout Int) throws(XLSXError) {
        let tree = report.input.tree
        let catalogue = report.input.catalogue
        try sheet.write(
            "a) Số liệu \(report.period.label) và % kế hoạch của các đơn vị thành viên", row: row, column: 0,
            format: styles.bold)
        row += 1
        try sheet.merge(
            firstRow: row, firstColumn: 0, lastRow: row + 1, lastColumn: 0, text: "TT", format: styles.header)
        try sheet.merge(
            firstRow: row, firstColumn: 1, lastRow: row + 1, lastColumn: 1, text: "Chỉ tiêu", format: styles.header)
        for (offset, member) in ranking.members.enumerated() {
            let column = 2 + 2 * offset
            try sheet.merge(
                firstRow: row, firstColumn: column, lastRow: row, lastColumn: column + 1, text: tree.units[member].name,
                format: plan.verticalHeader)
            try sheet.write("Thực hiện", row: row + 1, column: column, format: plan.verticalHeader)
            try sheet.write("% kế hoạch", row: row + 1, column: column + 1, format: plan.verticalHeader)
        }
        let longestName = ranking.members.map { tree.units[$0].name }.max { $0.count < $1.count } ?? ""
        try sheet.setRow(row, height: RowHeight.points(for: [(longestName, 2 * Self.numberWidth, 10)]))
        try sheet.setRow(row + 1, height: 28)
        row += 2
        for (line, position) in keyIndicators(ranking).enumerated() {
            let indicator = catalogue[position]
            let name = "\(indicator.nameVi) (\(indicator.measure))"
            try sheet.write(Int64(line + 1), row: row, column: 0, format: styles.lineNumber)
            try sheet.write(name, row: row, column: 1, format: styles.lineText)
            for (offset, member) in ranking.members.enumerated() {
                let column = 2 + 2 * offset
                try sheet.writeValue(
                    report.current.value(unit: member, indicator: position), hundredths: indicator.hasTwoDecimals,
                    row: row, column: column, format: styles.number(for: indicator))
                let progress = report.plan.progress(of: tree.units[member].code, indicator: position)
                try sheet.writePercent(
                    progress?.progressHundredths, row: row, column: column + 1,
                    format: plan.percent(for: progress?.status))
            }
            try sheet.setRow(row, height: RowHeight.points(for: [(name, Self.firstWidths[1], 12)]))
            row += 1
        }
    }

    /// The criteria and their weights, above the ranking.
    private func writeCriteria(_ ranking: GroupRanking, sheet: Worksheet, row: inout Int) throws(XLSXError) {
        let catalogue = report.input.catalogue
        try sheet.write("b) Tiêu chí chấm điểm (scoring.csv) và trọng số", row: row, column: 0, format: styles.bold)
        row += 1
        let rule = Self.rule(subtracts: ranking.subtracted.contains(true))
        try sheet.merge(
            firstRow: row, firstColumn: 0, lastRow: row, lastColumn: max(lastColumn, 4), text: rule,
            format: styles.note)
        try sheet.setRow(
            row,
            height: RowHeight.points(for: [
                (rule, Self.firstWidths.reduce(0, +) + Double(lastColumn - 1) * Self.numberWidth, 10)
            ]))
        row += 1
        try sheet.write("TT", row: row, column: 0, format: styles.header)
        try sheet.write("Tiêu chí", row: row, column: 1, format: styles.header)
        try sheet.merge(
            firstRow: row, firstColumn: 2, lastRow: row, lastColumn: 3, text: "Giá trị cơ sở", format: styles.header)
        try sheet.write("Trọng số", row: row, column: 4, format: styles.header)
        row += 1
        for (number, criterion) in ranking.criteria.enumerated() {
            let indicator = catalogue[criterion.indicator]
            let basis = criterion.basis.vietnamese + (ranking.subtracted[number] ? " (trừ điểm)" : "")
            try sheet.write(Int64(number + 1), row: row, column: 0, format: styles.lineNumber)
            try sheet.write("\(indicator.nameVi) (\(indicator.measure))", row: row, column: 1, format: styles.lineText)
            try sheet.merge(
                firstRow: row, firstColumn: 2, lastRow: row, lastColumn: 3, text: basis, format: styles.lineCentered)
            try sheet.writeTarget(criterion.weight, row: row, column: 4, format: plan.points)
            try sheet.setRow(
                row,
                height: RowHeight.points(for: [
                    ("\(indicator.nameVi) (\(indicator.measure))", Self.firstWidths[1], 12),
                    (basis, 2 * Self.numberWidth, 12),
                ]))
            row += 1
        }
    }

    /// The ranking: rank, member, then per criterion its basis value and points, and the total.
    private func writeStandings(_ ranking: GroupRanking, sheet: Worksheet, row: inout Int) throws(XLSXError) {
        let tree = report.input.tree
        try sheet.write("c) Bảng điểm và xếp hạng", row: row, column: 0, format: styles.bold)
        row += 1
        try sheet.merge(
            firstRow: row, firstColumn: 0, lastRow: row + 1, lastColumn: 0, text: "Hạng", format: styles.header)
        try sheet.merge(
            firstRow: row, firstColumn: 1, lastRow: row + 1, lastColumn: 1, text: "Đơn vị", format: styles.header)
        for (offset, _) in ranking.criteria.enumerated() {
            let column = 2 + 2 * offset
            try sheet.merge(
                firstRow: row, firstColumn: column, lastRow: row, lastColumn: column + 1,
                text: "Tiêu chí \(offset + 1)", format: plan.verticalHeader)
            try sheet.write("Giá trị", row: row + 1, column: column, format: plan.verticalHeader)
            try sheet.write("Điểm", row: row + 1, column: column + 1, format: plan.verticalHeader)
        }
        let totalColumn = 2 + 2 * ranking.criteria.count
        try sheet.merge(
            firstRow: row, firstColumn: totalColumn, lastRow: row + 1, lastColumn: totalColumn, text: "Tổng điểm",
            format: styles.header)
        row += 2
        for standing in ranking.standings {
            try sheet.write(Int64(standing.rank), row: row, column: 0, format: plan.rank)
            try sheet.write(tree.units[standing.unit].name, row: row, column: 1, format: styles.lineText)
            for (offset, (basis, points)) in zip(standing.basis, standing.points).enumerated() {
                let column = 2 + 2 * offset
                try sheet.writeValue(basis, hundredths: true, row: row, column: column, format: plan.points)
                try sheet.writeHundredths(points, row: row, column: column + 1, format: plan.points)
            }
            try sheet.writeHundredths(standing.total, row: row, column: totalColumn, format: plan.pointsBold)
            row += 1
        }
    }
}
