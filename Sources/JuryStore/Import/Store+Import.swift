import Foundation
import JuryCore

extension Store {
    /// Upserts entrants by id (a corrected file updates the ones it names; others stay). One
    /// transaction, one audit entry; importing the same data again changes nothing.
    ///
    /// `progress` is called inside the write transaction about a hundred times (rows done of the
    /// total), starting again from 0 if a busy file makes the write run again; it must return at once.
    @discardableResult
    public func importEntrants(_ entrants: [Entrant], actor: String,
                               progress: ((ImportProgress) -> Void)? = nil) throws -> ImportResult {
        try checkUniqueIds(entrants.map(\.id), what: "entrant id")
        let digest = try InputDigest.of(entrants)
        // Digests are computed before the write lock is taken: the transaction only compares and writes.
        let contentDigests = entrants.map(EntrantRows.contentDigest)
        let report = ImportProgress.reporter(total: entrants.count, progress)
        return try write(actor: actor, action: "import.entrants", subject: "\(entrants.count)") { ctx in
            try ctx.require(.importData)
            var r = ImportResult(inputSHA256: digest)
            report(0)
            try ctx.queueingInsertsByHand([.entrants, .accounts, .works]) {
                let inserters = try EntrantRows.Inserters.sealing(ctx)
                for (i, e) in entrants.enumerated() {
                    defer { report(i + 1) }
                    try upsertEntrant(e, content: contentDigests[i], ctx: ctx, inserters: inserters, into: &r)
                }
            }
            // Newly imported entrants may be the ones earlier recommendation lists name.
            try RecommendationMatcher.matchUnmatched(db: ctx.db)
            ctx.addDetail("counts", r.auditDetail)
            return r
        }
    }

    /// Writes one entrant inside an open write: inserted when new, left alone when its content
    /// digest matches, otherwise replaced; counted in `r`. `knownNew` (an import into an empty
    /// table) skips looking the id up.
    func upsertEntrant(_ e: Entrant, content: String, ctx: WriteContext, inserters: EntrantRows.Inserters, knownNew: Bool = false,
                       into r: inout ImportResult) throws {
        let stored = knownNew ? nil : try EntrantRows.storedDigest(id: e.id, db: ctx.db)
        switch stored {
        case nil:
            r.inserted += 1
            try EntrantRows.insertNew(e, digest: content, now: ctx.nowText, into: inserters)
            return
        case content?:
            r.unchanged += 1
            return
        case ""?:
            // Written before schema 3: compare in full once, and keep the digest if it is unchanged.
            if try EntrantRows.fetch(id: e.id, db: ctx.db) == EntrantRows.normalized(e) {
                r.unchanged += 1
                try EntrantRows.setDigest(id: e.id, content, db: ctx.db)
                return
            }
        default:
            break
        }
        r.updated += 1
        try EntrantRows.replace(e, digest: content, now: ctx.nowText, db: ctx.db, into: inserters)
    }

    /// Replaces one unit's recommendation list (rows keyed by 序号) and matches them to entrants.
    @discardableResult
    public func importRecommendations(_ list: [Recommendation], unit: String, actor: String) throws -> ImportResult {
        try importRecommendationLists([unit: list], actor: actor)[0]
    }

    /// Replaces the lists of several units at once — one transaction and one audit entry for the
    /// whole file, so a problem in the second unit leaves the first one as it was. Results come in
    /// unit-name order.
    @discardableResult
    public func importRecommendationLists(_ lists: [String: [Recommendation]], actor: String) throws -> [ImportResult] {
        let units = lists.keys.sorted()
        var digests: [String: String] = [:]
        for unit in units {
            let list = lists[unit] ?? []
            if let stray = list.first(where: { $0.unit != unit }) {
                throw StoreError.invalidArgument(field: "unit", zh: "第 \(stray.sequence) 号属于“\(stray.unit)”而不是“\(unit)”，请按推荐单位分开导入",
                                                   en: "row \(stray.sequence) belongs to \(stray.unit), not \(unit): import each unit's list separately")
            }
            try checkUniqueIds(list.map { String($0.sequence) }, what: "序号 / sequence")
            digests[unit] = try InputDigest.of(list)
        }
        return try write(actor: actor, action: "import.recommendations", subject: units.joined(separator: ", ")) { ctx in
            try ctx.require(.importData)
            var results: [ImportResult] = []
            var details: [String: JSONValue] = [:]
            for unit in units {
                let r = try replaceRecommendations(lists[unit] ?? [], unit: unit, digest: digests[unit] ?? "", db: ctx.db)
                results.append(r)
                details[unit] = r.auditDetail
            }
            try RecommendationMatcher.matchUnmatched(db: ctx.db)
            // One unit keeps the detail shape earlier entries have; several are listed by unit.
            if units.count == 1, let only = results.first {
                ctx.addDetail("counts", only.auditDetail)
            } else {
                ctx.addDetail("units", .object(details))
            }
            return results
        }
    }

