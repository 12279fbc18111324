import Foundation
import JuryCore

/// Writing and reading one entrant with its accounts and works, inside a caller's transaction.
enum EntrantRows {
    static func insert(_ e: Entrant, db: Database, now: String) throws {
        let platforms = "," + Set(e.accounts.map(\.platform.rawValue)).sorted().joined(separator: ",") + ","
        let search = ([e.name, e.employer, e.city, e.union] + e.accounts.map(\.nickname))
            .joined(separator: "|").lowercased()
        try db.run("""
            INSERT INTO entrants (id, name, phone, union_name, employer, city, is_union_member, registered_at,
                total_followers, platforms, search_text, imported_at, updated_at)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            ON CONFLICT (id) DO UPDATE SET name = excluded.name, phone = excluded.phone,
                union_name = excluded.union_name, employer = excluded.employer, city = excluded.city,
                is_union_member = excluded.is_union_member, registered_at = excluded.registered_at,
                total_followers = excluded.total_followers, platforms = excluded.platforms,
                search_text = excluded.search_text, updated_at = excluded.updated_at
            """, [e.id, e.name, e.phone, e.union, e.employer, e.city, e.isUnionMember,
                  e.registeredAt.map(UTCTime.format), e.totalFollowers, platforms, search, now, now])
        try db.run("DELETE FROM accounts WHERE entrant_id = ?", [e.id])
        try db.run("DELETE FROM works WHERE entrant_id = ?", [e.id])
        for (i, a) in e.accounts.enumerated() {
            try db.run("""
                INSERT INTO accounts (entrant_id, position, platform, nickname, homepage, followers, since,
                    original_percent, screenshots) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
                """, [e.id, i, a.platform.rawValue, a.nickname, a.homepage, a.followers, a.since?.description,
                      a.originalPercent, JSONValue.array(a.screenshots.map(JSONValue.string)).canonicalText])
        }
        if let w = e.pastWork {
            try db.run("INSERT INTO works (entrant_id, kind, title, platform, url) VALUES (?, 'past', ?, ?, ?)",
                       [e.id, w.title, w.platform?.rawValue, w.url])
        }
        if let v = e.entryVideo {
            try db.run("""
                INSERT INTO works (entrant_id, kind, title, file, duration_seconds, resolution, topic, hashtag_posted)
                VALUES (?, 'entry', ?, ?, ?, ?, ?, ?)
                """, [e.id, v.title, v.file, v.durationSeconds, v.resolution, v.topic.rawValue, v.hashtagPosted])
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
