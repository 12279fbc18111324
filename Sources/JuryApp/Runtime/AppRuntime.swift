import Foundation
import JuryStore
import TerminalKit

/// The loop: render → present (only the difference is written) → read a key with a short timeout →
/// update → run the effects; between keys it asks the change watcher whether another process committed.
public final class AppRuntime {
    public private(set) var state: AppState
    public let terminal: any Terminal
    public let runner: EffectRunner
    public var theme: Theme
    let watcher: ChangeWatcher?
    let clock: () -> Date
    /// How long a key is waited for before the watcher and the clock are looked at again.
    public var keyTimeoutMs = 200

    public init(state: AppState, terminal: any Terminal, runner: EffectRunner, theme: Theme,
                watcher: ChangeWatcher?, clock: @escaping () -> Date = Date.init) {
        self.state = state
        self.terminal = terminal
        self.runner = runner
        self.theme = theme
        self.watcher = watcher
        self.clock = clock
        self.state.size = terminal.size
    }

    /// Loads what the first screen needs and draws it.
    public func start() {
        perform(App.startEffects)
        draw()
    }

    /// Runs until the user quits; with `stopWhenIdle` (tests) also returns once no key is waiting.
    public func run(stopWhenIdle: Bool = false) {
        start()
        while !state.shouldQuit {
            let gotKey = step()
            if stopWhenIdle && !gotKey { return }
        }
    }

    /// One turn of the loop; true when a key was handled.
    @discardableResult
    public func step() -> Bool {
        let key = terminal.readKey(timeoutMs: keyTimeoutMs)
        // The clock first, so a key is judged against the time it was pressed (e.g. the PIN wait).
        dispatch(.tick(clock()))
        if let key {
            if key == .resize || terminal.size != state.size { dispatch(.resized(terminal.size)) }
            if key != .resize { dispatch(.key(key)) }
        } else if terminal.size != state.size {
            dispatch(.resized(terminal.size))
        }
        checkForChanges()
        if !state.shouldQuit { draw() }
        return key != nil
    }

    /// Re-reads visible data when another process committed since the last look.
    public func checkForChanges() {
        guard let watcher else { return }
        do {
            if try watcher.hasChanged() { dispatch(.externalChange) }
        } catch let error as StoreError {
            dispatch(.failed(error.message(language: state.language.messageLanguage)))
        } catch {
            dispatch(.failed("\(error)"))
        }
    }

    public func dispatch(_ msg: Msg) {
        perform(App.update(&state, msg))
    }

    private func perform(_ effects: [Effect]) {
        var queue = effects
        while !queue.isEmpty {
            let effect = queue.removeFirst()
            if effect == .redraw {
                // Forget the last frame so the next present writes every cell.
                terminal.restore()
                continue
            }
            if let msg = runner.perform(effect, language: state.language) {
                queue += App.update(&state, msg)
            }
        }
    }

    /// Renders the state and presents it.
    public func draw() {
        let buffer = terminal.makeBuffer()
        App.render(state, into: buffer, theme: theme)
        terminal.present(buffer)
    }
}
