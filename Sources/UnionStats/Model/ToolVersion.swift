/// The tool's version, written into workbooks and printed by `unionstats --version`.
public enum ToolVersion {
    /// The version string, e.g. `0.1.0`.
    public static let current = "0.1.0"
}
