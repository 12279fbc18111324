import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif

/// Streams a workbook part's XML through `XMLParser` as start, end and text events, with element
/// and attribute names stripped of their namespace prefix (some writers use `x:row`).
///
/// Before parsing, any `<!` declaration (DOCTYPE, ENTITY) is refused outright: SpreadsheetML never
/// has one, and refusing them is the sure way to stop entity expansion ("billion laughs") and
/// external entities, whatever the XML library would do with them. Only UTF-8 is accepted, so
/// that scan sees the bytes as the parser will.
final class XMLEvents: NSObject, XMLParserDelegate {
    typealias Start = (_ name: String, _ attributes: [String: String]) -> Void
    private let onStart: Start
    private let onEnd: (String) -> Void
    private let onText: (String) -> Void

    private init(onStart: @escaping Start, onEnd: @escaping (String) -> Void, onText: @escaping (String) -> Void) {
        self.onStart = onStart
        self.onEnd = onEnd
        self.onText = onText
    }

    /// Parses `bytes` (the part named `part`), calling the handlers in document order.
    static func parse(_ bytes: [UInt8], part: String, start: @escaping Start, end: @escaping (String) -> Void = { _ in },
                      text: @escaping (String) -> Void = { _ in }) throws(WorkbookError) {
        try refuseDeclarations(bytes, part: part)
        let events = XMLEvents(onStart: start, onEnd: end, onText: text)
        let parser = XMLParser(data: Data(bytes))
        parser.shouldResolveExternalEntities = false
        parser.shouldProcessNamespaces = false
        parser.delegate = events
        if !parser.parse() {
            let detail = parser.parserError.map { ($0 as NSError).localizedDescription } ?? "parse error"
            throw .xml(part: part, line: parser.lineNumber, detail: detail)
        }
    }

    /// Throws for UTF-16 text and for any markup declaration (`<!` not opening a comment or CDATA).
    static func refuseDeclarations(_ bytes: [UInt8], part: String) throws(WorkbookError) {
        if bytes.count >= 2 && ((bytes[0] == 0xFE && bytes[1] == 0xFF) || (bytes[0] == 0xFF && bytes[1] == 0xFE)
                                 || bytes[0] == 0 || bytes[1] == 0) {
            throw .unsupported(part: part, detail: "UTF-16 XML")
        }
        var i = 0
        let n = bytes.count
        while i + 2 < n {
            if bytes[i] == UInt8(ascii: "<") && bytes[i + 1] == UInt8(ascii: "!") {
                let next = bytes[i + 2]
                if next != UInt8(ascii: "-") && next != UInt8(ascii: "[") { throw .declaration(part: part) }
            }
            i += 1
        }
    }

    private static func local(_ name: String) -> String {
        guard let colon = name.lastIndex(of: ":") else { return name }
        return String(name[name.index(after: colon)...])
    }

    func parser(_ parser: XMLParser, didStartElement elementName: String, namespaceURI: String?,
                qualifiedName qName: String?, attributes attributeDict: [String: String] = [:]) {
        var attributes: [String: String] = [:]
        for (key, value) in attributeDict { attributes[Self.local(key)] = value }
        onStart(Self.local(elementName), attributes)
    }

    func parser(_ parser: XMLParser, didEndElement elementName: String, namespaceURI: String?, qualifiedName qName: String?) {
        onEnd(Self.local(elementName))
    }

    func parser(_ parser: XMLParser, foundCharacters string: String) {
        onText(string)
    }

    func parser(_ parser: XMLParser, foundCDATA CDATABlock: Data) {
        onText(String(decoding: CDATABlock, as: UTF8.self))
    }
}
