/// The checks every cell of every import file passes before its value is read: no NUL byte, and
/// no cell longer than its column kind allows (`ImportColumn.ValueKind.maxLength`).
enum ImportCellCheck {
    /// At most this many NUL issues are listed: a binary file would otherwise yield thousands.
    static let nulIssueLimit = 20

    /// NUL bytes anywhere, the header row included; named by line and column.
    static func nulBytes(_ records: [CSVReader.Record]) -> [ImportIssue] {
        var issues: [ImportIssue] = []
        let headerFields = records.first?.fields ?? []
        for record in records {
            for (index, field) in record.fields.enumerated() where field.utf8.contains(0) {
                let column = index < headerFields.count && !headerFields[index].utf8.contains(0)
                    ? HumanText.normalized(headerFields[index]) : "#\(index + 1)"
                issues.append(ImportIssue(line: record.line, column: column, value: "",
                                          zh: "单元格含有 NUL 字节（0x00）。文件可能是无 BOM 的 UTF-16，或不是文本：请在 Excel 中“另存为 → CSV UTF-8（逗号分隔）”后重新导入",
                                          en: "the cell holds a NUL byte (0x00). The file may be UTF-16 without a BOM, or not text: in Excel use Save As → CSV UTF-8 (Comma delimited) and import again"))
                if issues.count >= nulIssueLimit { return issues }
            }
        }
        return issues
    }

    /// NUL bytes in one record, named with the header's fields; at most `limit` issues.
    static func nulBytes(_ record: CSVReader.Record, headerFields: [String], limit: Int) -> [ImportIssue] {
        // Most records hold no NUL: one scan of each field's bytes, nothing built.
        guard record.fields.contains(where: { $0.utf8.contains(0) }) else { return [] }
        return Array(nulBytes([CSVReader.Record(line: 0, fields: headerFields), record]).filter { $0.line == record.line }
            .prefix(limit))
    }

    /// Cells of known columns longer than their kind allows.
    static func lengths(_ rows: [CSVReader.Record], header: ImportHeader, schema: ImportSchema) -> [ImportIssue] {
        let bound = schema.columns.compactMap { column in header.index[column.key].map { (column, $0) } }
        return rows.flatMap { lengths($0, bound: bound, header: header) }
    }

    /// The same for one record, with the bound columns worked out once per file.
    static func lengths(_ record: CSVReader.Record, bound: [(ImportColumn, Int)], header: ImportHeader) -> [ImportIssue] {
        var issues: [ImportIssue] = []
        for (column, index) in bound where index < record.fields.count {
            let field = record.fields[index]
            // utf8.count bounds the character count from above, so most cells skip the slow count.
            guard field.utf8.count > column.kind.maxLength, field.count > column.kind.maxLength else { continue }
            let limit = column.kind.maxLength
            issues.append(ImportIssue(line: record.line, column: header.header[column.key] ?? column.zh,
                                      value: String(field.prefix(40)) + "…",
                                      zh: "内容过长：\(field.count) 个字符，此列最多 \(limit) 个。请删减，或检查是否有引号没有闭合",
                                      en: "the value is too long: \(field.count) characters, at most \(limit) allowed in this column. Shorten it, or look for an unclosed quote"))
        }
        return issues
    }
}
