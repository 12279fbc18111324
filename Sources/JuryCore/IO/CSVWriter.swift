/// Writes CSV that Excel opens correctly: CRLF line ends, quotes only where needed, optional UTF-8 BOM.
public struct CSVWriter: Sendable {
    public var delimiter: Character
    /// Exports carry a BOM because without one Chinese Excel reads UTF-8 as GBK and shows mojibake.
    public var byteOrderMark: Bool
    /// Whether a text cell a spreadsheet would run as a formula is written with a leading apostrophe
    /// (the OWASP rule): exports turn it on, so `=HYPERLINK(…)` in an imported name stays text.
    public var defusesFormulas: Bool
    /// Columns (0-based) that hold numbers: a plain number there (-3, 4.5) is left alone so it stays
    /// a number in the spreadsheet; anything else in them is defused like text.
    public var numericColumns: Set<Int>

    public init(delimiter: Character = ",", byteOrderMark: Bool = true, defusesFormulas: Bool = false,
                numericColumns: Set<Int> = []) {
        self.delimiter = delimiter
        self.byteOrderMark = byteOrderMark
        self.defusesFormulas = defusesFormulas
        self.numericColumns = numericColumns
    }

    /// Quotes a field holding the delimiter, a quote, a line break, or edge spaces (which a reader trims).
    public func escape(_ field: String) -> String {
        let needsQuotes = field.contains(delimiter) || field.contains("\"") || field.contains("\n")
            || field.contains("\r") || field.first?.isWhitespace == true || field.last?.isWhitespace == true
        guard needsQuotes else { return field }
        return "\"" + field.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }

    /// The characters that make Excel, LibreOffice and Google Sheets read a cell as a formula; a
    /// tab or CR in front is skipped by some of them, so those count too.
    static let formulaStarts: Set<Unicode.Scalar> = ["=", "+", "-", "@", "\t", "\r"]

    /// A text cell that would start a formula, prefixed with an apostrophe; anything else unchanged.
    public static func defused(_ field: String) -> String {
        guard let first = field.unicodeScalars.first, formulaStarts.contains(first) else { return field }
        return "'" + field
    }

    /// Whether `field` is a plain decimal number (`-12`, `4.5`), which a numeric column keeps as it is.
    public static func isPlainNumber(_ field: String) -> Bool {
        var digits = field.utf8[...]
        if digits.first == UInt8(ascii: "-") { digits = digits.dropFirst() }
        let parts = digits.split(separator: UInt8(ascii: "."), maxSplits: 1, omittingEmptySubsequences: false)
        guard !parts.isEmpty, parts.count <= 2 else { return false }
        return parts.allSatisfy { part in !part.isEmpty && part.allSatisfy { $0 >= 48 && $0 <= 57 } }
    }

    /// One cell as it goes into the file, before quoting.
    func cell(_ field: String, column: Int) -> String {
        guard defusesFormulas else { return field }
        if numericColumns.contains(column) && Self.isPlainNumber(field) { return field }
        return Self.defused(field)
    }

    /// The whole file as text, every record ended by CRLF. The first row is the header and is
    /// always text.
    public func write(_ rows: [[String]]) -> String {
        var out = byteOrderMark ? "\u{FEFF}" : ""
        for (r, row) in rows.enumerated() {
            out += row.enumerated().map { c, field in
                escape(r == 0 && defusesFormulas ? Self.defused(field) : cell(field, column: c))
            }.joined(separator: String(delimiter))
            out += "\r\n"
        }
        return out
    }

    /// The file's bytes in UTF-8.
    public func data(_ rows: [[String]]) -> [UInt8] { Array(write(rows).utf8) }
}
