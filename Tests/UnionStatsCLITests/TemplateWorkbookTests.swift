import Foundation
import TestSupport
import Testing
import XLSX

/// The fill-in form's "Công đoàn cấp trên" read back from the written workbook.
@Suite struct TemplateWorkbookTests {
    @Test func theFederationsFormNamesItsOwnSuperior() throws {
        let folder = try TemporaryFolder(prefix: "unionstats-template")
        defer { folder.remove() }
        try CommandRunner.copyFixture("tiny", into: folder)
        try folder.write(
            """
            key,value
            federation_name,LIÊN ĐOÀN LAO ĐỘNG TỈNH THỬ NGHIỆM
            superior_name,TỔNG LIÊN ĐOÀN LAO ĐỘNG VIỆT NAM (THỬ)
            place,Thử Nghiệm

            """, to: "input/settings.csv")
        let result = try CommandRunner.run(
            ["template", "--period", "2021-H1", "--unit", "F", "--unit", "A"], in: folder)
        #expect(result.status == 0, "\(result.standardError)")
        let federation = try WrittenWorkbook(url: folder.url("output/templates-2021-H1/F.xlsx")).sheet("Báo cáo")
        #expect(federation.text("A1") == "Công đoàn cấp trên: TỔNG LIÊN ĐOÀN LAO ĐỘNG VIỆT NAM (THỬ)")
        #expect(federation.text("A2") == "Đơn vị báo cáo: Liên đoàn Lao động tỉnh Thử nghiệm")
        // A CĐCS still names its upper unit.
        let grassroots = try WrittenWorkbook(url: folder.url("output/templates-2021-H1/A.xlsx")).sheet("Báo cáo")
        #expect(grassroots.text("A1") == "Công đoàn cấp trên: Liên đoàn Lao động huyện Một")
    }
}
