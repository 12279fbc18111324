import Foundation

/// Reads an import from a worksheet's rows the way offices fill them in: title lines above the
/// header (附件1, the form's title, `推荐单位（盖章）：…`), the header found by its column names,
/// blank rows and the form's footer (填表人姓名：, 联系方式：, 注：…) below the data left out; then the
/// same checks as a CSV file, with every problem placed by sheet and cell (`Sheet1!F7`).
public enum WorksheetImport {
    /// The header is looked for in this many non-blank rows from the top.
    public static let headerSearchRows = 30

    /// Footer labels of the notice's 推荐表 and of forms like it, written `标签：…` in a row's first cell.
    static let footerLabels: Set<String> = ["填表人", "填表人姓名", "填报人", "填报人姓名", "联系人", "联系人姓名", "联系电话",
                                            "联系方式", "职务", "注", "说明", "审核人", "负责人"]

    /// `rows` are the sheet's rows (line = row number, field i = column i, merged values filled in).
    public static func parse(kind: ImportKind, sheet: String, rows: [CSVReader.Record], unit: String? = nil,
                             timeZone: TimeZone = HumanTimestamp.defaultTimeZone) throws(ImportFailure) -> ImportedRecords {
        let filled = rows.filter { !$0.isBlank }
        let schema = ImportSchema.of(kind)
        guard let headerAt = headerIndex(filled, schema: schema) else {
            throw ImportFailure(issues: [ImportIssue(line: nil, column: nil, place: sheet,
                                                     zh: "工作表是空的（没有表头）", en: "the sheet is empty (no header row)")])
        }
        let header = filled[headerAt]
        var givenUnit = unit
        if kind == .recommendations && (unit ?? "").allSatisfy(\.isWhitespace) {
            givenUnit = filled[..<headerAt].lazy.compactMap(unitLine).first ?? unit
        }
        let data = dataRows(filled[(headerAt + 1)...])
        do {
            return try ImportFile.parse(kind: kind, records: [header] + data, unit: givenUnit, timeZone: timeZone)
        } catch {
            throw ImportFailure(issues: error.issues.map { locate($0, sheet: sheet, header: header) })
        }
    }

    /// The first row among the top ones naming the most known columns (at least two, or one for a
    /// schema of fewer columns); else the first row, so the usual "missing column" message names it.
    static func headerIndex(_ rows: [CSVReader.Record], schema: ImportSchema) -> Int? {
        guard !rows.isEmpty else { return nil }
        var known = Set<String>()
        for column in schema.columns {
            for name in column.acceptedHeaders { known.insert(ImportColumn.normalizedHeader(name)) }
        }
        var best: (index: Int, score: Int)?
        for (index, row) in rows.prefix(headerSearchRows).enumerated() {
            let score = row.fields.filter { known.contains(ImportColumn.normalizedHeader(HumanText.normalized($0))) }.count
            if score > (best?.score ?? 0) { best = (index, score) }
        }
        guard let best, best.score >= min(2, schema.columns.count) else { return 0 }
        return best.index
    }

    /// The unit named on a `推荐单位（盖章）：宝鸡市总工会` line: after the colon in the same cell, or in the
    /// next filled cell when the label stands alone.
    static func unitLine(_ row: CSVReader.Record) -> String? {
        let cells = row.fields.map { $0.trimmingCharacters(in: .whitespacesAndNewlines) }.filter { !$0.isEmpty }
        for (i, cell) in cells.enumerated() {
            let folded = HumanText.compact(cell)
            guard folded.hasPrefix("推荐单位") else { continue }
            var rest = Substring(folded.dropFirst("推荐单位".count))
            for stamp in ["(盖章)", "(公章)", "(签章)"] where rest.hasPrefix(stamp) { rest = rest.dropFirst(stamp.count) }
            guard rest.first == ":" || rest.isEmpty else { continue }
            // The value keeps its full-width punctuation as written: take it from the original cell.
            if let colon = cell.firstIndex(where: { $0 == "：" || $0 == ":" }) {
                let value = cell[cell.index(after: colon)...].trimmingCharacters(in: .whitespacesAndNewlines)
                if !value.isEmpty { return value }
            }
            if i + 1 < cells.count { return cells[i + 1] }
            return nil
        }
        return nil
    }

    /// Rows below the header without the form's footer. Once a footer line (`填表人姓名：…`) is seen,
    /// the note lines under it (one filled cell each) go too; a later row with several filled cells
    /// is kept, so data written below a footer is reported, never silently dropped.
    static func dataRows(_ rows: ArraySlice<CSVReader.Record>) -> [CSVReader.Record] {
        var kept: [CSVReader.Record] = []
        var inFooter = false
        for row in rows {
            let filled = row.fields.filter { !$0.allSatisfy(\.isWhitespace) }
            if let first = filled.first, isFooterLabel(first) {
                inFooter = true
                continue
            }
            if inFooter && filled.count <= 1 { continue }
            kept.append(row)
        }
        return kept
    }

    /// `填表人姓名：`, `职务:`, `注：1. …`: exactly a known label, then a colon (NFKC makes ： a :).
    static func isFooterLabel(_ cell: String) -> Bool {
        let text = HumanText.compact(cell)
        guard let colon = text.firstIndex(of: ":") else { return false }
        return footerLabels.contains(String(text[..<colon]))
    }

    /// The issue placed at its cell (`Sheet1!F7`), its row (`Sheet1!7:7`) or its sheet.
    static func locate(_ issue: ImportIssue, sheet: String, header: CSVReader.Record) -> ImportIssue {
        var located = issue
        guard let line = issue.line else {
            located.place = sheet
            return located
        }
        if let column = issue.column, let index = columnIndex(named: column, in: header) {
            located.place = "\(sheet)!\(CellReference(column: index, row: line))"
        } else {
            located.place = "\(sheet)!\(line):\(line)"
        }
        return located
    }

    /// The column an issue names: its header as the file wrote it (normalised), or `#n`.
    static func columnIndex(named column: String, in header: CSVReader.Record) -> Int? {
        if column.hasPrefix("#"), let n = Int(column.dropFirst()) { return n - 1 }
        return header.fields.firstIndex { HumanText.normalized($0) == column }
    }
}

extension ImportIssue {
    init(line: Int?, column: String?, place: String, zh: String, en: String) {
        self.init(line: line, column: column, zh: zh, en: en)
        self.place = place
    }
}
