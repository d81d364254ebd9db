import Foundation

/// Byte-level surgery on small zip files, to make the damaged and hostile archives the tests need.
struct ZipBytes {
    /// The whole file.
    var bytes: [UInt8]

    /// Loads a file.
    init(url: URL) throws { bytes = [UInt8](try Data(contentsOf: url)) }

    /// Wraps raw bytes.
    init(_ bytes: [UInt8]) { self.bytes = bytes }

    /// Writes the bytes to `url`.
    func write(to url: URL) throws { try Data(bytes).write(to: url) }

    /// Offset of the central-directory record of entry `name`.
    func centralRecord(of name: String) -> Int? {
        let nameBytes = Array(name.utf8)
        var position = 0
        while position + 46 <= bytes.count {
            if uint32(at: position) == 0x0201_4B50, uint16(at: position + 28) == nameBytes.count,
                Array(bytes[(position + 46)..<min(bytes.count, position + 46 + nameBytes.count)]) == nameBytes
            {
                return position
            }
            position += 1
        }
        return nil
    }

    /// Offset of the local header of entry `name`, as its central record says.
    func localHeader(of name: String) -> Int? {
        centralRecord(of: name).map { Int(uint32(at: $0 + 42)) }
    }

    /// Overwrites a 16-bit field at `offset`.
    mutating func setUInt16(_ value: UInt16, at offset: Int) {
        bytes[offset] = UInt8(value & 0xFF)
        bytes[offset + 1] = UInt8(value >> 8)
    }

    /// Overwrites a 32-bit field at `offset`.
    mutating func setUInt32(_ value: UInt32, at offset: Int) {
        setUInt16(UInt16(value & 0xFFFF), at: offset)
        setUInt16(UInt16(value >> 16), at: offset + 2)
    }

    /// The 16-bit field at `offset`.
    func uint16(at offset: Int) -> Int { Int(bytes[offset]) | Int(bytes[offset + 1]) << 8 }

    /// The 32-bit field at `offset`.
    func uint32(at offset: Int) -> Int { uint16(at: offset) | uint16(at: offset + 2) << 16 }

    /// A one-entry zip whose entry holds `payload` as its compressed data (method 8), declaring `declaredSize`.
    ///
    /// Used for deflate streams no real compressor would write.
    static func singleEntry(name: String, payload: [UInt8], declaredSize: UInt32) -> ZipBytes {
        let nameBytes = Array(name.utf8)
        var zip = ZipBytes([])
        func append16(_ value: Int) { zip.bytes += [UInt8(value & 0xFF), UInt8(value >> 8 & 0xFF)] }
        func append32(_ value: Int) {
            append16(value & 0xFFFF)
            append16(value >> 16 & 0xFFFF)
        }
        append32(0x0403_4B50)
        append16(20)
        append16(0)
        append16(8)
        append16(0)
        append16(0)
        append32(0)
        append32(payload.count)
        append32(Int(declaredSize))
        append16(nameBytes.count)
        append16(0)
        zip.bytes += nameBytes + payload
        let directoryOffset = zip.bytes.count
        append32(0x0201_4B50)
        append16(20)
        append16(20)
        append16(0)
        append16(8)
        append16(0)
        append16(0)
        append32(0)
        append32(payload.count)
        append32(Int(declaredSize))
        append16(nameBytes.count)
        append16(0)
        append16(0)
        append16(0)
        append16(0)
        append32(0)
        append32(0)
        zip.bytes += nameBytes
        let directorySize = zip.bytes.count - directoryOffset
        append32(0x0605_4B50)
        append16(0)
        append16(0)
        append16(1)
        append16(1)
        append32(directorySize)
        append32(directoryOffset)
        append16(0)
        return zip
    }
}

/// A deterministic pseudo-random generator (SplitMix64) so fuzz tests are reproducible.
struct SeededGenerator: RandomNumberGenerator {
    private var state: UInt64

    /// Starts the sequence at `seed`.
    init(seed: UInt64) { state = seed }

    /// The next 64 random bits.
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var value = state
        value = (value ^ (value >> 30)) &* 0xBF58_476D_1CE4_E5B9
        value = (value ^ (value >> 27)) &* 0x94D0_49BB_1331_11EB
        return value ^ (value >> 31)
    }
}
