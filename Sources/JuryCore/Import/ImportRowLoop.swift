/// The loop every import kind runs: read each row, keep every row's problems, keep the record of a
/// row without any, and catch a key that a file repeats.
struct ImportRowLoop {
    private var firstLineOfKey: [String: Int] = [:]

    /// Reads `rows` with `read`; a record is kept only from a row that reported no issue.
    static func collect<T>(_ rows: [ImportRow],
                           _ read: (inout ImportRow, inout ImportRowLoop) -> T?) -> ([T], [ImportIssue]) {
        var loop = ImportRowLoop()
        var records: [T] = []
        var issues: [ImportIssue] = []
        for var row in rows {
            let record = read(&row, &loop)
            issues += row.issues
            if row.issues.isEmpty, let record { records.append(record) }
        }
        return (records, issues)
    }

    /// Remembers the first line of `key`; on a repeat, reports it on `column` with both line numbers.
    mutating func checkUnique(_ key: String, in row: inout ImportRow, column: String, value: String,
                              zh: (_ first: Int) -> String, en: (_ first: Int) -> String) {
        guard !key.isEmpty else { return }
        if let first = firstLineOfKey[key] {
            row.report(column, value: value, zh: zh(first), en: en(first))
        } else {
            firstLineOfKey[key] = row.line
        }
    }
}
