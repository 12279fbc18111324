import Foundation
import JuryApp
import JuryCore
import JuryStore
import TerminalKit

/// Another process's commit → the open screen: the workstation's real loop (poll(2) on the keyboard
/// and the watcher's inotify descriptor) against the loop a user had before, which looked every 200 ms.
struct SyncBench {
    let folder: TempFolder

    func run(into table: inout ReportTable) throws {
        let path = folder.path("sync.sqlite")
        let contest = try AppKeysBench.contestJSON()
        let store = try Store.create(at: path, contestDefinitionJSON: contest)
        try store.phase.set("selection", actor: "cli:bench")
        let definition = try ContestDefinition.decode(Data(contest.utf8))

        let loop = try measure(path: path) { changed in
            let terminal = HeadlessTerminal(width: 80, height: 24)
            terminal.waitsOnDescriptors = true
            let state = AppState(language: .zh, definition: definition, databasePath: path, size: terminal.size, now: Date())
            let runtime = AppRuntime(state: state, terminal: terminal, runner: EffectRunner(store: store, definition: definition),
                                     theme: .default, watcher: try ChangeWatcher(store: store))
            runtime.start()
            var last = runtime.state.currentPhaseId
            return {
                runtime.step()
                if runtime.state.currentPhaseId != last {
                    last = runtime.state.currentPhaseId
                    changed()
                }
            }
        }
        let polled = try measure(path: path) { changed in
            let watcher = try ChangeWatcher(store: store)
            return {
                usleep(200_000)
                if (try? watcher.hasChanged()) == true { changed() }
            }
        }
        for (id, label, p) in [("8a", "p50", 50.0), ("8b", "p95", 95.0)] {
            table.add(ReportRow(id: id, benchmark: "another process's commit → screen, \(label)",
                                figure: Format.ms(loop.percentile(p)), baseline: Format.ms(polled.percentile(p)) + " (look every 200 ms)",
                                ratio: Format.cheaper(figure: loop.percentile(p), baseline: polled.percentile(p), "sooner"),
                                runs: "\(loop.count)/40",
                                source: "AppRuntime.step() on a HeadlessTerminal that sleeps in poll(2) on the ChangeWatcher's inotify descriptor; a child process commits 40 phase changes 80–200 ms apart; latency = the screen's state changed − the child's COMMIT returned"))
        }
    }

    /// Runs `makeTurn`'s loop while a child process commits, and pairs each commit with the first look that saw it.
    private func measure(path: String, _ makeTurn: (@escaping () -> Void) throws -> () -> Void) throws -> Samples {
        var seen: [Double] = []
        let turn = try makeTurn { seen.append(Date().timeIntervalSince1970) }
        let child = Process()
        child.executableURL = URL(fileURLWithPath: CommandLine.arguments[0])
        child.arguments = ["--child", ChildMode.commitPhases.rawValue, path]
        let out = Pipe()
        child.standardOutput = out
        try child.run()
        while child.isRunning { turn() }
        for _ in 0..<5 { turn() }
        let lines = String(decoding: out.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
            .split(separator: "\n").compactMap { Double($0) }
        // Each commit's latency is the first look after it that saw a change (a slow look may see two at once).
        let latencies = lines.prefix(40).compactMap { commit in seen.first { $0 >= commit - 0.002 }.map { max(0, $0 - commit) } }
        return Samples(latencies)
    }
}
