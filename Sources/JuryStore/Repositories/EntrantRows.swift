import Foundation
import JuryCore

/// Writing and reading one entrant with its accounts and works, inside a caller's transaction.
enum EntrantRows {
    // Bulk writes drop the INSERT triggers (`WriteContext.queueingInsertsByHand`): with a trigger,
    // each INSERT is a multi-row statement that SQLite backs with a statement journal, a copy of
    // every page it touches. The rows inserted here are sealed from their values instead
    // (`SealingInserter`).

    /// Where an entrant's new rows go: one insert per table, each given the values of `entrantColumns`,
    /// `accountColumns` or `workColumns`.
    struct Inserters {
        var entrant: ([SQLValue]) throws -> Void
        var account: ([SQLValue]) throws -> Void
        var work: ([SQLValue]) throws -> Void

        /// Sealing each row from its values, inside a write.
        static func sealing(_ ctx: WriteContext) throws -> Inserters {
            let entrants = try SealingInserter(ctx, table: .entrants, columns: entrantColumns)
            let accounts = try SealingInserter(ctx, table: .accounts, columns: accountColumns)
            let works = try SealingInserter(ctx, table: .works, columns: workColumns)
            return Inserters(entrant: { try entrants($0) }, account: { try accounts($0) }, work: { try works($0) })
        }

        /// Plain INSERTs, sealing nothing (the benchmark's floor).
        static func plain(_ db: Database) -> Inserters {
            func insert(_ table: String, _ columns: [String]) -> ([SQLValue]) throws -> Void {
                let sql = Database.insertSQL(into: table, columns)
                return { try db.run(sql, values: $0) }
            }
            return Inserters(entrant: insert("entrants", entrantColumns), account: insert("accounts", accountColumns),
                             work: insert("works", workColumns))
        }
    }

    /// Writes an entrant the file does not hold yet: plain INSERTs, nothing to delete first.
    /// `digest` is `contentDigest(e)`, passed in so the caller can compute it outside the transaction.
    static func insertNew(_ e: Entrant, digest: String, now: String, into insert: Inserters) throws {
        // Every column, in the table's order, so the row can be sealed from these values.
        try insert.entrant(entrantValues(e) + [.text(ReviewStage.registered.rawValue), .text(now), .text(now), .text(digest)])
        try insertAccountsAndWorks(e, into: insert)
    }

    /// Rewrites an entrant the file already holds (its review stage and `imported_at` stay).
    static func replace(_ e: Entrant, digest: String, now: String, db: Database, into insert: Inserters) throws {
        try db.run("""
            UPDATE entrants SET id = ?, name = ?, phone = ?, union_name = ?, employer = ?, city = ?, is_union_member = ?,
                registered_at = ?, total_followers = ?, platforms = ?, search_text = ?, content_sha256 = ?, updated_at = ?
            WHERE id = ?
            """, values: entrantValues(e) + [.text(digest), .text(now), .text(e.id)])
        try db.run("DELETE FROM accounts WHERE entrant_id = ?", [e.id])
        try db.run("DELETE FROM works WHERE entrant_id = ?", [e.id])
        try insertAccountsAndWorks(e, into: insert)
    }

    private static let entrantColumns = ["id", "name", "phone", "union_name", "employer", "city", "is_union_member",
                                         "registered_at", "total_followers", "platforms", "search_text", "review_stage",
                                         "imported_at", "updated_at", "content_sha256"]
    private static let accountColumns = ["entrant_id", "position", "platform", "nickname", "homepage", "followers", "since",
                                         "original_percent", "screenshots"]
    private static let workColumns = ["entrant_id", "kind", "title", "platform", "url", "file", "duration_seconds",
                                      "resolution", "topic", "hashtag_posted"]

    /// The `content_sha256` an entrant row holds, "" for a row written before schema 3, nil when absent.
    static func storedDigest(id: String, db: Database) throws -> String? {
        try db.scalar("SELECT content_sha256 FROM entrants WHERE id = ?", [id])?.string
    }

    /// Records the digest of a row written before schema 3 once a full comparison found it unchanged.
    static func setDigest(id: String, _ digest: String, db: Database) throws {
        try db.run("UPDATE entrants SET content_sha256 = ? WHERE id = ?", [digest, id])
    }

    /// SHA-256 of everything an import writes for the entrant, as it will read back: equal digests
    /// mean an unchanged re-import, without fetching and decoding the stored rows. Every field is
    /// length-prefixed so no two entrants can run together into the same text.
    static func contentDigest(_ e: Entrant) -> String {
        // Bytes into one buffer, hashed once: building the text as a String was a tenth of an import.
        var text: [UInt8] = Array("entrant/1".utf8)
        text.reserveCapacity(768)
        func add(_ s: String?) {
            guard let s else { text.append(0x7C); text.append(0x2D); return } // "|-"
            text.append(0x7C) // "|"
            text.append(contentsOf: String(s.utf8.count).utf8)
            text.append(0x3A) // ":"
            text.append(contentsOf: s.utf8)
        }
        for s in [e.id, e.name, e.phone, e.union, e.employer, e.city, e.isUnionMember ? "1" : "0",
                  e.registeredAt.map(UTCTime.format)] { add(s) }
        add(String(e.accounts.count))
        for a in e.accounts {
            for s in [a.platform.rawValue, a.nickname, a.homepage, String(a.followers), a.since?.description,
                      a.originalPercent.map(String.init), String(a.screenshots.count)] { add(s) }
            for s in a.screenshots { add(s) }
        }
        if let w = e.pastWork { add("past"); for s in [w.title, w.platform?.rawValue, w.url] { add(s) } } else { add(nil) }
        if let v = e.entryVideo {
            add("entry")
            for s in [v.title, v.file, String(v.durationSeconds), String(v.resolution), v.topic.rawValue,
                      v.hashtagPosted ? "1" : "0"] { add(s) }
        } else {
            add(nil)
        }
        return SHA256.hex(text)
    }

