/// One problem found in an import file: where, what was written, and why it is wrong, in Chinese and English.
public struct ImportIssue: Hashable, Sendable, CustomStringConvertible {
    /// 1-based line in the file; nil for a problem with the whole file.
    public var line: Int?
    /// The column header as written in the file (or the expected header when the column is missing).
    public var column: String?
    public var value: String
    public var zh: String
    public var en: String
    /// Where the problem is in a workbook ("Sheet1!F7", or the sheet's name for the whole sheet);
    /// when set it names the place instead of `line`, which still holds the row number.
    public var place: String?

    public init(line: Int?, column: String?, value: String = "", zh: String, en: String) {
        self.line = line
        self.column = column
        self.value = value
        self.zh = zh
        self.en = en
    }

    init(line: Int?, column: String?, value: String, problem: ValueProblem) {
        self.init(line: line, column: column, value: value, zh: problem.zh, en: problem.en)
    }

    /// "第 3 行「手机号」：…" — the Chinese message with its place.
    public var chineseMessage: String {
        if let place { return "\(place)\(column.map { "「\($0)」" } ?? "")：\(zh)" }
        var place = line.map { "第 \($0) 行" } ?? "文件"
        if let column { place += "「\(column)」" }
        return "\(place)：\(zh)"
    }

    /// "line 3, column 手机号: …" — the English message with its place.
    public var englishMessage: String {
        if let place { return "\(place)\(column.map { " (\($0))" } ?? ""): \(en)" }
        var place = line.map { "line \($0)" } ?? "file"
        if let column { place += ", column \(column)" }
        return "\(place): \(en)"
    }

    public var description: String { "\(chineseMessage) / \(englishMessage)" }
}

/// Every problem found in an import file; nothing was imported.
public struct ImportFailure: Error, Hashable, Sendable, CustomStringConvertible {
    public var issues: [ImportIssue]

    public init(issues: [ImportIssue]) {
        self.issues = issues
    }

    public var description: String { issues.map(\.description).joined(separator: "\n") }
}
