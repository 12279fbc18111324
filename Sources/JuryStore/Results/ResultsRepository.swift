import Foundation
import JuryCore

/// The chair's reads and writes over the results: one consistent snapshot of the judging for the
/// ranking, the vote history, and the results lock (settings key `results.locked`).
///
/// While the results are locked the store refuses every write that could change them — score
/// saves and reopenings, review decisions, conflict declarations, vote imports and award changes —
/// (`WriteContext.requireResultsUnlocked`), so the signed sheet stays true to the file.
public struct ResultsRepository {
    let store: Store
    public static let lockKey = "results.locked"

    // MARK: Reading

    /// The judging as it stands, in one read. Criterion and judge columns come back as integers
    /// (SQL `CASE`), so 5,000 finalists × 50 judges × 10 criteria never build millions of strings.
    public func snapshot(rubric: Rubric) throws -> JudgingSnapshot {
        try store.read { db in try fullSnapshot(rubric: rubric, db: db) }
    }

    /// The judging as it stands, starting from an earlier snapshot: when the same finalists, judges
    /// and conflicts are judged, only the sheets saved since are read again (a judge's submit costs
    /// one sheet, not the 2.5 million items of a full contest); otherwise everything is read.
    public func snapshot(rubric: Rubric, updating previous: JudgingSnapshot?) throws -> JudgingSnapshot {
        try store.read { db in
            guard var next = previous, next.mark.shape == (try Self.shape(db)) else {
                return try fullSnapshot(rubric: rubric, db: db)
            }
            let J = next.judges.count, C = next.table.criterionIds.count
            var judgeIndex: [String: Int] = [:]
            for (j, n) in next.judges.enumerated() { judgeIndex[n] = j }
            var criterionIndex: [String: Int] = [:]
            for (c, id) in next.table.criterionIds.enumerated() { criterionIndex[id] = c }
            // `>=`: a sheet saved in the same instant as the newest one read may have committed after it.
            let changed = try db.query("SELECT id, judge, entrant_id, status FROM score_sheets WHERE updated_at >= ?",
                                       [next.mark.sheetsThrough])
            for row in changed {
                guard let id = row.int64("id"), let j = row.string("judge").flatMap({ judgeIndex[$0] }),
                      let e = row.string("entrant_id").flatMap({ next.index(of: $0) }) else { continue }
                let pair = e * J + j
                guard next.cells[pair] != .conflict else { continue }
                next.table.removeSheet(entrant: e, judge: j)
                next.cells[pair] = .draft
                guard row.string("status") == "submitted" else { continue }
                var tenths = [Int](repeating: -1, count: C)
                for item in try db.query("SELECT criterion, tenths FROM score_items WHERE sheet_id = ?", [id]) {
                    if let c = item.string("criterion").flatMap({ criterionIndex[$0] }), let v = item.int("tenths") { tenths[c] = v }
                }
                // A sheet missing an item (edited behind the program's back) does not count, as in a full read.
                if !tenths.contains(-1) {
                    next.table.setSheet(entrant: e, judge: j, tenths: tenths)
                    next.cells[pair] = .submitted
                }
            }
            let votesMark = try Self.votesMark(db)
            if votesMark != next.mark.votes { next.votes = try Self.latestVotes(db, next) }
            next.mark = JudgingSnapshot.Mark(shape: next.mark.shape, sheetsThrough: try Self.sheetsThrough(db), votes: votesMark)
            return next
        }
    }

    /// Who and what is judged, as one comparable text: finalists (count and newest change), judge
    /// accounts (name, active, unit, city: automatic conflicts follow the unit), declared and lifted conflicts.
    static func shape(_ db: Database) throws -> String {
        try db.scalar("""
            SELECT (SELECT count(*) || ':' || ifnull(max(updated_at), '') FROM entrants WHERE review_stage = 'finalist')
                || '|' || (SELECT ifnull(group_concat(name || ':' || active || ':' || unit || ':' || city, ','), '')
                           FROM (SELECT name, active, unit, city FROM users WHERE role = 'judge' ORDER BY name))
                || '|' || (SELECT count(*) || ':' || ifnull(sum(id), 0) FROM conflicts)
                || '|' || (SELECT count(*) || ':' || ifnull(sum(id), 0) FROM conflict_lifts)
            """)?.string ?? ""
    }

    static func sheetsThrough(_ db: Database) throws -> String {
        try db.scalar("SELECT ifnull(max(updated_at), '') FROM score_sheets")?.string ?? ""
    }

    static func votesMark(_ db: Database) throws -> String {
        try db.scalar("SELECT count(*) || ':' || ifnull(max(id), 0) FROM vote_snapshots")?.string ?? ""
    }

