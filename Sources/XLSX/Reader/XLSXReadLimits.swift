import Foundation

/// Upper bounds the reader enforces so that a hostile or broken .xlsx cannot exhaust memory or time.
///
/// Every limit is checked while reading, against what the file actually contains, not only against
/// what its headers declare: a zip bomb that lies about its sizes is stopped as soon as it produces
/// more bytes than it declared.
public struct XLSXReadLimits: Sendable, Equatable {
    /// Most entries (files) the zip archive may hold.
    public var maxEntries: Int
    /// Most bytes one part (for example `xl/worksheets/sheet1.xml`) may expand to.
    public var maxPartBytes: Int
    /// Most bytes all entries of the archive may expand to together.
    public var maxTotalBytes: Int
    /// Most cells one worksheet may hold.
    public var maxCells: Int
    /// Most strings the shared-string table (`xl/sharedStrings.xml`) may hold.
    public var maxSharedStrings: Int

    /// Creates limits; the defaults are those of `standard`.
    public init(
        maxEntries: Int = 10_000,
        maxPartBytes: Int = 200 * XLSXReadLimits.megabyte,
        maxTotalBytes: Int = 1_024 * XLSXReadLimits.megabyte,
        maxCells: Int = 50_000_000,
        maxSharedStrings: Int = 5_000_000
    ) {
        self.maxEntries = maxEntries
        self.maxPartBytes = maxPartBytes
        self.maxTotalBytes = maxTotalBytes
        self.maxCells = maxCells
        self.maxSharedStrings = maxSharedStrings
    }

    /// The limits used unless told otherwise: 10,000 entries, 200 MB per part, 1 GB in all,
    /// 50 million cells per sheet and 5 million shared strings.
    public static let standard = XLSXReadLimits()

    /// One megabyte as the limits count it (2^20 bytes).
    public static let megabyte = 1_048_576
}

/// Formats a byte count for messages: whole megabytes as "200 MB", anything else as "1,234 bytes".
func describeBytes(_ count: Int) -> String {
    if count >= XLSXReadLimits.megabyte, count % XLSXReadLimits.megabyte == 0 {
        return "\(grouped(count / XLSXReadLimits.megabyte)) MB"
    }
    return "\(grouped(count)) bytes"
}
