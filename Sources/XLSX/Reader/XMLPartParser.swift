import Foundation

#if canImport(FoundationXML)
    import FoundationXML
#endif

/// Receives the events of one XML part; element names arrive without their namespace prefix.
protocol XMLElementHandler: AnyObject {
    /// An element starts; `attributes` keep their prefixes ("r:id").
    func didStart(element: String, attributes: [String: String]) throws
    /// An element ends.
    func didEnd(element: String) throws
    /// Character data (possibly one of several pieces of the same text node).
    func didFind(text: String) throws
}

/// Runs FoundationXML's `XMLParser` over a part safely, with the findings of testing it on Linux built in:
///
/// - `XMLParser(data:)` fails on parts over 10 MB, so the parser always reads from
///   `XMLParser(stream: InputStream(data:))`, which feeds libxml2's push parser in small chunks.
/// - libxml2 runs in recover mode, so `parse()` may return true after an error: `parserError` is
///   checked too, and so is that the root element was closed (a truncated part is an error).
/// - Entity expansion is not bounded, so `XMLSafetyCheck` refuses DTDs before parsing, and external
///   entities are never resolved.
/// - A handler error (or the caller's row callback throwing) aborts the parse and is rethrown as is.
enum XMLPartParser {
    /// Parses `data` (the bytes of `part`) and forwards its events to `handler`.
    static func parse(_ data: Data, part: String, file: String, handler: any XMLElementHandler) throws {
        try XMLSafetyCheck.check(data, part: part, file: file)
        let parser = XMLParser(stream: InputStream(data: data))
        parser.shouldResolveExternalEntities = false
        parser.externalEntityResolvingPolicy = .never
        parser.shouldProcessNamespaces = false
        let forwarder = XMLEventForwarder(handler: handler, part: part, file: file)
        parser.delegate = forwarder
        let succeeded = parser.parse()
        parser.delegate = nil
        if let failure = forwarder.failure { throw failure }
        if !succeeded || parser.parserError != nil {
            throw XLSXReadError.malformedXML(
                file: file, part: part, line: parser.lineNumber, column: parser.columnNumber,
                reason: describe(parser.parserError))
        }
        guard forwarder.rootClosed else {
            throw XLSXReadError.malformedXML(
                file: file, part: part, line: parser.lineNumber, column: parser.columnNumber,
                reason: data.isEmpty ? "the part is empty" : "the part ends before its root element is closed")
        }
    }

    /// A readable reason for a parser error: the libxml2 error code and its name.
    private static func describe(_ error: (any Error)?) -> String {
        guard let error else { return "the XML parser reported an error" }
        let code = (error as NSError).code
        if let known = XMLParser.ErrorCode(rawValue: code) {
            return "XML parser error \(code) (\(known))"
        }
        return "XML parser error \(code)"
    }
}

/// The `XMLParserDelegate` that strips prefixes, tracks the root element and captures the first error.
private final class XMLEventForwarder: NSObject, XMLParserDelegate {
    let handler: any XMLElementHandler
    let part: String
    let file: String
    /// The first error thrown by the handler (or a forbidden declaration); parsing stops there.
    private(set) var failure: (any Error)?
    /// Whether the root element has been closed.
    private(set) var rootClosed = false
    private var depth = 0

    init(handler: any XMLElementHandler, part: String, file: String) {
        self.handler = handler
        self.part = part
        self.file = file
    }

    /// "x:c" → "c"; "c" stays "c".
    private func localName(_ name: String) -> String {
        guard let colon = name.utf8.lastIndex(of: UInt8(ascii: ":")) else { return name }
        return String(name[name.index(after: colon)...])
    }

    private func fail(_ parser: XMLParser, _ error: any Error) {
        if failure == nil { failure = error }
        parser.abortParsing()
    }

    func parser(
        _ parser: XMLParser, didStartElement elementName: String, namespaceURI: String?,
        qualifiedName qName: String?, attributes attributeDict: [String: String] = [:]
    ) {
        guard failure == nil else { return }
        if rootClosed {
            return fail(
                parser,
                XLSXReadError.malformedXML(
                    file: file, part: part, line: parser.lineNumber, column: parser.columnNumber,
                    reason: "content after the root element"))
        }
        depth += 1
        do { try handler.didStart(element: localName(elementName), attributes: attributeDict) } catch {
            fail(parser, error)
        }
    }

    func parser(
        _ parser: XMLParser, didEndElement elementName: String, namespaceURI: String?,
        qualifiedName qName: String?
    ) {
        guard failure == nil else { return }
        depth -= 1
        if depth == 0 { rootClosed = true }
        do { try handler.didEnd(element: localName(elementName)) } catch { fail(parser, error) }
    }

    func parser(_ parser: XMLParser, foundCharacters string: String) {
        guard failure == nil else { return }
        do { try handler.didFind(text: string) } catch { fail(parser, error) }
    }

    func parser(_ parser: XMLParser, foundIgnorableWhitespace whitespaceString: String) {
        self.parser(parser, foundCharacters: whitespaceString)
    }

    func parser(_ parser: XMLParser, foundCDATA block: Data) {
        self.parser(parser, foundCharacters: String(decoding: block, as: UTF8.self))
    }

    func parser(_ parser: XMLParser, foundInternalEntityDeclarationWithName name: String, value: String?) {
        fail(parser, XLSXReadError.forbiddenDeclaration(file: file, part: part, declaration: "<!ENTITY \(name)"))
    }

    func parser(
        _ parser: XMLParser, foundExternalEntityDeclarationWithName name: String,
        publicID: String?, systemID: String?
    ) {
        fail(parser, XLSXReadError.forbiddenDeclaration(file: file, part: part, declaration: "<!ENTITY \(name)"))
    }

    func parser(_ parser: XMLParser, resolveExternalEntityName name: String, systemID: String?) -> Data? {
        fail(parser, XLSXReadError.forbiddenDeclaration(file: file, part: part, declaration: "&\(name);"))
        return nil
    }
}
