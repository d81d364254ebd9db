import Foundation
import Testing

@testable import UnionStats

/// The text `CSVWriter` produces for one row.
private func written(_ row: [CSVField]) -> String {
    var writer = CSVWriter()
    writer.append(row: row)
    return String(decoding: writer.bytes, as: UTF8.self)
}

@Suite("CSVWriter")
struct CSVWriterTests {
    @Test(
        "quoting",
        arguments: [
            ([.text("abc")], "abc\n"),
            ([.text("a,b")], "\"a,b\"\n"),
            ([.text("say \"hi\"")], "\"say \"\"hi\"\"\"\n"),
            ([.text("dòng 1\ndòng 2")], "\"dòng 1\ndòng 2\"\n"),
            ([.text("a\r\nb")], "\"a\r\nb\"\n"),
            ([.text(" đầu")], "\" đầu\"\n"),
            ([.text("cuối ")], "\"cuối \"\n"),
            ([.text("giữa có dấu cách")], "giữa có dấu cách\n"),
            ([.text("a;b\tc")], "a;b\tc\n"),
            ([.text("")], "\"\"\n"),
            ([.empty], "\"\"\n"),
            ([.text("a"), .empty, .number("2686")], "a,,2686\n"),
            ([.empty, .empty], ",\n"),
            ([.number("51.25"), .number("1,5")], "51.25,\"1,5\"\n"),
            ([], "\n"),
        ] as [([CSVField], String)])
    func quotes(row: [CSVField], expected: String) {
        #expect(written(row) == expected)
    }

    @Test(
        "formula injection guard",
        arguments: [
            (CSVField.text("=SUM(A1)"), "'=SUM(A1)"),
            (.text("+84 912 345 678"), "'+84 912 345 678"),
            (.text("-abc"), "'-abc"),
            (.text("@cmd"), "'@cmd"),
            (.text("\tx"), "'\tx"),
            (.text("\rx"), "\"'\rx\""),
            (.text("=1,2"), "\"'=1,2\""),
            (.text("=\"x\""), "\"'=\"\"x\"\"\""),
            (.text("a=b"), "a=b"),
            (.text("'quoted"), "'quoted"),
            (.number("-3"), "-3"),
            (.number("2686"), "2686"),
        ])
    func guardsFormulas(field: CSVField, expected: String) {
        #expect(written([field]) == expected + "\n")
    }

    @Test("byte-order mark")
    func byteOrderMark() {
        var writer = CSVWriter(byteOrderMark: true)
        #expect(writer.bytes == [0xEF, 0xBB, 0xBF])
        writer.append(row: [.text("mã")])
        #expect(writer.bytes == [0xEF, 0xBB, 0xBF] + Array("mã\n".utf8))
        #expect(CSVWriter().bytes.isEmpty)
    }

    @Test("decomposed Vietnamese is written NFC")
    func normalisesToNFC() {
        let composed = "Công đoàn cơ sở Trường Tiểu học Nguyễn Huệ"
        let decomposed = composed.decomposedStringWithCanonicalMapping
        #expect(Array(decomposed.utf8) != Array(composed.utf8))
        var writer = CSVWriter()
        writer.append(row: [.text(decomposed)])
        #expect(writer.bytes == Array(composed.utf8) + [0x0A])
    }

    @Test("identical input gives identical bytes")
    func deterministic() {
        let rows: [[CSVField]] = [
            [.text("Mã"), .text("Tên"), .text("Số")],
            [.text("A01"), .text("Công đoàn \"X\", Y"), .number("2686")],
            [.text("=cmd"), .empty, .number("-3")],
        ]
        var first = CSVWriter(byteOrderMark: true)
        var second = CSVWriter(byteOrderMark: true)
        for row in rows {
            first.append(row: row)
            second.append(row: row)
        }
        #expect(first.bytes == second.bytes)
    }

    @Test("what the writer writes, the reader reads back", arguments: [1, 5, 4096])
    func roundTrip(chunkSize: Int) throws {
        let rows: [[CSVField]] = [
            [.text("Mã"), .text("Tên"), .text("Ghi chú")],
            [.text("A01"), .text("Công đoàn \"Hòa Bình\", quận 1"), .text("dòng 1\r\ndòng 2")],
            [.text(" x "), .empty, .text("=1+1")],
            [.number("2686"), .number("51.25"), .number("-3")],
        ]
        var writer = CSVWriter(byteOrderMark: true)
        for row in rows { writer.append(row: row) }
        let outcome = try CSVFixture.read(writer.bytes, chunkSize: chunkSize)
        CSVFixture.expect(
            outcome.rows,
            [
                .record(1, ["Mã", "Tên", "Ghi chú"]),
                .record(2, ["A01", "Công đoàn \"Hòa Bình\", quận 1", "dòng 1\r\ndòng 2"]),
                .record(4, [" x ", "", "'=1+1"]),
                .record(5, ["2686", "51.25", "-3"]),
            ])
    }
}
