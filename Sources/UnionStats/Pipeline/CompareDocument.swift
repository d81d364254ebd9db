import Foundation

/// Everything the comparison workbook shows, computed once by `Pipeline.comparison`.
public struct CompareDocument: Sendable {
    /// The input compared.
    public let input: InputData
    /// The two periods' values.
    public let comparison: PeriodComparison
    /// The catalogue position of the indicator upper units are ranked by.
    public let rankBy: Int
    /// Findings of reading the input and aggregating the two periods.
    public let findings: [Finding]
    /// When it was made.
    public let generated: Date
}
