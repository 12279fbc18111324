import CBuildInfo
import JuryStore

/// The version this binary reports (`jurydesk --version`, the man page, the Debian package).
enum BuildInfo {
    /// The release version: the one place it is written (the Makefile reads it from here).
    static let version = "0.9.0"

    /// The git commit baked in by `make`, or "unknown" for a plain `swift build`.
    static var commit: String { String(cString: jurydesk_build_commit()) }

    /// `jurydesk 0.9.0 (commit abc1234, schema 4)`.
    static var line: String { "jurydesk \(version) (commit \(commit), schema \(Migrations.latestVersion))" }
}
