#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import CNcursesw

/// Why the ncurses terminal could not start.
public enum NcursesTerminalError: Error, CustomStringConvertible {
    /// Standard input or output is not a terminal (e.g. output piped to a file).
    case notATerminal
    /// ncurses could not set up this TERM.
    case cannotInitialize(term: String)

    public var description: String {
        switch self {
        case .notATerminal: return "standard input and output must be a terminal"
        case .cannotInitialize(let term): return "cannot start the terminal interface for TERM='\(term)'; try TERM=xterm-256color"
        }
    }
}

/// The real terminal through ncursesw: wide-character output, keys via `wget_wch`, restored on every way out.
///
/// Runs in raw mode, so Ctrl-C and Ctrl-Z arrive as keys (`.ctrl("c")`, `.ctrl("z")`) rather than
/// signals; the app decides what they do. SIGTERM/SIGINT/SIGHUP (a dropped SSH connection) and
/// crashes restore the terminal and end the process with the conventional status; `exit()` restores
/// through an atexit hook. Prefer `NcursesTerminal.run { terminal in … }`, which always shuts down.
/// Not thread-safe: use it from one thread (the app's main loop).
public final class NcursesTerminal: Terminal {
    public private(set) var size: Size
    public let colorLevel: ColorLevel
    /// False when neither the environment's locale nor C.UTF-8/en_US.UTF-8 is UTF-8 (wide text may then show as '?').
    public let hasUTF8Locale: Bool
    private let screen: OpaquePointer
    private var previous: ScreenBuffer?
    private var pairs: [ColorPairKey: Int32] = [:]
    private var lastAttributes: (packed: UInt32, attributes: attr_t, pair: Int32)?
    private let defaultColorsAvailable: Bool
    private var isActive = true
    private var cursorVisible = false

    private struct ColorPairKey: Hashable { let foreground: Color; let background: Color }

    /// Starts curses mode; `escapeDelayMs` is how long a lone Esc waits for a following key. With
    /// `deferringTermination`, SIGHUP and SIGTERM do not end the process at once: `terminationSignal`
    /// is set and `readKey` returns nil, so the app can save what was typed, shut down, then call
    /// `NcursesTerminal.endProcess(bySignal:)` (within 5 s, or the process ends anyway).
    public init(escapeDelayMs: Int = 25, environment: [String: String]? = nil, deferringTermination: Bool = false) throws {
        guard isatty(STDIN_FILENO) == 1, isatty(STDOUT_FILENO) == 1 else { throw NcursesTerminalError.notATerminal }
        hasUTF8Locale = NcursesTerminal.chooseUTF8Locale()
        TerminalRestorer.saveOriginalMode()
        guard let screen = newterm(nil, jd_stdout(), jd_stdin()) else {
            throw NcursesTerminalError.cannotInitialize(term: getenv("TERM").map { String(cString: $0) } ?? "")
        }
        self.screen = screen
        _ = set_term(screen)
        _ = raw()
        _ = noecho()
        _ = nonl()
        _ = keypad(jd_stdscr(), true)
        _ = set_escdelay(Int32(escapeDelayMs))
        NcursesTerminal.defineExtraKeys()
        _ = curs_set(0)
        var defaults = false
        if has_colors() {
            _ = start_color()
            defaults = use_default_colors() == jd_ok()
        }
        defaultColorsAvailable = defaults
        let env = environment ?? NcursesTerminal.processEnvironment()
        colorLevel = has_colors() ? ColorLevel.detect(colors: Int(jd_colors()), environment: env) : .none
        var rows: Int32 = 0, cols: Int32 = 0
        jd_getmaxyx(jd_stdscr(), &rows, &cols)
        size = Size(width: Int(cols), height: Int(rows))
        TerminalRestorer.prepareResetSequence()
        TerminalRestorer.setCursesActive(true)
        TerminalRestorer.install(deferringTermination: deferringTermination)
    }

    deinit { shutdown() }

    /// Runs `body` with a started terminal and shuts it down however `body` ends (return or throw).
    public static func run<T>(escapeDelayMs: Int = 25, deferringTermination: Bool = false,
                              _ body: (NcursesTerminal) throws -> T) throws -> T {
        let terminal = try NcursesTerminal(escapeDelayMs: escapeDelayMs, deferringTermination: deferringTermination)
        defer { terminal.shutdown() }
        return try body(terminal)
    }

