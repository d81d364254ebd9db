import Foundation

/// Everything the comparison workbook shows, computed once by `Pipeline.comparison`.
public struct CompareDocument: Sendable {
    /// The input compared.
    public let input: InputData
    /// The two periods' values.
    public let comparison: PeriodComparison
    /// The catalogue position of the indicator upper units are ranked by.
    public let rankBy: Int
    /// Findings about the two periods' figures (and of reading the files that hold them).
    public let findings: [Finding]
    /// How many findings of the input concern only other periods.
    public let findingsOfOtherPeriods: Int
    /// When it was made.
    public let generated: Date
}
