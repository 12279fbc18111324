#if canImport(Glibc)
import Glibc
#endif
/// An in-memory terminal of fixed size with scripted keys, for tests and snapshots.
public final class HeadlessTerminal: Terminal {
    public private(set) var size: Size
    public var colorLevel: ColorLevel
    /// The last frame presented (a copy).
    public private(set) var lastFrame: ScreenBuffer?
    /// How many frames were presented, and how many cell runs the last one rewrote.
    public private(set) var presentCount = 0
    public private(set) var lastRuns: [CellRun] = []
    public private(set) var isSuspended = false
    public private(set) var isShutDown = false
    private var keys: [Key] = []

    public init(width: Int, height: Int, colorLevel: ColorLevel = .ansi256) {
        size = Size(width: width, height: height)
        self.colorLevel = colorLevel
    }

    /// Queues keys for `readKey`.
    public func enqueue(_ keys: [Key]) { self.keys.append(contentsOf: keys) }

    /// Queues the keys that these raw bytes decode to (e.g. "\u{1B}[A" is Up).
    public func enqueue(bytes: [UInt8]) { keys.append(contentsOf: ByteKeyDecoder.decode(bytes)) }

    /// Queues the keys for typing this text (escape sequences included).
    public func type(_ text: String) { keys.append(contentsOf: ByteKeyDecoder.decode(text)) }

    /// Changes the size and queues `.resize`, as a SIGWINCH would.
    public func resize(to newSize: Size) {
        size = newSize
        keys.append(.resize)
    }

    /// Number of keys still queued.
    public var pendingKeyCount: Int { keys.count }

    public func present(_ buffer: ScreenBuffer) {
        lastRuns = buffer.diff(from: lastFrame)
        lastFrame = buffer.copy()
        presentCount += 1
    }

    public func readKey(timeoutMs: Int?) -> Key? {
        guard terminationSignal == nil else { return nil }
        return keys.isEmpty ? nil : keys.removeFirst()
    }

    /// When true, a read with no key queued sleeps in poll(2) on the descriptors until one is readable
    /// or the timeout passes, as the ncurses terminal does (for benchmarks of the real loop). Off by
    /// default: tests then run at full speed.
    public var waitsOnDescriptors = false

    /// Queued keys first; with `waitsOnDescriptors`, otherwise a real wait on the descriptors.
    public func readKey(timeoutMs: Int?, wakingOn descriptors: [Int32]) -> Key? {
        if keys.isEmpty && waitsOnDescriptors {
            var fds = descriptors.map { pollfd(fd: $0, events: Int16(POLLIN), revents: 0) }
            _ = poll(&fds, nfds_t(fds.count), Int32(timeoutMs ?? -1))
        }
        return readKey(timeoutMs: timeoutMs)
    }

    public func suspend() { isSuspended = true }

    public func restore() {
        isSuspended = false
        lastFrame = nil
    }

    public func shutdown() { isShutDown = true }

    /// A hangup as the ncurses terminal reports it (tests): no key is read any more.
    public private(set) var terminationSignal: Int32?

    public func hangUp(signal: Int32 = SIGHUP) { terminationSignal = signal }

    /// How many times `invalidate()` was called.
    public private(set) var invalidateCount = 0

    public func invalidate() {
        invalidateCount += 1
        lastFrame = nil
    }

    /// The last frame as text (trailing spaces trimmed), or "" if nothing was presented.
    public var screenText: String { lastFrame?.text ?? "" }

    /// The last frame framed with a ruler border, so snapshots show the true width and trailing space.
    public var framedScreen: String { lastFrame.map(HeadlessTerminal.framed) ?? "" }

    /// A buffer's rows between `|` marks with a top and bottom ruler, for readable snapshots.
    public static func framed(_ buffer: ScreenBuffer) -> String {
        let ruler = "+" + String(repeating: "-", count: buffer.width) + "+"
        let rows = buffer.lines(trimmingTrailingSpaces: false).map { "|" + $0 + "|" }
        return ([ruler] + rows + [ruler]).joined(separator: "\n") + "\n"
    }
}
