import Foundation

/// Reading one of the optional planning files (`targets.csv`, `groups.csv`, `scoring.csv`): unlike
/// units.csv, a file that cannot be used does not stop the run; it is one finding, and no plan.
enum PlanFile {
    /// The file's rows, or nil after a finding when it cannot be opened or lacks a column of `required`.
    static func read(url: URL, file: String, required: [String], findings: FindingEmitter) -> HeaderedCSV? {
        do {
            return try HeaderedCSV(url: url, file: file, required: required, optional: true, findings: findings)
        } catch {
            switch error {
            case .missingColumns(_, let columns, let expected):
                findings.emit(
                    .plan(.missingColumns(columns: columns, expected: expected)),
                    at: SourceLocation(file: file, position: .line(1)))
            default:
                findings.emit(.fileUnopenable(reason: error.reason), at: SourceLocation(file: file))
            }
            return nil
        }
    }
}
