import JuryCore

/// The last few first pages of the browser's filters, so a keystroke can be answered from one of
/// them (`FirstWindow.narrowed`): typing a character, or rubbing one out back to a filter already
/// read. A page answers only at the `Store.changeCounter()` it was read at: once the file has
/// changed it is stale, and is dropped.
struct FirstWindows {
    /// Oldest first, each with the counter it was read at.
    private var windows: [(counter: Int64, window: FirstWindow)] = []
    static let kept = 8
    /// Larger pages are not kept (the browser asks for 200 rows; a 100,000-row read would be held).
    static let largestPage = 1000
    var count: Int { windows.count }

    /// What the most recent page read at `counter` that can answer `query` knows of it, and that page.
    func narrowing(to query: EntrantQuery, at counter: Int64) -> (window: FirstWindow, source: FirstWindow)? {
        for (read, source) in windows.reversed() where read == counter {
            if let window = source.narrowed(to: query) { return (window, source) }
        }
        return nil
    }

    /// Keeps `window`, read at `counter`. One stale page goes with each page kept: freeing all eight
    /// (some 1,600 rows of strings) in the key that first sees a change cost that key 55–80 µs.
    mutating func keep(_ window: FirstWindow, at counter: Int64) {
        windows.removeAll { $0.counter == counter && $0.window.query == window.query }
        if let stale = windows.firstIndex(where: { $0.counter != counter }) { windows.remove(at: stale) }
        windows.append((counter, window))
        if windows.count > Self.kept { windows.removeFirst() }
    }
}

/// The first window of a filter as the browser read it.
///
/// Typing narrows: every entrant whose search text holds "王晓" also holds "王". So of the entrants
/// matching "王晓", those sorting before the end of the "王" window are exactly the rows of that
/// window that hold "王晓"; only what sorts after its last row is read again — and nothing at all
/// when the window held every match. A keystroke after a short window costs no query, and so does
/// rubbing a character out back to a filter still kept.
struct FirstWindow {
    /// The query read, at offset 0; its needle as bytes (what `instr` compares).
    let query: EntrantQuery
    let needle: [UInt8]
    private(set) var rows: [EntrantSummary] = []
    /// Each row's `search_text`, end to end; row i's ends at `ends[i]`.
    private var texts: [UInt8] = []
    private var ends: [Int] = []

    init(query: EntrantQuery) {
        self.query = query
        self.needle = Array(query.needle.utf8)
    }

    /// True when the window holds every match (it came back shorter than asked).
    var isWhole: Bool { rows.count < query.limit }

    mutating func append(_ row: EntrantSummary, searchText: UnsafeBufferPointer<UInt8>) {
        rows.append(row)
        texts.append(contentsOf: searchText)
        ends.append(texts.count)
    }

    /// What this window knows of `query`: its first rows (`answers(from:)` says whether they are the
    /// whole first window; else the rest sorts after this one's last row). Nil when it cannot say:
    /// `query` differs in more than a needle that holds this one's.
    func narrowed(to query: EntrantQuery) -> FirstWindow? {
        // Same offset as this page's (compared with the rest of the query): 0, a first page.
        guard query.offset == 0, query.limit > 0, Self.sameButSearch(query, self.query) else { return nil }
        var narrowed = FirstWindow(query: query)
        // "王晓" must contain "王": then a row that holds it also held "王" (instr is a byte search
        // of UTF-8, so a byte search here gives the same answer).
        guard Self.contains(narrowed.needle[...], needle) else { return nil }
        texts.withUnsafeBufferPointer { all in
            var start = 0
            for (i, end) in ends.enumerated() {
                let text = UnsafeBufferPointer(rebasing: all[start..<end])
                start = end
                guard narrowed.rows.count < query.limit else { break }
                if Self.contains(text, narrowed.needle) { narrowed.append(rows[i], searchText: text) }
            }
        }
        return narrowed
    }

    /// Whether this window, narrowed, is the whole answer: it filled, or nothing can follow it.
    func answers(from source: FirstWindow) -> Bool { rows.count == query.limit || source.isWhole }

    private static func sameButSearch(_ a: EntrantQuery, _ b: EntrantQuery) -> Bool {
        var a = a, b = b
        (a.search, a.limit, b.search, b.limit) = ("", 0, "", 0)
        return a == b
    }

    /// A byte search; an empty needle is in every text.
    static func contains<Text: Collection<UInt8>>(_ text: Text, _ needle: [UInt8]) -> Bool where Text.Index == Int {
        guard let first = needle.first else { return true }
        let count = needle.count
        guard text.count >= count else { return false }
        var i = text.startIndex
        let last = text.endIndex - count
        while i <= last {
            if text[i] == first {
                var k = 1
                while k < count && text[i + k] == needle[k] { k += 1 }
                if k == count { return true }
            }
            i += 1
        }
        return false
    }
}
