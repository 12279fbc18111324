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

    /// `Themes` in the package the binary was built from; the workstation adds `$JURYDESK_THEME_DIR`,
    /// `./Themes` and the folders beside the executable (`Theme.searchPaths(environmentVariable:shareFolder:)`).
    static func themeSearchPaths() -> [String] {
        [packageRoot().appendingPathComponent("Themes").path]
    }

    /// The package folder the binary was built in (`.build/<triple>/debug/jurydesk` → four levels up).
    static func packageRoot() -> URL {
        let exe = URL(fileURLWithPath: CommandLine.arguments[0]).resolvingSymlinksInPath()
        var root = exe.deletingLastPathComponent()
        for _ in 0..<3 { root = root.deletingLastPathComponent() }
        return root
    }

    /// Errors may quote a path or a stored value, so they are made terminal-safe like all output.
    static func printError(_ message: String) {
        FileHandle.standardError.write(Data(("jurydesk: " + TerminalSafeText.escapeKeepingLines(message) + "\n").utf8))
    }
}
