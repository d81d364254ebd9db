/// Which tree figures stand on, as output names and the `tree_date` column say it (docs/design.md, "Output files").
public enum TreeDate {
    /// `-tree-2025-07-01` for figures standing on the tree of `treeDay` when that is not `ownDay` (the period's
    /// reference date: for a comparison, B's); empty on the period's own tree.
    public static func nameSuffix(_ treeDay: Day, ownDay: Day) -> String {
        treeDay == ownDay ? "" : "-tree-\(treeDay.iso)"
    }
}
