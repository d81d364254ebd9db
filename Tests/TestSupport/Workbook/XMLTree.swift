import Foundation

#if canImport(FoundationXML)
    import FoundationXML
#endif

/// A parsed XML element: enough of a DOM to assert on the parts of a written workbook.
public struct XMLTree: Sendable, Equatable {
    /// Why a part could not be parsed.
    public struct ParseFailure: Error, CustomStringConvertible {
        public let description: String
    }

    /// The element's local name, without its namespace prefix ("c", "f", "conditionalFormatting").
    public let name: String
    /// The attributes as written, prefixed names kept ("r", "xml:space").
    public let attributes: [String: String]
    /// Child elements in document order.
    public let children: [XMLTree]
    /// The element's own text (not its children's), concatenated.
    public let text: String

    /// Parses a whole part; returns its root element.
    public init(parsing data: Data) throws {
        let builder = Builder()
        let parser = XMLParser(data: data)
        parser.delegate = builder
        guard parser.parse(), parser.parserError == nil, let root = builder.root else {
            throw ParseFailure(description: "not well-formed XML: \(String(describing: parser.parserError))")
        }
        self = root
    }

    /// Parses a whole part given as text.
    public init(parsing text: String) throws {
        try self.init(parsing: Data(text.utf8))
    }

    init(name: String, attributes: [String: String], children: [XMLTree], text: String) {
        self.name = name
        self.attributes = attributes
        self.children = children
        self.text = text
    }

    /// The value of attribute `name`.
    public subscript(attribute: String) -> String? { attributes[attribute] }

    /// The first direct child called `name`.
    public func child(_ name: String) -> XMLTree? { children.first { $0.name == name } }

    /// Every descendant (this element excluded) called `name`, in document order.
    public func descendants(_ name: String) -> [XMLTree] {
        children.flatMap { ($0.name == name ? [$0] : []) + $0.descendants(name) }
    }

    /// The first descendant called `name`.
    public func first(_ name: String) -> XMLTree? { descendants(name).first }

    /// The text of this element and all its descendants, in document order.
    public var allText: String { text + children.map(\.allText).joined() }

    /// Accumulates elements as the parser reports them.
    private final class Builder: NSObject, XMLParserDelegate {
        private struct Open {
            var name: String
            var attributes: [String: String]
            var children: [XMLTree] = []
            var text = ""
        }

        private var stack: [Open] = []
        var root: XMLTree?

        func parser(
            _ parser: XMLParser, didStartElement elementName: String, namespaceURI: String?,
            qualifiedName: String?, attributes: [String: String] = [:]
        ) {
            let local = elementName.split(separator: ":").last.map(String.init) ?? elementName
            stack.append(Open(name: local, attributes: attributes))
        }

        func parser(_ parser: XMLParser, foundCharacters string: String) {
            guard !stack.isEmpty else { return }
            stack[stack.count - 1].text += string
        }

        func parser(
            _ parser: XMLParser, didEndElement elementName: String, namespaceURI: String?, qualifiedName: String?
        ) {
            guard let open = stack.popLast() else { return }
            let element = XMLTree(
                name: open.name, attributes: open.attributes, children: open.children, text: open.text)
            if stack.isEmpty { root = element } else { stack[stack.count - 1].children.append(element) }
        }
    }
}
