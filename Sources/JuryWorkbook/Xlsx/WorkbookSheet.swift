/// One sheet to write: cells by row, which rows are headers (bold, and frozen when at the top),
/// merged ranges, and the column widths (fitted to the content when not given).
public struct WorkbookSheet: Sendable {
    /// A cell to write. Text is always written as a string, so nothing in it can become a formula.
    public enum Cell: Sendable, Equatable {
        case empty
        case text(String)
        /// A plain decimal written as a number (`-12`, `4.5`); anything else given here is written as text.
        case number(String)
        /// Text in bold (a form's labels), or a title (bold, larger, centred).
        case bold(String)
        case title(String)
    }

    public var name: String
    public var rows: [[Cell]]
    /// Rows (0-based) shown bold, as a header.
    public var headerRows: Set<Int>
    /// Rows at the top that stay in view while scrolling (0 for none).
    public var frozenRows: Int
    /// Merged ranges in A1 notation (`A1:G1`).
    public var merges: [String]
    /// Width of each column in characters; nil fits each column to its widest cell.
    public var columnWidths: [Double]?

    public init(name: String, rows: [[Cell]], headerRows: Set<Int> = [], frozenRows: Int = 0,
                merges: [String] = [], columnWidths: [Double]? = nil) {
        self.name = name
        self.rows = rows
        self.headerRows = headerRows
        self.frozenRows = frozenRows
        self.merges = merges
        self.columnWidths = columnWidths
    }

    /// Column widths from the cells' display width (CJK = 2), plus room for the cell padding;
    /// title cells (usually merged across) do not widen their column.
    func fittedWidths() -> [Double] {
        if let columnWidths { return columnWidths }
        var widths: [Int] = []
        for row in rows {
            for (i, cell) in row.enumerated() {
                let text: String
                switch cell {
                case .text(let t), .number(let t), .bold(let t): text = t
                case .empty, .title: continue
                }
                // A cell with line breaks is as wide as its longest line.
                let w = text.split(whereSeparator: \.isNewline).map { DisplayColumns.width(String($0)) }.max() ?? 0
                while widths.count <= i { widths.append(0) }
                widths[i] = max(widths[i], w)
            }
        }
        return widths.map { Double(min(max($0, 4), 60)) + 2.5 }
    }
}
