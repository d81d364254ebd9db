import Foundation

/// Document metadata shown in Excel's File ▸ Info panel (the `lxw_doc_properties` fields).
public struct DocumentProperties: Hashable, Sendable {
    /// The document title.
    public var title: String?
    /// The document subject.
    public var subject: String?
    /// The author's name.
    public var author: String?
    /// The author's manager.
    public var manager: String?
    /// The company or organisation.
    public var company: String?
    /// A category for the document.
    public var category: String?
    /// Search keywords, conventionally comma-separated.
    public var keywords: String?
    /// Free-form comments.
    public var comments: String?
    /// A status such as "Draft" or "Final".
    public var status: String?
    /// The creation time to record, or nil for "now"; fix it to make byte-identical files from identical data.
    public var created: Date?

    /// Creates properties; unset fields are left out of the file.
    public init(
        title: String? = nil,
        subject: String? = nil,
        author: String? = nil,
        manager: String? = nil,
        company: String? = nil,
        category: String? = nil,
        keywords: String? = nil,
        comments: String? = nil,
        status: String? = nil,
        created: Date? = nil
    ) {
        self.title = title
        self.subject = subject
        self.author = author
        self.manager = manager
        self.company = company
        self.category = category
        self.keywords = keywords
        self.comments = comments
        self.status = status
        self.created = created
    }
}
