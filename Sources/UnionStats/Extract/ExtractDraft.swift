/// Writes what `extract` found: the draft report CSV, the draft targets CSV and the list read on the terminal.
public enum ExtractDraft {
    /// The draft report, `unit,period,indicator,value,note`, one row per figure in catalogue order.
    public static func reportCSV(_ figures: [ExtractedFigure], unit: String, period: Period) -> [UInt8] {
        var writer = CSVWriter()
        writer.append(row: ["unit", "period", "indicator", "value", "note"].map(CSVField.text))
        for figure in figures {
            writer.append(row: [
                .text(unit), .text(period.description), .text(figure.indicator), .number(String(figure.value)),
                .text(figure.note),
            ])
        }
        return writer.bytes
    }

    /// The draft targets, `unit,period,indicator,target,note` (docs/design.md, "Targets"), one row per target.
    public static func targetsCSV(_ targets: [DraftTarget], unit: String) -> [UInt8] {
        var writer = CSVWriter()
        writer.append(row: ["unit", "period", "indicator", "target", "note"].map(CSVField.text))
        for target in targets {
            writer.append(row: [
                .text(unit), .text(target.period.description), .text(target.indicator), .number(String(target.value)),
                .text(target.note),
            ])
        }
        return writer.bytes
    }

    /// The readable list: the figures with their sentences, the draft targets, then every sentence with a number not
    /// taken.
    public static func summary(
        _ extraction: Extraction, catalogue: Catalogue, unit: String, period: Period, file: String
    ) -> String {
        var lines = [
            "Bản nháp từ '\(file)': đơn vị \(unit), kỳ \(period) (\(period.label)), \(extraction.figures.count) số liệu."
        ]
        for figure in extraction.figures {
            lines.append("  \(describe(figure.indicator, figure.value, catalogue))")
            lines.append("      « \(figure.note) »")
        }
        if !extraction.targets.isEmpty {
            lines.append("")
            lines.append(
                "Mục tiêu, kế hoạch (bản nháp các dòng targets.csv, không phải kết quả): \(extraction.targets.count)")
            for target in extraction.targets {
                lines.append("  \(target.period) \(describe(target.indicator, target.value, catalogue))")
                lines.append("      « \(target.note) »")
            }
            lines.append(
                contentsOf: String(decoding: targetsCSV(extraction.targets, unit: unit), as: UTF8.self)
                    .split(separator: "\n").map { "    " + $0 })
        }
        lines.append("")
        if extraction.untaken.isEmpty {
            lines.append("Không còn câu nào có số chưa lấy.")
        } else {
            lines.append("Câu có số chưa lấy (\(extraction.untaken.count)): đọc lại, điền tay nếu là số liệu của kỳ.")
            for sentence in extraction.untaken {
                lines.append("  • « \(sentence.sentence) »")
                for number in sentence.numbers { lines.append("      \(number.text): \(number.reason)") }
            }
        }
        lines.append("")
        lines.append("Đây là bản nháp: đối chiếu từng số với văn bản trước khi đưa tệp vào input/reports/.")
        return lines.joined(separator: "\n") + "\n"
    }

    /// "workers_total Tổng số … : 2.686 người".
    private static func describe(_ code: String, _ value: Int64, _ catalogue: Catalogue) -> String {
        guard let position = catalogue.position(of: code) else { return "\(code): \(VietnameseFormat.grouped(value))" }
        let indicator = catalogue[position]
        return "\(code) – \(indicator.nameVi): \(VietnameseFormat.grouped(value)) \(indicator.measure)"
    }
}
