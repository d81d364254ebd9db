import Foundation

/// Looks codes up by their UTF-8 bytes, without making a `String` of the bytes looked up.
///
/// An open-addressing hash table over one flat byte array; built once, then only read (it can be
/// shared by threads). A code's index is its position in the list it was built from (codes are unique).
struct ByteCodeTable: Sendable {
    /// Every code's bytes, one after the other.
    private let bytes: [UInt8]
    /// Where each code starts in `bytes`, plus the end of the last one.
    private let starts: [Int]
    /// The hash table: a code index, or -1 for an empty slot.
    private let slots: [Int32]
    private let mask: Int

    /// A table of `codes`; the index of `codes[i]` is `i`.
    init(_ codes: [String]) {
        var bytes: [UInt8] = []
        var starts = [0]
        for code in codes {
            bytes.append(contentsOf: code.utf8)
            starts.append(bytes.count)
        }
        var capacity = 16
        while capacity < codes.count * 2 { capacity *= 2 }
        var slots = [Int32](repeating: -1, count: capacity)
        let mask = capacity - 1
        bytes.withUnsafeBufferPointer { all in
            for index in codes.indices {
                let code = UnsafeBufferPointer(rebasing: all[starts[index]..<starts[index + 1]])
                var slot = Self.hash(code) & mask
                var isRepeat = false
                while slots[slot] >= 0 {
                    let other = Int(slots[slot])
                    if Self.equal(code, UnsafeBufferPointer(rebasing: all[starts[other]..<starts[other + 1]])) {
                        isRepeat = true
                        break
                    }
                    slot = (slot + 1) & mask
                }
                if !isRepeat { slots[slot] = Int32(index) }
            }
        }
        self.bytes = bytes
        self.starts = starts
        self.slots = slots
        self.mask = mask
    }

    /// The index of the code spelled by `key`, trying the code at `guess` first; nil when there is none.
    func index(of key: UnsafeBufferPointer<UInt8>, guess: Int) -> Int? {
        if guess >= 0, guess + 1 < starts.count {
            let isGuess = bytes.withUnsafeBufferPointer {
                Self.equal(key, UnsafeBufferPointer(rebasing: $0[starts[guess]..<starts[guess + 1]]))
            }
            if isGuess { return guess }
        }
        return index(of: key)
    }

    /// The index of the code spelled by `key`, nil when there is none.
    func index(of key: UnsafeBufferPointer<UInt8>) -> Int? {
        var slot = Self.hash(key) & mask
        return bytes.withUnsafeBufferPointer { all in
            while true {
                let found = Int(slots[slot])
                guard found >= 0 else { return nil }
                if Self.equal(key, UnsafeBufferPointer(rebasing: all[starts[found]..<starts[found + 1]])) {
                    return found
                }
                slot = (slot + 1) & mask
            }
        }
    }

    /// FNV-1a over the bytes.
    private static func hash(_ bytes: UnsafeBufferPointer<UInt8>) -> Int {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in bytes {
            hash = (hash ^ UInt64(byte)) &* 0x0000_0100_0000_01B3
        }
        return Int(truncatingIfNeeded: hash ^ (hash >> 32))
    }

    /// Whether two byte strings are equal.
    static func equal(_ left: UnsafeBufferPointer<UInt8>, _ right: UnsafeBufferPointer<UInt8>) -> Bool {
        guard left.count == right.count else { return false }
        guard let leftStart = left.baseAddress, let rightStart = right.baseAddress else { return true }
        return memcmp(leftStart, rightStart, left.count) == 0
    }
}
