/// A 24-bit sRGB colour written as `0xRRGGBB`.
public struct RGB: Hashable, Sendable, CustomStringConvertible {
    /// The colour as `0xRRGGBB`; always within `0x000000...0xFFFFFF`.
    public let hex: UInt32

    /// Creates a colour from `0xRRGGBB`; bits above the low 24 are ignored.
    public init(_ hex: UInt32) {
        self.hex = hex & 0xFF_FFFF
    }

    /// Creates a colour from its red, green and blue components.
    public init(red: UInt8, green: UInt8, blue: UInt8) {
        self.init(UInt32(red) << 16 | UInt32(green) << 8 | UInt32(blue))
    }

    /// Pure black, `0x000000`.
    public static let black = RGB(0x000000)
    /// Pure white, `0xFFFFFF`.
    public static let white = RGB(0xFFFFFF)

    /// The colour as "#RRGGBB".
    public var description: String {
        let digits = String(hex, radix: 16, uppercase: true)
        return "#" + String(repeating: "0", count: 6 - digits.count) + digits
    }
}
