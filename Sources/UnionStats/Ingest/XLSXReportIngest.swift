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

    let history: UnitHistory
    let settings: Settings
    let catalogue: Catalogue
    /// Codes of units.csv left out of the tree, for clearer findings.
    let leftOut: Set<String>
    /// Whether each file's SHA-256 is computed (for the `Nguồn` sheet; checks alone need none).
    var fingerprints = true

    /// Reads the workbook at `url` (its path in the input folder is `file`) into a reading of its
    /// own: its values, findings, data-row count and SHA-256.
    func read(url: URL, file: String) -> FileReading {
        let reading = FileReading(path: file)
        reading.sha256 = fingerprints ? SHA256.hexDigest(ofFileAt: url) : nil
        let findings = reading.emitter
        let document: XLSXDocument
        do {
            document = try XLSXDocument(url: url)
        } catch {
            let message: FindingMessage =
                Self.isCompoundFile(url)
                ? .unreadableFormat(.compoundFile(extension: url.pathExtension.lowercased()))
                : .xlsxUnopenable(reason: readerReason(error, kind: .xlsx))
            findings.emit(message, at: SourceLocation(file: file))
            return reading
        }
        var rows = 0
        var tables = 0
        for sheet in document.sheets where sheet.isWorksheet && sheet.visibility == .visible {
            let source = reading.addSource(sheet: sheet.name)
            var reader = SheetReader(file: file, sheet: sheet.name, source: source, catalogue: catalogue)
            do {
                try document.forEachRow(inSheet: sheet.name) { row in try reader.take(row) }
            } catch is SheetReader.Stop {
                // The header was not found near the top: the sheet holds no table.
            } catch {
                findings.emit(
                    .sheetUnreadable(sheet: sheet.name, reason: readerReason(error, kind: .xlsx)),
                    at: SourceLocation(file: file, position: .cell(sheet: sheet.name, reference: "A1")))
                continue
            }
            reader.findings.forEach(findings.emit)
            guard reader.foundTable else { continue }
            tables += 1
            rows += reader.rows
            var recorder = ObservationRecorder(
                history: history, settings: settings, catalogue: catalogue, leftOut: leftOut, findings: findings)
            for group in reader.groups {
                record(group, recorder: &recorder, reading: reading, findings: findings)
            }
        }
        if tables == 0 {
            findings.emit(.xlsxNoTable, at: SourceLocation(file: file))
        }
        reading.records = rows
        return reading
    }

    /// Records one form's or one wide row's figures. A unit or period that cannot be used is one
    /// finding at its own cell (B3, B4 of a form; the row's unit or period cell) and none of the
    /// group's figures is used; a figure cell whose formula was never computed is a finding, not a blank.
    private func record(
        _ group: SheetReader.Group, recorder: inout ObservationRecorder, reading: FileReading, findings: FindingEmitter
    ) {
        let unit = group.unit.text
        let period = Period(group.period.text)
        if let period { reading.notePeriod(period, in: group.period.source.file) }
        guard recorder.isUsableUnit(unit) else {
            findings.emit(
                recorder.unknownUnitMessage(unit), at: reading.location(of: group.unit.source), unit: unit,
                period: period)
            return
        }
        guard let period else {
            findings.emit(
                .badPeriod(text: group.period.text), at: reading.location(of: group.period.source), unit: unit)
            return
        }
        for figure in group.figures {
            guard !figure.isUncomputedFormula else {
                let location = reading.location(of: figure.source)
                let cell = if case .cell(_, let reference) = location.position { reference } else { "" }
                findings.emit(
                    .formulaWithoutValue(cell: cell), at: location, unit: unit, indicator: figure.indicator,
                    period: period)
                continue
            }
            recorder.record(
                unit: unit, period: group.period.text, indicator: figure.indicator, value: figure.value,
                at: figure.source, into: reading, findings: findings)
        }
    }

    /// Whether a file starts like an OLE compound file: an Excel 97–2003 workbook, or an xlsx that
    /// Excel encrypted with a password.
    static func isCompoundFile(_ url: URL) -> Bool {
        guard let handle = try? FileHandle(forReadingFrom: url) else { return false }
        defer { try? handle.close() }
        let magic: [UInt8] = [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1]
        return (try? handle.read(upToCount: magic.count)).map { [UInt8]($0) == magic } ?? false
    }
}
