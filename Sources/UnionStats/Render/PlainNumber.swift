/// Numbers written plainly for CSV: `2686`, `51.25`, `-3`, no thousands separators.
public enum PlainNumber {
    /// A whole number, or hundredths with exactly two decimals (`5125` → `51.25`, `-5` → `-0.05`).
    public static func text(_ value: Int64, hundredths: Bool) -> String {
        guard hundredths else { return String(value) }
        let magnitude = value.magnitude
        let fraction = magnitude % 100
        let sign = value < 0 ? "-" : ""
        return "\(sign)\(magnitude / 100).\(fraction < 10 ? "0" : "")\(fraction)"
    }

    /// The CSV field for an optional value: a number, or empty when missing.
    public static func field(_ value: Int64?, hundredths: Bool) -> CSVField {
        value.map { .number(text($0, hundredths: hundredths)) } ?? .empty
    }

    /// The value as a spreadsheet number: hundredths become a fraction of 100.
    ///
    /// Only for display in cells: every total is made from the exact integers beforehand.
    public static func cellValue(_ value: Int64, hundredths: Bool) -> Double {
        hundredths ? Double(value) / 100 : Double(value)
    }
}
