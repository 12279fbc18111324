import JuryCore

/// Units' recommendation lists and their matches to entrants.
public struct RecommendationRepository {
    let store: Store

    /// One stored recommendation row with its match.
    public struct Entry: Hashable, Sendable {
        public var recommendation: Recommendation
        public var matchedEntrantId: String?
        public var matchMethod: String?
    }

    /// A unit's list in 序号 order.
    public func list(unit: String) throws -> [Entry] {
        try store.database.query("SELECT * FROM recommendations WHERE unit = ? ORDER BY seq", [unit]).map(Self.entry)
    }

    /// Every unit with its row count and matched count, for the unit summary.
    public func units() throws -> [(unit: String, rows: Int, matched: Int)] {
        try store.database.query("""
            SELECT unit, count(*) AS n, count(matched_entrant_id) AS m FROM recommendations GROUP BY unit ORDER BY unit
            """).map { ($0.string("unit") ?? "", $0.int("n") ?? 0, $0.int("m") ?? 0) }
    }

    /// Rows no entrant could be matched to automatically.
    public func unmatched() throws -> [Entry] {
        try store.database.query("SELECT * FROM recommendations WHERE matched_entrant_id IS NULL ORDER BY unit, seq").map(Self.entry)
    }

    /// A person's decision on an ambiguous row.
    public func match(unit: String, sequence: Int, entrantId: String?, actor: String) throws {
        try store.write(actor: actor, action: "recommendation.match", subject: "\(unit)#\(sequence)",
                        detail: .object(["entrant": entrantId.map(JSONValue.string) ?? .null])) { ctx in
            let n = try ctx.db.run("UPDATE recommendations SET matched_entrant_id = ?, match_method = ? WHERE unit = ? AND seq = ?",
                                   [entrantId, entrantId == nil ? nil : "manual", unit, sequence])
            guard n == 1 else { throw StoreError.notFound(path: store.path, what: "recommendation", key: "\(unit)#\(sequence)") }
        }
    }

    static func entry(_ row: Row) -> Entry {
        Entry(recommendation: Recommendation(unit: row.string("unit") ?? "", sequence: row.int("seq") ?? 0, name: row.string("name") ?? "",
                                             employer: row.string("employer") ?? "",
                                             platform: row.string("platform").flatMap(Platform.init(rawValue:)),
                                             nickname: row.string("nickname") ?? "", phone: row.string("phone") ?? "",
                                             note: row.string("note") ?? ""),
              matchedEntrantId: row.string("matched_entrant_id"), matchMethod: row.string("match_method"))
    }
}

extension Store {
    /// Recommendation lists.
    public var recommendations: RecommendationRepository { RecommendationRepository(store: self) }
}
