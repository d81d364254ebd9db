import Foundation

/// Checks the raw bytes of a part before any XML parser sees them.
///
/// FoundationXML's `XMLParser` on Linux runs libxml2 with entity substitution on and does not stop
/// entity expansion (billion laughs, quadratic blow-up) nor, reliably, external entities; xlsx parts
/// never need a DTD, so any part that declares one is refused outright. The check works on bytes,
/// so the part must be UTF-8: a UTF-16 or EBCDIC part could hide a declaration from a byte scan.
enum XMLSafetyCheck {
    /// Throws unless `data` is UTF-8 XML without a DOCTYPE or ENTITY declaration.
    static func check(_ data: Data, part: String, file: String) throws(XLSXReadError) {
        let problem: XLSXReadError? = data.withUnsafeBytes { (buffer: UnsafeRawBufferPointer) in
            let bytes = buffer.bindMemory(to: UInt8.self)
            if let encoding = unsupportedEncoding(of: bytes) {
                return .unsupportedEncoding(file: file, part: part, encoding: encoding)
            }
            return forbiddenDeclaration(in: bytes).map {
                .forbiddenDeclaration(file: file, part: part, declaration: $0)
            }
        }
        if let problem { throw problem }
    }

    /// Why the bytes are not UTF-8 XML, or nil when they are: they must have no NUL, start (after an optional
    /// UTF-8 byte order mark and blanks) with "<", and any XML declaration must name UTF-8 as the encoding.
    private static func unsupportedEncoding(of bytes: UnsafeBufferPointer<UInt8>) -> String? {
        if bytes.count >= 2, (bytes[0] == 0xFE && bytes[1] == 0xFF) || (bytes[0] == 0xFF && bytes[1] == 0xFE) {
            return "UTF-16 (it starts with a UTF-16 byte order mark)"
        }
        if let base = bytes.baseAddress, memchr(base, 0, bytes.count) != nil {
            return "something other than UTF-8 (it contains NUL bytes)"
        }
        var start = bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? 3 : 0
        while start < bytes.count, [0x20, 0x09, 0x0A, 0x0D].contains(bytes[start]) { start += 1 }
        guard start < bytes.count else { return nil }  // empty: the parser reports it
        guard bytes[start] == UInt8(ascii: "<") else { return "an unknown encoding (it does not start with '<')" }
        let head = String(
            decoding: UnsafeBufferPointer(rebasing: bytes[start..<min(bytes.count, start + 200)]),
            as: UTF8.self)
        guard head.hasPrefix("<?xml"), let close = head.range(of: "?>") else { return nil }
        let declaration = head[..<close.lowerBound]
        guard let encodingKey = declaration.range(of: "encoding") else { return nil }
        let rest = declaration[encodingKey.upperBound...].drop { $0 == " " || $0 == "=" || $0 == "\t" }
        guard let quote = rest.first, quote == "\"" || quote == "'" else { return nil }
        let name = rest.dropFirst().prefix { $0 != quote }
        let lowered = name.lowercased()
        return lowered == "utf-8" || lowered == "utf8" ? nil : "'\(name)' (declared)"
    }

    /// The first "<!DOCTYPE" or "<!ENTITY" (any case) in the bytes, as written, or nil if there is none.
    static func forbiddenDeclaration(in bytes: UnsafeBufferPointer<UInt8>) -> String? {
        guard let base = bytes.baseAddress else { return nil }
        var offset = 0
        while offset < bytes.count,
            let found = memchr(base + offset, Int32(UInt8(ascii: "!")), bytes.count - offset)
        {
            let position = base.distance(to: found.assumingMemoryBound(to: UInt8.self))
            offset = position + 1
            guard position > 0, bytes[position - 1] == UInt8(ascii: "<") else { continue }
            for keyword in ["DOCTYPE", "ENTITY"] where matches(keyword, in: bytes, at: position + 1) {
                let end = min(bytes.count, position + 1 + keyword.utf8.count)
                return "<" + String(decoding: UnsafeBufferPointer(rebasing: bytes[position..<end]), as: UTF8.self)
            }
        }
        return nil
    }

    /// Whether `keyword` (upper-case ASCII) appears at `position`, ignoring ASCII case.
    private static func matches(_ keyword: String, in bytes: UnsafeBufferPointer<UInt8>, at position: Int) -> Bool {
        var index = position
        for expected in keyword.utf8 {
            guard index < bytes.count, bytes[index] & 0xDF == expected else { return false }
            index += 1
        }
        return true
    }
}
