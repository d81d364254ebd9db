import Foundation

/// `unionstats template`: one fill-in form per unit, `templates-P/CODE.xlsx`.
public enum TemplateJob {
    /// Writes the forms of `units` (codes; all grassroots and upper units when empty) for `period`.
    public static func run(
        input: URL, output: URL, period: Period, units codes: [String]
    ) throws(UnionStatsError) -> [URL] {
        let folder = try OutputFolder(root: output, input: input)
        let log = FindingLog()
        let data = Pipeline.onOwnTree(try Pipeline.load(input, log: log), period: period, log: log)
        var units: [Int] = []
        for code in codes {
            guard let unit = data.tree.index(of: code) else { throw .unknownUnit(code) }
            units.append(unit)
        }
        if codes.isEmpty {
            units = data.tree.units.indices.filter { data.tree.units[$0].level != .federation }
        }
        let forms = units.lazy.map { unit in
            (code: data.tree.units[unit].code, form: TemplateForm(input: data, unit: unit, period: period))
        }
        return try TemplateFiles.write(forms, period: period, to: folder)
    }
}