    /// One unit's list inside an open write: update by 序号, insert new ones, delete the rest.
    private func replaceRecommendations(_ list: [Recommendation], unit: String, digest: String,
                                        db: Database) throws -> ImportResult {
        var r = ImportResult(inputSHA256: digest)
        var existing: [Int: Row] = [:]
        for row in try db.query("SELECT * FROM recommendations WHERE unit = ?", [unit]) {
            if let seq = row.int("seq") { existing[seq] = row }
        }
        for rec in list {
            let values: [SQLBindable?] = [rec.name, rec.employer, rec.platform?.rawValue, rec.nickname, rec.phone, rec.note]
            if let old = existing.removeValue(forKey: rec.sequence) {
                let same = old.string("name") == rec.name && old.string("employer") == rec.employer
                    && old.string("platform") == rec.platform?.rawValue && old.string("nickname") == rec.nickname
                    && old.string("phone") == rec.phone && old.string("note") == rec.note
                if same { r.unchanged += 1; continue }
                r.updated += 1
                try db.run("""
                    UPDATE recommendations SET name = ?, employer = ?, platform = ?, nickname = ?, phone = ?, note = ?,
                        matched_entrant_id = NULL, match_method = NULL WHERE unit = ? AND seq = ?
                    """, values + [unit, rec.sequence])
            } else {
                r.inserted += 1
                try db.run("""
                    INSERT INTO recommendations (name, employer, platform, nickname, phone, note, unit, seq)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?)
                    """, values + [unit, rec.sequence])
            }
        }
        for seq in existing.keys {
            r.removed += 1
            try db.run("DELETE FROM recommendations WHERE unit = ? AND seq = ?", [unit, seq])
        }
        return r
    }

    /// Appends vote snapshots; a snapshot for the same entrant and time replaces its count.
    @discardableResult
    public func importVotes(_ snapshots: [VoteSnapshot], actor: String) throws -> ImportResult {
        let digest = try InputDigest.of(snapshots)
        return try write(actor: actor, action: "import.votes", subject: "\(snapshots.count)") { ctx in
            try ctx.require(.importData)
            try ctx.requireResultsUnlocked(attempt: Permission.importData.label)
            var r = ImportResult(inputSHA256: digest)
            for s in snapshots {
                let at = UTCTime.format(s.takenAt)
                guard try ctx.db.scalar("SELECT 1 FROM entrants WHERE id = ?", [s.entrantId]) != nil else {
                    throw StoreError.notFound(path: path, what: "entrant (vote snapshot)", key: s.entrantId)
                }
                if let old = try ctx.db.scalar("SELECT votes FROM vote_snapshots WHERE entrant_id = ? AND taken_at = ?",
                                               [s.entrantId, at])?.int64 {
                    if old == Int64(s.votes) { r.unchanged += 1; continue }
                    r.updated += 1
                    try ctx.db.run("UPDATE vote_snapshots SET votes = ? WHERE entrant_id = ? AND taken_at = ?", [s.votes, s.entrantId, at])
                } else {
                    r.inserted += 1
                    try ctx.db.run("INSERT INTO vote_snapshots (entrant_id, votes, taken_at) VALUES (?, ?, ?)", [s.entrantId, s.votes, at])
                }
            }
            ctx.addDetail("counts", r.auditDetail)
            return r
        }
    }

    /// Adds the users a file lists (with a generated 6-digit PIN each) and updates the role, unit and
    /// city of those already present. Nobody is removed or deactivated by an import.
    @discardableResult
    public func importUsers(_ records: [UserRecord], actor: String) throws -> UserImportResult {
        try checkUniqueIds(records.map(\.name), what: "user name")
        let digest = try InputDigest.of(records)
        let known = Set(try database.query("SELECT name FROM users").compactMap { $0.string("name") })
        // Hash outside the transaction: yescrypt is deliberately slow and must not hold the write lock.
        var pins: [String: (pin: String, hash: String)] = [:]
        for rec in records where !known.contains(rec.name) {
            let pin = String(format: "%06d", Int.random(in: 0..<1_000_000))
            pins[rec.name] = (pin, try PinHasher.hash(pin))
        }
        let result: ImportResult = try write(actor: actor, action: "import.users", subject: "\(records.count)") { ctx in
            try ctx.require(.importData)
            try ctx.require(.manageUsers)
            var r = ImportResult(inputSHA256: digest)
            for rec in records {
                if let old = try ctx.db.query("SELECT role, unit, city FROM users WHERE name = ?", [rec.name]).first {
                    if old.string("role") == rec.role.rawValue && old.string("unit") == rec.unit && old.string("city") == rec.city {
                        r.unchanged += 1
                        continue
                    }
                    r.updated += 1
                    try ctx.db.run("UPDATE users SET role = ?, unit = ?, city = ? WHERE name = ?",
                                   [rec.role.rawValue, rec.unit, rec.city, rec.name])
                } else {
                    guard let pin = pins[rec.name] else {
                        // Known when the PINs were made, gone by the time we hold the lock: start over.
                        throw StoreError.changedMeanwhile(path: path, action: "import users")
                    }
                    r.inserted += 1
                    try ctx.db.run("""
                        INSERT INTO users (name, role, unit, city, pin_hash, created_at) VALUES (?, ?, ?, ?, ?, ?)
                        """, [rec.name, rec.role.rawValue, rec.unit, rec.city, pin.hash, ctx.nowText])
                }
            }
            ctx.addDetail("counts", r.auditDetail)
            return r
        }
        let inserted = Set(try database.query("SELECT name FROM users").compactMap { $0.string("name") }).subtracting(known)
        return UserImportResult(result: result, initialPins: pins.filter { inserted.contains($0.key) }.mapValues(\.pin))
    }

    private func checkUniqueIds(_ ids: [String], what: String) throws {
        var seen = Set<String>()
        for id in ids where !seen.insert(id).inserted {
            throw StoreError.invalidArgument(field: what, zh: "“\(id)”在输入中出现两次，请删去重复的一行",
                                               en: "\(id) appears twice in the input: remove the repeated row")
        }
    }
}
