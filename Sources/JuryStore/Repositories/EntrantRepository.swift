import JuryCore

/// Entrants for the browser and the dossier.
public struct EntrantRepository {
    let store: Store

    /// One page of summaries.
    public func page(_ query: EntrantQuery) throws -> [EntrantSummary] {
        let (filter, args) = query.filter()
        let rows = try store.database.query("""
            SELECT e.id, e.name, e.employer, e.city, e.platforms, e.total_followers, e.review_stage,
                EXISTS (SELECT 1 FROM recommendations r WHERE r.matched_entrant_id = e.id) AS recommended
            FROM entrants e \(filter) ORDER BY \(query.orderBy) LIMIT ? OFFSET ?
            """, args + [max(0, query.limit), max(0, query.offset)])
        return rows.map { row in
            EntrantSummary(id: row.string("id") ?? "", name: row.string("name") ?? "", employer: row.string("employer") ?? "",
                           city: row.string("city") ?? "",
                           platforms: (row.string("platforms") ?? "").split(separator: ",").compactMap { Platform(rawValue: String($0)) },
                           totalFollowers: row.int("total_followers") ?? 0, recommended: row.bool("recommended"),
                           stage: ReviewStage(rawValue: row.string("review_stage") ?? "") ?? .registered)
        }
    }

    /// How many entrants match the query's filter (its sort and page are ignored).
    public func count(_ query: EntrantQuery = EntrantQuery()) throws -> Int {
        let (filter, args) = query.filter()
        return Int(try store.database.scalar("SELECT count(*) FROM entrants e \(filter)", args)?.int64 ?? 0)
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
