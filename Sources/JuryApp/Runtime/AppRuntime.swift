#if canImport(Glibc)
import Glibc
#endif
import Foundation
import JuryStore
import TerminalKit

/// The loop: wait in poll(2) for a key, another session's commit (the watcher's inotify descriptor)
/// or a timer → update → run the requests → draw (ncurses writes only the cells that changed).
///
/// A write that cannot get the lock at once is kept and tried again from the loop, so the screen
/// keeps answering keys meanwhile (and Esc gives it up); it never blocks the terminal.
public final class AppRuntime {
    public private(set) var state: AppState
    public let terminal: any Terminal
    public let runner: EffectRunner
    public var theme: Theme
    let watcher: ChangeWatcher?
    let clock: () -> Date
    /// Stops the process for the shell's job control after Ctrl-Z (the terminal is given back first).
    let stopProcess: () -> Void
    /// How long the loop sleeps with nothing to do: the clock only matters to countdowns, in seconds.
    public var idleTimeoutMs = 1000
    /// How soon a write that waits for the lock is tried again.
    public var retryTimeoutMs = 100
    /// How long a hangup's last saves may wait for the lock (the terminal's alarm allows 5 s in all).
    public var hangUpSaveWait: TimeInterval = 3
    /// Requests waiting to run, oldest first; a write waiting for the lock holds back those behind it.
    private var queue: [Request] = []
    /// Work that waits for a pause in typing (a filter's full count): run only once no key has come
    /// for `pauseMs`, and dropped when its screen asks for anything newer, so typing never waits for it.
    private(set) var deferred: [Request] = []
    /// How long the keyboard must be quiet before deferred work runs.
    public var pauseMs = 150
    private var draining = false
    /// The file's identity when the session started, to notice it being deleted or replaced.
    private let fileIdentity: FileIdentity?
    private var lastIdentityCheck = Date.distantPast
    /// Looks left after a WAL write woke the loop with no new commit visible, `recheckMs` apart.
    private var rechecksLeft = 0
    /// Five looks 20 ms apart. Ten, started again by every wake, kept a session polling 250 times a
    /// second while another process committed 20 times a second. Looking sooner (2 ms) showed a
    /// commit ten times sooner to one session, but with 50 open sessions all of them refreshed in
    /// the same instant after each commit, and the screens' p95 went from 55 to 150 ms.
    static let rechecks = 5, recheckMs = 20
    /// Something besides the clock moved since the last frame (a key, a reply, a change, a resize).
    /// A turn with nothing new does not render: other sessions' commits wake every open session,
    /// and a WAL write wakes it again before the commit is visible; each redraw cost ~1 ms of CPU.
    private var dirty = true
    /// The clock's second at the last frame, and whether that frame showed a countdown: a countdown
    /// redraws once a second, and once more when it ends; nothing else shows the time.
    private var drawnSecond = 0
    private var drawnCountdown = false

    public init(state: AppState, terminal: any Terminal, runner: EffectRunner, theme: Theme,
                watcher: ChangeWatcher?, clock: @escaping () -> Date = Date.init, stopProcess: @escaping () -> Void = {}) {
        self.state = state
        self.terminal = terminal
        self.runner = runner
        self.theme = theme
        self.watcher = watcher
        self.clock = clock
        self.stopProcess = stopProcess
        self.state.size = terminal.size
        fileIdentity = FileIdentity(path: runner.store.path)
    }

    /// Loads what the first screen needs and draws it.
    public func start() {
        enqueue(App.start(&state))
        draw()
    }

    /// Runs until the user quits; with `stopWhenIdle` (tests) also returns once no key is waiting.
    public func run(stopWhenIdle: Bool = false) {
        start()
        while !state.shouldQuit {
            let gotKey = step()
            if stopWhenIdle && !gotKey && queue.isEmpty { return }
        }
    }

    /// One turn of the loop; true when a key was handled.
    @discardableResult
    public func step() -> Bool {
        let timeout: Int
        if !queue.isEmpty {
            timeout = retryTimeoutMs
        } else if !deferred.isEmpty {
            timeout = pauseMs
        } else if rechecksLeft > 0 {
            rechecksLeft -= 1
            timeout = Self.recheckMs
        } else if watcher?.fileDescriptor == nil && watcher != nil {
            timeout = Int((watcher?.pollInterval ?? 0.25) * 1000)
        } else {
            timeout = idleTimeoutMs
        }
        let key = terminal.readKey(timeoutMs: timeout, wakingOn: watcher?.fileDescriptor.map { [$0] } ?? [])
        if terminal.terminationSignal != nil {
            saveAndQuit()
            return false
        }
        // The clock first, so a key is judged against the time it was pressed (e.g. the PIN wait).
        dispatch(.tick(clock()))
        if let key {
            if key == .resize || terminal.size != state.size { dispatch(.resized(terminal.size)) }
            if key != .resize { dispatch(.key(key)) }
        } else if terminal.size != state.size {
            dispatch(.resized(terminal.size))
        }
        if key == nil && queue.isEmpty && !deferred.isEmpty {
            queue = deferred
            deferred = []
        }
        drain()
        checkForChanges()
        let second = Int(clock().timeIntervalSince1970)
        let countdown = state.showsCountdown
        if !state.shouldQuit && (dirty || (second != drawnSecond && (countdown || drawnCountdown))) {
            draw()
            drawnSecond = second
            drawnCountdown = countdown
        }
        return key != nil
    }

