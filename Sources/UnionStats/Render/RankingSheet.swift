import XLSX

/// `Xếp hạng`: upper units ranked by one indicator's value in period B, with A, the change and %.
struct RankingSheet {
    let document: CompareDocument
    let styles: ReportStyles

    func write(into sheet: Worksheet, workbook: Workbook) throws(XLSXError) {
        let comparison = document.comparison
        let indicator = document.input.catalogue[document.rankBy]
        let decimals = indicator.hasTwoDecimals
        let number = styles.number(for: indicator)
        try sheet.write(
            "XẾP HẠNG CÁC ĐƠN VỊ CẤP TRÊN CƠ SỞ THEO: \(indicator.nameVi.uppercased()) (\(indicator.measure))", row: 0,
            column: 0, format: styles.bold)
        try sheet.write(
            "\(comparison.periodB.label), so với \(comparison.periodA.label)", row: 1, column: 0, format: styles.italic)
        let headerRow = 3
        let headers = [
            "Hạng", "Mã đơn vị", "Đơn vị", comparison.periodA.label, comparison.periodB.label, "Tăng, giảm",
            "Tăng, giảm (%)", "Chiều tốt",
        ]
        let widths: [Double] = [7, 12, 46, 16, 16, 14, 10, 12]
        for (column, text) in headers.enumerated() {
            try sheet.write(text, row: headerRow, column: column, format: styles.header)
            try sheet.setColumns(column, column, width: widths[column])
        }
        try sheet.setRow(headerRow, height: 36)
        let entries = IndicatorRanking(document).entries
        for (offset, entry) in entries.enumerated() {
            let row = headerRow + 1 + offset
            let unit = document.input.tree.units[entry.unit]
            if let rank = entry.rank {
                try sheet.write(Int64(rank), row: row, column: 0, format: styles.lineNumber)
            } else {
                try sheet.writeBlank(row: row, column: 0, format: styles.lineNumber)
            }
            try sheet.write(unit.code, row: row, column: 1, format: styles.codeText)
            try sheet.write(unit.name, row: row, column: 2, format: styles.unitName)
            for (value, column) in [(entry.a, 3), (entry.b, 4), (entry.change, 5)] {
                try sheet.writeValue(value, hundredths: decimals, row: row, column: column, format: number)
            }
            try sheet.writePercent(entry.percent, row: row, column: 6, format: styles.percent)
            try sheet.write(
                NewsColours.word(for: indicator.direction), row: row, column: 7, format: styles.lineCentered)
        }
        let lastRow = headerRow + entries.count
        try NewsColours.apply(
            to: sheet, styles: styles, firstRow: headerRow + 1, lastRow: lastRow, columns: 5...6, changeColumn: 5,
            directionColumn: 7)
        if !entries.isEmpty {
            try ChartBuilder.columnChart(
                in: workbook, on: sheet, sheetName: sheet.name, title: "\(indicator.nameVi) (\(indicator.measure))",
                categories: (headerRow + 1, lastRow, 1),
                series: [(comparison.periodA.label, 3), (comparison.periodB.label, 4)],
                valueFormat: decimals && !ReportStyles.printsWhole(indicator) ? "#,##0.00" : "#,##0",
                at: (lastRow + 2, 0))
        }
        try sheet.setPaper(.a4)
        try sheet.setOrientation(.landscape)
        try sheet.fitToPages(width: 1, height: 0)
    }
}
