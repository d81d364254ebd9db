import Foundation
import Testing

@testable import UnionStats

/// `unionstats tree`'s text: the tree of a day with its counts, and what changed between two days.
@Suite struct TreeJobTests {
    /// Two provinces F and G until 30/06/2025; from 01/07/2025 one, F, with the commune union W:
    /// U and V dissolved, G merged into F, B merged into A, A moved U → W, D moved V → W and renamed,
    /// C dissolved, W and E new.
    static let restructuring = """
        code,name,parent,level,valid_from,valid_to,successor
        F,Liên đoàn Lao động tỉnh F,,federation,,,
        G,Liên đoàn Lao động tỉnh G,,federation,,2025-06-30,F
        U,Liên đoàn Lao động huyện U,F,upper,,2025-06-30,
        V,Công đoàn Viên chức tỉnh G,G,upper,,30/06/2025,
        W,Công đoàn phường W,F,upper,2025-07-01,,
        A,Công đoàn A,U,grassroots,,2025-06-30,
        A,Công đoàn A,W,grassroots,2025-07-01,,
        B,Công đoàn B,U,grassroots,,2025-06-30,A
        C,Công đoàn C,V,grassroots,,2025-06-30,
        D,Công đoàn D,V,grassroots,,2025-06-30,
        D,Công đoàn D (tên mới),W,grassroots,2025-07-01,,
        E,Công đoàn E,W,grassroots,01/07/2025,,

        """

    /// `tree --date day` on a folder holding `units` (the folder lives as long as the call).
    private func tree(_ day: String?, units: String = TreeJobTests.restructuring) throws -> TreeJob.Output {
        let input = try TemporaryInput()
        try input.writeConfiguration(units: units)
        return try withExtendedLifetime(input) { try TreeJob.tree(input: input.folder, on: day.flatMap { Day($0) }) }
    }

