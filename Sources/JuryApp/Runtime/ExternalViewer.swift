import Foundation

/// Opens a file in another program: `$JURYDESK_VIEWER` if set, else `xdg-open`, without waiting for it.
public struct ExternalViewer: Sendable {
    /// What happened when asked to open a file.
    public enum Outcome: Sendable, Equatable {
        case opened(viewer: String)
        case viewerMissing(viewer: String)
        case fileMissing(path: String)
        case failed(viewer: String, reason: String)
        /// No viewer configured and no display to show xdg-open's window on (usually SSH).
        case noDisplay(path: String)
    }

    /// The command, split on spaces (e.g. "feh -F" or "xdg-open").
    public var command: [String]
    public var searchPath: String
    /// Whether `$JURYDESK_VIEWER` was set (then it is used whatever the display).
    public var isConfigured: Bool
    /// Whether there is a display for xdg-open (`$DISPLAY` or `$WAYLAND_DISPLAY`).
    public var hasDisplay: Bool

    public init(environment: [String: String] = ProcessInfo.processInfo.environment) {
        let configured = environment["JURYDESK_VIEWER"]?.trimmingCharacters(in: .whitespaces) ?? ""
        command = (configured.isEmpty ? "xdg-open" : configured).split(separator: " ").map(String.init)
        searchPath = environment["PATH"] ?? "/usr/bin:/bin"
        isConfigured = !configured.isEmpty
        hasDisplay = !(environment["DISPLAY"] ?? "").isEmpty || !(environment["WAYLAND_DISPLAY"] ?? "").isEmpty
    }

    /// The viewer program's full path, nil when it is not installed.
    func executable() -> String? {
        guard let program = command.first else { return nil }
        if program.contains("/") { return FileManager.default.isExecutableFile(atPath: program) ? program : nil }
        for folder in searchPath.split(separator: ":") {
            let candidate = "\(folder)/\(program)"
            if FileManager.default.isExecutableFile(atPath: candidate) { return candidate }
        }
        return nil
    }

    /// Starts the viewer on `path`; output goes to /dev/null so it cannot scribble over the screen.
    public func open(_ path: String) -> Outcome {
        let name = command.first ?? "xdg-open"
        guard FileManager.default.fileExists(atPath: path) else { return .fileMissing(path: path) }
        guard isConfigured || hasDisplay else { return .noDisplay(path: path) }
        guard let exe = executable() else { return .viewerMissing(viewer: name) }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: exe)
        process.arguments = Array(command.dropFirst()) + [path]
        process.standardInput = FileHandle.nullDevice
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        do {
            try process.run()
        } catch {
            return .failed(viewer: name, reason: error.localizedDescription)
        }
        return .opened(viewer: name)
    }

    /// A stored screenshot path made absolute: relative paths are taken from `baseFolder`.
    public static func resolve(_ stored: String, baseFolder: String) -> String {
        if stored.hasPrefix("/") { return stored }
        return URL(fileURLWithPath: baseFolder).appendingPathComponent(stored).standardizedFileURL.path
    }
}
