/// Links recommendation rows to entrants: by phone first (exact digits), then by name and employer,
/// then by name and account nickname. Ambiguous candidates stay unmatched for a person to decide.
enum RecommendationMatcher {
    static func matchUnmatched(db: Database) throws {
        let rows = try db.query("SELECT id, name, employer, nickname, phone FROM recommendations WHERE matched_entrant_id IS NULL")
        for row in rows {
            guard let id = row.int64("id") else { continue }
            let name = row.string("name") ?? ""
            let phone = row.string("phone") ?? ""
            var method = ""
            var candidates: [String] = []
            if !phone.isEmpty {
                candidates = try db.query("SELECT id FROM entrants WHERE phone = ?", [phone]).compactMap { $0.string("id") }
                method = "phone"
            }
            if candidates.count != 1, let employer = row.string("employer"), !employer.isEmpty {
                candidates = try db.query("SELECT id FROM entrants WHERE name = ? AND employer = ?", [name, employer]).compactMap { $0.string("id") }
                method = "name_employer"
            }
            if candidates.count != 1, let nick = row.string("nickname"), !nick.isEmpty {
                candidates = try db.query("""
                    SELECT DISTINCT e.id FROM entrants e JOIN accounts a ON a.entrant_id = e.id
                    WHERE e.name = ? AND a.nickname = ?
                    """, [name, nick]).compactMap { $0.string("id") }
                method = "name_nickname"
            }
            if candidates.count == 1 {
                try db.run("UPDATE recommendations SET matched_entrant_id = ?, match_method = ? WHERE id = ?", [candidates[0], method, id])
            }
        }
    }
}
