import Foundation

/// A line of a CSV chunk read whole: the common line with no quote, CR (but its CRLF end) or NUL.
///
/// Such a line needs none of the state machine's care, so its fields are found where they lie in
/// the chunk, without copying. Any line this cannot read with certainty (it runs past the chunk, has
/// a quote, a stray CR, a NUL, bytes that are not UTF-8, too many fields or bytes, or nothing but
/// spaces) is left to `CSVRecordScanner`, which reads or reports it.
enum PlainLine {
    /// A line read whole.
    case record(content: Range<Int>, next: Int)
    /// An empty line, skipped as the scanner skips it.
    case blank(next: Int)

    /// Reads the line starting at `start` of `bytes`, putting where each field ends (relative to the
    /// line's start) into `ends`; nil when the scanner must read it.
    static func split(
        _ bytes: UnsafeBufferPointer<UInt8>, from start: Int, delimiter: UInt8, limits: CSVLimits, ends: inout [Int]
    ) -> PlainLine? {
        guard let base = bytes.baseAddress, start < bytes.count,
            let found = memchr(base + start, Int32(CSVByte.lineFeed), bytes.count - start)
        else { return nil }
        let lineFeed = base.distance(to: found.assumingMemoryBound(to: UInt8.self))
        var contentEnd = lineFeed
        if contentEnd > start, bytes[contentEnd - 1] == CSVByte.carriageReturn { contentEnd -= 1 }
        guard contentEnd - start <= limits.maxRecordBytes else { return nil }
        guard contentEnd > start else { return .blank(next: lineFeed + 1) }
        ends.removeAll(keepingCapacity: true)
        var fieldStart = start
        var fieldHighBits: UInt8 = 0
        var isBlank = true
        for index in start..<contentEnd {
            let byte = bytes[index]
            if byte == delimiter {
                guard
                    fieldHighBits < 0x80
                        || UTF8Field.isWellFormed(UnsafeBufferPointer(rebasing: bytes[fieldStart..<index]))
                else { return nil }
                ends.append(index - start)
                fieldStart = index + 1
                fieldHighBits = 0
                if byte != CSVByte.tab { isBlank = false }
                continue
            }
            if byte == CSVByte.quote || byte == CSVByte.carriageReturn || byte == CSVByte.nul { return nil }
            if byte != CSVByte.space, byte != CSVByte.tab { isBlank = false }
            fieldHighBits |= byte
        }
        guard
            fieldHighBits < 0x80
                || UTF8Field.isWellFormed(UnsafeBufferPointer(rebasing: bytes[fieldStart..<contentEnd]))
        else { return nil }
        ends.append(contentEnd - start)
        guard ends.count <= limits.maxFields, !isBlank else { return nil }
        return .record(content: start..<contentEnd, next: lineFeed + 1)
    }
}
