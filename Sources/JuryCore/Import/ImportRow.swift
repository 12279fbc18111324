/// One data row being read against a bound header; collects every problem instead of stopping.
struct ImportRow {
    let record: CSVReader.Record
    let header: ImportHeader
    let schema: ImportSchema
    var issues: [ImportIssue] = []

    init(record: CSVReader.Record, header: ImportHeader, schema: ImportSchema) {
        self.record = record
        self.header = header
        self.schema = schema
        if record.fields.count > header.width {
            let spill = record.fields[header.width...].map { HumanText.normalized($0) }.filter { !$0.isEmpty }
                .joined(separator: ",")
            if !spill.isEmpty {
                issues.append(ImportIssue(line: record.line, column: nil, value: spill,
                                          zh: "这一行比表头多出内容“\(spill)”：某个值里的逗号可能没有加引号",
                                          en: "this row has more fields than the header ('\(spill)'): a comma inside a value is probably unquoted"))
            }
        }
    }

    var line: Int { record.line }

    /// The trimmed, width-normalised cell (NFKC: １２ → 12, （ → (), for parsing numbers, dates,
    /// codes and choices; "" when the column is absent.
    func raw(_ key: String) -> String {
        guard let i = header.index[key], i < record.fields.count else { return "" }
        return HumanText.normalized(record.fields[i])
    }

    /// The cell exactly as the person wrote it: names, units, titles and notes keep their
    /// full-width punctuation (国网西安供电公司（职工评委）), which NFKC would turn into ASCII, and
    /// their leading spaces and tabs — trimming a tab is what turned `\t=1+2` into a formula that
    /// an export then handed to Excel. A cell of only whitespace counts as empty.
    func written(_ key: String) -> String {
        guard let i = header.index[key], i < record.fields.count else { return "" }
        let field = record.fields[i]
        // One visible ASCII byte settles it; only other cells need the Unicode whitespace test.
        if field.utf8.contains(where: { $0 > 32 && $0 < 0x80 }) { return field }
        return field.allSatisfy(\.isWhitespace) ? "" : field
    }

    /// The cell as written, only trimmed: for paths and for values compared with what a person
    /// typed elsewhere (`--unit`).
    func trimmedWritten(_ key: String) -> String {
        let v = written(key)
        // Visible ASCII at both ends: nothing to trim, so Foundation is not needed.
        if let f = v.utf8.first, let l = v.utf8.last, f > 32, f < 0x80, l > 32, l < 0x80 { return v }
        return v.trimmingCharacters(in: .whitespacesAndNewlines)
    }

    func has(_ key: String) -> Bool {
        guard let i = header.index[key], i < record.fields.count else { return false }
        return HumanText.hasContent(record.fields[i])
    }

    func columnName(_ key: String) -> String {
        header.header[key] ?? schema.columns.first { $0.key == key }?.zh ?? key
    }

    mutating func report(_ key: String?, value: String = "", zh: String, en: String) {
        issues.append(ImportIssue(line: line, column: key.map(columnName), value: value, zh: zh, en: en))
    }

    /// An empty required cell — or, for a column group (an account, the video) that is partly
    /// filled, a required column the file lacks altogether, which needs a different fix.
    mutating func reportMissing(_ key: String) {
        if header.index[key] == nil {
            report(key, zh: "文件中没有这一列，但同组的其他信息已填写，所以此项必填：请加上这一列",
                   en: "the file has no such column, but other cells of its group are filled, so it is required: add the column")
        } else {
            report(key, zh: "必填项为空", en: "required value is empty")
        }
    }

    /// Free text as written; `required` turns an empty cell into an issue.
    mutating func text(_ key: String, required: Bool = false) -> String {
        let v = written(key)
        if v.isEmpty && required { reportMissing(key) }
        return v
    }

    /// A code such as an entry id, width-normalised so ＢＭ２０２３ and BM2023 are the same key.
    mutating func code(_ key: String, required: Bool = false) -> String {
        let v = raw(key)
        if v.isEmpty && required { reportMissing(key) }
        return v
    }

    /// A parsed value; nil (and an issue) when unreadable, nil without issue when blank and optional.
    /// `asWritten` hands the parser the cell as written and trimmed (paths) instead of width-normalised.
    mutating func value<T>(_ key: String, required: Bool = false, asWritten: Bool = false,
                           _ parse: (String) throws(ValueProblem) -> T) -> T? {
        let v = asWritten ? trimmedWritten(key) : raw(key)
        if v.isEmpty {
            if required { reportMissing(key) }
            return nil
        }
        do {
            return try parse(v)
        } catch {
            issues.append(ImportIssue(line: line, column: columnName(key), value: v, problem: error))
            return nil
        }
    }

    mutating func platform(_ key: String, required: Bool = false) -> Platform? {
        value(key, required: required) { (s: String) throws(ValueProblem) -> Platform in
            guard let p = Platform(parsing: s) else {
                throw ValueProblem(zh: "无法识别的平台：“\(s)”（如 抖音、快手、微博、微信公众号、B站）",
                                   en: "unknown platform: '\(s)' (e.g. 抖音, 快手, 微博, 微信公众号, B站)")
            }
            return p
        }
    }
}
