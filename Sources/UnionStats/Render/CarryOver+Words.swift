/// The words of `Thay đổi tổ chức` for what `CarryOver` worked out: why a unit's figures are left
/// out, and what each line of the reconciliation stands for.
extension CarryOver.Reason {
    /// In Vietnamese, for the sheet.
    var vietnamese: String {
        switch self {
        case .notCarriedOver: "Không chuyển sang cây mới (giải thể hoặc kết thúc, không có đơn vị kế thừa)"
        case .consolidatedSetAside:
            "Số tổng hợp riêng của cấp trên không dùng lại: các CĐCS trực thuộc đã thay đổi, số được cộng lại từ từng CĐCS"
        case .notInPeriodTree: "Có báo cáo nhưng không thuộc cây tổ chức của kỳ; không cộng"
        }
    }
}

extension CarryOver {
    /// The Vietnamese label of one reconciliation line.
    func label(of line: Line) -> String {
        switch line.step {
        case .published(let federation):
            "Số của \(federation) trên cây tổ chức ngày \(periodDay) (như đã báo cáo)"
        case .mergedFederation(let name, let into):
            "Cộng: số của \(name) (hợp nhất vào \(into)) trên cây ngày \(periodDay)"
        case .droppedGrassroots(let count):
            "Trừ: số của \(count) CĐCS không chuyển sang cây mới (mục II)"
        case .otherDifference:
            "Chênh lệch khác: số tổng hợp riêng của cấp trên thay bằng tổng các CĐCS (mục II), CĐCS chuyển đến từ nơi khác, CĐCS chưa báo cáo"
        case .restated:
            "Số tính lại trên cây tổ chức ngày \(treeDay)"
        }
    }
}
