import Foundation
import XLSX

/// Render: the fill-in forms of a period, `templates-P/CODE.xlsx`, swapped in as one set.
public enum TemplateFiles {
    /// Writes the forms (made one at a time as `forms` is walked) and returns their URLs; afterwards
    /// `templates-P/` holds exactly these forms.
    public static func write(
        _ forms: some Sequence<(code: String, form: TemplateForm)>, period: Period, to folder: OutputFolder
    ) throws(UnionStatsError) -> [URL] {
        try folder.replacing("templates-\(period)") { set throws(UnionStatsError) -> [URL] in
            var written: [URL] = []
            for (code, form) in forms {
                written.append(
                    try set.writeWorkbook(to: "\(code).xlsx") { path throws(XLSXError) in try form.write(to: path) })
            }
            return written
        }
    }
}
