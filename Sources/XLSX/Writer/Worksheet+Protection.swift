internal import CXlsxWriter

extension Worksheet {
    /// Protects the sheet so only unlocked cells (styles made with `unlocked()`) can be edited.
    ///
    /// The optional password may have at most 15 printable ASCII characters: Excel's legacy sheet hash,
    /// which libxlsxwriter writes, covers no more, and hashes non-ASCII text differently from libxlsxwriter
    /// (a Vietnamese password could never be typed back). An empty password means none. Protecting again
    /// replaces the earlier options and password (libxlsxwriter alone would keep the old password).
    public func protect(password: String? = nil, options: ProtectionOptions = .init()) throws(XLSXError) {
        let live = try liveHandle()
        let password = password.flatMap { $0.isEmpty ? nil : $0 }
        if let password { try Self.validatePassword(password) }
        var libraryOptions = options.library
        // worksheet_protect only overwrites the hash when given a password; clear any earlier one first.
        live.pointee.protection.hash.0 = 0
        // worksheet_protect hashes the password during the call and keeps only the hash.
        worksheet_protect(live, password, &libraryOptions)
    }

    /// Throws unless `password` is 1–15 printable ASCII characters.
    private static func validatePassword(_ password: String) throws(XLSXError) {
        let scalars = Array(password.unicodeScalars)
        if let index = scalars.firstIndex(where: { !(0x20...0x7E).contains($0.value) }) {
            throw .protectionPasswordNotASCII(position: index + 1)
        }
        guard scalars.count <= ExcelLimits.maxProtectionPasswordLength else {
            throw .protectionPasswordTooLong(length: scalars.count)
        }
    }
}
