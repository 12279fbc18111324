import Foundation
import JuryApp
import JuryCore
import JuryStore
import TerminalKit

/// Benchmark 7: what a judge feels — one keypress in the entrants browser (update, the store reads
/// it causes, render, diff) on 100,000 entrants, against the same keys on 1,000 entrants. "Instant on
/// 100,000" means the ratio stays near 1.
struct AppKeysBench {
    let bigStorePath: String
    let folder: TempFolder
    let runs = 15

    /// The keys measured, each pressed `runs` times from the same starting point.
    static let cases: [(id: String, label: String, keys: [Key], reset: [Key])] = [
        ("7a", "move down one row (j)", [.char("j")], []),
        ("7b", "page down (PgDn)", [.pageDown], []),
        ("7c", "jump to the last row (G)", [.char("G")], [.char("g")]),
        ("7d", "type a filter character (/ 西)", [.char("西")], [.backspace]),
        ("7e", "re-sort (s)", [.char("s")], []),
    ]

    func run(into table: inout ReportTable) throws {
        let contest = try Self.contestJSON()
        let small = try BigDatabase.create(at: folder.path("app-small.sqlite"), count: 1_000)
        let baseline = try measure(store: small, contestJSON: contest)
        guard let big = try? Store.open(at: bigStorePath) else { throw BenchError.unexpected("cannot reopen \(bigStorePath)") }
        let figures = try measure(store: big, contestJSON: contest)
        for c in Self.cases {
            guard let f = figures[c.id], let b = baseline[c.id] else { continue }
            table.add(ReportRow(id: c.id, benchmark: "keypress: \(c.label), 100k", figure: Format.duration(f.median) + "/key",
                                baseline: Format.duration(b.median) + " (1k entrants)",
                                ratio: Format.times(figure: f.median, baseline: b.median, "the 1k time"),
                                runs: "\(runs)/\(runs)",
                                source: "AppRuntime.step() with a HeadlessTerminal 132x43 (update + EffectRunner store reads + render + diff), signed in as chair, in the browser; p95 \(Format.duration(f.percentile(95))) vs \(Format.duration(b.percentile(95)))"))
        }
    }

    /// Median and spread per case, on one file.
    private func measure(store: Store, contestJSON: String) throws -> [String: Samples] {
        try store.settings.setContestDefinitionJSON(contestJSON, actor: "cli:bench")
        if try store.users.user(named: "主任") == nil {
            try store.users.add(name: "主任", role: .chair, pin: "333333", actor: "cli:bench")
        }
        let definition = try ContestDefinition.decode(Data(contestJSON.utf8))
        let terminal = HeadlessTerminal(width: 132, height: 43)
        let state = AppState(language: .zh, definition: definition, databasePath: store.path,
                             size: terminal.size, now: Date())
        let runtime = AppRuntime(state: state, terminal: terminal, runner: EffectRunner(store: store, definition: definition),
                                 theme: .default, watcher: nil)
        runtime.start()
        // Sign in (the only user), then open the first menu entry: all entrants.
        press([.enter] + "333333".map { Key.char($0) } + [.enter, .enter], runtime, terminal)
        guard terminal.screenText.contains("E000001") else {
            throw BenchError.unexpected("the browser did not open:\n\(terminal.screenText)")
        }
        press([.char("/")], runtime, terminal)
        press([.escape], runtime, terminal)
        var out: [String: Samples] = [:]
        for c in Self.cases {
            if c.id == "7d" { press([.char("/")], runtime, terminal) }
            var values: [Double] = []
            for _ in 0..<runs {
                values.append(Stopwatch.time { press(c.keys, runtime, terminal) })
                press(c.reset, runtime, terminal)
            }
            if c.id == "7d" { press([.escape], runtime, terminal) }
            out[c.id] = Samples(values)
        }
        return out
    }

    private func press(_ keys: [Key], _ runtime: AppRuntime, _ terminal: HeadlessTerminal) {
        for key in keys {
            terminal.enqueue([key])
            runtime.step()
        }
    }

    /// The sample contest's definition, so the app has real labels, checks and phases.
    static func contestJSON() throws -> String {
        let path = FileManager.default.currentDirectoryPath + "/SampleData/contest.json"
        guard let text = try? String(contentsOfFile: path, encoding: .utf8) else {
            throw BenchError.unexpected("run from the package folder: \(path) not found")
        }
        return text
    }
}
