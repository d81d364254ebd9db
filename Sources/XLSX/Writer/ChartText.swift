internal import CXlsxWriter
import Foundation

/// Replacement of strings that libxlsxwriter's chart setters `strdup` without freeing an earlier copy.
///
/// `chart_title_set_name`, `chart_axis_set_name` and `chart_series_set_name` overwrite their `char *`
/// field without freeing it (a leak on every second call) and report a failed `strdup` by leaving it NULL.
enum ChartText {
    /// Frees the string at `field` of `root`, then (for non-empty `text`) lets `store` copy `text` in,
    /// throwing `outOfMemory` if the library's copy failed.
    static func replace<Root>(
        in root: UnsafeMutablePointer<Root>, _ field: WritableKeyPath<Root, UnsafeMutablePointer<CChar>?>,
        with text: String, context: @autoclosure () -> String, store: (String) -> Void
    ) throws(XLSXError) {
        // lxw_chart_free releases these fields with free(), so free() is the matching release here.
        free(root.pointee[keyPath: field])
        root.pointee[keyPath: field] = nil
        guard !text.isEmpty else { return }
        store(text)
        guard root.pointee[keyPath: field] != nil else { throw .outOfMemory(context: context()) }
    }
}
