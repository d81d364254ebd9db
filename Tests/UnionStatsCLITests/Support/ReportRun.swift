import Foundation
import TestSupport

/// `unionstats report --period 2021-H1` run on the `tiny` fixture in a temporary folder, with its
/// workbook opened; optionally with last year's half-year report added so the change columns have values.
struct ReportRun {
    /// The temporary working folder (holds `input/` and `output/`); removed with `remove()`.
    let folder: TemporaryFolder
    /// What the run printed.
    let result: CommandRunner.Result
    /// `output/2021-H1/report-2021-H1.xlsx`, opened.
    let workbook: WrittenWorkbook

    /// `reports/2020-h1.csv`: A, B, C's workers in 2020-H1 (100 + 50 + 200 = 350) and A's 10 new members.
    static let lastYear = """
        unit,period,indicator,value
        A,2020-H1,workers_total,100
        B,2020-H1,workers_total,50
        C,2020-H1,workers_total,200
        A,2020-H1,members_new,10

        """

    /// Copies `tiny` (plus `extraFiles`, relative to the input folder), runs the report and opens the workbook.
    init(extraFiles: [String: String] = [:]) throws {
        folder = try TemporaryFolder(prefix: "unionstats-workbook")
        try CommandRunner.copyFixture("tiny", into: folder)
        for (path, text) in extraFiles { try folder.write(text, to: "input/" + path) }
        result = try CommandRunner.run(["report", "--period", "2021-H1"], in: folder)
        workbook = try WrittenWorkbook(url: folder.url("output/2021-H1/report-2021-H1.xlsx"))
    }

    /// Deletes the working folder.
    func remove() { folder.remove() }

    /// The rows of `observations-2021-H1.csv` (header first), parsed as RFC 4180.
    func observations() throws -> [[String]] {
        try CSVText.records(folder.text("output/2021-H1/observations-2021-H1.csv"))
    }
}
