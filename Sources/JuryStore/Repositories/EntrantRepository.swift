import JuryCore

/// Entrants for the browser and the dossier.
public struct EntrantRepository {
    let store: Store

    /// The columns `EntrantSummary.init(row:)` reads, for every query that lists entrants.
    static let summaryColumns = """
        e.id, e.name, e.employer, e.city, e.platforms, e.total_followers, e.review_stage,
            EXISTS (SELECT 1 FROM recommendations r WHERE r.matched_entrant_id = e.id) AS recommended
        """

    /// One page of summaries.
    ///
    /// Browser-sized first pages (offset 0) are kept (`FirstWindows`) while the file does not
    /// change, and a first page whose needle holds a kept one's (a character typed on, or rubbed
    /// out back to it) is answered from it: only rows sorting after its end are read, if any are
    /// needed. Each typed filter key asks for one.
    public func page(_ query: EntrantQuery) throws -> [EntrantSummary] {
        // Not inside a write: what it reads may yet be rolled back, which moves no counter.
        guard query.offset == 0, query.limit > 0, query.limit <= FirstWindows.largestPage,
              !store.database.isInWriteTransaction else {
            var page: [EntrantSummary] = []
            page.reserveCapacity(min(max(0, query.limit), 1000))
            try select(query, limit: query.limit) { row, _ in page.append(row) }
            return page
        }
        return try store.read { db in
            let counter = try store.changeCounter()
            if let (window, source) = store.firstWindows.narrowing(to: query, at: counter) {
                if window.answers(from: source) { return kept(window, at: counter) }
                if let end = source.rows.last,
                   let row = try db.query("SELECT \(EntrantQuery.sortColumns) FROM entrants e WHERE e.id = ?", [end.id]).first {
                    var window = window
                    try select(query, after: row, limit: query.limit - window.rows.count) { window.append($0, searchText: $1) }
                    return kept(window, at: counter)
                }
            }
            var window = FirstWindow(query: query)
            try select(query, limit: query.limit) { window.append($0, searchText: $1) }
            store.firstWindows.keep(window, at: counter)
            return window.rows
        }
    }

    /// Keeps a first page answered from another page, and counts it.
    private func kept(_ window: FirstWindow, at counter: Int64) -> [EntrantSummary] {
        store.firstWindows.keep(window, at: counter)
        store.narrowedPages += 1
        return window.rows
    }

    /// Steps the page's SELECT: `limit` rows from the query's offset, or from just after the entrant
    /// `after` (read with `EntrantQuery.sortColumns`); hands on each summary with its search text.
    private func select(_ query: EntrantQuery, after: Row? = nil, limit: Int,
                        _ each: (EntrantSummary, UnsafeBufferPointer<UInt8>) -> Void) throws {
        var (filter, args) = query.filter()
        if let after {
            let (clause, keys) = query.sortsAfter(after)
            filter = (filter.isEmpty ? "WHERE " : filter + " AND ") + clause
            args += keys
        }
        // Read by column position straight off the statement: every typed filter key reads a page,
        // and a Row (an array of values, found by name) per entrant was a tenth of that keystroke.
        let statement = try store.database.cachedStatement("""
            SELECT \(Self.summaryColumns), e.search_text
            FROM entrants e \(filter) ORDER BY \(query.orderBy) LIMIT ? OFFSET ?
            """)
        defer { statement.reset() }
        try statement.bind(args + [max(0, limit), after == nil ? max(0, query.offset) : 0])
        var platformLists: [UInt64: [Platform]] = [:]
        while try statement.step() {
            each(EntrantSummary(statement: statement, platformLists: &platformLists), statement.bytes(8))
        }
    }

    /// One entrant's browser line, nil when unknown (to refresh a row another session changed).
    public func summary(id: String) throws -> EntrantSummary? {
        try store.database.query("SELECT \(Self.summaryColumns) FROM entrants e WHERE e.id = ?", [id])
            .first.map(EntrantSummary.init(row:))
    }

    /// The row index (from 0) the entrant has under the query's filter and sort, so the browser can
    /// keep it selected after a change moves it; nil when unknown or filtered out. Page ignored.
    public func position(of id: String, in query: EntrantQuery) throws -> Int? {
        let (filter, args) = query.filter()
        let db = store.database
        let own = (filter.isEmpty ? "WHERE " : filter + " AND ") + "e.id = ?"
        guard let row = try db.query("SELECT \(EntrantQuery.sortColumns) FROM entrants e \(own)", args + [id]).first
        else { return nil }
        let (before, keys) = query.sortsBefore(row)
        let clause = (filter.isEmpty ? "WHERE " : filter + " AND ") + before
        return Int(try db.scalar("SELECT count(*) FROM entrants e \(clause)", args + keys)?.int64 ?? 0)
    }

    /// How many entrants match the query's filter (its sort and page are ignored).
    public func count(_ query: EntrantQuery = EntrantQuery()) throws -> Int {
        let (filter, args) = query.filter()
        return Int(try store.database.scalar("SELECT count(*) FROM entrants e \(filter)", args)?.int64 ?? 0)
    }

    /// How many entrants stand at each stage (every stage present, 0 when none), in one pass over the stage index.
    ///
    /// Every open screen asks for these after every commit of any session, and counting 100,000
    /// entrants takes 12 ms: 20 judges' submits a second would cost each idle session a quarter of
    /// a core. So the counts are kept with the entrants' seal digest, which every write that
    /// changes an entrant moves (`seal_digests`), and counted again only when it has moved.
    public func countsByStage() throws -> [ReviewStage: Int] {
        try store.read { db in
            let mark = try Store.changeMark(.entrants, db: db)
            if let mark, let cached = store.stageCountsCache, cached.mark == mark { return cached.counts }
            var counts = Dictionary(uniqueKeysWithValues: ReviewStage.allCases.map { ($0, 0) })
            for row in try db.query("SELECT review_stage, count(*) AS n FROM entrants GROUP BY review_stage") {
                if let stage = row.string("review_stage").flatMap(ReviewStage.init(rawValue:)) { counts[stage] = row.int("n") ?? 0 }
            }
            store.stageCountsCache = mark.map { ($0, counts) }
            return counts
        }
    }

    /// The full entrant with accounts and works, nil when unknown.
    public func entrant(id: String) throws -> Entrant? {
        try store.read { db in try EntrantRows.fetch(id: id, db: db) }
    }
}

extension Store {
    /// Entrants.
    public var entrants: EntrantRepository { EntrantRepository(store: self) }
}
