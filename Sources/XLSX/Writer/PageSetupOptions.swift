/// Paper sizes for printing, with Excel's paper codes as raw values.
public enum Paper: UInt8, Sendable, CaseIterable {
    /// US Letter, 8½ × 11 in.
    case letter = 1
    /// US Legal, 8½ × 14 in.
    case legal = 5
    /// A3, 297 × 420 mm.
    case a3 = 8
    /// A4, 210 × 297 mm (the Vietnamese administrative standard).
    case a4 = 9
    /// A5, 148 × 210 mm.
    case a5 = 11
}

/// Direction in which the page is printed.
public enum Orientation: Sendable, CaseIterable {
    /// Taller than wide.
    case portrait
    /// Wider than tall.
    case landscape
}