    /// The entrant row's columns from `id` through `search_text`, derived columns included.
    private static func entrantValues(_ e: Entrant) -> [SQLValue] {
        let platforms = "," + Set(e.accounts.map(\.platform.rawValue)).sorted().joined(separator: ",") + ","
        let search = HumanText.lowercased(([e.name, e.employer, e.city, e.union] + e.accounts.map(\.nickname))
            .joined(separator: "|"))
        return [.text(e.id), .text(e.name), .text(e.phone), .text(e.union), .text(e.employer), .text(e.city),
                .integer(e.isUnionMember ? 1 : 0), e.registeredAt.map { .text(UTCTime.format($0)) } ?? .null,
                .integer(Int64(e.totalFollowers)), .text(platforms), .text(search)]
    }

    private static func insertAccountsAndWorks(_ e: Entrant, into insert: Inserters) throws {
        for (i, a) in e.accounts.enumerated() {
            try insert.account([
                .text(e.id), .integer(Int64(i)), .text(a.platform.rawValue), .text(a.nickname), .text(a.homepage),
                .integer(Int64(a.followers)), a.since.map { .text($0.description) } ?? .null,
                a.originalPercent.map { .integer(Int64($0)) } ?? .null,
                .text(JSONValue.array(a.screenshots.map(JSONValue.string)).canonicalText)])
        }
        if let w = e.pastWork {
            try insert.work([
                .text(e.id), .text("past"), .text(w.title), w.platform.map { .text($0.rawValue) } ?? .null, .text(w.url),
                .text(""), .null, .null, .null, .null])
        }
        if let v = e.entryVideo {
            try insert.work([
                .text(e.id), .text("entry"), .text(v.title), .null, .text(""), .text(v.file),
                .integer(Int64(v.durationSeconds)), .integer(Int64(v.resolution)), .text(v.topic.rawValue),
                .integer(v.hashtagPosted ? 1 : 0)])
        }
    }

    static func fetch(id: String, db: Database) throws -> Entrant? {
        guard let row = try db.query("SELECT * FROM entrants WHERE id = ?", [id]).first else { return nil }
        var e = Entrant(id: id, name: row.string("name") ?? "", phone: row.string("phone") ?? "",
                        union: row.string("union_name") ?? "", employer: row.string("employer") ?? "",
                        city: row.string("city") ?? "", isUnionMember: row.bool("is_union_member"),
                        registeredAt: row.string("registered_at").flatMap(UTCTime.parse))
        for a in try db.query("SELECT * FROM accounts WHERE entrant_id = ? ORDER BY position", [id]) {
            e.accounts.append(Account(platform: Platform(rawValue: a.string("platform") ?? "") ?? .other,
                                      nickname: a.string("nickname") ?? "", homepage: a.string("homepage") ?? "",
                                      followers: a.int("followers") ?? 0, since: a.string("since").flatMap(parseDay),
                                      originalPercent: a.int("original_percent"),
                                      screenshots: JSONValue.parse(a.string("screenshots") ?? "[]")?.arrayValue?
                                          .compactMap(\.stringValue) ?? []))
        }
        for w in try db.query("SELECT * FROM works WHERE entrant_id = ?", [id]) {
            if w.string("kind") == "past" {
                e.pastWork = PastWork(title: w.string("title") ?? "", platform: w.string("platform").flatMap(Platform.init(rawValue:)),
                                      url: w.string("url") ?? "")
            } else {
                e.entryVideo = EntryVideo(title: w.string("title") ?? "", file: w.string("file") ?? "",
                                          durationSeconds: w.int("duration_seconds") ?? 0, resolution: w.int("resolution") ?? 0,
                                          topic: Topic(rawValue: w.string("topic") ?? "") ?? .other,
                                          hashtagPosted: w.bool("hashtag_posted"))
            }
        }
        return e
    }

    /// Parses the `CalendarDay.description` form back (2021-03 or 2021-03-05).
    static func parseDay(_ text: String) -> CalendarDay? {
        let parts = text.split(separator: "-").compactMap { Int($0) }
        guard parts.count >= 2 else { return nil }
        return CalendarDay(year: parts[0], month: parts[1], day: parts.count > 2 ? parts[2] : nil)
    }

    /// What the entrant will read back as, so an unchanged re-import compares equal (times keep
    /// only the milliseconds the file keeps).
    static func normalized(_ e: Entrant) -> Entrant {
        var n = e
        n.registeredAt = e.registeredAt.map(UTCTime.format).flatMap(UTCTime.parse)
        return n
    }
}
