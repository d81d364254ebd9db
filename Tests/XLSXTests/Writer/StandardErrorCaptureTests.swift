import Foundation
import Testing

@testable import XLSX

/// What the C library prints to standard error is captured, never shown raw.
@Suite("Standard error capture")
struct StandardErrorCaptureTests {
    @Test("A C call's standard error output is returned with its result, without its tag")
    func capturesWhatWasPrinted() {
        let (result, printed) = StandardErrorCapture.run { () -> Int in
            "[ERROR] workbook_close(): Error creating 'x.xlsx'.\n".withCString { write(STDERR_FILENO, $0, strlen($0)) }
        }
        #expect(result == 51)  // the bytes written
        #expect(printed == "[ERROR] workbook_close(): Error creating 'x.xlsx'.\n")
        #expect(StandardErrorCapture.cleaned(printed) == "workbook_close(): Error creating 'x.xlsx'.")
    }

    @Test("Standard error is the terminal's again afterwards")
    func restoresStandardError() {
        // Other tests capture standard error on other threads: measure while none can.
        StandardErrorCapture.lock.lock()
        defer { StandardErrorCapture.lock.unlock() }
        let before = lseek(STDERR_FILENO, 0, SEEK_CUR)
        _ = StandardErrorCapture.run { "x".withCString { write(STDERR_FILENO, $0, 1) } }
        let (_, second) = StandardErrorCapture.run { 0 }
        #expect(second.isEmpty)
        #expect(lseek(STDERR_FILENO, 0, SEEK_CUR) == before)
    }
}
