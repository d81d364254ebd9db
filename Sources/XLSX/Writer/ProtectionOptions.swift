internal import CXlsxWriter

/// What users may still do on a protected worksheet; the defaults match Excel's Protect Sheet dialog.
///
/// Cells stay editable only if their style is `unlocked()`.
public struct ProtectionOptions: Hashable, Sendable {
    /// Whether locked cells can be selected.
    public var selectLockedCells: Bool
    /// Whether unlocked cells can be selected.
    public var selectUnlockedCells: Bool
    /// Whether cells can be formatted.
    public var formatCells: Bool
    /// Whether columns can be formatted (resized, hidden).
    public var formatColumns: Bool
    /// Whether rows can be formatted (resized, hidden).
    public var formatRows: Bool
    /// Whether columns can be inserted.
    public var insertColumns: Bool
    /// Whether rows can be inserted.
    public var insertRows: Bool
    /// Whether hyperlinks can be inserted.
    public var insertHyperlinks: Bool
    /// Whether columns can be deleted.
    public var deleteColumns: Bool
    /// Whether rows can be deleted.
    public var deleteRows: Bool
    /// Whether ranges can be sorted.
    public var sort: Bool
    /// Whether existing autofilters can be used.
    public var autofilter: Bool
    /// Whether pivot tables can be used.
    public var pivotTables: Bool
    /// Whether scenarios can be edited.
    public var editScenarios: Bool
    /// Whether objects such as charts can be edited.
    public var editObjects: Bool

    /// Creates options; by default only selecting cells is allowed.
    public init(
        selectLockedCells: Bool = true,
        selectUnlockedCells: Bool = true,
        formatCells: Bool = false,
        formatColumns: Bool = false,
        formatRows: Bool = false,
        insertColumns: Bool = false,
        insertRows: Bool = false,
        insertHyperlinks: Bool = false,
        deleteColumns: Bool = false,
        deleteRows: Bool = false,
        sort: Bool = false,
        autofilter: Bool = false,
        pivotTables: Bool = false,
        editScenarios: Bool = false,
        editObjects: Bool = false
    ) {
        self.selectLockedCells = selectLockedCells
        self.selectUnlockedCells = selectUnlockedCells
        self.formatCells = formatCells
        self.formatColumns = formatColumns
        self.formatRows = formatRows
        self.insertColumns = insertColumns
        self.insertRows = insertRows
        self.insertHyperlinks = insertHyperlinks
        self.deleteColumns = deleteColumns
        self.deleteRows = deleteRows
        self.sort = sort
        self.autofilter = autofilter
        self.pivotTables = pivotTables
        self.editScenarios = editScenarios
        self.editObjects = editObjects
    }

    /// The equivalent libxlsxwriter options (whose select flags are negated: "no_select_…").
    var library: lxw_protection {
        var options = lxw_protection()
        options.no_select_locked_cells = flag(!selectLockedCells)
        options.no_select_unlocked_cells = flag(!selectUnlockedCells)
        options.format_cells = flag(formatCells)
        options.format_columns = flag(formatColumns)
        options.format_rows = flag(formatRows)
        options.insert_columns = flag(insertColumns)
        options.insert_rows = flag(insertRows)
        options.insert_hyperlinks = flag(insertHyperlinks)
        options.delete_columns = flag(deleteColumns)
        options.delete_rows = flag(deleteRows)
        options.sort = flag(sort)
        options.autofilter = flag(autofilter)
        options.pivot_tables = flag(pivotTables)
        options.scenarios = flag(editScenarios)
        options.objects = flag(editObjects)
        return options
    }

    /// A Bool as libxlsxwriter's 0/1 byte.
    private func flag(_ isOn: Bool) -> UInt8 { isOn ? 1 : 0 }
}
