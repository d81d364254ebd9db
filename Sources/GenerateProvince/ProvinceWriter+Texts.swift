/// The small text files of a generated province.
extension ProvinceWriter {
    /// The settings of the synthetic federation.
    var settingsCSV: String {
        """
        key,value
        federation_name,LIÊN ĐOÀN LAO ĐỘNG TỈNH GIẢ LẬP
        superior_name,TỔNG LIÊN ĐOÀN LAO ĐỘNG VIỆT NAM
        place,Giả Lập
        preparer_title,NGƯỜI LẬP BIỂU
        preparer_name,Nguyễn Văn Mẫu
        signer_on_behalf,TM. BAN THƯỜNG VỤ
        signer_title,CHỦ TỊCH
        signer_name,Trần Thị Thử
        cutoff_H1,31/05
        cutoff_Y,30/11

        """
    }

    /// A README saying the data are invented and how they were made.
    func readme(indicatorCount: Int) -> String {
        let quarters = options.quarters.map(\.label)
        let layout =
            options.wideXLSX
            ? "One wide xlsx sheet, reports/wide-\(quarters.last ?? "").xlsx: one row per CĐCS for \(quarters.last ?? "") (the model runs from \(quarters.first ?? ""))."
            : "Quarters: \(quarters.first ?? "")…\(quarters.last ?? "") (\(quarters.count)); one long CSV per upper unit per quarter."
        return """
            # Tỉnh giả lập / Synthetic province (benchmark data)

            EVERY FIGURE AND NAME HERE IS INVENTED by `GenerateProvince` to measure `unionstats` on a
            province of realistic size. Do not quote anything in this folder as a fact.

            - \(options.uppers) upper units (U01…), \(options.grassroots) CĐCS, federation FED.
            - \(indicatorCount) reportable indicators of `\(options.catalogue)` per CĐCS per quarter (ratios are never written).
            - \(layout)
            - Like real submissions: a mostly empty `note` column with a few Vietnamese notes, some files with a BOM,
              CRLF, Vietnamese headers or figures written 1.234.567, a few quoted values, codes with spaces around
              them; defect rate \(options.defectRate): about \(options.defectRate) % of rows raise a finding (bad numbers,
              unknown indicators, duplicates, short rows), plus impossible pairs and extra zeros in a few percent of
              CĐCS-quarters.
            - Seed \(options.seed): the same arguments give the same bytes.

            Made with: `GenerateProvince OUTDIR --grassroots \(options.grassroots) --uppers \(options.uppers) --quarters \(quarters.joined(separator: ",")) --seed \(options.seed) --defect-rate \(options.defectRate) --catalogue \(options.catalogue)\(options.wideXLSX ? " --wide-xlsx --wide-columns \(options.wideColumns)" : "")`

            """
    }
}