    /// The terminal hung up or the process was asked to stop: every draft still held is saved (waiting
    /// for the lock a little while if another session has it), then the loop ends without drawing —
    /// the terminal may be gone. The caller restores the terminal and ends the process.
    func saveAndQuit() {
        dispatch(.hangUp)
        let deadline = Date().addingTimeInterval(hangUpSaveWait)
        while !queue.isEmpty && Date() < deadline {
            usleep(UInt32(retryTimeoutMs) * 1000)
            drain()
        }
        state.shouldQuit = true
    }

    /// Re-reads visible data when another process committed since the last look; notices a file that
    /// was deleted or replaced under the session.
    public func checkForChanges() {
        if state.fileReplaced == nil, let fileIdentity, clock().timeIntervalSince(lastIdentityCheck) >= 1 {
            lastIdentityCheck = clock()
            if FileIdentity(path: runner.store.path) != fileIdentity {
                dispatch(.fileReplaced(path: runner.store.path))
                return
            }
        }
        guard let watcher, state.fileReplaced == nil else { return }
        do {
            let woken = watcher.hasPendingWake()
            if try watcher.hasChanged() {
                rechecksLeft = 0
                dispatch(.externalChange)
            } else if woken && rechecksLeft == 0 {
                // The WAL was written but the commit is not visible yet: look again in a moment. A
                // wake while already looking (the same commit's later writes) does not start over.
                rechecksLeft = Self.rechecks
            }
        } catch let error as StoreError {
            dispatch(.reply(.app, .failed(error.message(language: state.language.messageLanguage))))
        } catch {
            dispatch(.reply(.app, .failed("\(error)")))
        }
    }

    public func dispatch(_ msg: Msg) {
        if case .tick = msg {} else { dirty = true }
        enqueue(App.update(&state, msg))
    }

    private func enqueue(_ requests: [Request]) {
        schedule(requests)
        actOnSignals()
        drain()
    }

    /// Queues requests; deferrable ones wait apart, and anything newer from a screen drops what it deferred.
    private func schedule(_ requests: [Request]) {
        for request in requests {
            deferred.removeAll { $0.origin == request.origin }
            if request.effect.isDeferrable { deferred.append(request) } else { queue.append(request) }
        }
    }

    /// Runs queued requests in order until one waits for the lock (it stays first and is retried).
    private func drain() {
        guard !draining else { return }
        draining = true
        defer { draining = false }
        while let request = queue.first {
            if state.abandonWrite {
                state.abandonWrite = false
                if request.effect.isWrite { queue.removeFirst() }
                continue
            }
            switch runner.perform(request, language: state.language) {
            case .busy:
                if !state.writeWaiting {
                    dirty = true
                    schedule(App.update(&state, .writeWaiting(true)))
                }
                return
            case .done(let reply):
                queue.removeFirst()
                if state.writeWaiting {
                    dirty = true
                    schedule(App.update(&state, .writeWaiting(false)))
                }
                if let reply {
                    dirty = true
                    schedule(App.update(&state, .reply(request.origin, reply)))
                }
                actOnSignals()
            }
        }
    }

    /// Carries out what `update` asked of the terminal itself: a full redraw, a stop for the shell.
    private func actOnSignals() {
        if state.redrawRequested {
            state.redrawRequested = false
            // Forget the last frame so the next present writes every cell.
            terminal.invalidate()
        }
        if state.suspendRequested {
            state.suspendRequested = false
            terminal.suspend()
            stopProcess()
            terminal.restore()
        }
    }

    /// Renders the state and presents it.
    public func draw() {
        dirty = false
        let buffer = terminal.makeBuffer()
        App.render(state, into: buffer, theme: theme)
        terminal.present(buffer)
    }
}

/// A file's device and inode: they change when the file is deleted and created again, or replaced.
struct FileIdentity: Equatable {
    let device: UInt64
    let inode: UInt64

    init?(path: String) {
        var info = stat()
        guard stat(path, &info) == 0 else { return nil }
        device = UInt64(info.st_dev)
        inode = UInt64(info.st_ino)
    }
}
