import Foundation
import JuryStore

/// Benchmark 15: durable score submits per second — a judge submitting whole sheets one after another
/// through the store's real API (`ScoreRepository.save(…, submit: true)`: every rule, the sealed rows,
/// the audit entry, one commit each) — against a plain loop of single-row INSERT commits on a file
/// in the same folder with the store's own PRAGMAs (WAL, synchronous = FULL): the fsync-bound floor.
struct SubmitBench {
    let folder: TempFolder
    let perRound = 100
    let rounds = 3

    func run(into table: inout ReportTable) throws {
        let (store, definition) = try JudgingFile.create(at: folder.path("submits.sqlite"), finalists: perRound * rounds,
                                                         judges: 1, sheets: false)
        let plain = try Store.create(at: folder.path("fsync.sqlite"), contestDefinitionJSON: BigDatabase.contestJSON)
        let mode = try plain.rawConnection { db -> String in
            try db.execute("CREATE TABLE bench_commits (id INTEGER PRIMARY KEY, at TEXT NOT NULL)")
            let journal = try db.scalar("PRAGMA journal_mode")?.string ?? "?"
            let sync = try db.scalar("PRAGMA synchronous")?.int64 ?? -1
            return "journal_mode=\(journal), synchronous=\(sync)"
        }
        var submits: [Double] = [], commits: [Double] = [], submitCPU = 0.0, commitCPU = 0.0
        var next = 1
        for _ in 0..<rounds {
            // Interleaved, so both see the same disk and the same neighbours' load.
            var cpu = CPUTime.now()
            submits.append(try Stopwatch.time {
                for _ in 0..<perRound {
                    try store.scores.save(judge: "评委1", entrantId: String(format: "F%05d", next),
                                          tenths: JudgingFile.sheet(definition, seed: next), submit: true)
                    next += 1
                }
            })
            submitCPU += CPUTime.now() - cpu
            cpu = CPUTime.now()
            commits.append(try Stopwatch.time {
                try plain.rawConnection { db in
                    for i in 0..<perRound { _ = try db.run("INSERT INTO bench_commits (at) VALUES (?)", [String(i)]) }
                }
            })
            commitCPU += CPUTime.now() - cpu
        }
        let stored = try store.rawConnection { try $0.scalar("SELECT count(*) FROM score_sheets WHERE status = 'submitted'")?.int64 ?? 0 }
        guard stored == Int64(perRound * rounds) else { throw BenchError.unexpected("\(stored) sheets stored of \(perRound * rounds)") }
        let s = Samples(submits.map { Double(perRound) / $0 }), c = Samples(commits.map { Double(perRound) / $0 })
        table.add(ReportRow(id: "15", benchmark: "durable score submits (whole sheets, one judge)", figure: Format.rate(s.median, "submits"),
                            baseline: Format.rate(c.median, "commits") + " (fsync loop)",
                            ratio: String(format: "%.2fx its rate", s.median / c.median), runs: "\(rounds)x\(perRound)",
                            source: "ScoreRepository.save(judge:entrantId:tenths:submit: true), \(definition.rubric.criteria.count) criteria a sheet, one commit each; baseline: INSERT of one row per autocommit on Store.rawConnection of a file in the same folder (\(mode)); medians of \(rounds) interleaved rounds; CPU (user + system) per submit \(Format.duration(submitCPU / Double(perRound * rounds))), per plain commit \(Format.duration(commitCPU / Double(perRound * rounds)))"))
    }
}
