/// Selection and scroll position of a table or list, kept by the app and passed to the view when drawing.
///
/// All moves clamp: the selection stays within the rows and the scroll offset keeps it visible.
public struct TableState: Sendable, Hashable {
    /// Index of the selected row (0 when there are no rows).
    public var selected: Int
    /// Index of the first visible row.
    public var offset: Int

    public init(selected: Int = 0, offset: Int = 0) {
        self.selected = selected
        self.offset = offset
    }

    /// The state with the selection inside `0..<rowCount` and the offset showing it.
    public func clamped(rowCount: Int, visibleRows: Int) -> TableState {
        guard rowCount > 0 else { return TableState() }
        let visible = max(1, visibleRows)
        let sel = min(max(0, selected), rowCount - 1)
        var off = min(max(0, offset), max(0, rowCount - visible))
        if sel < off { off = sel }
        if sel >= off + visible { off = sel - visible + 1 }
        return TableState(selected: sel, offset: off)
    }

    /// Moves the selection by `delta` rows (negative is up).
    public mutating func moveSelection(by delta: Int, rowCount: Int, visibleRows: Int) {
        selected += delta
        self = clamped(rowCount: rowCount, visibleRows: visibleRows)
    }

    /// Moves one page up or down, scrolling the view with the selection.
    public mutating func page(up: Bool, rowCount: Int, visibleRows: Int) {
        let step = max(1, visibleRows - 1)
        scroll(by: up ? -step : step, rowCount: rowCount, visibleRows: visibleRows)
    }

    /// Moves the selection and the view together by `delta` rows (negative is up), so the selected row
    /// keeps its place on screen where it can.
    public mutating func scroll(by delta: Int, rowCount: Int, visibleRows: Int) {
        selected += delta
        offset += delta
        self = clamped(rowCount: rowCount, visibleRows: visibleRows)
    }

    /// Selects the first row.
    public mutating func home(rowCount: Int, visibleRows: Int) {
        self = TableState(selected: 0, offset: 0).clamped(rowCount: rowCount, visibleRows: visibleRows)
    }

    /// Selects the last row.
    public mutating func end(rowCount: Int, visibleRows: Int) {
        self = TableState(selected: rowCount - 1, offset: rowCount).clamped(rowCount: rowCount, visibleRows: visibleRows)
    }

    /// Applies a navigation key (↑ ↓ PgUp PgDn Home End, and k/j); returns false for other keys.
    public mutating func handle(_ key: Key, rowCount: Int, visibleRows: Int) -> Bool {
        switch key {
        case .up, .char("k"): moveSelection(by: -1, rowCount: rowCount, visibleRows: visibleRows)
        case .down, .char("j"): moveSelection(by: 1, rowCount: rowCount, visibleRows: visibleRows)
        case .pageUp: page(up: true, rowCount: rowCount, visibleRows: visibleRows)
        case .pageDown: page(up: false, rowCount: rowCount, visibleRows: visibleRows)
        case .home: home(rowCount: rowCount, visibleRows: visibleRows)
        case .end: end(rowCount: rowCount, visibleRows: visibleRows)
        default: return false
        }
        return true
    }
}
