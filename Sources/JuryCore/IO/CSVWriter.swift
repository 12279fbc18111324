/// Writes CSV that Excel opens correctly: CRLF line ends, quotes only where needed, optional UTF-8 BOM.
public struct CSVWriter: Sendable {
    public var delimiter: Character
    /// Exports carry a BOM because without one Chinese Excel reads UTF-8 as GBK and shows mojibake.
    public var byteOrderMark: Bool

    public init(delimiter: Character = ",", byteOrderMark: Bool = true) {
        self.delimiter = delimiter
        self.byteOrderMark = byteOrderMark
    }

    /// Quotes a field holding the delimiter, a quote, a line break, or edge spaces (which a reader trims).
    public func escape(_ field: String) -> String {
        let needsQuotes = field.contains(delimiter) || field.contains("\"") || field.contains("\n")
            || field.contains("\r") || field.first?.isWhitespace == true || field.last?.isWhitespace == true
        guard needsQuotes else { return field }
        return "\"" + field.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }

    /// The whole file as text, every record ended by CRLF.
    public func write(_ rows: [[String]]) -> String {
        var out = byteOrderMark ? "\u{FEFF}" : ""
        for row in rows {
            out += row.map(escape).joined(separator: String(delimiter))
            out += "\r\n"
        }
        return out
    }

    /// The file's bytes in UTF-8.
    public func data(_ rows: [[String]]) -> [UInt8] { Array(write(rows).utf8) }
}
