internal import CXlsxWriter
import Foundation

extension Workbook {
    /// Sets the document metadata (title, author, company, …); every string is NFC-normalised first.
    ///
    /// Replaces any properties set earlier.
    public func setProperties(_ properties: DocumentProperties) throws(XLSXError) {
        let live = try liveHandle()
        let strings = CStringBundle()
        func copy(_ value: String?, _ field: String) throws(XLSXError) -> UnsafeMutablePointer<CChar>? {
            guard let normalized = value?.nfc else { return nil }
            try TextValidation.checkNoNul(normalized, "Document \(field)")
            return try strings.duplicate(normalized, "copy the document \(field)")
        }
        var library = lxw_doc_properties()
        library.title = try copy(properties.title, "title")
        library.subject = try copy(properties.subject, "subject")
        library.author = try copy(properties.author, "author")
        library.manager = try copy(properties.manager, "manager")
        library.company = try copy(properties.company, "company")
        library.category = try copy(properties.category, "category")
        library.keywords = try copy(properties.keywords, "keywords")
        library.comments = try copy(properties.comments, "comments")
        library.status = try copy(properties.status, "status")
        if let created = properties.created {
            library.created = time_t(created.timeIntervalSince1970.rounded(.down))
        }
        // The bundle must outlive the call that copies the strings.
        try withExtendedLifetime(strings) { () throws(XLSXError) in
            try check(workbook_set_properties(live, &library), "set the document properties")
        }
    }
}
