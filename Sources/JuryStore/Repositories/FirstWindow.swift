import JuryCore

/// The first window of a filter as the browser last read it, kept so the next, longer filter can be
/// answered from it while the file has not changed.
///
/// Typing narrows: every entrant whose search text holds "王晓" also holds "王". So of the entrants
/// matching "王晓", those sorting before the end of the "王" window are exactly the rows of that
/// window that hold "王晓"; only what sorts after its last row is read again — and nothing at all
/// when the window held every match. A keystroke after a short window costs no query.
struct FirstWindow {
    /// The query read, at offset 0; its needle as bytes (what `instr` compares).
    let query: EntrantQuery
    let needle: [UInt8]
    /// `Store.changeCounter()` when it was read: the window stands only while that has not moved.
    let counter: Int64
    private(set) var rows: [EntrantSummary] = []
    /// Each row's `search_text`, end to end; row i's ends at `ends[i]`.
    private var texts: [UInt8] = []
    private var ends: [Int] = []

    init(query: EntrantQuery, counter: Int64) {
        self.query = query
        self.needle = Array(query.needle.utf8)
        self.counter = counter
    }

    /// True when the window holds every match (it came back shorter than asked).
    var isWhole: Bool { rows.count < query.limit }

    mutating func append(_ row: EntrantSummary, searchText: UnsafeBufferPointer<UInt8>) {
        rows.append(row)
        texts.append(contentsOf: searchText)
        ends.append(texts.count)
    }

    /// What this window knows of `query`, read at `counter`: its first rows, and whether they are its
    /// whole first window (else the rest sorts after `rows.last`). Nil when it cannot say: the file
    /// changed, or `query` differs in more than a needle that extends this one.
    func narrowed(to query: EntrantQuery, counter: Int64) -> FirstWindow? {
        guard counter == self.counter, query.offset == 0, self.query.offset == 0, query.limit > 0,
              Self.sameButSearch(query, self.query) else { return nil }
        var narrowed = FirstWindow(query: query, counter: counter)
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
