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
        case .usage(let message): message
        case .catalogue(let message): "catalogue: \(message)"
        case .file(let message): message
        }
    }
}
