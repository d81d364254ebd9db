extension VietnameseNumber {
    /// Reads a numeric cell's literal as stored in the xlsx XML (`2686`, `51.25`, `1.5E7`, `-3`), exactly.
    ///
    /// Spreadsheets store numbers with a dot and an optional exponent, never with grouping, so
    /// the Vietnamese rules do not apply here. The same limits hold: not negative, at most 10^15,
    /// at most 6 decimals.
    public static func parseSpreadsheetLiteral(_ literal: String) -> Result<ExactDecimal, NumberProblem> {
        if let plain = plainDigits(literal) { return .success(ExactDecimal(significand: plain)) }
        var bytes = Array(literal.utf8)[...]
        let negative = bytes.first == UInt8(ascii: "-")
        if negative || bytes.first == UInt8(ascii: "+") { bytes = bytes.dropFirst() }
        var exponent = 0
        if let mark = bytes.firstIndex(where: { $0 == UInt8(ascii: "e") || $0 == UInt8(ascii: "E") }) {
            guard let value = Int(String(decoding: bytes[(mark + 1)...], as: UTF8.self)), abs(value) <= 40 else {
                return .failure(.notANumber(literal))
            }
            exponent = value
            bytes = bytes[..<mark]
        }
        let parts = bytes.split(separator: UInt8(ascii: "."), omittingEmptySubsequences: false)
        guard (1...2).contains(parts.count), parts.allSatisfy({ $0.allSatisfy { (0x30...0x39).contains($0) } }),
            !parts.allSatisfy(\.isEmpty)
        else {
            return .failure(.notANumber(literal))
        }
        var digits = Array(parts[0]) + (parts.count == 2 ? Array(parts[1]) : [])
        var scale = (parts.count == 2 ? parts[1].count : 0) - exponent
        while scale > 0, digits.last == UInt8(ascii: "0") {
            digits.removeLast()
            scale -= 1
        }
        while scale < 0 {
            digits.append(UInt8(ascii: "0"))
            scale += 1
        }
        while digits.count > 1, digits.first == UInt8(ascii: "0") { digits.removeFirst() }
        guard scale <= ExactDecimal.maxScale, digits.count <= 18 else { return .failure(.tooLarge(literal)) }
        if negative { return .failure(.negative(literal)) }
        let significand = digits.reduce(Int64(0)) { $0 * 10 + Int64($1 - 0x30) }
        var unit: Int64 = 1
        for _ in 0..<scale { unit *= 10 }
        guard significand / unit < maxMagnitude || (significand / unit == maxMagnitude && significand % unit == 0)
        else {
            return .failure(.tooLarge(literal))
        }
        let number = ExactDecimal(significand: significand, scale: scale)
        return .success(number)
    }
}
