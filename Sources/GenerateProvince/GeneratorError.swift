/// Why generation stopped.
enum GeneratorError: Error, CustomStringConvertible {
    /// A bad command line.
    case usage(String)
    /// An unusable catalogue.
    case catalogue(String)
    /// A file that could not be read or written.
    case file(String)

    /// The message for stderr.
    var description: String {
        switch self {
        case let .usage(message): message
        case let .catalogue(message): "catalogue: \(message)"
        case let .file(message): message
        }
    }
}