    /// The latest vote count of each finalist of `snapshot`, in its order.
    static func latestVotes(_ db: Database, _ snapshot: JudgingSnapshot) throws -> [Int] {
        var votes = [Int](repeating: 0, count: snapshot.finalists.count)
        let v = try db.prepare("""
            SELECT entrant_id, votes, max(taken_at) FROM vote_snapshots
            WHERE entrant_id IN (SELECT id FROM entrants WHERE review_stage = 'finalist') GROUP BY entrant_id
            """)
        while try v.step() {
            if let e = v.string(0).flatMap({ snapshot.index(of: $0) }) { votes[e] = v.int(1) }
        }
        return votes
    }

    private func fullSnapshot(rubric: Rubric, db: Database) throws -> JudgingSnapshot {
        var finalists: [JudgingSnapshot.Finalist] = []
        let f = try db.prepare("SELECT id, name, employer, city, total_followers FROM entrants WHERE review_stage = 'finalist' ORDER BY id")
        while try f.step() {
            finalists.append(.init(id: f.string(0) ?? "", name: f.string(1) ?? "", employer: f.string(2) ?? "",
                                   city: f.string(3) ?? "", followers: f.int(4)))
        }
        var index: [String: Int] = [:]
        for (i, e) in finalists.enumerated() { index[e.id] = i }

        var active = Set<String>()
        for row in try db.query("SELECT name FROM users WHERE role = 'judge' AND active = 1") {
            if let n = row.string("name") { active.insert(n) }
        }
        var counted = Set<String>()
        for row in try db.query("SELECT DISTINCT judge FROM score_sheets WHERE status = 'submitted'") {
            if let n = row.string("judge") { counted.insert(n) }
        }
        let judges = active.union(counted).sorted()
        var judgeIndex: [String: Int] = [:]
        for (j, n) in judges.enumerated() { judgeIndex[n] = j }
        let E = finalists.count, J = judges.count

        var cells = [JudgingSnapshot.Cell](repeating: .missing, count: E * J)
        var expected = [Int](repeating: 0, count: E)
        for e in 0..<E { expected[e] = judges.indices.filter { active.contains(judges[$0]) }.count }
        for row in try db.query("SELECT judge, entrant_id FROM conflicts") {
            guard let e = row.string("entrant_id").flatMap({ index[$0] }), let j = row.string("judge").flatMap({ judgeIndex[$0] })
            else { continue }
            cells[e * J + j] = .conflict
            if active.contains(judges[j]) { expected[e] -= 1 }
        }
        // Sheet id → cell position (finalist × judges + judge) of submitted, non-conflicted sheets,
        // in an array indexed by the integer sheet id: 2.5 million item rows look up an array, not a hash.
        let maxSheet = Int(try db.scalar("SELECT max(id) FROM score_sheets")?.int64 ?? 0)
        var pairOf = [Int32](repeating: -1, count: maxSheet + 1)
        var countedPairs: [Int32] = []
        let s = try db.prepare("SELECT id, judge, entrant_id, status FROM score_sheets")
        while try s.step() {
            guard let j = s.string(1).flatMap({ judgeIndex[$0] }), let e = s.string(2).flatMap({ index[$0] }) else { continue }
            guard cells[e * J + j] != .conflict else { continue }
            let submitted = s.string(3) == "submitted"
            cells[e * J + j] = submitted ? .submitted : .draft
            let id = s.int(0)
            if submitted, id >= 0, id <= maxSheet {
                pairOf[id] = Int32(e * J + j)
                countedPairs.append(Int32(e * J + j))
            }
        }
        var table = ScoreTable(rubric: rubric, entrantIds: finalists.map(\.id), judgeIds: judges)
        let criteria = table.criterionIds
        if !criteria.isEmpty && !countedPairs.isEmpty {
            let cases = criteria.enumerated().map { "WHEN ? THEN \($0.offset)" }.joined(separator: " ")
            let items = try db.prepare("SELECT sheet_id, CASE criterion \(cases) ELSE -1 END, tenths FROM score_items")
            try items.bind(criteria.map { $0 as SQLBindable? })
            while try items.step() {
                let c = items.int(1), id = items.int(0)
                guard c >= 0, id >= 0, id <= maxSheet else { continue }
                let pair = Int(pairOf[id])
                guard pair >= 0 else { continue }
                table.set(entrant: pair / J, judge: pair % J, criterion: c, tenths: items.int(2))
            }
        }
        // A submitted sheet missing an item (edited behind the program's back) is not counted by
        // the table; the matrix should not claim it counts either.
        for pair in countedPairs where !table.hasSheet(entrant: Int(pair) / J, judge: Int(pair) % J) {
            cells[Int(pair)] = .draft
        }
        var snapshot = JudgingSnapshot(finalists: finalists, judges: judges, judgeActive: judges.map(active.contains),
                                       table: table, votes: [], expectedJudges: expected, cells: cells)
        snapshot.votes = try Self.latestVotes(db, snapshot)
        snapshot.mark = JudgingSnapshot.Mark(shape: try Self.shape(db), sheetsThrough: try Self.sheetsThrough(db),
                                             votes: try Self.votesMark(db))
        return snapshot
    }

