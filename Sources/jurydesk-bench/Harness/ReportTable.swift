import TerminalKit

/// Prints report rows as a plain table with aligned columns, followed by one source line per row.
struct ReportTable {
    var rows: [ReportRow] = []

    mutating func add(_ row: ReportRow) { rows.append(row) }

    func render() -> String {
        let header = ["id", "benchmark", "figure", "baseline (same run)", "ratio", "N"]
        let body = rows.map { [$0.id, $0.benchmark, $0.figure, $0.baseline, $0.ratio, $0.runs] }
        let all = [header] + body
        // Labels hold Chinese (two cells a character) and µs, so widths are terminal cells, not bytes or characters.
        let widths = (0..<header.count).map { c in all.map { $0[c].displayWidth }.max() ?? 0 }
        func line(_ cells: [String]) -> String {
            cells.enumerated().map { c, text in
                let pad = String(repeating: " ", count: widths[c] - text.displayWidth)
                // Numbers read best right-aligned; the first two columns are labels.
                return c < 2 ? text + pad : pad + text
            }.joined(separator: "  ")
        }
        var out = [line(header), widths.map { String(repeating: "-", count: $0) }.joined(separator: "  ")]
        out += body.map(line)
        out.append("")
        out.append("Where each figure comes from:")
        out += rows.map { "  [\($0.id)] \($0.source)" }
        return out.joined(separator: "\n")
    }
}
