import Foundation

/// Lists the report files under `reports/`, never leaving the input folder.
enum ReportFinder {
    /// Report files above this size are refused (a large province's biggest file is tens of MB).
    static let maxFileBytes = 512 << 20

    /// The `.csv` and `.xlsx` files under `folder/reports`, sorted by relative path (byte order).
    ///
    /// Other files, editor lock files and links that lead outside the input folder are skipped
    /// with a finding.
    static func reports(in folder: URL, findings: FindingEmitter) -> [(url: URL, path: String)] {
        let root = folder.resolvingSymlinksInPath().standardizedFileURL
        let rootPath = root.path.hasSuffix("/") ? root.path : root.path + "/"
        // reports/ may itself be a link; it must lead inside the input folder.
        let reports = root.appendingPathComponent("reports").resolvingSymlinksInPath().standardizedFileURL
        guard (reports.path + "/").hasPrefix(rootPath) else {
            findings.emit(.reportsFolderOutside, at: SourceLocation(file: "reports"), severity: .error)
            return []
        }
        guard
            let enumerator = FileManager.default.enumerator(
                at: reports,
                includingPropertiesForKeys: [.isRegularFileKey, .isSymbolicLinkKey, .isDirectoryKey, .fileSizeKey],
                options: [.skipsHiddenFiles])
        else { return [] }
        var found: [(URL, String)] = []
        for case let url as URL in enumerator {
            let path = relativePath(of: url, under: rootPath)
            let values = try? url.resourceValues(forKeys: [
                .isRegularFileKey, .isSymbolicLinkKey, .isDirectoryKey, .fileSizeKey,
            ])
            if values?.isDirectory == true { continue }
            if values?.isSymbolicLink == true {
                let target = url.resolvingSymlinksInPath().standardizedFileURL.path
                guard target.hasPrefix(rootPath) else {
                    findings.emit(.linkOutside, at: SourceLocation(file: path), severity: .warning)
                    continue
                }
            }
            // Only regular files (after links): a named pipe or a device would block the run.
            let target = values?.isSymbolicLink == true ? url.resolvingSymlinksInPath() : url
            let type = (try? FileManager.default.attributesOfItem(atPath: target.path)[.type]) as? FileAttributeType
            let name = url.lastPathComponent
            let ext = url.pathExtension.lowercased()
            if name.hasPrefix("~$") || name.hasPrefix(".~lock") || name.hasPrefix(".") {
                continue  // editors' lock files and hidden files are not reports
            }
            guard ext == "csv" || ext == "xlsx" else {
                findings.emit(
                    skippedFileMessage(target, extension: ext, isRegular: type == .typeRegular),
                    at: SourceLocation(file: path))
                continue
            }
            guard type == .typeRegular else {
                findings.emit(.notARegularFile, at: SourceLocation(file: path))
                continue
            }
            if let size = values?.fileSize, size > maxFileBytes {
                findings.emit(
                    .fileTooLarge(megabytes: size / (1 << 20), limitMegabytes: maxFileBytes >> 20),
                    at: SourceLocation(file: path))
                continue
            }
            found.append((url, path))
        }
        return found.sorted { $0.1.utf8.lexicographicallyPrecedes($1.1.utf8) }
    }

    /// Why a file that is not .csv or .xlsx is skipped: a `W-FILE-FORMAT` warning for a spreadsheet,
    /// a document or Excel's "Unicode text" (the unit meant to report), an `N-FILE-IGNORED` note for
    /// anything else (a photo, a README).
    /// Only a regular file is opened to look inside (a named pipe would block the run).
    static func skippedFileMessage(_ url: URL, extension ext: String, isRegular: Bool) -> FindingMessage {
        if let format = UnreadableFormat.forExtension(ext) { return .unreadableFormat(format) }
        if ext == "txt" || ext == "tsv", isRegular, isUnicodeText(url) {
            return .unreadableFormat(.unicodeText(extension: ext))
        }
        return .notAReport
    }

    /// Whether a text file is UTF-16 or UTF-32 (a byte-order mark, or NUL bytes near the top), as
    /// Excel's "Save as Unicode Text" writes it.
    private static func isUnicodeText(_ url: URL) -> Bool {
        guard let handle = try? FileHandle(forReadingFrom: url) else { return false }
        defer { try? handle.close() }
        guard let data = try? handle.read(upToCount: CSVDialect.nulSearchByteCount) else { return false }
        return CSVDialect.foreignEncoding(of: [UInt8](data)) != nil
    }

    private static func relativePath(of url: URL, under rootPath: String) -> String {
        let path = url.standardizedFileURL.path
        return path.hasPrefix(rootPath) ? String(path.dropFirst(rootPath.count)) : url.lastPathComponent
    }
}
