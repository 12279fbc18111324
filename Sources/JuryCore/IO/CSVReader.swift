/// Reads RFC 4180 CSV: CRLF, LF or CR line ends, quoted fields with delimiters, doubled quotes and
/// line breaks, a leading BOM; every record knows the file line it starts on.
public struct CSVReader: Sendable {
    /// One record and the 1-based line of the file where it starts.
    public struct Record: Hashable, Sendable {
        public var line: Int
        public var fields: [String]

        public init(line: Int, fields: [String]) {
            self.line = line
            self.fields = fields
        }

        /// Whether every field is blank (Excel leaves ",,,," rows below a table).
        public var isBlank: Bool {
            fields.allSatisfy { field in
                // A visible ASCII byte settles it without walking the characters.
                !field.utf8.contains(where: { $0 > 32 && $0 < 0x80 }) && field.allSatisfy(\.isWhitespace)
            }
        }
    }

    /// A quote opened and never closed; the line is where the quoted field began.
    public struct UnterminatedQuote: Error, Hashable, Sendable, CustomStringConvertible {
        public var line: Int
        public var zh: String { "第 \(line) 行的引号没有闭合（该字段以 \" 开头，直到文件结尾都没有结束的 \"）" }
        public var en: String { "line \(line): a quoted field is never closed (it starts with \" and no closing \" follows)" }
        public var description: String { "\(zh) / \(en)" }
    }

    public var delimiter: Unicode.Scalar

    public init(delimiter: Unicode.Scalar = ",") {
        self.delimiter = delimiter
    }

    /// Parses the whole text. Empty lines are skipped (a trailing newline is not a record); a
    /// closing quote followed by more text keeps that text, as Excel does, rather than failing.
    public func read(_ text: String) throws(UnterminatedQuote) -> [Record] {
        // An ASCII delimiter (every one in use) splits UTF-8 bytes: much faster than scalars.
        if delimiter.isASCII {
            var reader = CSVByteReader(delimiter: UInt8(delimiter.value))
            var records: [Record] = []
            var text = text
            let problem = text.withUTF8 { bytes in
                reader.feed(bytes) { records.append($0) }
                return reader.finish { records.append($0) }
            }
            if let problem { throw problem }
            return records
        }
        var scalars = Substring(text).unicodeScalars[...]
        if scalars.first == "\u{FEFF}" { scalars = scalars.dropFirst() }
        var records: [Record] = []
        var fields: [String] = []
        var field = String.UnicodeScalarView()
        var line = 1
        var recordLine = 1
        var inQuotes = false
        var quoteLine = 1
        var atFieldStart = true
        var recordHasContent = false
        var iterator = scalars.makeIterator()
        var pending: Unicode.Scalar? = iterator.next()

        func endField() {
            fields.append(String(field))
            field = String.UnicodeScalarView()
            atFieldStart = true
        }
        func endRecord() {
            if recordHasContent {
                endField()
                records.append(Record(line: recordLine, fields: fields))
            }
            fields = []
            field = String.UnicodeScalarView()
            atFieldStart = true
            recordHasContent = false
        }

        while let c = pending {
            pending = iterator.next()
            if inQuotes {
                if c == "\"" {
                    if pending == "\"" {
                        field.append("\"")
                        pending = iterator.next()
                    } else {
                        inQuotes = false
                    }
                } else {
                    if c == "\n" || (c == "\r" && pending != "\n") { line += 1 }
                    field.append(c)
                }
                continue
            }
            switch c {
            case "\r", "\n":
                if c == "\r" && pending == "\n" { pending = iterator.next() }
                endRecord()
                line += 1
                recordLine = line
            case delimiter:
                recordHasContent = true
                endField()
            case "\"" where atFieldStart:
                inQuotes = true
                quoteLine = line
                atFieldStart = false
                recordHasContent = true
            default:
                field.append(c)
                atFieldStart = false
                recordHasContent = true
            }
        }
        if inQuotes { throw UnterminatedQuote(line: quoteLine) }
        endRecord()
        return records
    }
}
