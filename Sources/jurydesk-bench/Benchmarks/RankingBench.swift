import Foundation
import JuryCore
import JuryStore

/// The chair's ranking at the contest's full judging size — 5,000 finalists × 50 judges × 10
/// criteria (2.5 million score items, 250,000 sheets) — read from the file and ranked by each method
/// the chair can choose, against the same aggregate run as SQL by the sqlite3 CLI on that file.
struct RankingBench {
    let folder: TempFolder
    var finalists = 5_000
    var judges = 50

    func run(into table: inout ReportTable) throws {
        let path = folder.path("ranking.sqlite")
        let (store, definition) = try JudgingFile.create(at: path, finalists: finalists, judges: judges)
        let methods = RankingMethod.choices(for: definition.voting)
        var read: [Double] = []
        var rank: [RankingMethod: [Double]] = [:]
        for _ in 0..<3 {
            var snapshot: JudgingSnapshot?
            read.append(try Stopwatch.time { snapshot = try store.results.snapshot(rubric: definition.rubric) })
            guard let s = snapshot else { throw BenchError.unexpected("no snapshot") }
            for method in methods {
                rank[method, default: []].append(Stopwatch.time {
                    _ = Ranking(table: s.table, votes: s.votes, expectedJudges: s.expectedJudges, policy: definition.voting, method: method)
                })
            }
        }
        // One judge submits one sheet: the pane's refresh reads that sheet, not the whole contest.
        var refresh: [Double] = []
        var kept = try store.results.snapshot(rubric: definition.rubric)
        for round in 0..<3 {
            try store.rawConnection { db in
                try db.execute("UPDATE score_sheets SET updated_at = 'y\(round)' WHERE id = \(1 + round * 997)")
            }
            refresh.append(try Stopwatch.time {
                kept = try store.results.snapshot(rubric: definition.rubric, updating: kept)
                _ = Ranking(table: kept.table, votes: kept.votes, expectedJudges: kept.expectedJudges, policy: definition.voting)
            })
        }
        // The floor of any read of every score: each sheet's row with its scores text stepped on the
        // raw connection, nothing parsed or kept.
        var scan: [Double] = []
        for _ in 0..<3 {
            scan.append(try store.rawConnection { db in
                try Stopwatch.time {
                    let s = try db.prepare("SELECT judge, entrant_id, submitted, tenths FROM sheet_scores")
                    var sum = 0
                    while try s.step() { sum &+= s.int(2) &+ s.bytes(0).count &+ s.bytes(1).count &+ s.bytes(3).count }
                    if sum == 42 { progress("") }
                }
            })
        }
        let r = Samples(read), u = Samples(refresh), b = Samples(scan)
        let size = "\(finalists) × \(judges) × 10"
        let contest = RankingMethod(policy: definition.voting)
        let cliMean = try Samples(Self.cli(path, Self.sql(.mean)))
        table.add(ReportRow(id: "11a", benchmark: "chair: read the judging from the file (\(size))", figure: Format.duration(r.median),
                            baseline: Format.duration(cliMean.median) + " (sqlite3 CLI, mean)",
                            ratio: Format.times(figure: r.median, baseline: cliMean.median, "its time"), runs: "3/3",
                            source: "ResultsRepository.snapshot: every finalist, judge, conflict and submitted sheet (one row each, sheet_scores) into a ScoreTable; baseline: each sheet's total from its items then each finalist's mean, in the sqlite3 CLI on the same file (process start included)"))
        table.add(ReportRow(id: "11d", benchmark: "the floor: every sheet's scores row stepped, nothing kept", figure: Format.duration(b.median),
                            baseline: Format.duration(r.median) + " (11a)",
                            ratio: Format.times(figure: b.median, baseline: r.median, "11a's time"), runs: "3/3",
                            source: "sheet_scores stepped on Store.rawConnection, its four columns fetched per row (texts as bytes): what any read of every score costs before Swift does anything"))
        for (n, method) in methods.enumerated() {
            let k = Samples(rank[method] ?? []), cli = method == .mean ? cliMean : try Samples(Self.cli(path, Self.sql(method)))
            let id = "11b\(n + 1)", name = "\(method)\(method == contest ? ", the contest's" : "")"
            table.add(ReportRow(id: id, benchmark: "chair: whole read + rank, \(name)", figure: Format.duration(r.median + k.median),
                                baseline: Format.duration(cli.median) + " (sqlite3 CLI, same method)",
                                ratio: Format.times(figure: r.median + k.median, baseline: cli.median, "its time"), runs: "3/3",
                                source: "11a's read (\(Format.duration(r.median))) + Ranking(method: \(method)) over it (\(Format.duration(k.median)): subtotals, jury score, votes, combined, ties, disagreement, outliers); baseline: the same aggregate as SQL (window functions for trimmed, median and z-score) in the sqlite3 CLI, process start included"))
        }
        let contestRank = Samples(rank[contest] ?? [])
        table.add(ReportRow(id: "11c", benchmark: "chair: after one judge's submit, refresh + rank", figure: Format.duration(u.median),
                            baseline: Format.duration(r.median + contestRank.median) + " (whole read + rank)",
                            ratio: Format.times(figure: u.median, baseline: r.median + contestRank.median, "its time"), runs: "3/3",
                            source: "ResultsRepository.snapshot(updating:) re-reads only the sheets saved since the last snapshot (who and what is judged unchanged), then Ranking"))
    }

