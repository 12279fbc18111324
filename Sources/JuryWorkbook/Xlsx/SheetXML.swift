import JuryCore

/// Reads one worksheet part (`xl/worksheets/sheetN.xml`) into rows of display text.
enum SheetXML {
    /// Rows by number, each a dense array of cells; a merged range's value is given to every row it
    /// spans, in its first column (a unit written once beside several people belongs to each of
    /// them), while the other columns of the range stay empty, as Excel shows them.
    static func rows(_ bytes: [UInt8], part: String, strings: [String], formats: [CellFormat.Kind],
                     date1904: Bool) throws(WorkbookError) -> [CSVReader.Record] {
        var cells: [Int: [Int: String]] = [:]
        var merges: [(CellReference, CellReference)] = []
        var row = 0, column = -1
        var type = "n", style = 0
        var value = "", inline = ""
        var inValue = false, inInlineText = false, phonetic = 0
        var problem: WorkbookError?

        try XMLEvents.parse(bytes, part: part, start: { name, a in
            switch name {
            case "row":
                row = a["r"].flatMap { Int($0) } ?? row + 1
                column = -1
                if row < 1 || row > CellReference.maxRows { problem = problem ?? .corrupt(part: part, detail: "row \(row)") }
            case "c":
                if let r = a["r"] {
                    guard let ref = CellReference(r) else {
                        problem = problem ?? .corrupt(part: part, detail: "cell reference \(r)")
                        return
                    }
                    (row, column) = (ref.row, ref.column)
                } else {
                    column += 1
                }
                type = a["t"] ?? "n"
                style = a["s"].flatMap { Int($0) } ?? 0
                value = ""
                inline = ""
            case "v": inValue = true
            case "t": inInlineText = phonetic == 0
            case "rPh": phonetic += 1
            case "mergeCell":
                if let ref = a["ref"] {
                    let ends = ref.split(separator: ":")
                    if ends.count == 2, let from = CellReference(ends[0]), let to = CellReference(ends[1]) {
                        merges.append((from, to))
                    }
                }
            default: break
            }
        }, end: { name in
            switch name {
            case "v": inValue = false
            case "t": inInlineText = false
            case "rPh": phonetic -= 1
            case "c":
                guard column >= 0, column < CellReference.maxColumns else { return }
                let text: String
                switch type {
                case "s":
                    guard let index = Int(value), strings.indices.contains(index) else {
                        problem = problem ?? .corrupt(part: part, detail: "shared string \(value) at \(CellReference(column: column, row: row))")
                        return
                    }
                    text = strings[index]
                case "inlineStr": text = ExcelEscape.decode(inline)
                case "str": text = ExcelEscape.decode(value)
                case "e", "d": text = value   // a formula's cached text, an error (#N/A), an ISO date
                case "b": text = value == "1" ? "TRUE" : "FALSE"
                default:
                    // A formula cell without a cached value (never recalculated) reads as empty.
                    let kind = formats.indices.contains(style) ? formats[style] : .general
                    text = value.isEmpty ? "" : CellFormat.display(value, kind: kind, date1904: date1904)
                }
                if !text.isEmpty { cells[row, default: [:]][column] = text }
            default: break
            }
        }, text: { text in
            if inValue { value += text } else if inInlineText { inline += text }
        })
        if let problem { throw problem }

        for (from, to) in merges {
            guard let top = cells[from.row]?[from.column] else { continue }
            for r in from.row...max(from.row, to.row) where r != from.row && cells[r]?[from.column] == nil {
                cells[r, default: [:]][from.column] = top
            }
        }
        return cells.keys.sorted().compactMap { r in
            guard let byColumn = cells[r], let last = byColumn.keys.max() else { return nil }
            var fields = [String](repeating: "", count: last + 1)
            for (c, text) in byColumn { fields[c] = text }
            return CSVReader.Record(line: r, fields: fields)
        }
    }
}
