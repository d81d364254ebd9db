import Foundation
import TestSupport
import Testing

/// End to end: `unionstats tree` on the bundled samples, read in place (the command writes nothing).
@Suite struct TreeCommandTests {
    /// The Ninh Bình sample across the 2025 restructuring.
    static let ninhBinh = CommandRunner.bundledInput.appendingPathComponent("ninh-binh-2026").path
    /// The Hà Nam sample, 2020–2021, without dates.
    static let haNam = CommandRunner.bundledInput.path

    /// Runs `unionstats tree arguments…` in a fresh empty folder.
    private func tree(_ arguments: [String]) throws -> CommandRunner.Result {
        let folder = try TemporaryFolder(prefix: "unionstats-tree")
        defer { folder.remove() }
        return try CommandRunner.run(["tree"] + arguments, in: folder)
    }

    /// The lines of standard output.
    private func lines(_ result: CommandRunner.Result) -> [String] {
        result.standardOutput.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
    }

    @Test func theMergedProvinceOnItsDayHasNinhBinhWithFortySevenCDCS() throws {
        let result = try tree(["--input", Self.ninhBinh, "--date", "2026-06-30"])
        #expect(result.status == 0, "\(result.standardError)")
        #expect(result.standardError.isEmpty, "\(result.standardError)")
        let lines = lines(result)
        #expect(lines.first == "Cây tổ chức ngày 30/06/2026: 1 LĐLĐ tỉnh, 13 công đoàn cấp trên cơ sở, 47 CĐCS.")
        #expect(lines.contains("NBH  Liên đoàn Lao động tỉnh Ninh Bình (47 CĐCS)"))
        // A commune union with a CĐCS that came from a dissolved public-sector union, indented below it.
        let phuLy = try #require(lines.firstIndex(of: "  P-PHULY  Công đoàn phường Phủ Lý (4 CĐCS)"))
        #expect(
            lines[phuLy + 1...phuLy + 4].contains(
                "    HN-CDVC-04  Công đoàn Ban Quản lý dự án đầu tư xây dựng tỉnh Hà Nam"))
        #expect(!lines.contains { $0.contains("HN-PLY  ") })  // the district federation ended
        #expect(lines.dropLast().last == "Phát hiện trong units.csv: 0 lỗi, 0 cảnh báo, 0 ghi chú")
    }

    @Test func beforeTheMergerThereAreThreeFederationsEachPrinted() throws {
        let result = try tree(["--input", Self.ninhBinh, "--date", "30/06/2025"])
        #expect(result.status == 0, "\(result.standardError)")
        let lines = lines(result)
        #expect(lines.first?.hasPrefix("Cây tổ chức ngày 30/06/2025: 3 LĐLĐ tỉnh,") == true, "\(lines.first ?? "")")
        #expect(
            lines[1].hasPrefix("Cây này có 3 LĐLĐ tỉnh (NBH, NDH, HNM): các tỉnh trước khi hợp nhất;"), "\(lines[1])")
        #expect(lines[1].contains("--tree 2025-07-01"))
        let roots = lines.filter { $0.first.map { !$0.isWhitespace } ?? false }.dropFirst(2).dropLast()
        #expect(roots.map { String($0.prefix(4)) } == ["NBH ", "NDH ", "HNM "], "\(roots)")
        #expect(roots.allSatisfy { $0.hasSuffix(" CĐCS)") })
    }

    @Test func theChangesAcrossTheRestructuringListMergersAndDissolutions() throws {
        let result = try tree(["--input", Self.ninhBinh, "--changes", "2025-06-30", "2026-06-30"])
        #expect(result.status == 0, "\(result.standardError)")
        let lines = lines(result)
        #expect(lines.first == "Thay đổi tổ chức từ cây ngày 30/06/2025 đến cây ngày 30/06/2026:")
        let merged = section("Sáp nhập", in: lines)
        #expect(
            merged.contains {
                $0.hasPrefix("  HNM ")
                    && $0.hasSuffix(
                        "Liên đoàn Lao động tỉnh Hà Nam → NBH (Liên đoàn Lao động tỉnh Ninh Bình), đến hết ngày 30/06/2025"
                    )
            },
            "\(merged)")
        let dissolved = section("Giải thể", in: lines)
        #expect(
            dissolved.contains {
                $0.hasPrefix("  NB-CDVC-01 ")
                    && $0.hasSuffix(
                        "Công đoàn Sở Tư pháp tỉnh Ninh Bình: không có đơn vị kế thừa, đến hết ngày 30/06/2025")
            },
            "\(dissolved)")
        #expect(
            section("Chuyển cấp trên", in: lines).contains {
                $0.hasPrefix("  HN-CDVC-04 ") && $0.contains(": HN-CDVC → P-PHULY, từ ngày 01/07/2025")
            })
        #expect(
            section("Thành lập mới", in: lines).contains {
                $0.hasPrefix("  P-PHULY ") && $0.hasSuffix(": trực thuộc NBH, từ ngày 01/07/2025")
            })
        #expect(
            lines.contains {
                $0.hasPrefix("Tổng cộng ") && $0.contains("sáp nhập \(merged.count),")
                    && $0.contains("giải thể \(dissolved.count),")
            })
        #expect(lines.contains("Cây ngày 30/06/2025: 3 LĐLĐ tỉnh, 12 công đoàn cấp trên cơ sở, 57 CĐCS."))
        #expect(lines.contains("Cây ngày 30/06/2026: 1 LĐLĐ tỉnh, 13 công đoàn cấp trên cơ sở, 47 CĐCS."))
    }

    /// The lines of one kind's group, between its heading `Kind (n đơn vị):` and the next blank line; the count
    /// checked.
    private func section(_ kind: String, in lines: [String]) -> [String] {
        guard let heading = lines.firstIndex(where: { $0.hasPrefix("\(kind) (") && $0.hasSuffix(" đơn vị):") }) else {
            return []
        }
        let body = lines[(heading + 1)...].prefix { !$0.isEmpty }
        #expect(lines[heading] == "\(kind) (\(body.count) đơn vị):")
        return Array(body)
    }

    @Test func theHaNamSampleHasOneTreeAndNothingChanges() throws {
        let today = try tree(["--input", Self.haNam])
        #expect(today.status == 0, "\(today.standardError)")
        let printed = lines(today)
        #expect(
            printed.first
                == "Cây tổ chức hiện nay (các đơn vị trong units.csv chưa có ngày kết thúc): 1 LĐLĐ tỉnh, 10 công đoàn cấp trên cơ sở, 48 CĐCS."
        )
        #expect(printed.contains("HNM  Liên đoàn Lao động tỉnh Hà Nam (48 CĐCS)"))
        #expect(printed.contains { $0.hasPrefix("  PLY  Liên đoàn Lao động thành phố Phủ Lý (") })
        let changes = try tree(["--input", Self.haNam, "--changes", "2020-06-30", "30/06/2021"])
        #expect(changes.status == 0, "\(changes.standardError)")
        #expect(
            lines(changes).prefix(2) == [
                "Thay đổi tổ chức từ cây ngày 30/06/2020 đến cây ngày 30/06/2021:", "Không có thay đổi nào.",
            ])
    }

    @Test func errorsInUnitsCSVGoToStandardErrorWithStatusOne() throws {
        let folder = try TemporaryFolder(prefix: "unionstats-tree")
        defer { folder.remove() }
        try folder.write(
            """
            code,name,parent,level,valid_from,valid_to,successor
            F,Liên đoàn Lao động tỉnh,,federation,,,
            A,Công đoàn A,F,grassroots,,2025-06-30,
            A,Công đoàn A (tên mới),F,grassroots,2025-06-01,,

            """, to: "input/units.csv")
        let result = try CommandRunner.run(["tree", "--date", "2025-07-01"], in: folder)
        #expect(result.status == 1)
        #expect(result.standardError.hasPrefix("units.csv:4: lỗi: "), "\(result.standardError)")
        #expect(
            result.standardOutput.hasPrefix(
                "Cây tổ chức ngày 01/07/2025: 1 LĐLĐ tỉnh, 0 công đoàn cấp trên cơ sở, 0 CĐCS."),
            "\(result.standardOutput)")
        #expect(result.standardOutput.hasSuffix("Phát hiện trong units.csv: 1 lỗi, 0 cảnh báo, 0 ghi chú\n"))
    }

    @Test(arguments: [
        (["--date", "2025-13-01"], "lỗi: tham số dòng lệnh không hợp lệ."),
        (["--changes", "2025-06-30", "31/02/2026"], "lỗi: tham số dòng lệnh không hợp lệ."),
        (["--date", "2025-06-30", "--changes", "2025-06-30", "2026-06-30"], "Chỉ dùng một trong hai: --date"),
        (["--changes", "2025-06-30"], "--changes cần đúng hai ngày"),
        (["--changes", "2025-06-30", "2025-12-31", "2026-06-30"], "--changes cần đúng hai ngày"),
    ])
    func aRunThatCannotStartSaysWhyInVietnameseWithStatusTwo(arguments: [String], message: String) throws {
        let result = try tree(["--input", Self.ninhBinh] + arguments)
        #expect(result.status == 2)
        #expect(result.standardError.contains(message), "\(result.standardError)")
        #expect(result.standardOutput.isEmpty)
    }

    @Test func aMissingFolderCannotRun() throws {
        let result = try tree(["--input", "nowhere"])
        #expect(result.status == 2)
        #expect(result.standardError.hasPrefix("lỗi: Không có thư mục đầu vào"), "\(result.standardError)")
    }
}
