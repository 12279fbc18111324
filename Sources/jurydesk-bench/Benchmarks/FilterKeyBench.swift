import Foundation
import JuryCore
import JuryStore
import TerminalKit

/// Benchmark 12: one filter keystroke in the entrants browser at 100,000 entrants — what the app does
/// for it (update, the store reads it runs, render, diff) — against the same page query in plain SQL
/// on the raw connection. Then the count the status line shows, which now waits for a pause in typing.
struct FilterKeyBench {
    let store: Store
    let runs = 9
    /// Typed one character at a time into an empty filter: a common surname, then ever rarer.
    static let word = "王晓明"

    /// The browser's page query for a filter, as SQL a user could run themselves (the columns of
    /// `EntrantRepository.summaryColumns`, the WHERE of `EntrantQuery.filter`, first window of 200).
    static let plainPage = """
        SELECT e.id, e.name, e.employer, e.city, e.platforms, e.total_followers, e.review_stage,
            EXISTS (SELECT 1 FROM recommendations r WHERE r.matched_entrant_id = e.id) AS recommended
        FROM entrants e WHERE instr(e.search_text, ?) > 0 ORDER BY e.id LIMIT 200 OFFSET 0
        """
    static let plainCount = "SELECT count(*) FROM entrants e WHERE instr(e.search_text, ?) > 0"
    /// A word most entrants match (the city of a tenth of them, and of many employers).
    static let common = "西安"

    /// The plain page query for `needle`: prepared, stepped, every column read; returns the rows.
    static func plainPage(_ db: Database, _ needle: String) throws -> Int {
        let s = try db.prepare(plainPage)
        try s.bind([needle])
        var n = 0
        while try s.step() {
            _ = (s.string(0), s.string(1), s.string(2), s.string(3), s.string(4), s.int(5), s.string(6), s.int(7))
            n += 1
        }
        return n
    }

