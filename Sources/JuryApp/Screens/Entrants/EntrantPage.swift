import JuryCore
import JuryStore

/// The browser's sort: a store order plus a direction the app flips by reading pages from the end.
public struct BrowserSort: Sendable, Equatable {
    public var key: EntrantQuery.Sort
    public var ascending: Bool

    public init(key: EntrantQuery.Sort = .id, ascending: Bool = true) {
        self.key = key
        self.ascending = ascending
    }

    /// The order the store returns rows in (followers come largest first).
    var storeAscending: Bool { key != .followersDescending }

    /// True when the display order is the store's order read backwards.
    var isReversed: Bool { ascending != storeAscending }

    /// The next column in the cycle, in its natural direction.
    func nextColumn() -> BrowserSort {
        let all = EntrantQuery.Sort.allCases
        let next = all[((all.firstIndex(of: key) ?? 0) + 1) % all.count]
        return BrowserSort(key: next, ascending: next != .followersDescending)
    }
}

/// One window of the entrant list the browser wants, in display order.
public struct EntrantPageRequest: Sendable, Equatable {
    public var search: String
    public var stage: ReviewStage?
    public var sort: BrowserSort
    /// First display row wanted.
    public var start: Int
    public var limit: Int
    /// Matches answers to the request that is still current (typing fires many).
    public var generation: Int
    /// Keep this entrant selected if it is still in the list, wherever it now sorts: the window is
    /// moved to hold it (a refresh after another session's commit, a new sort or stage view).
    public var keepId: String?
    /// A new filter being typed: read the first window only and leave a full count to a pause in
    /// typing (`EntrantPage.exact` says whether the window already gave it).
    public var countLater = false

    /// Whether the first window alone can answer: only in the store's own order (reversed sorts
    /// read from the end, which needs the count) and with no entrant to find.
    var windowFirst: Bool { countLater && start == 0 && keepId == nil && !sort.isReversed }

    /// The store's offset and limit for a display window over `total` rows (reversed reads come from the end).
    public func storeRange(total: Int) -> (offset: Int, limit: Int) {
        let start = max(0, min(self.start, total))
        let end = min(total, start + max(0, limit))
        guard sort.isReversed else { return (start, end - start) }
        return (total - end, end - start)
    }

    /// The display row of the entrant at `storeIndex` in the store's order (reversed sorts count from the end).
    public func displayIndex(ofStoreIndex storeIndex: Int, total: Int) -> Int {
        sort.isReversed ? total - 1 - storeIndex : storeIndex
    }

    /// The same request with its window moved so `index` sits in the middle, unless it already lies
    /// `margin` rows inside the window (so an entrant that did not move does not shift the window).
    public func holding(_ index: Int, total: Int, margin: Int) -> EntrantPageRequest {
        let lower = start == 0 ? 0 : start + margin
        let upper = start + limit >= total ? total : start + limit - margin
        if index >= lower && index < upper { return self }
        var moved = self
        moved.start = max(0, min(index - limit / 2, total - limit))
        return moved
    }
}

/// A window of entrants in display order with the total that matched.
public struct EntrantPage: Sendable, Equatable {
    public var generation: Int
    public var total: Int
    public var start: Int
    public var rows: [EntrantSummary]
    public var keepId: String?
    /// The display row of `keepId` under this query; nil when it is filtered out or gone.
    public var keptAt: Int?
    /// False when `total` is only the rows of a full first window: the count comes later.
    public var exact = true
}

/// The count of a filter whose first window came without one (asked for after a pause in typing).
public struct EntrantCountRequest: Sendable, Equatable {
    public var search: String
    public var stage: ReviewStage?
    public var generation: Int
}

public struct EntrantCount: Sendable, Equatable {
    public var generation: Int
    public var total: Int
}

/// The dossier of one entrant as the detail screen shows it.
public struct EntrantDetail: Sendable, Equatable {
    public var summary: EntrantSummary
    public var entrant: Entrant?
    public var latestVote: VoteSnapshot?
    public var roundOne: [CheckResult]
    public var roundTwo: [CheckResult]
    /// Every review decision on the entrant, oldest first (who, when, why; every version kept).
    public var history: [ReviewDecision] = []
    /// The units' recommendation rows that name the entrant, with their 备注.
    public var recommendations: [Recommendation] = []
    /// The public vote counts, oldest snapshot first (a sparkline once voting has started).
    public var votes: [Int] = []
    /// The entry video as ffprobe reads it (nil: no video file named).
    public var video: VideoFacts?
}
