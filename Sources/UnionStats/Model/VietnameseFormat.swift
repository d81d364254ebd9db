import Foundation

/// Numbers and dates written the way Vietnamese documents write them.
public enum VietnameseFormat {
    /// `22750000` → `22.750.000` (dot as thousands separator).
    public static func grouped(_ value: Int64) -> String {
        let digits = String(value.magnitude)
        var out = ""
        for (offset, digit) in digits.enumerated() {
            if offset > 0, (digits.count - offset) % 3 == 0 { out.append(".") }
            out.append(digit)
        }
        return value < 0 ? "-" + out : out
    }

    /// An exact decimal the Vietnamese way: `1234.5` → `1.234,5`, `92.50` → `92,5`.
    public static func decimal(_ value: ExactDecimal) -> String {
        let divisor = ExactDecimal.powerOfTen(value.scale)
        let whole = grouped(value.significand / divisor)
        let fraction = value.significand.magnitude % UInt64(divisor)
        guard value.scale > 0, fraction > 0 else { return whole }
        var digits = String(fraction)
        digits = String(repeating: "0", count: value.scale - digits.count) + digits
        while digits.hasSuffix("0") { digits.removeLast() }
        return whole + "," + digits
    }

    /// The day as official documents write it: a leading zero below 10 ("05").
    public static func day(_ day: Int) -> String { day < 10 ? "0\(day)" : "\(day)" }

    /// The month as official documents write it: a leading zero for January and February only ("02", "6").
    public static func month(_ month: Int) -> String { month < 3 ? "0\(month)" : "\(month)" }

    /// "Hà Nam, ngày 05 tháng 02 năm 2021" (Nghị định 30/2020/NĐ-CP); the place omitted when empty.
    public static func placeAndDate(place: String, day: Int, month: Int, year: Int) -> String {
        let date = "ngày \(Self.day(day)) tháng \(Self.month(month)) năm \(year)"
        return place.isEmpty ? date.prefix(1).uppercased() + date.dropFirst() : "\(place), \(date)"
    }
}

extension Calendar {
    /// The Gregorian calendar in Vietnam's time zone (UTC+7), for dates printed on reports.
    public static var vietnam: Calendar {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone =
            TimeZone(identifier: "Asia/Ho_Chi_Minh") ?? TimeZone(secondsFromGMT: 7 * 3600) ?? calendar.timeZone
        return calendar
    }
}
