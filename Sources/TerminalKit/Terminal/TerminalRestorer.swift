#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import CNcursesw

// Signal-time restoration of the terminal. A handler may only call async-signal-safe functions,
// so everything it needs (the original termios and the reset escape sequence from terminfo) is
// prepared in plain memory beforehand, and it uses only write(2), tcsetattr(3) and raise(3).
// These globals are written only while no handler is installed (before `install`, after
// `uninstall`) or by the handler itself, which runs once (SA_RESETHAND); hence `nonisolated(unsafe)`.
nonisolated(unsafe) private var savedTermios: UnsafeMutablePointer<termios>?
nonisolated(unsafe) private var resetSequence: UnsafeMutablePointer<UInt8>?
nonisolated(unsafe) private var resetSequenceLength = 0
/// 1 while curses owns the terminal; the handler restores only then.
nonisolated(unsafe) private var cursesOwnsTerminal: Int32 = 0
nonisolated(unsafe) private var previousActions: [Int32: sigaction] = [:]
nonisolated(unsafe) private var atexitRegistered = false

private func restoreTerminalFromSignal(_ signalNumber: Int32) {
    if cursesOwnsTerminal != 0 {
        cursesOwnsTerminal = 0
        if let bytes = resetSequence { _ = write(STDOUT_FILENO, bytes, resetSequenceLength) }
        if let saved = savedTermios { _ = tcsetattr(STDIN_FILENO, TCSANOW, saved) }
    }
    // SA_RESETHAND already restored the default action: re-raising ends the process the
    // conventional way (status 128 + signal), once this handler returns.
    _ = raise(signalNumber)
}

/// Restores the terminal on every way out: signals (SIGTERM, SIGINT, SIGHUP from a dropped SSH
/// connection, SIGQUIT, and crashes such as SIGSEGV or Swift traps), and `exit()` via `atexit`.
enum TerminalRestorer {
    /// Termination and crash signals that get a restoring handler.
    static let signals: [Int32] = [SIGTERM, SIGINT, SIGHUP, SIGQUIT, SIGABRT, SIGSEGV, SIGBUS, SIGILL, SIGTRAP, SIGFPE]

    /// Saves the terminal's current mode; call before curses changes it.
    static func saveOriginalMode() {
        if savedTermios == nil { savedTermios = UnsafeMutablePointer<termios>.allocate(capacity: 1) }
        guard let saved = savedTermios else { return }
        if tcgetattr(STDIN_FILENO, saved) != 0 {
            saved.deallocate()
            savedTermios = nil
        }
    }

    /// Prepares the bytes that undo curses' screen changes (attributes, cursor, keypad, alternate screen).
    static func prepareResetSequence() {
        var bytes: [UInt8] = []
        for capability in ["sgr0", "cnorm", "rmkx", "rmcup"] {
            if let value = jd_tigetstr(capability) { bytes += Array(String(cString: value).utf8) }
        }
        if bytes.isEmpty { bytes = Array("\u{1B}[0m\u{1B}[?25h\u{1B}[?1049l".utf8) }
        bytes += Array("\r\n".utf8)
        resetSequence?.deallocate()
        let buffer = UnsafeMutablePointer<UInt8>.allocate(capacity: bytes.count)
        buffer.initialize(from: bytes, count: bytes.count)
        resetSequence = buffer
        resetSequenceLength = bytes.count
    }

    /// Installs the handlers (replacing ncurses' own SIGINT/SIGTERM ones) and the atexit hook.
    static func install() {
        for signalNumber in signals {
            var action = sigaction()
            action.__sigaction_handler.sa_handler = restoreTerminalFromSignal
            action.sa_flags = Int32(truncatingIfNeeded: SA_RESETHAND) // 0x80000000 does not fit Int32 literally
            sigemptyset(&action.sa_mask)
            var old = sigaction()
            if sigaction(signalNumber, &action, &old) == 0 { previousActions[signalNumber] = old }
        }
        if !atexitRegistered {
            atexitRegistered = true
            atexit { TerminalRestorer.restoreAtExit() }
        }
    }

    /// Puts back the handlers that were there before `install`.
    static func uninstall() {
        for (signalNumber, old) in previousActions {
            var action = old
            _ = sigaction(signalNumber, &action, nil)
        }
        previousActions.removeAll()
    }

    /// Marks whether curses currently owns the screen (false while suspended or after shutdown).
    static func setCursesActive(_ active: Bool) { cursesOwnsTerminal = active ? 1 : 0 }

    static var isCursesActive: Bool { cursesOwnsTerminal != 0 }

    /// `exit()` without `shutdown()`: a normal context, so endwin is safe here.
    private static func restoreAtExit() {
        guard cursesOwnsTerminal != 0 else { return }
        cursesOwnsTerminal = 0
        _ = endwin()
    }
}
