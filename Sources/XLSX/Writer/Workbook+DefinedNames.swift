internal import CXlsxWriter

extension Workbook {
    /// Defines a workbook-wide name for a formula or range, e.g. `DanhSachDonVi` → `=Hidden!$A$1:$A$50`.
    ///
    /// The name must follow Excel's rules (letter, "_" or "\" first; letters, digits, "_", "." or "\" after;
    /// not a cell reference; not the reserved `_xlnm.` prefix, which `repeatRows`/`printArea` manage) and be
    /// new ignoring case. Name and formula are each limited to 127 UTF-8 bytes, the buffers libxlsxwriter
    /// copies them into (it would truncate silently); quote sheet names with `CellReference.qualified`.
    public func defineName(_ name: String, formula: String) throws(XLSXError) {
        let live = try liveHandle()
        let validName = try DefinedNameValidator.validateName(name, existingNames: definedNames)
        let validFormula = try DefinedNameValidator.validateFormula(formula, name: validName)
        try check(
            workbook_define_name(live, validName, validFormula), "define the name '\(validName)'")
        definedNames.append(validName)
    }
}
