/// A virtualised single-column list with a highlighted selection; shares `TableState` with `TableView`.
public struct ListView {
    public var rowCount: Int
    /// Called only for items that are drawn.
    public var item: (Int) -> String
    public var alignment: TextAlignment = .left

    public init(rowCount: Int, item: @escaping (Int) -> String) {
        self.rowCount = max(0, rowCount)
        self.item = item
    }

    public init(items: [String]) {
        self.init(rowCount: items.count) { items[$0] }
    }

    /// Draws the visible items; `state` is clamped to the region's height first.
    public func draw(into region: Region, state: TableState, theme: Theme = .default, focused: Bool = true) {
        let current = state.clamped(rowCount: rowCount, visibleRows: region.height)
        for line in 0..<max(0, region.height) {
            let index = current.offset + line
            guard index < rowCount else { break }
            let selected = index == current.selected
            let style = selected ? (focused ? theme[.selected] : theme[.dim].adding(.reverse)) : theme[.normal]
            region.put(" " + item(index), x: 0, y: line, width: region.width, alignment: alignment, style: style)
        }
    }
}