    public func present(_ buffer: ScreenBuffer) {
        guard isActive else { return }
        let window = jd_stdscr()
        if previous == nil {
            _ = werase(window)
            _ = clearok(jd_curscr(), true)
        }
        for run in buffer.diff(from: previous) {
            for (offset, cell) in run.cells.enumerated() where !cell.isContinuation {
                write(cell, x: run.x + offset, y: run.y, window: window)
            }
        }
        if let cursor = buffer.cursor {
            if !cursorVisible { _ = curs_set(1); cursorVisible = true }
            _ = wmove(window, Int32(cursor.y), Int32(cursor.x))
        } else if cursorVisible {
            _ = curs_set(0)
            cursorVisible = false
        }
        _ = wrefresh(window)
        previous = buffer.copy()
    }

    /// Writes one cell; when the C library's idea of a width disagrees with ours the cell is
    /// replaced so that columns never shift (e.g. ❤️ that libc thinks is one column wide).
    private func write(_ cell: Cell, x: Int, y: Int, window: UnsafeMutablePointer<WINDOW>?) {
        let (attributes, pair) = cursesAttributes(forPacked: cell.packedStyle)
        let ours = Int(cell.width)
        // One scalar (nearly every cell) goes out from a two-character buffer on the stack.
        if let scalar = cell.scalar, Int(jd_wcwidth(wchar_t(bitPattern: scalar.value))) == ours {
            var text: (wchar_t, wchar_t) = (wchar_t(bitPattern: scalar.value), 0)
            _ = withUnsafePointer(to: &text) {
                $0.withMemoryRebound(to: wchar_t.self, capacity: 2) { jd_put_cell(window, Int32(y), Int32(x), $0, attributes, pair) }
            }
            return
        }
        var scalars = Array(cell.character.unicodeScalars.prefix(Int(CCHARW_MAX) - 1))
        let libcWidth = scalars.first.map { Int(jd_wcwidth(wchar_t(bitPattern: $0.value))) } ?? 1
        var padAfter = false
        if libcWidth != ours {
            if libcWidth == 1 && ours == 2 { padAfter = true } else { scalars = [ours == 2 ? "？" : "?"] }
        }
        var wide = scalars.map { wchar_t(bitPattern: $0.value) }
        wide.append(0)
        _ = jd_put_cell(window, Int32(y), Int32(x), wide, attributes, pair)
        if padAfter {
            let space: [wchar_t] = [32, 0]
            _ = jd_put_cell(window, Int32(y), Int32(x + 1), space, attributes, pair)
        }
    }

    /// The attributes and colour pair of a packed style; the last one is kept, as runs of cells
    /// mostly share their style.
    private func cursesAttributes(forPacked packed: UInt32) -> (attr_t, Int32) {
        if let last = lastAttributes, last.packed == packed { return (last.attributes, last.pair) }
        let (attributes, pair) = cursesAttributes(for: StylePacking.unpack(packed))
        lastAttributes = (packed, attributes, pair)
        return (attributes, pair)
    }

    private func cursesAttributes(for style: Style) -> (attr_t, Int32) {
        var attributes = jd_a_normal()
        if style.attributes.contains(.bold) { attributes |= jd_a_bold() }
        if style.attributes.contains(.underline) { attributes |= jd_a_underline() }
        if style.attributes.contains(.reverse) { attributes |= jd_a_reverse() }
        if style.attributes.contains(.dim) { attributes |= jd_a_dim() }
        return (attributes, colorPair(foreground: style.foreground, background: style.background))
    }

    /// Allocates colour pairs on first use; pair 0 (the defaults) when colours are off or pairs run out.
    private func colorPair(foreground: Color, background: Color) -> Int32 {
        guard colorLevel != .none, foreground != .default || background != .default else { return 0 }
        let key = ColorPairKey(foreground: foreground, background: background)
        if let pair = pairs[key] { return pair }
        let next = Int32(pairs.count + 1)
        guard next < min(jd_color_pairs(), 32767) else { return 0 }
        let fg = Int16(foreground.paletteIndex ?? (defaultColorsAvailable ? -1 : 7))
        let bg = Int16(background.paletteIndex ?? (defaultColorsAvailable ? -1 : 0))
        guard init_pair(Int16(next), fg, bg) == jd_ok() else { return 0 }
        pairs[key] = next
        return next
    }

    public var terminationSignal: Int32? { TerminalRestorer.terminationSignal }

