import Foundation
import JuryCore

/// Public vote counts: snapshots over time, the latest one per entrant counts.
public struct VoteRepository {
    let store: Store

    /// The latest count of every entrant that has one.
    public func latest() throws -> [String: Int] {
        var out: [String: Int] = [:]
        // Bare column with max(): SQLite returns the row holding the max.
        for row in try store.database.query("SELECT entrant_id, votes, max(taken_at) FROM vote_snapshots GROUP BY entrant_id") {
            if let id = row.string("entrant_id"), let v = row.int("votes") { out[id] = v }
        }
        return out
    }

    /// How many snapshots the file holds, over all entrants and times.
    public func snapshotCount() throws -> Int {
        Int(try store.database.scalar("SELECT count(*) FROM vote_snapshots")?.int64 ?? 0)
    }

    /// The latest snapshot of one entrant.
    public func latest(entrantId: String) throws -> VoteSnapshot? {
        try store.database.query("SELECT * FROM vote_snapshots WHERE entrant_id = ? ORDER BY taken_at DESC LIMIT 1", [entrantId])
            .first.flatMap(Self.snapshot)
    }

    /// All snapshots of one entrant, oldest first (the sparkline).
    public func history(entrantId: String) throws -> [VoteSnapshot] {
        try store.database.query("SELECT * FROM vote_snapshots WHERE entrant_id = ? ORDER BY taken_at", [entrantId]).compactMap(Self.snapshot)
    }

    static func snapshot(_ row: Row) -> VoteSnapshot? {
        guard let id = row.string("entrant_id"), let v = row.int("votes"), let at = row.string("taken_at").flatMap(UTCTime.parse) else { return nil }
        return VoteSnapshot(entrantId: id, votes: v, takenAt: at)
    }
}

extension Store {
    /// Vote snapshots.
    public var votes: VoteRepository { VoteRepository(store: self) }
}
