import Foundation

/// A raw DEFLATE stream that expands to `count` zero bytes, written directly with fixed Huffman codes.
///
/// It is built by hand because compressing hundreds of megabytes through ZIPFoundation takes many seconds in a
/// debug build (its CRC-32 runs in unoptimised Swift), while this takes milliseconds: one literal zero, then
/// back-references "258 bytes at distance 1" (13 bits each), literal zeros for the rest, end of block.
enum DeflateZeros {
    /// The compressed stream (about 1/160 of `count`).
    static func stream(expandingTo count: Int) -> [UInt8] {
        precondition(count >= 1)
        var writer = BitWriter()
        writer.put(1, bits: 1)  // BFINAL
        writer.put(1, bits: 2)  // BTYPE 01: fixed Huffman codes
        writer.putCode(0x30, length: 8)  // literal 0
        let matches = (count - 1) / 258
        // Length symbol 285 (258 bytes, code 11000101) then distance symbol 0 (distance 1, code 00000),
        // both bit-reversed once here: 13 bits per match.
        let match: UInt64 = 0b1010_0011
        for _ in 0..<matches { writer.put(match, bits: 13) }
        for _ in 0..<((count - 1) % 258) { writer.putCode(0x30, length: 8) }
        writer.putCode(0, length: 7)  // end of block (symbol 256)
        return writer.finish()
    }

    /// Packs bits least-significant first, as DEFLATE requires.
    private struct BitWriter {
        private var bytes: [UInt8] = []
        private var buffer: UInt64 = 0
        private var count = 0

        /// Appends the low `bits` bits of `value`, least significant first (headers and extra bits).
        mutating func put(_ value: UInt64, bits: Int) {
            buffer |= value << UInt64(count)
            count += bits
            while count >= 8 {
                bytes.append(UInt8(buffer & 0xFF))
                buffer >>= 8
                count -= 8
            }
        }

        /// Appends a Huffman code, which DEFLATE stores most significant bit first.
        mutating func putCode(_ code: UInt64, length: Int) {
            var reversed: UInt64 = 0
            for bit in 0..<length where code & (1 << UInt64(length - 1 - bit)) != 0 { reversed |= 1 << UInt64(bit) }
            put(reversed, bits: length)
        }

        /// The bytes, the last one padded with zero bits.
        mutating func finish() -> [UInt8] {
            if count > 0 { bytes.append(UInt8(buffer & 0xFF)) }
            return bytes
        }
    }
}
