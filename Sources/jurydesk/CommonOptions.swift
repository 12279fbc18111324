import Foundation
import JuryApp
import JuryCore

extension JuryDesk {
    /// The language for command-line messages: `--lang`, else `JURYDESK_LANG`, else Chinese.
    static func localizer(_ flag: String?) -> Localizer {
        Localizer(Language.resolve(flag: flag, environment: ProcessInfo.processInfo.environment, contestDefault: nil))
    }

    /// `--db PATH`, else `$JURYDESK_DB`, else `./jurydesk.sqlite`.
    static func databasePath(_ a: Arguments) -> String {
        a.value("db") ?? ProcessInfo.processInfo.environment["JURYDESK_DB"] ?? "jurydesk.sqlite"
    }

    /// Where the themes are: `share/jurydesk/themes` of the installation the binary belongs to, then
    /// `Themes` of the package it was built in (a development build); TerminalKit adds
    /// `$JURYDESK_THEME_DIR` and `./Themes`.
    static func themeSearchPaths() -> [String] {
        var paths = [installedShare().appendingPathComponent("themes").path]
        if let root = packageRoot() { paths.append(root.appendingPathComponent("Themes").path) }
        return paths
    }

    /// `PREFIX/share/jurydesk` for a binary installed as `PREFIX/bin/jurydesk`, found from the
    /// executable's real path (symlinks resolved), so any prefix or DESTDIR works without configuration.
    static func installedShare() -> URL {
        executable().deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("share").appendingPathComponent("jurydesk")
    }

    /// The running binary's real path: /proc/self/exe, else argv[0] resolved.
    static func executable() -> URL {
        if let link = try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe") {
            return URL(fileURLWithPath: link)
        }
        return URL(fileURLWithPath: CommandLine.arguments[0]).resolvingSymlinksInPath()
    }

    /// The package folder a development binary was built in (`.build/<triple>/debug/jurydesk` → four
    /// levels up), or nil for an installed binary, which has no package around it.
    static func packageRoot() -> URL? {
        var root = executable().deletingLastPathComponent()
        for _ in 0..<3 { root = root.deletingLastPathComponent() }
        return FileManager.default.fileExists(atPath: root.appendingPathComponent("Package.swift").path) ? root : nil
    }

    /// Errors may quote a path or a stored value, so they are made terminal-safe like all output.
    static func printError(_ message: String) {
        FileHandle.standardError.write(Data(("jurydesk: " + TerminalSafeText.escapeKeepingLines(message) + "\n").utf8))
    }
}
