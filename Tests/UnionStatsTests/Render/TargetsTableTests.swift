import Foundation
import Testing

@testable import UnionStats

/// `targets-P.csv`: the exact columns (the report's period and the tree's day on every row), numbers plain, one row
/// per unit × target, sorted by unit code.
@Suite struct TargetsTableTests {
    @Test func theColumnsAndRowsAreExactlyAsDocumented() throws {
        let input = try TemporaryInput()
        try input.writeConfiguration()
        try input.write(
            "unit,period,indicator,value\nA,2021-H1,members_new,50\nA,2021-H1,members_total,93\nA,2021-H1,workers_total,100\n",
            to: "reports/a.csv")
        try input.write(
            "unit,period,indicator,target,note\nU,2021,members_new,200,\nA,2021-H1,members_new,40,\"kế hoạch, 6 tháng\"\n"
                + "A,2021,members_new,120,\nA,2021,membership_rate,\"97,5\",\n", to: "targets.csv")
        let loaded = try InputLoader.load(folder: input.folder)
        let period = try #require(Period("2021-H1"))
        let plan = TargetPlan(
            period: period, targets: loaded.targets, aggregator: Aggregator(loaded),
            nearPercent: ExactDecimal(significand: 90))
        let bytes = TargetsTable.csv(
            plan, catalogue: loaded.catalogue, treeDay: loaded.settings.referenceDate(of: period))
        let text = String(decoding: bytes, as: UTF8.self)
        #expect(
            text == """
                period,report_period,unit_code,unit_name,indicator_code,indicator_name,target,value,progress_pct,expected_pct,status,tree_date
                2021,2021-H1,A,Công đoàn A,members_new,Số đoàn viên kết nạp mới,120,50,41.67,50.00,Chưa đạt,2021-06-30
                2021-H1,2021-H1,A,Công đoàn A,members_new,Số đoàn viên kết nạp mới,40,50,125.00,100.00,Vượt,2021-06-30
                2021,2021-H1,A,Công đoàn A,membership_rate,Tỷ lệ đoàn viên,97.5,93.00,95.38,100.00,Gần đạt,2021-06-30
                2021,2021-H1,U,Liên đoàn Lao động huyện,members_new,Số đoàn viên kết nạp mới,200,50,25.00,50.00,Chưa đạt,2021-06-30

                """)
        #expect(!text.hasPrefix("\u{FEFF}"))
        #expect(!text.contains("\r"))
        #expect(
            TargetsTable.header == [
                "period", "report_period", "unit_code", "unit_name", "indicator_code", "indicator_name", "target",
                "value", "progress_pct", "expected_pct", "status", "tree_date",
            ])
    }
}
