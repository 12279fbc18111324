import Foundation

/// Drives a real program in a detached tmux session: type keys, read the screen, resize.
///
/// Each instance uses its own tmux server socket (`-L`), so tests never touch a user's tmux and
/// can run side by side.
public final class TmuxSession {
    public let socket: String
    public let name: String

    /// Starts `command` (run by /bin/sh) in a new session of the given size.
    public init(command: String, width: Int = 80, height: Int = 24,
                environment: [String: String] = [:]) throws {
        socket = "jdtest-\(UUID().uuidString.prefix(8))"
        name = "jd"
        var exports = ""
        for (k, v) in environment.sorted(by: { $0.key < $1.key }) {
            exports += "export \(k)=\(TmuxSession.shellQuote(v)); "
        }
        // The program runs inside an interactive shell so the test can see the prompt come back.
        try tmux(["-f", "/dev/null", "new-session", "-d", "-s", name, "-x", "\(width)", "-y", "\(height)",
                  "env", "PS1=$ ", "TERM=xterm-256color", "LANG=C.UTF-8", "/bin/sh"])
        try tmux(["set-option", "-t", name, "status", "off"])
        try send(literal: exports + command)
        try send(keys: ["Enter"])
    }

    deinit { _ = try? tmux(["kill-server"]) }

    /// Sends literal text (no key-name interpretation) to `pane` (default: the first pane).
    public func send(literal text: String, pane: String? = nil) throws {
        try tmux(["send-keys", "-t", pane ?? name, "-l", text])
    }

    /// Sends tmux key names: "Enter", "Escape", "Down", "C-l", "q", ….
    public func send(keys: [String], pane: String? = nil) throws { try tmux(["send-keys", "-t", pane ?? name] + keys) }

    /// Splits the window side by side and runs `command` in a shell in the new pane; returns its id.
    public func split(command: String) throws -> String {
        let id = try tmux(["split-window", "-h", "-t", name, "-P", "-F", "#{pane_id}",
                           "env", "PS1=$ ", "TERM=xterm-256color", "LANG=C.UTF-8", "/bin/sh"])
            .trimmingCharacters(in: .whitespacesAndNewlines)
        try send(literal: command, pane: id)
        try send(keys: ["Enter"], pane: id)
        return id
    }

    /// The id of the first pane (the one the session started with).
    public func firstPane() throws -> String {
        try tmux(["list-panes", "-t", name, "-F", "#{pane_id}"]).split(separator: "\n").first.map(String.init) ?? name
    }

    /// The visible screen of `pane`, one string per row, trailing spaces kept out.
    public func capture(pane: String? = nil) throws -> [String] {
        let out = try tmux(["capture-pane", "-p", "-t", pane ?? name])
        return out.components(separatedBy: "\n").map { line in
            var s = Substring(line)
            while s.last == " " { s = s.dropLast() }
            return String(s)
        }
    }

    /// Resizes the window (and its pane) to width × height.
    public func resize(width: Int, height: Int) throws {
        try tmux(["resize-window", "-t", name, "-x", "\(width)", "-y", "\(height)"])
    }

    /// Waits until the screen satisfies `predicate`; returns the last screen, or throws on timeout.
    @discardableResult
    public func waitFor(timeout: TimeInterval = 10, _ what: String = "condition", pane: String? = nil,
                        _ predicate: ([String]) -> Bool) throws -> [String] {
        let deadline = Date().addingTimeInterval(timeout)
        var screen: [String] = []
        while Date() < deadline {
            screen = try capture(pane: pane)
            if predicate(screen) { return screen }
            Thread.sleep(forTimeInterval: 0.05)
        }
        throw TmuxError.timeout(what: what, screen: screen.joined(separator: "\n"))
    }

    /// Waits until `text` appears anywhere on the screen.
    @discardableResult
    public func waitFor(text: String, timeout: TimeInterval = 10, pane: String? = nil) throws -> [String] {
        try waitFor(timeout: timeout, "text \"\(text)\"", pane: pane) { $0.joined(separator: "\n").contains(text) }
    }

    /// Runs a tmux command against this test's private server and returns its output.
    @discardableResult
    public func tmux(_ args: [String]) throws -> String {
        // Not Foundation's Process: see `Spawn` for why.
        let r = try Spawn.run("/usr/bin/tmux", ["-L", socket] + args)
        if r.status != 0 { throw TmuxError.failed(args: args, status: r.status) }
        return r.out
    }

    static func shellQuote(_ s: String) -> String { "'" + s.replacingOccurrences(of: "'", with: "'\\''") + "'" }
}

/// Why a tmux-driven test step failed.
public enum TmuxError: Error, CustomStringConvertible {
    case failed(args: [String], status: Int32)
    case timeout(what: String, screen: String)

    public var description: String {
        switch self {
        case let .failed(args, status): "tmux \(args.joined(separator: " ")) exited \(status)"
        case let .timeout(what, screen): "timed out waiting for \(what); screen was:\n\(screen)"
        }
    }
}
