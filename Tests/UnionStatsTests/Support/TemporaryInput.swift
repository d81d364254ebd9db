import Foundation
import TestSupport

/// A throwaway input folder written file by file, removed when the test ends.
///
/// A thin layer over the shared `TemporaryFolder` that adds the small default configuration below.
final class TemporaryInput {
    private let temporary: TemporaryFolder

    /// The folder's URL.
    var folder: URL { temporary.url }

    init() throws {
        temporary = try TemporaryFolder(prefix: "unionstats-test")
    }

    /// Writes `text` (UTF-8) to a path relative to the folder.
    @discardableResult
    func write(_ text: String, to path: String) throws -> URL {
        try temporary.write(text, to: path)
    }

    /// Writes raw bytes to a path relative to the folder.
    @discardableResult
    func write(_ data: Data, to path: String) throws -> URL {
        try temporary.write(data, to: path)
    }

    /// A small catalogue: a stock, a flow, a ratio of two stocks, a weighted mean.
    static let catalogue = """
        code,section,name_vi,name_en,measure,kind,numerator,denominator,weight,direction
        workers_total,I,Tổng số CNVCLĐ,Workers,người,stock,,,,neutral
        members_total,II,Tổng số đoàn viên,Members,người,stock,,,,up
        members_new,II,Số đoàn viên kết nạp mới,New members,người,flow,,,,up
        membership_rate,II,Tỷ lệ đoàn viên,Membership rate,%,ratio,members_total,workers_total,,up
        avg_wage_vnd,I,Tiền lương bình quân,Average wage,đồng,weighted_mean,,,wage_counted,up
        wage_counted,I,Số người tính lương,People counted,người,stock,,,,neutral

        """

    /// Federation F, upper U, grassroots A and B under U.
    static let units = """
        code,name,parent,level
        F,Liên đoàn Lao động tỉnh,,federation
        U,Liên đoàn Lao động huyện,F,upper
        A,Công đoàn A,U,grassroots
        B,Công đoàn B,U,grassroots

        """

    /// Writes units.csv and indicators.csv with the defaults above.
    func writeConfiguration(units: String = TemporaryInput.units, catalogue: String = TemporaryInput.catalogue) throws {
        try write(units, to: "units.csv")
        try write(catalogue, to: "indicators.csv")
        try write(TemporaryInput.settings, to: "settings.csv")
    }

    /// A settings.csv naming the federation (without one, the run warns).
    static let settings = "key,value\nfederation_name,LIÊN ĐOÀN LAO ĐỘNG TỈNH THỬ NGHIỆM\n"
}