    /// Three runs of `query` in the sqlite3 CLI on `path`, process start included.
    static func cli(_ path: String, _ query: String) throws -> [Double] {
        try (0..<3).map { _ in
            try Stopwatch.time {
                let p = Process()
                p.executableURL = URL(fileURLWithPath: "/usr/bin/sqlite3")
                p.arguments = [path, query]
                p.standardOutput = FileHandle.nullDevice
                try p.run()
                p.waitUntilExit()
                guard p.terminationStatus == 0 else { throw BenchError.unexpected("sqlite3 exited \(p.terminationStatus) on \(query)") }
            }
        }
    }

    /// Each finalist's jury score by `method`, in SQL over the sealed items.
    static func sql(_ method: RankingMethod) -> String {
        let totals = """
            WITH t AS (SELECT s.entrant_id, s.judge, i.total FROM score_sheets s
                JOIN (SELECT sheet_id, sum(tenths) AS total FROM score_items GROUP BY sheet_id) i ON i.sheet_id = s.id
                WHERE s.status = 'submitted')
            """
        let ranked = "r AS (SELECT entrant_id, total, row_number() OVER (PARTITION BY entrant_id ORDER BY total) AS k, count(*) OVER (PARTITION BY entrant_id) AS n FROM t)"
        switch method {
        case .mean:
            return "\(totals) SELECT entrant_id, avg(total) FROM t GROUP BY entrant_id;"
        case .trimmedMean(let f):
            return "\(totals), \(ranked) SELECT entrant_id, avg(total) FROM r WHERE k > CAST(n * \(f) AS INT) AND k <= n - CAST(n * \(f) AS INT) GROUP BY entrant_id;"
        case .median:
            return "\(totals), \(ranked) SELECT entrant_id, avg(total) FROM r WHERE k IN ((n + 1) / 2, (n + 2) / 2) GROUP BY entrant_id;"
        case .zScore:
            return """
                \(totals), z AS (SELECT entrant_id, total, avg(total) OVER w AS m, avg(total * total) OVER w AS m2 FROM t WINDOW w AS (PARTITION BY judge))
                SELECT entrant_id, avg(CASE WHEN m2 - m * m > 0 THEN (total - m) / sqrt(m2 - m * m) ELSE 0 END) FROM z GROUP BY entrant_id;
                """
        }
    }
}
