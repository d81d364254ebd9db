import Testing

@testable import UnionStats

// MARK: - ObservationStore duplicates

/// What each successive report of one cell must give.
private enum ExpectedOutcome: Sendable, Equatable {
    case recorded
    case same(firstLine: UInt32)
    case conflict(firstLine: UInt32, firstValue: Int64)
    case inConflict(firstLine: UInt32)
}

extension AggregatorTests {
    /// Nested so that `--filter AggregatorTests` runs it too.
    @Suite("ObservationStore duplicates")
    struct ObservationStoreDuplicates {
        /// Reports of one cell in order (line i + 1 each), the outcome of each, the usable value at the end.
        @Test(
            "second and later reports of a cell",
            arguments: [
                ([Int64(5)], [ExpectedOutcome.recorded], Int64?(5)),
                ([5, 5], [.recorded, .same(firstLine: 1)], 5),
                ([5, 5, 5], [.recorded, .same(firstLine: 1), .same(firstLine: 1)], 5),
                ([5, 6], [.recorded, .conflict(firstLine: 1, firstValue: 5)], nil),
                ([5, 6, 5], [.recorded, .conflict(firstLine: 1, firstValue: 5), .inConflict(firstLine: 1)], nil),
                ([5, 6, 6], [.recorded, .conflict(firstLine: 1, firstValue: 5), .inConflict(firstLine: 1)], nil),
                ([5, 5, 7], [.recorded, .same(firstLine: 1), .conflict(firstLine: 1, firstValue: 5)], nil),
                ([0, 0], [.recorded, .same(firstLine: 1)], 0),
                ([0, 1], [.recorded, .conflict(firstLine: 1, firstValue: 0)], nil),
            ] as [([Int64], [ExpectedOutcome], Int64?)])
        fileprivate func duplicates(values: [Int64], outcomes: [ExpectedOutcome], final: Int64?) throws {
            var store = ObservationStore(unitCount: 2, indicatorCount: 3)
            let file = store.addSource("reports/a.csv")
            let period = try #require(Period("2021-H1"))
            var actual: [ExpectedOutcome] = []
            for (index, value) in values.enumerated() {
                let outcome = store.record(
                    value, unit: 1, indicator: 2, period: period,
                    source: .init(file: file, line: UInt32(index + 1)))
                switch outcome {
                case .recorded: actual.append(.recorded)
                case .sameAsBefore(let first):
                    #expect(first.file == file)
                    actual.append(.same(firstLine: first.line))
                case .conflict(let first, let firstValue):
                    #expect(first.file == file)
                    actual.append(.conflict(firstLine: first.line, firstValue: firstValue))
                case .alreadyInConflict(let first):
                    #expect(first.file == file)
                    actual.append(.inConflict(firstLine: first.line))
                }
            }
            #expect(actual == outcomes)
            let table = try #require(store.tables[period])
            #expect(table.value(at: store.cell(unit: 1, indicator: 2)) == final)
            // Neighbouring cells are untouched.
            #expect(table.value(at: store.cell(unit: 1, indicator: 1)) == nil)
            #expect(table.value(at: store.cell(unit: 0, indicator: 2)) == nil)
        }

        @Test("the same cell in another period is independent")
        func otherPeriod() throws {
            var store = ObservationStore(unitCount: 1, indicatorCount: 1)
            let file = store.addSource("reports/a.csv")
            let q1 = try #require(Period("2021-Q1"))
            let q2 = try #require(Period("2021-Q2"))
            #expect(store.record(5, unit: 0, indicator: 0, period: q1, source: .init(file: file, line: 1)) == .recorded)
            #expect(store.record(6, unit: 0, indicator: 0, period: q2, source: .init(file: file, line: 2)) == .recorded)
            #expect(store.tables[q1]?.value(at: 0) == 5)
            #expect(store.tables[q2]?.value(at: 0) == 6)
        }

        @Test("a period whose only cell is in conflict holds no reports")
        func conflictOnlyPeriod() throws {
            var store = ObservationStore(unitCount: 1, indicatorCount: 1)
            let file = store.addSource("reports/a.csv")
            let q1 = try #require(Period("2021-Q1"))
            let q2 = try #require(Period("2021-Q2"))
            _ = store.record(5, unit: 0, indicator: 0, period: q1, source: .init(file: file, line: 1))
            _ = store.record(6, unit: 0, indicator: 0, period: q1, source: .init(file: file, line: 2))
            _ = store.record(7, unit: 0, indicator: 0, period: q2, source: .init(file: file, line: 3))
            #expect(store.reportedPeriods == [q2])
        }
    }
}
