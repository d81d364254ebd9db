import Foundation
import XLSX

/// Reads one xlsx report: the fill-in form of `unionstats template`, or an upper unit's wide sheet.
///
/// Each visible worksheet is read on its own. The table is found by its header row within the
/// first rows, never by fixed coordinates: `Mã chỉ tiêu … Số lượng` makes a form (unit and period
/// come from the cells right of `Mã đơn vị:` and `Kỳ báo cáo:` above it); `unit`/`Mã đơn vị` with
/// `period`/`Kỳ` and indicator codes makes a wide sheet. A sheet's figures count only if the whole
/// sheet could be read. A blank `Số lượng` cell means the unit reports nothing for that line.
struct XLSXReportIngest {
    /// How far down the header row may be.
    static let headerSearchRows = 60

    let tree: UnitTree
    let catalogue: Catalogue
    /// Codes of units.csv left out of the tree, for clearer findings.
    let leftOut: Set<String>

    /// Reads `url` into `store`, appending findings; returns the number of data rows read.
    func ingest(url: URL, file: String, into store: inout ObservationStore, findings: FindingEmitter) -> Int {
        let document: XLSXDocument
        do {
            document = try XLSXDocument(url: url)
        } catch {
            findings.emit(.xlsxUnopenable(reason: error.localizedDescription), at: SourceLocation(file: file))
            return 0
        }
        var rows = 0
        var tables = 0
        for sheet in document.sheets where sheet.isWorksheet && sheet.visibility == .visible {
            let source = store.addSource(file, sheet: sheet.name)
            var reader = SheetReader(file: file, sheet: sheet.name, source: source, catalogue: catalogue)
            do {
                try document.forEachRow(inSheet: sheet.name) { row in try reader.take(row) }
            } catch is SheetReader.Stop {
                // The header was not found near the top: the sheet holds no table.
            } catch {
                findings.emit(.sheetUnreadable(sheet: sheet.name, reason: error.localizedDescription), at: SourceLocation(file: file, position: .cell(sheet: sheet.name, reference: "A1")))
                continue
            }
            reader.findings.forEach(findings.emit)
            guard reader.foundTable else { continue }
            tables += 1
            rows += reader.rows
            var recorder = ObservationRecorder(tree: tree, catalogue: catalogue, leftOut: leftOut)
            for pending in reader.pending {
                recorder.record(unit: pending.unit, period: pending.period, indicator: pending.indicator, value: pending.value,
                                at: pending.source, store: &store, findings: findings)
            }
        }
        if tables == 0 {
            findings.emit(.xlsxNoTable, at: SourceLocation(file: file))
        }
        return rows
    }
}
