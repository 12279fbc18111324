import Foundation
import JuryCore
import JuryStore

/// Benchmark 3: `importEntrants` of 10,000 entrants (one audited transaction with upsert, change
/// detection and recommendation matching), against plain INSERTs of the same rows in one transaction;
/// and the idempotent re-import (every row unchanged) against the first import.
struct ImportBench {
    let folder: TempFolder
    let entrantCount = 10_000
    let runs = 3

    func run(into table: inout ReportTable) throws {
        let entrants = BenchEntrants.make(count: entrantCount)
        var first: [Double] = []
        var again: [Double] = []
        var plain: [Double] = []
        // Round 0 is a warm-up (page cache, code paths); rounds 1...runs are kept.
        for round in 0...runs {
            let imported = try freshStore("import-\(round)")
            var result = ImportResult()
            let t1 = try Stopwatch.time { result = try imported.importEntrants(entrants, actor: "bench") }
            guard result.inserted == entrantCount else { throw BenchError.unexpected("first import inserted \(result.inserted)") }
            let t2 = try Stopwatch.time { result = try imported.importEntrants(entrants, actor: "bench") }
            guard result.unchanged == entrantCount else { throw BenchError.unexpected("re-import left \(result.unchanged) unchanged") }

            let bare = try freshStore("plain-\(round)")
            let t3 = try Stopwatch.time { try plainInsert(entrants, into: bare.database) }
            let stored = try bare.entrants.count()
            guard stored == entrantCount else { throw BenchError.unexpected("plain insert stored \(stored)") }
            if round > 0 { first.append(t1); again.append(t2); plain.append(t3) }
        }
        let f = Samples(first), a = Samples(again), p = Samples(plain)
        let n = Double(entrantCount)
        table.add(ReportRow(id: "3a", benchmark: "importEntrants 10,000 (new)", figure: Format.rate(n / f.median, "entrants"),
                            baseline: Format.rate(n / p.median, "entrants"),
                            ratio: Format.times(figure: f.median, baseline: p.median, "the time"),
                            runs: "\(runs)",
                            source: "Store.importEntrants (one BEGIN IMMEDIATE write, audit row, input SHA-256, upsert, matcher) into a fresh file; baseline: plain INSERTs of the same entrants/accounts/works in one transaction on a fresh file"))
        table.add(ReportRow(id: "3b", benchmark: "re-import same 10,000 (unchanged)", figure: Format.rate(n / a.median, "entrants"),
                            baseline: Format.rate(n / f.median, "entrants") + " (3a)",
                            ratio: Format.times(figure: a.median, baseline: f.median, "the time"),
                            runs: "\(runs)",
                            source: "Store.importEntrants of the same array again on the file of 3a (all 10,000 reported unchanged); baseline: the first import (3a)"))
    }

    private func freshStore(_ name: String) throws -> Store {
        try Store.create(at: folder.path("\(name).sqlite"), contestDefinitionJSON: BigDatabase.contestJSON)
    }

    /// What an importer without audit, change detection or upsert would do: the same rows and derived columns.
    private func plainInsert(_ entrants: [Entrant], into db: Database) throws {
        try db.execute("BEGIN IMMEDIATE")
        do {
            let now = UTCTime.format(Date())
            for e in entrants {
                let platforms = "," + Set(e.accounts.map(\.platform.rawValue)).sorted().joined(separator: ",") + ","
                let search = ([e.name, e.employer, e.city, e.union] + e.accounts.map(\.nickname)).joined(separator: "|").lowercased()
                try db.run("""
                    INSERT INTO entrants (id, name, phone, union_name, employer, city, is_union_member, registered_at,
                        total_followers, platforms, search_text, imported_at, updated_at)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                    """, [e.id, e.name, e.phone, e.union, e.employer, e.city, e.isUnionMember,
                          e.registeredAt.map(UTCTime.format), e.totalFollowers, platforms, search, now, now])
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
            try db.execute("COMMIT")
        } catch {
            try? db.execute("ROLLBACK")
            throw error
        }
    }
}
