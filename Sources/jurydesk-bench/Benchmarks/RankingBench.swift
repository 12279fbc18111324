import Foundation
import JuryCore
import JuryStore

/// The chair's ranking at the contest's full judging size — 5,000 finalists × 50 judges × 10
/// criteria (2.5 million score items) — read from the file and ranked, against the same aggregate
/// (every submitted sheet's total, then each finalist's mean) run by the sqlite3 CLI on that file.
struct RankingBench {
    let folder: TempFolder
    var finalists = 5_000
    var judges = 50

    func run(into table: inout ReportTable) throws {
        let path = folder.path("ranking.sqlite")
        let (store, definition) = try JudgingFile.create(at: path, finalists: finalists, judges: judges)
        var read: [Double] = [], rank: [Double] = []
        for _ in 0..<3 {
            var snapshot: JudgingSnapshot?
            read.append(try Stopwatch.time { snapshot = try store.results.snapshot(rubric: definition.rubric) })
            guard let s = snapshot else { throw BenchError.unexpected("no snapshot") }
            rank.append(Stopwatch.time {
                _ = Ranking(table: s.table, votes: s.votes, expectedJudges: s.expectedJudges, policy: definition.voting)
            })
        }
        // One judge submits one sheet: the pane's refresh reads that sheet, not the 2.5 million items.
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
        var cli: [Double] = []
        let query = """
            SELECT s.entrant_id, avg(t.total) FROM score_sheets s
            JOIN (SELECT sheet_id, sum(tenths) AS total FROM score_items GROUP BY sheet_id) t ON t.sheet_id = s.id
            WHERE s.status = 'submitted' GROUP BY s.entrant_id;
            """
        for _ in 0..<3 {
            cli.append(try Stopwatch.time {
                let p = Process()
                p.executableURL = URL(fileURLWithPath: "/usr/bin/sqlite3")
                p.arguments = [path, query]
                p.standardOutput = FileHandle.nullDevice
                try p.run()
                p.waitUntilExit()
            })
        }
        // The floor of any read of every score: the items stepped on the raw connection, columns
        // fetched as integers, nothing kept (no CASE, no table).
        var scan: [Double] = []
        for _ in 0..<3 {
            scan.append(try store.rawConnection { db in
                try Stopwatch.time {
                    let s = try db.prepare("SELECT sheet_id, criterion, tenths FROM score_items")
                    var sum = 0
                    while try s.step() { sum &+= s.int(0) &+ s.int(2) }
                    if sum == 42 { progress("") }
                }
            })
        }
        let r = Samples(read), k = Samples(rank), c = Samples(cli), u = Samples(refresh), b = Samples(scan)
        let size = "\(finalists) × \(judges) × 10"
        table.add(ReportRow(id: "11a", benchmark: "chair: read the judging from the file (\(size))", figure: Format.duration(r.median),
                            baseline: Format.duration(c.median) + " (sqlite3 CLI aggregate)",
                            ratio: Format.times(figure: r.median, baseline: c.median, "its time"), runs: "3/3",
                            source: "ResultsRepository.snapshot: every finalist, judge, conflict and submitted sheet's items into a ScoreTable; baseline: each sheet's total then each finalist's mean, in the sqlite3 CLI on the same file (process start included)"))
        table.add(ReportRow(id: "11d", benchmark: "the floor: every score item stepped, nothing kept", figure: Format.duration(b.median),
                            baseline: Format.duration(r.median) + " (11a)",
                            ratio: Format.times(figure: b.median, baseline: r.median, "11a's time"), runs: "3/3",
                            source: "SELECT sheet_id, criterion, tenths FROM score_items stepped on Store.rawConnection, two integer columns read per row: what any read of all 2.5 million cells costs before Swift does anything"))
        table.add(ReportRow(id: "11b", benchmark: "chair: rank it (contest's method)", figure: Format.duration(k.median),
                            baseline: Format.duration(c.median) + " (sqlite3 CLI aggregate)",
                            ratio: Format.times(figure: k.median, baseline: c.median, "its time"), runs: "3/3",
                            source: "Ranking over the ScoreTable already read: subtotals, jury score, votes, combined, ties, disagreement, outliers"))
        table.add(ReportRow(id: "11c", benchmark: "chair: after one judge's submit, refresh + rank", figure: Format.duration(u.median),
                            baseline: Format.duration(r.median + k.median) + " (read whole + rank, 11a + 11b)",
                            ratio: Format.times(figure: u.median, baseline: r.median + k.median, "its time"), runs: "3/3",
                            source: "ResultsRepository.snapshot(updating:) re-reads only the sheets saved since the last snapshot (who and what is judged unchanged), then Ranking"))
    }
}
