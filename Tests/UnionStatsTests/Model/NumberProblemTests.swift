import Foundation
import Testing

@testable import UnionStats

@Suite("NumberProblem")
struct NumberProblemTests {
    @Test(
        "messages are NFC Vietnamese and quote the text",
        arguments: [
            NumberProblem.empty, .ambiguous("1,234"), .ambiguous("0.500"), .negative("-3"), .notANumber("5 đồng"),
            .tooLarge("1.000.000.000.000.001"), .percentage("51,9%"),
        ])
    func messages(problem: NumberProblem) {
        let message = problem.message
        #expect(Array(message.utf8) == Array(message.precomposedStringWithCanonicalMapping.utf8))
        switch problem {
        case .empty: #expect(message.contains("trống"))
        case .ambiguous(let text), .negative(let text), .notANumber(let text), .tooLarge(let text),
            .percentage(let text):
            #expect(message.contains("'\(text)'"))
        }
    }

    @Test("a percentage says that the cell holds a rate where a number is expected")
    func percentageMessage() {
        let message = NumberProblem.percentage("51,9%").message
        #expect(message.hasPrefix("'51,9%' có dấu phần trăm (%): đó là một tỷ lệ"), "\(message)")
        #expect(message.contains("không ghi %"))
        #expect(!message.contains("không phải là số"))
    }

    @Test("ambiguous messages name the separator in question")
    func ambiguousMessages() {
        #expect(
            NumberProblem.ambiguous("1,234").message
                == "Số '1,234' không rõ nghĩa: dấu phẩy là dấu thập phân hay dấu phân cách hàng nghìn? Hãy hỏi lại đơn vị gửi báo cáo."
        )
        #expect(NumberProblem.ambiguous("0.500").message.contains("dấu chấm"))
    }
}
