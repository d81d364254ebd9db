/// Finds the known code nearest to a mistyped one, for "did you mean" hints.
public enum Suggestion {
    /// The candidate within edit distance 2 (case-insensitive) of `text`, the nearest first; nil if none.
    public static func nearest(to text: String, among candidates: some Sequence<String>) -> String? {
        let target = Array(text.lowercased().unicodeScalars)
        guard !target.isEmpty, target.count <= 64 else { return nil }
        var best: (code: String, distance: Int)?
        for candidate in candidates {
            let scalars = Array(candidate.lowercased().unicodeScalars)
            guard abs(scalars.count - target.count) <= 2 else { continue }
            let distance = editDistance(target, scalars, limit: 2)
            if distance <= 2,
                distance < (best?.distance ?? Int.max) || (distance == best?.distance && candidate < (best?.code ?? ""))
            {
                best = (candidate, distance)
            }
        }
        return best?.code
    }

    /// Levenshtein distance, giving up (returning limit + 1) once every path exceeds `limit`.
    static func editDistance(_ a: [Unicode.Scalar], _ b: [Unicode.Scalar], limit: Int) -> Int {
        var previous = Array(0...b.count)
        var current = Array(repeating: 0, count: b.count + 1)
        for i in 1...max(a.count, 1) where !a.isEmpty {
            current[0] = i
            var rowMinimum = current[0]
            for j in 1..<(b.count + 1) {
                let substitution = previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1)
                current[j] = min(previous[j] + 1, current[j - 1] + 1, substitution)
                rowMinimum = min(rowMinimum, current[j])
            }
            if rowMinimum > limit { return limit + 1 }
            swap(&previous, &current)
        }
        return a.isEmpty ? b.count : previous[b.count]
    }
}
