import Foundation
import JuryApp
import JuryCore
import JuryStore
import TerminalKit

/// The workstation's real loop on a headless terminal, signed in as the chair: what the screen
/// benchmarks drive key by key (update, the store reads, render and diff, as in a terminal).
struct AppSession {
    let runtime: AppRuntime
    let terminal: HeadlessTerminal

    /// Opens the app on `store` and signs in as the first user of the login list (the chair: the
    /// list sorts by role, and these files have no admin).
    init(store: Store, definition: ContestDefinition, width: Int, height: Int, pin: String = JudgingFile.pin,
         watcher: Bool = false, waitsOnDescriptors: Bool = false) throws {
        terminal = HeadlessTerminal(width: width, height: height)
        terminal.waitsOnDescriptors = waitsOnDescriptors
        let state = AppState(language: .zh, definition: definition, databasePath: store.path, size: terminal.size, now: Date())
        runtime = AppRuntime(state: state, terminal: terminal, runner: EffectRunner(store: store, definition: definition),
                             theme: .default, watcher: watcher ? try ChangeWatcher(store: store) : nil)
        runtime.start()
        press([.home, .enter] + pin.map { Key.char($0) } + [.enter])
        guard runtime.state.session != nil else {
            throw BenchError.unexpected("the chair could not sign in:\n\(terminal.screenText)")
        }
    }

    /// Each key in turn, one loop step each (as typed, not pasted).
    func press(_ keys: [Key]) {
        for key in keys {
            terminal.enqueue([key])
            runtime.step()
        }
    }

    /// Loop steps with no key, so work left for an idle moment runs (at most `limit`).
    func settle(limit: Int = 5) {
        for _ in 0..<limit { runtime.step() }
    }
}
