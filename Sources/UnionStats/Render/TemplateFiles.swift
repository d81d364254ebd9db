import Foundation
import XLSX

/// Render: one unit's fill-in form, `templates-P/CODE.xlsx`.
public enum TemplateFiles {
    /// Writes the form and returns its URL.
    public static func write(_ form: TemplateForm, code: String, to folder: OutputFolder) throws(UnionStatsError) -> URL
    {
        try folder.writeWorkbook(to: "templates-\(form.period)/\(code).xlsx") { path throws(XLSXError) in
            try form.write(to: path)
        }
    }
}
