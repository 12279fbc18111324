/// Supplies a table's rows on demand, so a table of any length costs only its visible rows to draw.
public protocol TableDataSource {
    var rowCount: Int { get }
    /// The cell texts of one row, in column order.
    func cells(forRow row: Int) -> [String]
}

/// A virtualised table: a header with an optional sort indicator, rows fetched lazily, a highlighted selection.
public struct TableView {
    /// Sort indicator shown on a column header.
    public struct Sort: Sendable, Hashable {
        public var column: Int
        public var ascending: Bool
        public init(column: Int, ascending: Bool) { self.column = column; self.ascending = ascending }
    }

    public var columns: [TableColumn]
    public var rowCount: Int
    /// Called only for rows that are drawn.
    public var row: (Int) -> [String]
    public var sort: Sort?
    public var showsHeader = true
    public var columnSpacing = 1
    /// An optional role per row (e.g. `.warning` for flagged entries); the selection style wins.
    public var rowRole: ((Int) -> ThemeRole?)?

    public init(columns: [TableColumn], rowCount: Int, row: @escaping (Int) -> [String]) {
        self.columns = columns
        self.rowCount = max(0, rowCount)
        self.row = row
    }

    public init(columns: [TableColumn], dataSource: some TableDataSource) {
        self.init(columns: columns, rowCount: dataSource.rowCount, row: dataSource.cells(forRow:))
    }

    /// How many data rows fit in a region of the given height.
    public func visibleRows(height: Int) -> Int { max(0, height - (showsHeader ? 1 : 0)) }

    /// Draws the header and the visible rows; `state` is clamped first so any state is safe to pass.
    public func draw(into region: Region, state: TableState, theme: Theme = .default, focused: Bool = true) {
        let widths = TableColumn.layout(columns, totalWidth: region.width, spacing: columnSpacing)
        var y = 0
        if showsHeader, region.height > 0 {
            region.fill(Rect(x: 0, y: 0, width: region.width, height: 1), style: theme[.header])
            var x = 0
            for (i, column) in columns.enumerated() {
                var title = column.title
                // The indicator is kept even when the title must be cut to make room for it.
                if let sort, sort.column == i { title = title.truncated(toWidth: widths[i] - 1) + (sort.ascending ? "▲" : "▼") }
                region.put(title, x: x, y: 0, width: widths[i], alignment: column.alignment, style: theme[.header])
                x += widths[i] + columnSpacing
            }
            y = 1
        }
        let visible = visibleRows(height: region.height)
        let current = state.clamped(rowCount: rowCount, visibleRows: visible)
        for line in 0..<visible {
            let index = current.offset + line
            guard index < rowCount else { break }
            var style = theme[rowRole?(index) ?? .normal]
            if index == current.selected {
                style = focused ? theme[.selected] : theme[.dim].adding(.reverse)
            }
            region.fill(Rect(x: 0, y: y + line, width: region.width, height: 1), style: style)
            let texts = row(index)
            var x = 0
            for (i, column) in columns.enumerated() {
                let text = i < texts.count ? texts[i] : ""
                // The row is filled with its style above: only the text itself is written.
                region.putAligned(text, x: x, y: y + line, width: widths[i], alignment: column.alignment, style: style)
                x += widths[i] + columnSpacing
            }
        }
    }
}
