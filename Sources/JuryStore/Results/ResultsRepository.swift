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
            // `>=`: a sheet saved in the same instant as the newest one read may have committed after it.
            let changed = try db.prepare("""
                SELECT p.judge, p.entrant_id, p.submitted, p.tenths FROM score_sheets s JOIN sheet_scores p ON p.sheet_id = s.id
                WHERE s.updated_at >= ?
                """)
            try changed.bind([next.mark.sheetsThrough])
            try Self.apply(changed, judges: TextKeyIndex(next.judges), finalists: TextKeyIndex(next.finalists.map(\.id)),
                           cells: &next.cells, table: &next.table)
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

    /// Moves with every write that changes a vote snapshot — an added one or a corrected count (the
    /// table's digest, kept by the write helper) — and with a row added behind its back (the
    /// highest id). Both are single lookups: counting a million snapshots is not.
    static func votesMark(_ db: Database) throws -> String {
        let highest = try db.scalar("SELECT ifnull(max(id), 0) FROM vote_snapshots")?.int64 ?? 0
        return "\(try Store.changeMark(.voteSnapshots, db: db) ?? "")|\(highest)"
    }

    /// The latest vote count of each finalist of `snapshot`, in its order: one seek per finalist on
    /// the (entrant, time) index rather than grouping every snapshot.
    static func latestVotes(_ db: Database, _ snapshot: JudgingSnapshot) throws -> [Int] {
        var votes = [Int](repeating: 0, count: snapshot.finalists.count)
        let v = try db.prepare("""
            SELECT e.id, (SELECT s.votes FROM vote_snapshots s WHERE s.entrant_id = e.id ORDER BY s.taken_at DESC LIMIT 1)
            FROM entrants e WHERE e.review_stage = 'finalist'
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
        let judges = try active.union(Self.judgesWithSubmittedSheets(db)).sorted()
        var judgeIndex: [String: Int] = [:]
        for (j, n) in judges.enumerated() { judgeIndex[n] = j }
        let E = finalists.count, J = judges.count

        var cells = [JudgingSnapshot.Cell](repeating: .missing, count: E * J)
        var expected = [Int](repeating: judges.filter(active.contains).count, count: E)
        for row in try db.query("SELECT judge, entrant_id FROM conflicts") {
            guard let e = row.string("entrant_id").flatMap({ index[$0] }), let j = row.string("judge").flatMap({ judgeIndex[$0] })
            else { continue }
            cells[e * J + j] = .conflict
            if active.contains(judges[j]) { expected[e] -= 1 }
        }
        var table = ScoreTable(rubric: rubric, entrantIds: finalists.map(\.id), judgeIds: judges)
        try Self.apply(db.prepare("SELECT judge, entrant_id, submitted, tenths FROM sheet_scores"),
                       judges: TextKeyIndex(judges), finalists: TextKeyIndex(finalists.map(\.id)), cells: &cells, table: &table)
        var snapshot = JudgingSnapshot(finalists: finalists, judges: judges, judgeActive: judges.map(active.contains),
                                       table: table, votes: [], expectedJudges: expected, cells: cells)
        snapshot.votes = try Self.latestVotes(db, snapshot)
        snapshot.mark = JudgingSnapshot.Mark(shape: try Self.shape(db), sheetsThrough: try Self.sheetsThrough(db),
                                             votes: try Self.votesMark(db))
        return snapshot
    }

    /// Puts each sheet `rows` steps through (judge, entrant, submitted, tenths: a `sheet_scores`
    /// row, one per sheet, 250,000 for a full contest rather than its 2.5 million items) into the
    /// progress cells and the table, replacing what they held for that pair. Only a submitted sheet
    /// with every score counts: one missing a score (edited behind the program's back) is a draft
    /// in the matrix too. Judges and finalists are found by their bytes, not a String for each.
    static func apply(_ rows: Statement, judges: TextKeyIndex, finalists: TextKeyIndex,
                      cells: inout [JudgingSnapshot.Cell], table: inout ScoreTable) throws {
        let J = table.judgeIds.count
        var tenths = [Int](repeating: -1, count: table.criterionIds.count)
        while try rows.step() {
            guard let j = judges.lookup(rows.bytes(0)), let e = finalists.lookup(rows.bytes(1)) else { continue }
            let pair = e * J + j
            guard cells[pair] != .conflict else { continue }
            // A table read whole starts empty; a refresh replaces the pair's earlier state.
            if cells[pair] != .missing { table.removeSheet(entrant: e, judge: j) }
            cells[pair] = .draft
            guard rows.int64(2) == 1, !tenths.isEmpty,
                  SheetScores.parse(rows.bytes(3), into: &tenths), !tenths.contains(-1) else { continue }
            table.setSheet(entrant: e, judge: j, tenths: tenths)
            cells[pair] = .submitted
        }
    }

    /// Judges with at least one submitted sheet, by skipping along the (judge, entrant) index one
    /// judge at a time: 50 seeks, where DISTINCT over 250,000 sheets took a quarter of a second.
    static func judgesWithSubmittedSheets(_ db: Database) throws -> Set<String> {
        let next = try db.prepare("SELECT judge FROM score_sheets WHERE judge > ? ORDER BY judge LIMIT 1")
        let scored = try db.prepare("SELECT 1 FROM score_sheets WHERE judge = ? AND status = 'submitted' LIMIT 1")
        var found = Set<String>(), after = ""
        while true {
            next.reset()
            try next.bind([after])
            guard try next.step(), let judge = next.string(0) else { return found }
            scored.reset()
            try scored.bind([judge])
            if try scored.step() { found.insert(judge) }
            after = judge
        }
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
    public func changeCounter() throws -> Int64 { try store.changeCounter() }

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
