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
/// The first hangup or termination signal while the app asked to finish its work first (0: none).
nonisolated(unsafe) private var pendingTermination: Int32 = 0
/// A pipe the handler writes one byte to, so the loop's poll(2) wakes at once (-1 until made).
nonisolated(unsafe) private var terminationPipe: (read: Int32, write: Int32) = (-1, -1)
/// How long the app gets to save and exit after a hangup before the process ends anyway.
private let terminationGraceSeconds: UInt32 = 5

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

/// A hangup (SIGHUP: the SSH connection dropped) or SIGTERM while the app finishes its work first:
/// note it and wake the loop, which saves what was typed, restores the terminal and re-raises.
/// Should the loop not get there, a second signal or the alarm after the grace period ends the
/// process the old way (terminal restored, then the default action).
private func deferTermination(_ signalNumber: Int32) {
    if pendingTermination == 0 { pendingTermination = signalNumber }
    if terminationPipe.write >= 0 {
        var byte = UInt8(truncatingIfNeeded: signalNumber)
        _ = write(terminationPipe.write, &byte, 1)
    }
    var action = sigaction()
    action.__sigaction_handler.sa_handler = restoreTerminalFromSignal
    action.sa_flags = Int32(truncatingIfNeeded: SA_RESETHAND)
    sigemptyset(&action.sa_mask)
    _ = sigaction(signalNumber, &action, nil)
    _ = sigaction(SIGALRM, &action, nil)
    _ = alarm(terminationGraceSeconds)
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

    /// The signals that may wait for the app to save its work (`install(deferringTermination: true)`).
    static let deferrableSignals: [Int32] = [SIGHUP, SIGTERM]

    /// Installs the handlers (replacing ncurses' own SIGINT/SIGTERM ones) and the atexit hook. With
    /// `deferringTermination`, SIGHUP and SIGTERM only set `terminationSignal` and wake the loop
    /// through `terminationDescriptor`; the app must then finish and call `endProcess(bySignal:)`.
    static func install(deferringTermination: Bool = false) {
        if deferringTermination && terminationPipe.read < 0 {
            var fds: [Int32] = [-1, -1]
            if pipe(&fds) == 0 {
                // Non-blocking: the handler must never wait on a full pipe.
                for fd in fds {
                    _ = fcntl(fd, F_SETFL, fcntl(fd, F_GETFL) | O_NONBLOCK)
                    _ = fcntl(fd, F_SETFD, FD_CLOEXEC)
                }
                terminationPipe = (fds[0], fds[1])
            }
        }
        for signalNumber in signals {
            var action = sigaction()
            if deferringTermination && deferrableSignals.contains(signalNumber) {
                action.__sigaction_handler.sa_handler = deferTermination
            } else {
                action.__sigaction_handler.sa_handler = restoreTerminalFromSignal
            }
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

    /// The hangup or termination signal waiting for the app to finish, if any.
    static var terminationSignal: Int32? { pendingTermination == 0 ? nil : pendingTermination }

    /// Readable once a deferred signal arrived (-1 when termination is not deferred).
    static var terminationDescriptor: Int32 { terminationPipe.read }

    /// Ends the process by `signalNumber` with its default action (status 128 + signal for the shell),
    /// once the app has saved its work and shut the terminal down.
    static func endProcess(bySignal signalNumber: Int32) -> Never {
        _ = alarm(0)
        _ = signal(signalNumber, SIG_DFL)
        _ = raise(signalNumber)
        _exit(128 + signalNumber)
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
