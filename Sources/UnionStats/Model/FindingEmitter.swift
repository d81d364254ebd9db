/// Where a stage sends the findings it makes: one consumer, chosen by whoever runs the stage.
///
/// Stages never keep or filter findings; they emit each one, with its period and location, and the
/// pipeline decides which a run shows (see `FindingScope`). In the manner of swift-format's
/// `FindingEmitter`, a stage is handed an emitter rather than returning findings beside its data.
public struct FindingEmitter {
    private let consumer: (Finding) -> Void

    /// An emitter that hands every finding to `consumer`.
    public init(_ consumer: @escaping (Finding) -> Void) {
        self.consumer = consumer
    }

    /// Sends one finding to the consumer.
    public func emit(_ finding: Finding) {
        consumer(finding)
    }

    /// Sends a finding made from a named message.
    public func emit(
        _ message: FindingMessage, at location: SourceLocation? = nil, unit: String? = nil, indicator: String? = nil,
        period: Period? = nil, severity: Finding.Severity? = nil
    ) {
        consumer(Finding(message, at: location, unit: unit, indicator: indicator, period: period, severity: severity))
    }

    /// An emitter that drops everything, for callers that only want the data.
    public static var discarding: FindingEmitter { FindingEmitter { _ in } }
}

/// Collects every finding of a run, each once, in the order they were first emitted.
public final class FindingLog {
    /// Everything emitted so far, without repeats.
    public private(set) var findings: [Finding] = []
    private var seen: Set<Finding> = []

    /// An empty log.
    public init() {}

    /// An emitter that appends to this log.
    public var emitter: FindingEmitter {
        FindingEmitter { [self] finding in
            if seen.insert(finding).inserted { findings.append(finding) }
        }
    }
}
