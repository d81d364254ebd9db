import Foundation

/// Part names inside an Office Open XML package and how relationship targets resolve to them.
enum PartPath {
    /// The relationships part of a part: "xl/workbook.xml" → "xl/_rels/workbook.xml.rels";
    /// of the package itself ("") → "_rels/.rels".
    static func relationships(of part: String) -> String {
        let (folder, name) = split(part)
        return (folder.isEmpty ? "" : folder + "/") + "_rels/" + name + ".rels"
    }

    /// The part a relationship target names, resolved against the folder of `source` ("" for the package).
    ///
    /// Targets may be absolute ("/xl/worksheets/sheet1.xml") or relative ("worksheets/sheet1.xml",
    /// "../media/a.png"); they are URIs, so "%20" is decoded. Returns nil for a target that climbs out of
    /// the package or is empty.
    static func resolve(target: String, relativeTo source: String) -> String? {
        var path = target
        if let hash = path.firstIndex(of: "#") { path = String(path[..<hash]) }
        path = path.removingPercentEncoding ?? path
        path = path.replacingOccurrences(of: "\\", with: "/")
        var segments: [Substring] = []
        if !path.hasPrefix("/") {
            segments = split(source).folder.split(separator: "/")
        }
        for segment in path.split(separator: "/") {
            switch segment {
            case ".": continue
            case "..":
                guard !segments.isEmpty else { return nil }
                segments.removeLast()
            default: segments.append(segment)
            }
        }
        guard !segments.isEmpty else { return nil }
        return segments.joined(separator: "/")
    }

    /// "xl/worksheets/sheet1.xml" → ("xl/worksheets", "sheet1.xml"); "a.xml" → ("", "a.xml").
    private static func split(_ part: String) -> (folder: String, name: String) {
        guard let slash = part.lastIndex(of: "/") else { return ("", part) }
        return (String(part[..<slash]), String(part[part.index(after: slash)...]))
    }
}
