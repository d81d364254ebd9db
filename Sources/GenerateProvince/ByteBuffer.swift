/// A growing byte buffer for one output file, written to disk in one go.
struct ByteBuffer {
    /// The bytes so far.
    private(set) var bytes: [UInt8] = []

    /// An empty buffer with room for `capacity` bytes.
    init(capacity: Int) {
        bytes.reserveCapacity(capacity)
    }

    /// Appends raw bytes.
    mutating func append(_ raw: [UInt8]) {
        bytes.append(contentsOf: raw)
    }

    /// Appends one ASCII byte.
    mutating func append(byte: UInt8) {
        bytes.append(byte)
    }

    /// Appends the UTF-8 of `text`.
    mutating func append(_ text: String) {
        bytes.append(contentsOf: text.utf8)
    }

    /// Appends a non-negative integer in plain decimal (`2686`, no separators).
    mutating func append(number: Int) {
        var value = UInt(max(0, number))
        var width = 1
        var probe = value
        while probe >= 10 {
            probe /= 10
            width += 1
        }
        var index = bytes.count + width - 1
        bytes.append(contentsOf: repeatElement(0x30, count: width))
        repeat {
            bytes[index] = 0x30 &+ UInt8(truncatingIfNeeded: value % 10)
            value /= 10
            index -= 1
        } while value > 0
    }

    /// Appends a non-negative integer the Vietnamese way: dots between groups of three digits
    /// from 1.000 on (`1.234.567`, `2.686`, `950`), which `VietnameseNumber` reads as the same figure.
    mutating func append(dottedNumber number: Int) {
        let value = max(0, number)
        guard value >= 1000 else {
            append(number: value)
            return
        }
        append(dottedNumber: value / 1000)
        let group = value % 1000
        bytes.append(0x2E)
        bytes.append(0x30 &+ UInt8(truncatingIfNeeded: group / 100))
        bytes.append(0x30 &+ UInt8(truncatingIfNeeded: group / 10 % 10))
        bytes.append(0x30 &+ UInt8(truncatingIfNeeded: group % 10))
    }
}