    /// `tree --changes first second` on a folder holding `units`.
    private func changes(
        _ first: String, _ second: String, units: String = TreeJobTests.restructuring
    ) throws -> TreeJob.Output {
        let input = try TemporaryInput()
        try input.writeConfiguration(units: units)
        let (a, b) = (try #require(Day(first)), try #require(Day(second)))
        return try withExtendedLifetime(input) { try TreeJob.changes(input: input.folder, between: a, and: b) }
    }

    @Test func anUndatedFileHasOneTreeIndentedWithItsCounts() throws {
        for day in [nil, "2021-06-30"] {
            let output = try tree(day, units: TemporaryInput.units)
            #expect(
                Array(output.lines.dropFirst()) == [
                    "units.csv không ghi ngày hiệu lực (valid_from, valid_to): cây này đúng cho mọi ngày.",
                    "",
                    "F  Liên đoàn Lao động tỉnh (2 CĐCS)",
                    "  U  Liên đoàn Lao động huyện (2 CĐCS)",
                    "    A  Công đoàn A",
                    "    B  Công đoàn B",
                ])
            #expect(output.findings.isEmpty, "\(output.findings)")
        }
        let today = try tree(nil, units: TemporaryInput.units)
        #expect(
            today.lines.first
                == "Cây tổ chức hiện nay (các đơn vị trong units.csv chưa có ngày kết thúc): 1 LĐLĐ tỉnh, 1 công đoàn cấp trên cơ sở, 2 CĐCS."
        )
        #expect(today.findingsLine == "Phát hiện trong units.csv: 0 lỗi, 0 cảnh báo, 0 ghi chú")
    }

    @Test(arguments: [
        ("2025-06-30", "Cây tổ chức ngày 30/06/2025: 2 LĐLĐ tỉnh, 2 công đoàn cấp trên cơ sở, 4 CĐCS."),
        ("01/01/2020", "Cây tổ chức ngày 01/01/2020: 2 LĐLĐ tỉnh, 2 công đoàn cấp trên cơ sở, 4 CĐCS."),
        ("2025-07-01", "Cây tổ chức ngày 01/07/2025: 1 LĐLĐ tỉnh, 1 công đoàn cấp trên cơ sở, 3 CĐCS."),
        ("2030-12-31", "Cây tổ chức ngày 31/12/2030: 1 LĐLĐ tỉnh, 1 công đoàn cấp trên cơ sở, 3 CĐCS."),
        (
            nil,
            "Cây tổ chức hiện nay (các đơn vị trong units.csv chưa có ngày kết thúc): 1 LĐLĐ tỉnh, 1 công đoàn cấp trên cơ sở, 3 CĐCS."
        ),
    ])
    func theHeaderGivesTheDayAndTheTotals(day: String?, header: String) throws {
        let output = try tree(day)
        #expect(output.lines.first == header)
        #expect(output.findings.isEmpty, "\(output.findings)")
    }

    @Test func aTreeOfSeveralFederationsSaysSoAndPrintsEach() throws {
        let output = try tree("2025-06-30")
        #expect(
            Array(output.lines.dropFirst()) == [
                "Cây này có 2 LĐLĐ tỉnh (F, G): các tỉnh trước khi hợp nhất; báo cáo chỉ lập được trên cây có một LĐLĐ tỉnh, ví dụ --tree 2025-07-01 (cây ngày 01/07/2025).",
                "",
                "F  Liên đoàn Lao động tỉnh F (2 CĐCS)",
                "  U  Liên đoàn Lao động huyện U (2 CĐCS)",
                "    A  Công đoàn A",
                "    B  Công đoàn B",
                "",
                "G  Liên đoàn Lao động tỉnh G (2 CĐCS)",
                "  V  Công đoàn Viên chức tỉnh G (2 CĐCS)",
                "    C  Công đoàn C",
                "    D  Công đoàn D",
            ])
    }

    @Test func theTreeAfterTheChangeShowsTheVersionsValidThatDay() throws {
        let output = try tree("2025-07-01")
        #expect(
            Array(output.lines.dropFirst(2)) == [
                "F  Liên đoàn Lao động tỉnh F (3 CĐCS)",
                "  W  Công đoàn phường W (3 CĐCS)",
                "    A  Công đoàn A",
                "    D  Công đoàn D (tên mới)",
                "    E  Công đoàn E",
            ])
    }

    @Test func aDayBeforeEveryUnitHasAnEmptyTree() throws {
        let units =
            "code,name,parent,level,valid_from,valid_to,successor\nF,Liên đoàn Lao động tỉnh,,federation,2020-01-01,,\n"
        let output = try tree("2019-12-31", units: units)
        #expect(
            output.lines == [
                "Cây tổ chức ngày 31/12/2019: không có đơn vị nào.",
                "Hãy kiểm tra cột valid_from, valid_to của units.csv.",
            ])
    }

    @Test func theChangesAreGroupedByKindWithNameDetailAndDay() throws {
        let output = try changes("2025-06-30", "2025-07-01")
        #expect(
            output.lines == [
                "Thay đổi tổ chức từ cây ngày 30/06/2025 đến cây ngày 01/07/2025:",
                "",
                "Giải thể (3 đơn vị):",
                "  U  Liên đoàn Lao động huyện U: không có đơn vị kế thừa, đến hết ngày 30/06/2025",
                "  V  Công đoàn Viên chức tỉnh G: không có đơn vị kế thừa, đến hết ngày 30/06/2025",
                "  C  Công đoàn C: không có đơn vị kế thừa, đến hết ngày 30/06/2025",
                "",
                "Sáp nhập (2 đơn vị):",
                "  B  Công đoàn B → A (Công đoàn A), đến hết ngày 30/06/2025",
                "  G  Liên đoàn Lao động tỉnh G → F (Liên đoàn Lao động tỉnh F), đến hết ngày 30/06/2025",
                "",
                "Chuyển cấp trên (2 đơn vị):",
                "  A  Công đoàn A: U → W, từ ngày 01/07/2025",
                "  D  Công đoàn D: V → W, từ ngày 01/07/2025",
                "",
                "Đổi tên (1 đơn vị):",
                "  D  Công đoàn D → Công đoàn D (tên mới), từ ngày 01/07/2025",
                "",
                "Thành lập mới (2 đơn vị):",
                "  W  Công đoàn phường W: trực thuộc F, từ ngày 01/07/2025",
                "  E  Công đoàn E: trực thuộc W, từ ngày 01/07/2025",
                "",
                "Tổng cộng 10 thay đổi: giải thể 3, sáp nhập 2, chuyển cấp trên 2, đổi tên 1, thành lập mới 2.",
                "Cây ngày 30/06/2025: 2 LĐLĐ tỉnh, 2 công đoàn cấp trên cơ sở, 4 CĐCS.",
                "Cây ngày 01/07/2025: 1 LĐLĐ tỉnh, 1 công đoàn cấp trên cơ sở, 3 CĐCS.",
            ])
        #expect(output.findings.isEmpty, "\(output.findings)")
    }

    @Test(arguments: [
        ("2025-06-30", "2025-07-01", 10),
        ("2026-06-30", "2024-12-31", 10),  // either order: the earlier day first
        ("2020-01-01", "2025-06-30", 0),
        ("2025-07-01", "2026-06-30", 0),
        ("2025-06-30", "2025-06-30", 0),
    ])
    func theDaysMayComeInEitherOrderAndSameTreesHaveNoChange(first: String, second: String, count: Int) throws {
        let output = try changes(first, second)
        let (a, b) = (try #require(Day(first)), try #require(Day(second)))
        #expect(output.lines.first == "Thay đổi tổ chức từ cây ngày \(min(a, b)) đến cây ngày \(max(a, b)):")
        if count == 0 {
            #expect(output.lines[1] == "Không có thay đổi nào.")
            #expect(output.lines.count == 4)
        } else {
            #expect(output.lines.contains { $0.hasPrefix("Tổng cộng \(count) thay đổi:") })
        }
    }

    @Test func anUndatedFileHasNoChange() throws {
        let output = try changes("2020-06-30", "2021-06-30", units: TemporaryInput.units)
        #expect(
            output.lines == [
                "Thay đổi tổ chức từ cây ngày 30/06/2020 đến cây ngày 30/06/2021:",
                "Không có thay đổi nào.",
                "Cây ngày 30/06/2020: 1 LĐLĐ tỉnh, 1 công đoàn cấp trên cơ sở, 2 CĐCS.",
                "Cây ngày 30/06/2021: 1 LĐLĐ tỉnh, 1 công đoàn cấp trên cơ sở, 2 CĐCS.",
            ])
    }

    @Test func codesArePaddedSoNamesLineUp() {
        let change = TreeChanges.Change(
            kind: .new, code: "E", name: "Công đoàn E", level: .grassroots, detail: "trực thuộc W", day: nil)
        #expect(TreeJob.changeLine(change, codeWidth: 4) == "  E     Công đoàn E: trực thuộc W")
    }

    @Test func unitsCSVProblemsAreFindingsOnTheirLines() throws {
        // A second version of A over days the first already covers, and a CĐCS whose parent does not exist.
        let units = Self.restructuring + "A,Công đoàn A,W,grassroots,2025-08-01,,\nZ,Công đoàn Z,NOPE,grassroots,,,\n"
        let output = try tree("2025-08-01", units: units)
        let errors = output.findings.filter { $0.severity == .error }
        #expect(
            errors.map(\.location) == [
                SourceLocation(file: "units.csv", position: .line(14)),
                SourceLocation(file: "units.csv", position: .line(15)),
            ])
        #expect(errors.map(\.code) == [.unitVersion, .unitParent])
        #expect(output.findingsLine.hasPrefix("Phát hiện trong units.csv: 2 lỗi"))
        #expect(output.lines.first == "Cây tổ chức ngày 01/08/2025: 1 LĐLĐ tỉnh, 1 công đoàn cấp trên cơ sở, 3 CĐCS.")
    }

    @Test func aMissingFolderOrUnitsFileCannotRun() throws {
        let input = try TemporaryInput()
        #expect { try TreeJob.tree(input: input.folder, on: nil) } throws: { error in
            guard case .missingFile(let path)? = error as? UnionStatsError else { return false }
            return path.hasSuffix("units.csv")
        }
        let missing = input.folder.appendingPathComponent("nowhere")
        #expect { try TreeJob.changes(input: missing, between: Day.distantPast, and: Day.distantPast.next) } throws: {
            error in
            guard case .missingFolder? = error as? UnionStatsError else { return false }
            return true
        }
    }
}
