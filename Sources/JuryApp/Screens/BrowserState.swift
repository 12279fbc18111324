import JuryCore
import JuryStore
import TerminalKit

/// The entrant browser: filter, sort and a window of rows around the selection (never all of them).
public struct BrowserState: Sendable {
    /// Only entrants at this stage (nil: all).
    public var stage: ReviewStage?
    public var sort = BrowserSort()
    public var filter = TextField(maxLength: 40)
    public var editingFilter = false
    /// Entrants matching filter and stage.
    public var total = 0
    /// Display index of `rows[0]`.
    public var start = 0
    public var rows: [EntrantSummary] = []
    /// Selection and scroll as display indexes over all `total` rows.
    public var table = TableState()
    /// Bumped whenever the filter, stage or sort changes, so late answers to old queries are dropped.
    public var generation = 0
    public var loaded = false
    /// Start of a window request in flight, to avoid asking twice.
    var pendingStart: Int?

    public init(stage: ReviewStage? = nil) { self.stage = stage }

    /// The row at a display index, if it is in the window.
    public func row(at index: Int) -> EntrantSummary? {
        let i = index - start
        return rows.indices.contains(i) ? rows[i] : nil
    }

    public var selectedRow: EntrantSummary? { row(at: table.selected) }

    /// How many rows are kept around the selection.
    static let windowSize = 200
    /// Fetch again when the visible rows come this close to the window's edge.
    static let margin = 20
}
