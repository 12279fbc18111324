import TerminalKit

/// Which rows a windowed table holds: a window of `size` rows around the visible ones, fetched again
/// only when the visible rows come within `margin` of its edge (so a long list is never held whole).
struct RowWindow {
    var size: Int
    var margin: Int

    /// The start of the window to fetch for `table` over `total` rows, or nil when the held one
    /// (`start`, `held` rows) still covers the visible rows and their margin.
    func start(toFetch table: TableState, total: Int, start: Int, held: Int, visible: Int) -> Int? {
        let clamped = table.clamped(rowCount: total, visibleRows: visible)
        let needFrom = max(0, clamped.offset - margin)
        let needTo = min(total, clamped.offset + visible + margin)
        if needFrom >= start && needTo <= start + held { return nil }
        return max(0, min(clamped.offset + visible / 2 - size / 2, total - size))
    }
}