    /// Every vote snapshot of the finalists, for the sparklines and spike flags.
    public func finalistVoteSnapshots() throws -> [VoteSnapshot] {
        try store.read { db in
            try db.query("""
                SELECT v.* FROM vote_snapshots v JOIN entrants e ON e.id = v.entrant_id
                WHERE e.review_stage = 'finalist' ORDER BY v.entrant_id, v.taken_at
                """).compactMap(VoteRepository.snapshot)
        }
    }

    /// A number that moves whenever this file changes, by this connection or another: the cache key
    /// of the chair's ranking.
    public func changeCounter() throws -> Int64 {
        let other = try store.database.scalar("PRAGMA data_version")?.int64 ?? 0
        let own = try store.database.scalar("SELECT total_changes()")?.int64 ?? 0
        return other &* 1_000_003 &+ own
    }

    /// The last audit entry.
    public func chainHead() throws -> ChainHead? {
        try store.read { db in
            try db.query("SELECT seq, hash, at FROM audit_log ORDER BY seq DESC LIMIT 1").first.map {
                ChainHead(seq: $0.int64("seq") ?? 0, hash: $0.string("hash") ?? "", at: $0.string("at") ?? "")
            }
        }
    }

    // MARK: The lock

    /// Whether the results are locked.
    public func isLocked() throws -> Bool {
        try store.settings.value(for: Self.lockKey) == "1"
    }

    /// Locks the results (the chair); returns the chain head after the lock's own audit entry, which
    /// is what the results sheet prints.
    @discardableResult
    public func lock(actor: String) throws -> ChainHead {
        try store.write(actor: actor, action: "results.lock", subject: Self.lockKey) { ctx in
            try ctx.require(.allocateAwards)
            if try ctx.resultsLocked() {
                throw StoreError.refused(attempt: Self.lockLabel, zh: "结果已锁定。", en: "the results are already locked.")
            }
            let awards = try ctx.db.scalar("SELECT count(*) FROM awards")?.int64 ?? 0
            guard awards > 0 else {
                throw StoreError.refused(attempt: Self.lockLabel, zh: "尚未分配奖项：请先分配奖项再锁定。",
                                         en: "no awards are allocated yet: allocate them before locking.")
            }
            ctx.addDetail("awards", .int(awards))
            try ctx.setSetting(Self.lockKey, "1")
        }
        guard let head = try chainHead() else {
            throw StoreError.notFound(path: store.path, what: "audit entry", key: "results.lock")
        }
        return head
    }

    /// Unlocks the results (the chair), with a written reason kept in the audit log.
    public func unlock(reason: String, actor: String) throws {
        let reason = reason.trimmingCharacters(in: .whitespacesAndNewlines)
        try store.write(actor: actor, action: "results.unlock", subject: Self.lockKey,
                        detail: .object(["reason": .string(reason)])) { ctx in
            try ctx.require(.allocateAwards)
            guard !reason.isEmpty else {
                throw StoreError.refused(attempt: Self.unlockLabel, zh: "解锁须写明理由。", en: "unlocking needs a written reason.")
            }
            guard try ctx.resultsLocked() else {
                throw StoreError.refused(attempt: Self.unlockLabel, zh: "结果未锁定。", en: "the results are not locked.")
            }
            try ctx.setSetting(Self.lockKey, "0")
        }
    }

    static let lockLabel = LocalizedText(zh: "锁定评选结果", en: "lock the results")
    static let unlockLabel = LocalizedText(zh: "解锁评选结果", en: "unlock the results")
}

extension WriteContext {
    /// Whether the results are locked, read inside this transaction.
    public func resultsLocked() throws -> Bool {
        try db.scalar("SELECT value FROM settings WHERE key = ?", [ResultsRepository.lockKey])?.string == "1"
    }

    /// Refuses while the results are locked: after the lock no score, decision, conflict, vote
    /// import or award change may alter them until the chair unlocks with a reason.
    public func requireResultsUnlocked(attempt: LocalizedText) throws {
        guard try resultsLocked() else { return }
        throw StoreError.refused(attempt: attempt, zh: "评选结果已锁定；如确需修改，请评审组长写明理由后解锁。",
                                 en: "the results are locked; the chair must unlock them, with a reason, first.")
    }
}

extension Store {
    /// The chair's view of the results and the results lock.
    public var results: ResultsRepository { ResultsRepository(store: self) }
}
