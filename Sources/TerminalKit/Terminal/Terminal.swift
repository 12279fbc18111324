/// A screen the app draws frames to and reads keys from: ncurses for people, headless for tests.
///
/// The loop is: build a `ScreenBuffer` of `size`, render into it, `present` it (only the
/// difference from the previous frame is written), then `readKey`. On `.resize`, re-read `size`.
public protocol Terminal: AnyObject {
    /// Current size in cells.
    var size: Size { get }
    /// Colour capability; themes should be degraded to it (`Theme.adapted(to:)`).
    var colorLevel: ColorLevel { get }
    /// Shows a frame, writing only what changed since the last one.
    func present(_ buffer: ScreenBuffer)
    /// The next key, waiting at most `timeoutMs` milliseconds (nil waits forever); nil on timeout.
    func readKey(timeoutMs: Int?) -> Key?
    /// The next key, waiting at most `timeoutMs` but returning early (nil) when one of `descriptors`
    /// becomes readable — so a loop can sleep in one poll(2) on keys, a change watcher and a timer.
    func readKey(timeoutMs: Int?, wakingOn descriptors: [Int32]) -> Key?
    /// Gives the terminal back to the shell temporarily (e.g. to run an external viewer).
    func suspend()
    /// Takes the terminal again after `suspend()` and redraws everything on the next `present`.
    func restore()
    /// Restores the terminal for good; safe to call more than once.
    func shutdown()
    /// Forgets what is on the screen so the next `present` clears it and writes every cell (Ctrl-L),
    /// without giving the terminal back to the shell as `suspend()`/`restore()` do.
    func invalidate()
    /// SIGHUP or SIGTERM arrived and the process waits for the app to save its work and quit (nil: none).
    var terminationSignal: Int32? { get }
}

extension Terminal {
    /// A blank buffer of the current size, ready to render a frame into.
    public func makeBuffer() -> ScreenBuffer { ScreenBuffer(size: size) }

    /// For terminals written before `invalidate()` existed: a restore also redraws everything.
    public func invalidate() { restore() }

    /// For terminals that never defer a signal.
    public var terminationSignal: Int32? { nil }
}