    /// Ends the process by a signal the app deferred, after it saved its work and shut the terminal down.
    public static func endProcess(bySignal signalNumber: Int32) -> Never {
        TerminalRestorer.endProcess(bySignal: signalNumber)
    }

    public func readKey(timeoutMs: Int?) -> Key? {
        // After a hangup the terminal may be gone: read nothing more from it.
        guard isActive, terminationSignal == nil else { return nil }
        wtimeout(jd_stdscr(), Int32(timeoutMs ?? -1))
        var value: wint_t = 0
        let status = wget_wch(jd_stdscr(), &value)
        guard let key = CursesKeyDecoder.decode(status: status, value: UInt32(value)) else { return nil }
        if key == .resize { refreshSize() }
        return key
    }

    public func readKey(timeoutMs: Int?, wakingOn descriptors: [Int32]) -> Key? {
        guard isActive, terminationSignal == nil else { return nil }
        // A key ncurses already holds (the rest of a paste, a sequence read in one go) comes first.
        if let key = readKey(timeoutMs: 0) { return key }
        var fds = [pollfd(fd: STDIN_FILENO, events: Int16(POLLIN), revents: 0)]
        fds += descriptors.map { pollfd(fd: $0, events: Int16(POLLIN), revents: 0) }
        // A deferred SIGHUP/SIGTERM interrupts poll, but may land just before it: the pipe covers that.
        if TerminalRestorer.terminationDescriptor >= 0 {
            fds.append(pollfd(fd: TerminalRestorer.terminationDescriptor, events: Int16(POLLIN), revents: 0))
        }
        // EINTR (SIGWINCH) ends the wait too; ncurses then reports the resize as a key.
        _ = poll(&fds, nfds_t(fds.count), Int32(timeoutMs ?? -1))
        let keyWaiting = fds[0].revents != 0
        return readKey(timeoutMs: keyWaiting ? 10 : 0)
    }

    /// Teaches ncurses the sequences of `ExtraKeySequences` that this TERM's terminfo leaves undefined.
    static func defineExtraKeys() {
        for (sequence, key) in ExtraKeySequences.table {
            guard let code = CursesKeyDecoder.keyCode(for: key) else { continue }
            let bytes = ExtraKeySequences.bytes(sequence)
            // 0: unknown and no prefix conflict; anything else is already bound (or would clash).
            guard key_defined(bytes) == 0 else { continue }
            _ = define_key(bytes, code)
        }
    }

    private func refreshSize() {
        var rows: Int32 = 0, cols: Int32 = 0
        jd_getmaxyx(jd_stdscr(), &rows, &cols)
        size = Size(width: Int(cols), height: Int(rows))
        previous = nil
    }

    public func suspend() {
        guard isActive, TerminalRestorer.isCursesActive else { return }
        TerminalRestorer.setCursesActive(false)
        _ = endwin()
    }

    public func restore() {
        guard isActive else { return }
        _ = wrefresh(jd_stdscr())
        TerminalRestorer.setCursesActive(true)
        refreshSize()
    }

    public func invalidate() {
        guard isActive else { return }
        // `present` sees no previous frame, so it erases the window, marks the physical screen
        // unknown (clearok) and writes every cell: a full repaint that keeps curses mode.
        previous = nil
    }

    public func shutdown() {
        guard isActive else { return }
        isActive = false
        TerminalRestorer.setCursesActive(false)
        _ = endwin()
        TerminalRestorer.uninstall()
        delscreen(screen)
    }

    /// Uses the environment's locale; if it is not UTF-8, tries C.UTF-8 then en_US.UTF-8 for the character type.
    private static func chooseUTF8Locale() -> Bool {
        _ = setlocale(LC_ALL, "")
        if isUTF8(jd_codeset()) { return true }
        for candidate in ["C.UTF-8", "C.utf8", "en_US.UTF-8"] where setlocale(LC_CTYPE, candidate) != nil {
            if isUTF8(jd_codeset()) { return true }
        }
        return false
    }

    private static func isUTF8(_ codeset: UnsafePointer<CChar>?) -> Bool {
        guard let codeset else { return false }
        let name = String(cString: codeset).lowercased()
        return name == "utf-8" || name == "utf8"
    }

    private static func processEnvironment() -> [String: String] {
        var result: [String: String] = [:]
        for name in ["TERM", "NO_COLOR", "COLORTERM"] {
            if let value = getenv(name) { result[name] = String(cString: value) }
        }
        return result
    }
}
