/// How a unit stood in a part of a span (docs/design.md, "Own figures over time"): what its figures over
/// time may be made of.
enum PartLife: UInt8 {
    /// It lived to the part's last day: its figure for the part is needed.
    case lived
    /// It ended inside the part: its figure for the part counts when it has one (flows only).
    case endedIn
    /// It did not exist during the part (founded later, or ended before): the part is not its.
    case outside
}

/// The days every unit (registry id) lived, from units.csv's versions; without a dated units.csv
/// every unit has always lived.
struct UnitLives: Sendable {
    /// Per registry id: its first and last day (nil: unbounded); empty when nothing ever changes.
    private let spans: [(first: Day?, last: Day?)]

    /// The lives of `history`'s units; nil history: every unit always lived.
    init(_ history: UnitHistory?) {
        guard let history else {
            spans = []
            return
        }
        spans = (0..<history.count).map { history.lifespan(of: $0) }
    }

    /// How unit `id` stood in the days `first`…`last`.
    func life(of id: Int, from first: Day, to last: Day) -> PartLife {
        guard spans.indices.contains(id) else { return .lived }
        let (born, end) = spans[id]
        if let born, born > last { return .outside }
        guard let end else { return .lived }
        if end < first { return .outside }
        return end < last ? .endedIn : .lived
    }

    /// How every unit stood in each of `parts`, per part then registry id (nil when nothing ever changes).
    func lives(in parts: [TimeSpan], units: Int) -> [[PartLife]]? {
        guard !spans.isEmpty else { return nil }
        return parts.map { part in
            let first = part.firstDay
            let last = part.lastDay
            return (0..<units).map { life(of: $0, from: first, to: last) }
        }
    }
}