    func run(into table: inout ReportTable) throws {
        let contest = try AppKeysBench.contestJSON()
        try store.settings.setContestDefinitionJSON(contest, actor: "cli:bench")
        if try store.users.user(named: JudgingFile.chair) == nil {
            try store.users.add(name: JudgingFile.chair, role: .chair, pin: JudgingFile.pin, actor: "cli:bench")
        }
        let definition = try ContestDefinition.decode(Data(contest.utf8))
        let app = try AppSession(store: store, definition: definition, width: 132, height: 43)
        app.press([.enter])
        guard app.terminal.screenText.contains("E000001") else {
            throw BenchError.unexpected("the browser did not open:\n\(app.terminal.screenText)")
        }
        app.press([.char("/")])
        let chars = Array(Self.word), common = Array(Self.common)
        var keys = [[Double]](repeating: [], count: chars.count)
        var commonKeys: [Double] = [], pause: [Double] = [], redraw: [Double] = [], fresh: [Double] = []
        var plain = [[Double]](repeating: [], count: chars.count)
        var plainCommon: [Double] = [], plainCount: [Double] = [], plainFresh: [Double] = []
        var hits = [Int](repeating: 0, count: chars.count)
        var storeKeys = [[Double]](repeating: [], count: chars.count)
        var commonHits = 0
        var screen = ""
        // A row of the file changed (as another session's commit changes one): no first page kept
        // for the filter stands, so the next key reads its window afresh.
        func fileChanged() throws {
            try store.rawConnection { db in try db.execute("CREATE TEMP TABLE IF NOT EXISTS bench_tick (n); INSERT INTO bench_tick VALUES (1)") }
        }
        // Rounds interleave the app and the plain SQL, so both see the same neighbours' load. Each
        // starts with a changed file, so the first key of the word is read afresh.
        for _ in 0..<(runs + 1) {
            try fileChanged()
            for (i, c) in chars.enumerated() {
                keys[i].append(Stopwatch.time { app.press([.char(c)]) })
            }
            app.press(Array(repeating: Key.backspace, count: chars.count))
            app.settle()
            // A common word: its window fills at once, and the count waits for the first step without a key.
            for c in common { commonKeys.append(Stopwatch.time { app.press([.char(c)]) }) }
            // The keystroke's frame alone: render, diff and keep, with nothing new to read.
            redraw.append(Stopwatch.time { app.runtime.draw() })
            pause.append(Stopwatch.time { app.runtime.step() })
            screen = app.terminal.screenText
            app.press(Array(repeating: Key.backspace, count: common.count))
            app.settle()
            // Its first key again, once the file changed: nothing kept can answer it.
            try fileChanged()
            fresh.append(Stopwatch.time { app.press([.char(common[0])]) })
            app.press([.backspace])
            app.settle()
            try fileChanged()
            // The store's part of a keystroke: the first window, as the runner reads it for a typed filter.
            for i in chars.indices {
                storeKeys[i].append(try Stopwatch.time {
                    _ = try store.read { _ in try store.entrants.page(EntrantQuery(search: String(chars[...i]), limit: 200)) }
                })
            }
            try store.rawConnection { db in
                for i in chars.indices {
                    plain[i].append(try Stopwatch.time { hits[i] = try Self.plainPage(db, String(chars[...i])) })
                }
                for i in common.indices {
                    let time = try Stopwatch.time { commonHits = try Self.plainPage(db, String(common[...i])) }
                    plainCommon.append(time)
                    if i == 0 { plainFresh.append(time) }
                }
                plainCount.append(try Stopwatch.time { _ = try db.scalar(Self.plainCount, [Self.common]) })
            }
        }
        app.press([.escape])

        // The first round warms caches on both sides; it is dropped.
        func median(_ v: [Double]) -> Samples { Samples(Array(v.dropFirst())) }
        /// The app's median per `unit` against plain SQL's, measured in the same rounds.
        func row(_ id: String, _ benchmark: String, _ app: Samples, per unit: String, against plain: Samples,
                 _ plainLabel: String, _ source: String) -> ReportRow {
            ReportRow(id: id, benchmark: benchmark, figure: Format.duration(app.median) + "/" + unit,
                      baseline: Format.duration(plain.median) + " (\(plainLabel))",
                      ratio: Format.times(figure: app.median, baseline: plain.median, "its time"),
                      runs: "\(app.count)/\(app.count)", source: source + ", p95 \(Format.duration(app.percentile(95)))")
        }
        var appTotal = 0.0, plainTotal = 0.0, storeTotal = 0.0
        for i in chars.indices { storeTotal += median(storeKeys[i]).median }
        for i in chars.indices {
            let a = median(keys[i]), p = median(plain[i])
            appTotal += a.median
            plainTotal += p.median
            let typed = String(chars[...i])
            table.add(row("12" + ["a", "b", "c"][i], "filter keystroke at 100k: \"\(typed)\" [\(hits[i]) rows in page]",
                          a, per: "key", against: p, "same page, plain SQL",
                          "AppRuntime.step() for one typed character in the browser's filter (HeadlessTerminal 132x43: update + store reads + render + diff); baseline: the browser's page query (first 200, instr on search_text, by id) prepared, stepped and read on Store.rawConnection"))
        }
        table.add(ReportRow(id: "12d", benchmark: "filter: typing \"\(Self.word)\", all 3 keys", figure: Format.duration(appTotal),
                            baseline: Format.duration(plainTotal) + " (the 3 plain page queries)",
                            ratio: Format.times(figure: appTotal, baseline: plainTotal, "its time"), runs: "\(runs)/\(runs)",
                            source: "sum of the medians of 12a–12c and of their baselines"))
        table.add(ReportRow(id: "12g", benchmark: "filter: the store's part of those 3 keys", figure: Format.duration(storeTotal),
                            baseline: Format.duration(plainTotal) + " (the 3 plain page queries)",
                            ratio: Format.times(figure: storeTotal, baseline: plainTotal, "its time"), runs: "\(runs)/\(runs)",
                            source: "Store.entrants.page(EntrantQuery(search:, limit: 200)) in Store.read, what EffectRunner.loadPage runs for a typed filter (the count left for the pause); the rest of 12d is update, render and diff"))
        let pcm = median(plainCommon)
        table.add(row("12e", "filter keystroke at 100k: \"\(Self.common)\", each key [\(commonHits) rows in page]",
                      median(commonKeys), per: "key", against: pcm, "same pages, plain SQL",
                      "as 12a, for both keys of a word most entrants match (the window fills at once; each key keeps the rows of the last page that match and reads on from its end)"))
        table.add(row("12i", "filter: \"\(common[0])\" typed after the file changed", median(fresh), per: "key",
                      against: median(plainFresh), "same page, plain SQL",
                      "as 12a, for a key typed after a row of the file changed, so no first page kept stands and the whole window is read (as 12a too)"))
        table.add(row("12h", "filter: the screen after \"\(Self.common)\" drawn again, alone", median(redraw), per: "frame",
                      against: pcm, "12e's page, plain SQL",
                      "AppRuntime.draw() once the word's window is shown (HeadlessTerminal 132x43: App.render + diff + copy of the frame): the part of 12e that is the frame"))
        let pz = median(pause), pc = median(plainCount)
        table.add(ReportRow(id: "12f", benchmark: "filter: the count of \"\(Self.common)\", at the first pause", figure: Format.duration(pz.median),
                            baseline: Format.duration(pc.median) + " (plain SQL count(*))",
                            ratio: Format.times(figure: pz.median, baseline: pc.median, "its time"), runs: "\(runs)/\(runs)",
                            source: "AppRuntime.step() with no key waiting after the word was typed: the browser's count (deferred until typing pauses; dropped if a key comes first) and its redraw"))
        progress("filter screen after typing:\n" + screen.split(separator: "\n").prefix(3).joined(separator: "\n"))
    }
}
