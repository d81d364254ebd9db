import Foundation
import Testing

@testable import UnionStats

/// `StageTimes`: stages add up, lines come in pipeline order with `other` and `total` last.
@Suite struct StageTimesTests {
    @Test func aStageMeasuredTwiceAddsUpAndLinesFollowThePipeline() {
        let times = StageTimes()
        let value = times.measure(.validate) { () -> Int in
            usleep(20_000)
            return 42
        }
        #expect(value == 42)
        times.measure(.readParse) { usleep(10_000) }
        times.measure(.validate) { usleep(20_000) }
        times.stop()
        #expect(times.seconds(in: .validate) >= 0.04)
        #expect(times.seconds(in: .readParse) >= 0.01)
        #expect(times.seconds(in: .writeXLSX) == 0)
        #expect(times.total >= times.seconds(in: .validate) + times.seconds(in: .readParse))
        let names = times.lines.map { $0.split(separator: " ").dropFirst().dropLast(2).joined(separator: " ") }
        #expect(names == ["read+parse", "validate", "other", "total"])
        #expect(times.lines.allSatisfy { $0.hasPrefix("timing: ") && $0.hasSuffix(" s") })
    }

    @Test func aThrowingStageIsStillCountedAndRethrows() {
        struct Failure: Error {}
        let times = StageTimes()
        #expect(throws: Failure.self) {
            try times.measure(.aggregate) { () throws(Failure) in
                usleep(5_000)
                throw Failure()
            }
        }
        #expect(times.seconds(in: .aggregate) >= 0.005)
    }

    @Test func theTotalStopsWithStop() {
        let times = StageTimes()
        times.stop()
        let stopped = times.total
        usleep(10_000)
        #expect(times.total == stopped)
    }
}
