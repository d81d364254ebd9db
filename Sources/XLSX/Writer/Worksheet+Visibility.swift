internal import CXlsxWriter

extension Worksheet {
    /// Hides the sheet's tab (it can be unhidden in Excel), e.g. for lookup lists behind drop-downs.
    ///
    /// The sheet shown when the file opens cannot be hidden — by default that is the first sheet — so call
    /// `activate()` on another sheet first (libxlsxwriter would otherwise silently show the first sheet again
    /// when writing). Activating a hidden sheet later makes it visible again.
    public func hide() throws(XLSXError) {
        let live = try liveHandle()
        let activeIndex = live.pointee.active_sheet?.pointee ?? 0
        guard activeIndex != live.pointee.index else { throw .cannotHideActiveSheet(name: name) }
        worksheet_hide(live)
    }

    /// Whether the sheet has been hidden with `hide()` (and not made visible again by `activate()`).
    public var isHidden: Bool {
        get throws(XLSXError) { try liveHandle().pointee.hidden != 0 }
    }
}
